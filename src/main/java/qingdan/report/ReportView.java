package qingdan.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import qingdan.bind.InputError;
import qingdan.engine.Finding;
import qingdan.load.Tables;
import qingdan.pack.Citation;
import qingdan.pack.PackRule;
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

        /** Open findings of this severity in this file. */
        public long count(Severity s) {
            return findings.stream().filter(f -> f.waived() == null && f.severity() == s).count();
        }

        /** Findings a waiver hides in this file. */
        public long waived() {
            return findings.stream().filter(f -> f.waived() != null).count();
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
        String at = position(e);
        return at == null ? "-" : at;
    }

    /** Where an input error is: its table cell, else line:column or line; null when it has no position. */
    public static String position(InputError e) {
        return e.cell() != null ? e.cell() : e.line() == null ? null : e.column() == null ? String.valueOf(e.line())
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

    /** A finding's severity as a view labels it, or "waived" when a waiver hides it. */
    public static String label(Finding f, boolean en) {
        return f.waived() != null ? (en ? "waived" : "已豁免") : en ? f.severity().code() : f.severity().zh();
    }

    /**
     * The numbers every summary shows, counted once.
     *
     * @param errors    open findings (no waiver hides them) of each severity, likewise warnings, infos
     * @param baselined findings a baseline held back; null without a baseline
     */
    public record Counts(int files, long errors, long warnings, long infos, int inputErrors, long waived, Integer baselined) {
    }

    public static Counts counts(Report r) {
        return new Counts(r.files(), r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO),
                r.inputErrors().size(), r.waived(), r.baselined());
    }

    /**
     * One rule id as a report describes it: every pack that ran it or reported it, with the
     * clauses each cites (none for a data check), and the severities it has.
     *
     * @param titles each pack's title of the rule, for the packs that give one
     */
    public record RuleUse(String id, SortedMap<String, Set<Citation>> packs, SortedSet<Severity> severities,
                          SortedMap<String, String> titles) {

        /** The rule's titles, each once, in pack order: one, unless packs name it differently. */
        public List<String> distinctTitles() {
            return List.copyOf(new LinkedHashSet<>(titles.values()));
        }
    }

    /**
     * The Chinese names of the rules that ran, by pack and rule: what a view shows beside a
     * finding's rule id. Null for a rule whose pack gives none, and in English, where the id is
     * the name.
     */
    public static final class Titles {
        private final Map<String, String> byRule;

        private Titles(Map<String, String> byRule) {
            this.byRule = byRule;
        }

        public String of(String pack, String rule, boolean en) {
            return en ? null : byRule.get(pack + "\u0000" + rule);
        }

        public String of(Finding f, boolean en) {
            return of(f.pack(), f.rule(), en);
        }
    }

    public static Titles titles(Report r) {
        Map<String, String> out = new java.util.HashMap<>();
        for (PackRule pr : r.rules()) {
            if (pr.title() != null) {
                out.put(pr.pack() + "\u0000" + pr.id(), pr.title());
            }
        }
        return new Titles(out);
    }

    /**
     * Every rule that ran, found something or not, and any other rule a finding names, by id;
     * with, when the report has input errors, a rule of id {@code inputErrors} (an error) for
     * them, for views in which every result must name a rule.
     */
    public static List<RuleUse> rules(Report r, String inputErrors) {
        Map<String, RuleUse> rules = new TreeMap<>();
        if (!r.inputErrors().isEmpty()) {
            use(rules, inputErrors, null, null, Severity.ERROR);
        }
        for (PackRule pr : r.rules()) {
            use(rules, pr.id(), pr.pack(), pr.source(), pr.severity());
            if (pr.title() != null) {
                rules.get(pr.id()).titles().put(pr.pack(), pr.title());
            }
        }
        for (Finding f : r.findings()) {
            use(rules, f.rule(), f.pack(), f.source(), f.severity());
        }
        return List.copyOf(rules.values());
    }

    private static void use(Map<String, RuleUse> rules, String id, String pack, Citation source, Severity severity) {
        RuleUse u = rules.computeIfAbsent(id, k -> new RuleUse(k, new TreeMap<>(), new TreeSet<>(), new TreeMap<>()));
        if (pack != null) {
            Set<Citation> cites = u.packs().computeIfAbsent(pack, k -> new LinkedHashSet<>());
            if (source != null) {
                cites.add(source);
            }
        }
        u.severities().add(severity);
    }

    /**
     * For each input error, in report order, how many input errors up to it have its file and
     * (English) message: 1 for the first. With the file and message it names the error stably
     * when lines move.
     */
    public static List<Integer> occurrences(Report r) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        List<Integer> out = new ArrayList<>(r.inputErrors().size());
        for (InputError e : r.inputErrors()) {
            out.add(seen.merge(e.file() + "\u0000" + e.message(), 1, Integer::sum));
        }
        return out;
    }

    /**
     * What a finding is about in one phrase, for views with no column of their own for the id: an
     * item with the id reviewers cite it by ({@code TW-KH-06 耕地保护}), anything else by its name.
     */
    public static String named(Finding f) {
        return f.item() != null && !f.item().equals(f.subject()) ? f.item() + " " + f.subject() : f.subject();
    }

    /**
     * The catalogue each of a report's files holds, as its header describes it, by file; a file
     * the report has no header for is absent. One table per render: a national report has
     * tens of thousands of files.
     */
    public static Map<String, Scope.Catalogue> catalogues(Report r) {
        Map<String, Scope.Catalogue> out = new java.util.HashMap<>();
        r.scope().catalogues().forEach(c -> out.putIfAbsent(c.file(), c));
        return out;
    }

    /** The jurisdictions of the catalogues checked, each once, in the order of their files. */
    public static List<String> jurisdictions(Report r) {
        return r.scope().catalogues().stream().map(Scope.Catalogue::jurisdiction).filter(j -> j != null && !j.isBlank())
                .distinct().toList();
    }

    /** How many jurisdictions a report's title names before it says how many more there are. */
    static final int TITLE_JURISDICTIONS = 3;

    /**
     * The jurisdictions a report's title names: a county's or a few, and for a provincial or
     * national report the first three and a count of the rest, so the title stays a title.
     */
    public static List<String> titleJurisdictions(Report r, boolean en) {
        List<String> all = jurisdictions(r);
        if (all.size() <= TITLE_JURISDICTIONS) {
            return all;
        }
        List<String> out = new java.util.ArrayList<>(all.subList(0, TITLE_JURISDICTIONS));
        int more = all.size() - TITLE_JURISDICTIONS;
        out.add(en ? "and " + more + " more" : "另 " + more + " 个");
        return out;
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
     * files and tables of checked folders that are not catalogues, so none is mistaken for a clean one.
     * File names are the files' own: a view escapes them as its format needs.
     */
    public static List<String> notes(Report r, boolean en) {
        List<String> out = new ArrayList<>();
        if (!r.referenceData().isEmpty()) {
            out.add(referenceData(en) + (en ? ": " : "：") + String.join(", ", r.referenceData()));
        }
        // A table is skipped for another reason than a YAML file, and the note says what would make it a catalogue.
        List<String> yaml = r.skipped().stream().filter(f -> !Tables.isTable(f)).toList();
        List<String> tables = r.skipped().stream().filter(Tables::isTable).toList();
        if (!yaml.isEmpty()) {
            int n = yaml.size();
            out.add((en ? "skipped " + n + " YAML file" + (n == 1 ? "" : "s") + " without a top-level kind: (not catalogues): "
                    : "跳过 " + n + " 个顶层没有 kind: 的 YAML 文件（不是清单）：") + String.join(", ", yaml));
        }
        if (!tables.isEmpty()) {
            int n = tables.size();
            out.add((en ? "skipped " + n + (n == 1 ? " table that is not a catalogue" : " tables that are not catalogues") + " (a workbook needs a 表头 sheet "
                    + "naming its kind, a CSV file its .header.yaml beside it): "
                    : "跳过 " + n + " 个不是清单的表格（工作簿需要写明 kind 的“表头”工作表，CSV 文件需要同目录的 .header.yaml）：")
                    + String.join(", ", tables));
        }
        return out;
    }

    /** One line: files checked, findings by severity (waived ones apart), input errors, baselined. */
    public static String summary(Report r, boolean en) {
        Counts c = counts(r);
        long errors = c.errors();
        long warnings = c.warnings();
        long infos = c.infos();
        String waived = c.waived() > 0 ? (en ? ", " + c.waived() + " waived" : "，已豁免 " + c.waived() + " 个") : "";
        if (c.baselined() != null && c.baselined() > 0) {
            waived += en ? ", " + c.baselined() + " in the baseline" : "，基线中已有 " + c.baselined() + " 个";
        }
        if (en) {
            return c.files() + " file" + (c.files() == 1 ? "" : "s") + " checked: " + errors + " error" + (errors == 1 ? "" : "s")
                    + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + infos + " info"
                    + ", " + c.inputErrors() + " input error" + (c.inputErrors() == 1 ? "" : "s") + waived;
        }
        return "检查了 " + c.files() + " 个文件：错误 " + errors + " 个，警告 " + warnings + " 个，提示 " + infos
                + " 个，输入错误 " + c.inputErrors() + " 个" + waived;
    }
}
