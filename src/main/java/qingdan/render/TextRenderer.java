package qingdan.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import picocli.CommandLine.Help.Ansi;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.pack.Severity;
import qingdan.report.Report;

/**
 * The report for people: grouped by file, one line per finding (line:column, severity, rule,
 * subject, message), the clause and its quote beneath, and a summary.
 */
public final class TextRenderer implements Renderer {

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        Ansi ansi = o.colour() ? Ansi.ON : Ansi.OFF;
        TreeMap<String, List<Object>> byFile = new TreeMap<>();
        r.inputErrors().forEach(e -> byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
        r.findings().forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        for (var e : byFile.entrySet()) {
            out.write(ansi.string("@|bold,underline " + esc(e.getKey()) + "|@") + "\n");
            for (Object item : e.getValue()) {
                if (item instanceof InputError ie) {
                    inputError(ie, o, ansi, out);
                } else {
                    finding((Finding) item, o, ansi, out);
                }
            }
            out.write("\n");
        }
        out.write(summary(r, o) + "\n");
    }

    private static void inputError(InputError e, RenderOptions o, Ansi ansi, Writer out) throws IOException {
        String where = e.line() == null ? "-" : e.column() == null ? String.valueOf(e.line()) : e.line() + ":" + e.column();
        out.write(String.format("  %-7s %s %s%n", where,
                ansi.string("@|red,bold " + pad(o.english() ? "input" : "输入错误", o) + "|@"), esc(e.text(o.english()))));
    }

    private static void finding(Finding f, RenderOptions o, Ansi ansi, Writer out) throws IOException {
        String sev = o.english() ? f.severity().code() : f.severity().zh();
        String colour = switch (f.severity()) {
            case ERROR -> "red";
            case WARNING -> "yellow";
            case INFO -> "cyan";
        };
        String label = f.waived() != null ? (o.english() ? "waived" : "已豁免") : sev;
        out.write(String.format("  %-7s %s %s %s: %s%n", f.line() + ":" + f.column(),
                ansi.string("@|" + (f.waived() != null ? "faint" : colour + ",bold") + " " + pad(label, o) + "|@"),
                ansi.string("@|bold " + esc(f.rule()) + "|@") + " [" + esc(f.pack()) + "]",
                esc(f.subject()), esc(f.text(o.english()))));
        if (f.source() != null) {
            out.write(ansi.string("          @|faint " + esc(f.source().document() + " " + f.source().clause()
                    + "：“" + f.source().quote() + "”") + "|@") + "\n");
        }
        if (f.waived() != null) {
            out.write("          " + (o.english() ? "waived by " : "豁免：") + esc(f.waived().approvedBy() + " "
                    + f.waived().document() + " (" + f.waived().reason() + ")") + "\n");
        }
    }

    static String summary(Report r, RenderOptions o) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        long infos = r.count(Severity.INFO);
        String waived = r.waived() > 0 ? (o.english() ? ", " + r.waived() + " waived" : "，已豁免 " + r.waived() + " 个") : "";
        if (r.baselined() != null && r.baselined() > 0) {
            waived += o.english() ? ", " + r.baselined() + " in the baseline" : "，基线中已有 " + r.baselined() + " 个";
        }
        if (o.english()) {
            return r.files() + " file" + (r.files() == 1 ? "" : "s") + " checked: " + errors + " error" + (errors == 1 ? "" : "s")
                    + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + infos + " info"
                    + ", " + r.inputErrors().size() + " input error" + (r.inputErrors().size() == 1 ? "" : "s") + waived;
        }
        return "检查了 " + r.files() + " 个文件：错误 " + errors + " 个，警告 " + warnings + " 个，提示 " + infos
                + " 个，输入错误 " + r.inputErrors().size() + " 个" + waived;
    }

    /** Pads a severity label to one width, counting a Chinese character as two columns. */
    private static String pad(String label, RenderOptions o) {
        int width = label.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
        return label + " ".repeat(Math.max(0, (o.english() ? 7 : 8) - width));
    }

    /** Picocli markup would read "@|" in data as a style; data never styles itself. */
    private static String esc(String s) {
        return s == null ? "" : s.replace("@|", "@ |");
    }
}
