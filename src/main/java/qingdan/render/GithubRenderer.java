package qingdan.render;

import java.io.IOException;
import java.io.Writer;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.report.Report;
import qingdan.report.ReportView;

/**
 * GitHub Actions workflow commands: one annotation per input error and per finding
 * ({@code ::error}, {@code ::warning}, {@code ::notice}), then the summary as a plain log line.
 *
 * <pre>::error file=F,line=L,col=C,title=RULE TITLE (PACK)::MESSAGE — DOCUMENT CLAUSE “QUOTE”</pre>
 *
 * <p>TITLE is the rule's Chinese name, under {@code --lang zh} only.
 *
 * <p>A waived finding is a {@code ::notice} whose message starts "waived:". Values are escaped as
 * the runner unescapes them: in the message {@code % \r \n}; in properties also {@code : ,}.
 */
public final class GithubRenderer implements Renderer {

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        boolean en = o.english();
        StringBuilder sb = new StringBuilder();
        for (InputError e : r.inputErrors()) {
            sb.append("::error file=").append(property(e.file()));
            if (e.line() != null && e.line() >= 1) {
                sb.append(",line=").append(e.line());
                if (e.column() != null && e.column() >= 1) {
                    sb.append(",col=").append(e.column());
                }
            }
            sb.append(",title=").append(property((en ? "input error" : "输入错误") + (e.cell() != null ? " " + e.cell() : "")))
                    .append("::").append(data(e.text(en))).append("\n");
        }
        ReportView.Titles titles = ReportView.titles(r);
        for (Finding f : r.findings()) {
            String title = titles.of(f, en);
            String command = f.waived() != null ? "notice" : switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            StringBuilder message = new StringBuilder();
            if (f.waived() != null) {
                message.append(en ? "waived: " : "已豁免：");
            }
            message.append(f.text(en));
            if (f.source() != null) {
                message.append(" — ").append(f.source().document()).append(' ').append(f.source().clause())
                        .append(" “").append(f.source().quote()).append('”');
            }
            if (f.waived() != null) {
                Finding.Waived w = f.waived();
                String by = (nz(w.approvedBy()) + " " + nz(w.document())).strip();
                message.append(en ? " (waived by " : "（豁免：").append(by);
                if (w.reason() != null && !w.reason().isBlank()) {
                    message.append(en ? ": " : "：").append(w.reason().strip());
                }
                message.append(en ? ")" : "）");
            }
            sb.append("::").append(command)
                    .append(" file=").append(property(f.file()));
            if (f.line() >= 1) {
                sb.append(",line=").append(f.line());
                if (f.column() >= 1) {
                    sb.append(",col=").append(f.column());
                }
            }
            sb.append(",title=").append(property(f.rule() + (title != null ? " " + title : "") + " (" + f.pack() + ")" + (f.cell() != null ? " " + f.cell() : "")))
                    .append("::").append(data(message.toString())).append("\n");
        }
        for (String note : ReportView.notes(r, o.english())) {
            sb.append(Printable.escape(note)).append("\n");
        }
        sb.append(Printable.escape(ReportView.summary(r, o.english()))).append("\n");
        out.write(sb.toString());
    }

    /**
     * The message of a command: control characters shown escaped ({@code \n}), so no value can end
     * the annotation and start a forged command; then {@code %} escaped as the runner expects.
     */
    static String data(String s) {
        return Printable.escape(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and {@code :} and {@code ,} escaped too. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
