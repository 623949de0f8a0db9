package qingdan.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.pack.Citation;
import qingdan.report.Report;
import qingdan.report.ReportView;

/**
 * A summary for a pull-request comment (GitHub-flavoured Markdown): a heading with the counts, the
 * input errors, then per file a table of findings with the clauses they cite quoted beneath it.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        boolean en = o.english();
        ReportView.Titles titles = ReportView.titles(r);
        StringBuilder sb = new StringBuilder();
        sb.append("## qingdan: ").append(inline(ReportView.summary(r, en))).append("\n");
        if (!r.inputErrors().isEmpty()) {
            sb.append("\n### ").append(en ? "Input errors" : "输入错误").append("\n\n");
            for (InputError e : r.inputErrors()) {
                sb.append("- ").append(inline(e.file()));
                if (e.cell() != null) {
                    sb.append(':').append(inline(e.cell()));
                } else if (e.line() != null) {
                    sb.append(':').append(e.line());
                    if (e.column() != null) {
                        sb.append(':').append(e.column());
                    }
                }
                sb.append(" — ").append(inline(e.text(en))).append("\n");
            }
        }
        List<ReportView.FileGroup> byFile = ReportView.byFile(r).stream().filter(g -> !g.findings().isEmpty()).toList();
        if (byFile.isEmpty()) {
            sb.append("\n").append(en ? "No findings." : "未发现问题。").append("\n");
        }
        for (ReportView.FileGroup g : byFile) {
            sb.append("\n### ").append(inline(g.file())).append("\n\n");
            sb.append(en ? "| line | severity | rule | subject | message |\n" : "| 行 | 级别 | 规则 | 对象 | 说明 |\n");
            sb.append("|---:|---|---|---|---|\n");
            Set<Citation> cites = new LinkedHashSet<>();
            for (Finding f : g.findings()) {
                String sev = en ? f.severity().code() : f.severity().zh();
                String message = f.text(en);
                if (f.waived() != null) {
                    sev = (en ? "waived (" : "已豁免（") + sev + (en ? ")" : "）");
                    message = message + (en ? " — waived by " : " — 豁免：") + join(f.waived().approvedBy(),
                            f.waived().document(), f.waived().reason());
                }
                sb.append("| ").append(inline(ReportView.where(f)))
                        .append(" | ").append(inline(sev))
                        .append(" | ").append(inline(f.rule())).append(titled(titles.of(f, en))).append(" (").append(inline(f.pack())).append(')')
                        .append(" | ").append(inline(ReportView.named(f)))
                        .append(" | ").append(inline(message))
                        .append(" |\n");
                if (f.source() != null) {
                    cites.add(f.source());
                }
            }
            for (Citation c : cites) {
                sb.append("\n**").append(inline(c.document() + " " + c.clause())).append("**").append(en ? ":" : "：")
                        .append("\n").append(quote(c.quote())).append("\n");
            }
        }
        out.write(sb.toString());
    }

    private static String titled(String title) {
        return title == null ? "" : " " + inline(title);
    }

    private static String join(String approvedBy, String document, String reason) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {approvedBy, document}) {
            if (s != null && !s.isBlank()) {
                parts.add(s.strip());
            }
        }
        String who = String.join(" ", parts);
        return reason == null || reason.isBlank() ? who : who + " (" + reason.strip() + ")";
    }

    /**
     * Text as literal inline Markdown, safe in a table cell: one line, and every character that
     * Markdown, GitHub's extensions or HTML would read ({@code | * _ ` [ ] < > # ~ $ & \}) escaped.
     */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder sb = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if ("\\`*_[]<>|#~$&!".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Text as one block quote, every line escaped; a leading list or heading marker stays text. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        String[] lines = (s == null ? "" : s).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = inline(lines[i]);
            if (!line.isEmpty() && "-+=".indexOf(line.charAt(0)) >= 0) {
                line = "\\" + line;
            }
            line = line.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
            sb.append(i == 0 ? "" : "\n").append("> ").append(line);
        }
        return sb.toString();
    }
}
