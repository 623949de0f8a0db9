package qingdan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qingdan.bind.InputError;
import qingdan.engine.Finding;
import qingdan.pack.Severity;

/**
 * A report as every view shows it: grouped by file, each file's input errors before its findings,
 * where each thing is, and the summary and notes in words. Renderers read this and only format:
 * none of them groups, counts or words a summary of its own.
 */
public final class ReportView {
    private ReportView() {
    }

    /**
     * One file's part of a report, in report order.
     *
     * @param withheld true when the file has input errors, so its own findings are not reported
     */
    public record FileGroup(String file, List<InputError> inputErrors, List<Finding> findings) {
        public boolean withheld() {
            return !inputErrors.isEmpty();
        }

        /** The findings no waiver hides, for views that show waived ones apart. */
        public List<Finding> open() {
            return findings.stream().filter(f -> f.waived() == null).toList();
        }

        /** Input errors, then findings: each an {@link InputError} or a {@link Finding}. */
        public List<Object> items() {
            List<Object> out = new ArrayList<>(inputErrors.size() + findings.size());
            out.addAll(inputErrors);
            out.addAll(findings);
            return out;
        }
    }

    /** The files with something to say, in name order. */
    public static List<FileGroup> byFile(Report r) {
        Map<String, List<InputError>> errors = new TreeMap<>();
        Map<String, List<Finding>> findings = new TreeMap<>();
        r.inputErrors().forEach(e -> errors.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
        r.findings().forEach(f -> findings.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        TreeMap<String, Boolean> files = new TreeMap<>();
        errors.keySet().forEach(f -> files.put(f, true));
        findings.keySet().forEach(f -> files.put(f, true));
        List<FileGroup> out = new ArrayList<>();
        for (String f : files.keySet()) {
            out.add(new FileGroup(f, List.copyOf(errors.getOrDefault(f, List.of())), List.copyOf(findings.getOrDefault(f, List.of()))));
        }
        return out;
    }

    /**
     * How many open findings of each severity one township (with its institutions, staffing lines
     * and sites) or one item has, and the index in {@link Report#findings()} of its first.
     *
     * @param item    the id the item is cited by, or null for a township or a whole file
     * @param subject the item's name, the township, or the whole-file finding's subject
     */
    public record SubjectCount(String file, String item, String subject, long errors, long warnings, long infos, int first) {
    }

    /**
     * Every item, township or other subject with an open finding, in the order of its first finding
     * (so a file's townships and items come in the file's own order). A finding about an item is
     * counted under its id and name; one about a township's institution, staffing line or site under
     * the township; any other under its subject.
     */
    public static List<SubjectCount> bySubject(Report r) {
        Map<List<String>, long[]> counts = new java.util.LinkedHashMap<>();
        Map<List<String>, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            if (f.waived() == null) {
                List<String> key = java.util.Arrays.asList(f.file(), f.item(),
                        f.item() == null && f.township() != null ? f.township() : f.subject());
                counts.computeIfAbsent(key, k -> new long[3])[f.severity().ordinal()]++;
                first.putIfAbsent(key, i);
            }
        }
        List<SubjectCount> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new SubjectCount(k.get(0), k.get(1), k.get(2), c[0], c[1], c[2], first.get(k))));
        return out;
    }

    /** The waived findings, in report order, with their index in {@link Report#findings()}. */
    public static Map<Integer, Finding> waived(Report r) {
        Map<Integer, Finding> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.findings().size(); i++) {
            if (r.findings().get(i).waived() != null) {
                out.put(i, r.findings().get(i));
            }
        }
        return out;
    }

    /**
     * When a catalogue's date-bound rules were judged, in words: the date and where it came from
     * ({@code --as-of}, its as_of, or the day of the run); else why no rule ran on it.
     */
    public static String judgedAt(Scope.Catalogue c, boolean en) {
        if (c.kind() == null) {
            return withheld(en);
        }
        if (c.judgedAt() == null) {
            return c.packs().isEmpty() ? referenceData(en) : en ? "no rules ran (--format-only)" : "未运行规则（--format-only）";
        }
        String from = switch (c.judgedFrom()) {
            case OPTION -> "--as-of";
            case CATALOGUE -> en ? "its as_of" : "清单的 as_of";
            case TODAY -> en ? "no as_of: the day of the check" : "未填 as_of，按检查当日";
        };
        return c.judgedAt() + (en ? " (" + from + ")" : "（" + from + "）");
    }

    /** Where an input error is: its table cell, else line:column, line, or "-" when it has no position. */
    public static String where(InputError e) {
        return e.cell() != null ? e.cell() : e.line() == null ? "-" : e.column() == null ? String.valueOf(e.line())
                : e.line() + ":" + e.column();
    }

    /**
     * What a finding is about, as a reviewer finds it: an institution with its township
     * (马营镇 / 党政综合办公室); any other subject as it is, since an item has its id beside it and
     * a staffing line or site already names its township.
     */
    public static String subject(Finding f) {
        return f.item() == null && f.township() != null && !f.subject().startsWith(f.township())
                ? f.township() + " / " + f.subject() : f.subject();
    }

    /** Where a finding is: its table cell, else line:column. */
    public static String where(Finding f) {
        return f.cell() != null ? f.cell() : f.line() + ":" + f.column();
    }

    /** What a file with input errors says in place of its findings. */
    public static String withheld(boolean en) {
        return en ? "findings withheld until its input errors are fixed" : "输入错误修正之前，此文件的检查结果暂不报告";
    }

    /** The label of files that name no pack (cli.md, "Outputs are safe"). */
    public static String referenceData(boolean en) {
        return en ? "reference data: no policy:, checked for format only" : "参考数据：没有 policy:，只检查格式";
    }

    /**
     * The lines above the summary: files that ran no rules because they name no pack, and YAML
     * files of checked folders that are not catalogues, so neither is mistaken for a clean one.
     * File names are the files' own: a view escapes them as its format needs.
     */
    public static List<String> notes(Report r, boolean en) {
        List<String> out = new ArrayList<>();
        if (!r.referenceData().isEmpty()) {
            out.add(referenceData(en) + (en ? ": " : "：") + String.join(", ", r.referenceData()));
        }
        if (!r.skipped().isEmpty()) {
            int n = r.skipped().size();
            out.add((en ? "skipped " + n + " YAML file" + (n == 1 ? "" : "s") + " without a top-level kind: (not catalogues): "
                    : "跳过 " + n + " 个顶层没有 kind: 的 YAML 文件（不是清单）：") + String.join(", ", r.skipped()));
        }
        return out;
    }

    /** One line: files checked, findings by severity (waived ones apart), input errors, baselined. */
    public static String summary(Report r, boolean en) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        long infos = r.count(Severity.INFO);
        String waived = r.waived() > 0 ? (en ? ", " + r.waived() + " waived" : "，已豁免 " + r.waived() + " 个") : "";
        if (r.baselined() != null && r.baselined() > 0) {
            waived += en ? ", " + r.baselined() + " in the baseline" : "，基线中已有 " + r.baselined() + " 个";
        }
        if (en) {
            return r.files() + " file" + (r.files() == 1 ? "" : "s") + " checked: " + errors + " error" + (errors == 1 ? "" : "s")
                    + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + infos + " info"
                    + ", " + r.inputErrors().size() + " input error" + (r.inputErrors().size() == 1 ? "" : "s") + waived;
        }
        return "检查了 " + r.files() + " 个文件：错误 " + errors + " 个，警告 " + warnings + " 个，提示 " + infos
                + " 个，输入错误 " + r.inputErrors().size() + " 个" + waived;
    }
}
