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
            boolean withheld = false;
            for (Object item : e.getValue()) {
                if (item instanceof InputError ie) {
                    inputError(ie, o, ansi, out);
                    withheld = true;
                } else {
                    finding((Finding) item, o, ansi, out);
                }
            }
            if (withheld) {
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
        String where = e.cell() != null ? e.cell() : e.line() == null ? "-" : e.column() == null ? String.valueOf(e.line())
                : e.line() + ":" + e.column();
        out.write(String.format("  %-7s %s %s%n", esc(where),
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
        out.write(String.format("  %-7s %s %s %s: %s%n", f.cell() != null ? esc(f.cell()) : f.line() + ":" + f.column(),
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

    /** What a file with input errors says in place of its findings. */
    public static String withheld(RenderOptions o) {
        return o.english() ? "findings withheld until its input errors are fixed" : "输入错误修正之前，此文件的检查结果暂不报告";
    }

    /** The label of files that name no pack (cli.md, "Outputs are safe"). */
    public static String referenceData(RenderOptions o) {
        return o.english() ? "reference data: no policy:, checked for format only" : "参考数据：没有 policy:，只检查格式";
    }

    /**
     * The lines above the summary: files that ran no rules because they name no pack, and YAML
     * files of checked folders that are not catalogues, so neither is mistaken for a clean one.
     */
    static List<String> notes(Report r, RenderOptions o) {
        List<String> out = new ArrayList<>();
        if (!r.referenceData().isEmpty()) {
            out.add(referenceData(o) + (o.english() ? ": " : "：") + esc(String.join(", ", r.referenceData())));
        }
        if (!r.skipped().isEmpty()) {
            int n = r.skipped().size();
            out.add((o.english() ? "skipped " + n + " YAML file" + (n == 1 ? "" : "s") + " without a top-level kind: (not catalogues): "
                    : "跳过 " + n + " 个顶层没有 kind: 的 YAML 文件（不是清单）：") + esc(String.join(", ", r.skipped())));
        }
        return out;
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

    /** Control characters escaped; and picocli markup would read "@|" in data as a style: data never styles itself. */
    private static String esc(String s) {
        return Printable.escape(s).replace("@|", "@ |");
    }
}
