package qingdan.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.report.Report;
import qingdan.report.ReportView;

/**
 * The report for people: grouped by file ({@link ReportView}), one line per finding (line:column,
 * severity, rule and, in Chinese, its title, subject, message), the clause and its quote beneath,
 * and a summary.
 */
public final class TextRenderer implements Renderer {

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        Ansi ansi = o.colour() ? Ansi.ON : Ansi.OFF;
        ReportView.Titles titles = ReportView.titles(r);
        for (ReportView.FileGroup g : ReportView.byFile(r)) {
            out.write(ansi.string("@|bold,underline " + esc(g.file()) + "|@") + "\n");
            for (InputError ie : g.inputErrors()) {
                inputError(ie, o, ansi, out);
            }
            for (Finding f : g.findings()) {
                finding(f, titles.of(f, o.english()), o, ansi, out);
            }
            if (g.withheld()) {
                out.write("          " + ansi.string("@|faint " + withheld(o) + "|@") + "\n");
            }
            out.write("\n");
        }
        for (String line : notes(r, o)) {
            out.write(line + "\n");
        }
        out.write(summary(r, o) + "\n");
    }

    private static void inputError(InputError e, RenderOptions o, Ansi ansi, Writer out) throws IOException {
        out.write(String.format("  %-7s %s %s%n", esc(ReportView.where(e)),
                ansi.string("@|red,bold " + pad(o.english() ? "input" : "输入错误", o) + "|@"), esc(e.text(o.english()))));
    }

    private static void finding(Finding f, String title, RenderOptions o, Ansi ansi, Writer out) throws IOException {
        String colour = switch (f.severity()) {
            case ERROR -> "red";
            case WARNING -> "yellow";
            case INFO -> "cyan";
        };
        String label = ReportView.label(f, o.english());
        out.write(String.format("  %-7s %s %s %s: %s%n", esc(ReportView.where(f)),
                ansi.string("@|" + (f.waived() != null ? "faint" : colour + ",bold") + " " + pad(label, o) + "|@"),
                ansi.string("@|bold " + esc(f.rule()) + "|@") + (title != null ? " " + esc(title) : "") + " [" + esc(f.pack()) + "]",
                esc(ReportView.named(f)), esc(f.text(o.english()))));
        if (f.source() != null) {
            out.write(ansi.string("          @|faint " + esc(f.source().document() + " " + f.source().clause()
                    + "：“" + f.source().quote() + "”") + "|@") + "\n");
        }
        if (f.waived() != null) {
            out.write("          " + (o.english() ? "waived by " : "豁免：") + esc(f.waived().approvedBy() + " "
                    + f.waived().document() + " (" + f.waived().reason() + ")") + "\n");
        }
    }

    /** What a file with input errors says in place of its findings. */
    public static String withheld(RenderOptions o) {
        return ReportView.withheld(o.english());
    }

    /** The label of files that name no pack (cli.md, "Outputs are safe"). */
    public static String referenceData(RenderOptions o) {
        return ReportView.referenceData(o.english());
    }

    /** The notes above the summary, escaped for a terminal. */
    static List<String> notes(Report r, RenderOptions o) {
        return ReportView.notes(r, o.english()).stream().map(TextRenderer::esc).toList();
    }

    static String summary(Report r, RenderOptions o) {
        return ReportView.summary(r, o.english());
    }

    /** Pads a severity label to one width, counting a Chinese character as two columns. */
    private static String pad(String label, RenderOptions o) {
        int width = label.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
        return label + " ".repeat(Math.max(0, (o.english() ? 7 : 8) - width));
    }

    /** Control characters escaped; and picocli markup would read "@|" in data as a style: data never styles itself. */
    private static String esc(String s) {
        return Printable.escape(s).replace("@|", "@ |");
    }
}
