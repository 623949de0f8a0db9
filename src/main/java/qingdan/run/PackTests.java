package qingdan.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import qingdan.bind.InputError;
import qingdan.engine.Finding;
import qingdan.engine.Progress;
import qingdan.engine.RuleBook;
import qingdan.load.CatalogueLoader;
import qingdan.pack.Pack;
import qingdan.report.Report;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YNode.YSeq;
import qingdan.yaml.YamlProblem;
import qingdan.yaml.YamlReader;

/**
 * {@code qingdan test}: runs rule packs' tests, as {@code conftest verify} does. For every rule of
 * a pack, {@code examples/RULE.fail.yaml} must give that rule's finding for the pack and
 * {@code examples/RULE.pass.yaml} must not; each {@code tests/*.yaml} is a catalogue with an
 * {@code expect:} list, and its findings must be exactly those listed (an empty list: none).
 */
public final class PackTests {
    /** How a rule stands: every example right, one wrong, or no example that shows it firing. */
    public enum Status { PASSED, FAILED, NO_FAILING_EXAMPLE }

    /** A thing that went wrong, in English and Chinese. */
    public record Problem(String message, String messageZh) {
        public String text(boolean english) {
            return english ? message : messageZh;
        }
    }

    /**
     * One example or test file run.
     *
     * @param kind     {@code fail}, {@code pass} (an example) or {@code test} (a test file)
     * @param file     as the pack's folder names it
     * @param problems empty when it passed
     */
    public record Case(String pack, String rule, String kind, String file, List<Problem> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** A rule of a pack and its examples. */
    public record RuleResult(String pack, String rule, Status status, List<Case> examples) {
    }

    /**
     * @param errors problems in the packs themselves (they are not tested: exit 2)
     */
    public record Result(List<RuleResult> rules, List<Case> tests, List<InputError> errors) {
        public boolean failed() {
            return rules.stream().anyMatch(r -> r.status() == Status.FAILED) || tests.stream().anyMatch(c -> !c.passed());
        }

        public long count(Status s) {
            return rules.stream().filter(r -> r.status() == s).count();
        }
    }

    private final RuleBook book;
    private final String version;
    private final LocalDate today;

    public PackTests(RuleBook book, String version, LocalDate today) {
        this.book = book;
        this.version = version;
        this.today = today;
    }

    /** Tests the packs that came from {@code dirs}; every pack when {@code dirs} is empty. */
    public Result run(List<Path> dirs) {
        List<Path> roots = dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
        List<RuleResult> rules = new ArrayList<>();
        List<Case> tests = new ArrayList<>();
        for (Pack pack : book.packs().values()) {
            Path folder = pack.folder();
            boolean fromJar = folder.getFileSystem() != FileSystems.getDefault();
            if (!roots.isEmpty() && (fromJar || roots.stream().noneMatch(folder.toAbsolutePath().normalize()::startsWith))) {
                continue;
            }
            String display = pack.origin().substring(0, pack.origin().length() - "pack.yaml".length());
            Path local = fromJar ? unpack(folder) : folder;
            for (String rule : pack.rules().keySet()) {
                List<Case> examples = new ArrayList<>();
                boolean failing = false;
                for (String kind : List.of("fail", "pass")) {
                    String name = "examples/" + rule + "." + kind + ".yaml";
                    Path file = local.resolve(name);
                    if (Files.isRegularFile(file)) {
                        failing |= kind.equals("fail");
                        examples.add(new Case(pack.id(), rule, kind, display + name, example(file, pack.id(), rule, kind.equals("fail"))));
                    }
                }
                Status status = examples.stream().anyMatch(c -> !c.passed()) ? Status.FAILED
                        : failing ? Status.PASSED : Status.NO_FAILING_EXAMPLE;
                rules.add(new RuleResult(pack.id(), rule, status, List.copyOf(examples)));
            }
            for (Path file : list(local.resolve("tests"))) {
                tests.add(new Case(pack.id(), null, "test", display + "tests/" + file.getFileName(), test(file)));
            }
        }
        return new Result(List.copyOf(rules), List.copyOf(tests), book.errors());
    }

    private Report check(Path file, boolean tests) {
        return new Checker(book, version).check(List.of(file.toString()),
                new Checker.Options(null, null, today, false, List.of(), 0, tests), new Progress());
    }

    /** An example: the failing one gives the rule's finding for its pack, the passing one does not. */
    private List<Problem> example(Path file, String pack, String rule, boolean fails) {
        Report r = check(file, false);
        List<Problem> out = new ArrayList<>(inputErrors(r));
        boolean fired = r.findings().stream().anyMatch(f -> f.rule().equals(rule) && f.pack().equals(pack) && f.waived() == null);
        if (fails && !fired) {
            out.add(new Problem("expected a " + rule + " finding of pack " + pack + ", found none" + others(r, true),
                    "应有规则包 " + pack + " 的 " + rule + " 发现，实际没有" + others(r, false)));
        } else if (!fails && fired) {
            for (Finding f : r.findings()) {
                if (f.rule().equals(rule) && f.pack().equals(pack) && f.waived() == null) {
                    out.add(new Problem("expected no " + rule + " finding of pack " + pack + ", found one at line " + f.line() + ": "
                            + f.messageEn(), "不应有规则包 " + pack + " 的 " + rule + " 发现，实际在第 " + f.line() + " 行：" + f.message()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String others(Report r, boolean english) {
        List<String> rules = r.findings().stream().filter(f -> f.waived() == null).map(f -> f.rule() + " (" + f.pack() + ")")
                .distinct().toList();
        if (rules.isEmpty()) {
            return "";
        }
        return (english ? "; found: " : "；实际发现：") + String.join(", ", rules);
    }

    private static List<Problem> inputErrors(Report r) {
        List<Problem> out = new ArrayList<>();
        for (InputError e : r.inputErrors()) {
            String at = (e.line() == null ? "" : "line " + e.line() + ": ");
            String atZh = (e.line() == null ? "" : "第 " + e.line() + " 行：");
            out.add(new Problem("input error, " + at + e.message(), "输入错误，" + atZh + e.text(false)));
        }
        return out;
    }

    /** One expectation of a test file; null fields match anything. */
    private record Expected(String rule, String pack, String subject, Integer line) {
        boolean matches(Finding f) {
            return f.rule().equals(rule) && (pack == null || pack.equals(f.pack()))
                    && (subject == null || subject.equals(f.subject())) && (line == null || line == f.line());
        }

        String describe() {
            return rule + (pack == null ? "" : " of " + pack) + (subject == null ? "" : " about " + subject)
                    + (line == null ? "" : " at line " + line);
        }
    }

    /** A test file: its findings are exactly those its expect: block lists. */
    private List<Problem> test(Path file) {
        List<Problem> out = new ArrayList<>();
        List<Expected> expected = expectations(file, out);
        if (!out.isEmpty()) {
            return List.copyOf(out);
        }
        Report r = check(file, true);
        out.addAll(inputErrors(r));
        List<Finding> left = new ArrayList<>(r.findings().stream().filter(f -> f.waived() == null).toList());
        for (Expected e : expected) {
            Finding hit = left.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                out.add(new Problem("expected " + e.describe() + ", not found", "应有 " + e.describe() + "，实际没有"));
            } else {
                left.remove(hit);
            }
        }
        for (Finding f : left) {
            out.add(new Problem("unexpected " + f.rule() + " of " + f.pack() + " at line " + f.line() + " (" + f.subject() + "): "
                    + f.messageEn(), "未预期的发现 " + f.rule() + "（" + f.pack() + "），第 " + f.line() + " 行（" + f.subject() + "）："
                    + f.message()));
        }
        return List.copyOf(out);
    }

    private static List<Expected> expectations(Path file, List<Problem> problems) {
        YNode root;
        try {
            root = new YamlReader().read(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new Problem("cannot read the file: " + e.getMessage(), "无法读取文件：" + e.getMessage()));
            return List.of();
        } catch (YamlProblem e) {
            problems.add(new Problem("line " + e.pos() + ": " + e.getMessage(), "第 " + e.pos() + " 处：" + e.zh()));
            return List.of();
        }
        YNode block = root instanceof YMap m ? m.get(CatalogueLoader.EXPECT) : null;
        if (!(block instanceof YSeq seq)) {
            problems.add(new Problem("a test file needs an expect: list (rule, pack, subject, line each; [] for no findings)",
                    "测试文件须有 expect: 列表（每项 rule、pack、subject、line；无发现写 []）"));
            return List.of();
        }
        List<Expected> out = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YMap m) || !(m.get("rule") instanceof YScalar rule)) {
                problems.add(new Problem("line " + item.pos().line() + ": an expectation needs rule: (and may give pack:, subject:, line:)",
                        "第 " + item.pos().line() + " 行：每项预期须有 rule:（可有 pack:、subject:、line:）"));
                continue;
            }
            for (String k : m.entries().keySet()) {
                if (!List.of("rule", "pack", "subject", "line").contains(k)) {
                    problems.add(new Problem("line " + m.entries().get(k).keyPos().line() + ": unknown key '" + k
                            + "' in an expectation; expected rule, pack, subject, line",
                            "第 " + m.entries().get(k).keyPos().line() + " 行：预期中的未知键 '" + k + "'；可用的键：rule、pack、subject、line"));
                }
            }
            Integer line = null;
            if (m.get("line") instanceof YScalar l) {
                try {
                    line = Integer.valueOf(l.text());
                } catch (NumberFormatException e) {
                    problems.add(new Problem("line " + l.pos().line() + ": line: must be a number", "第 " + l.pos().line() + " 行：line: 须为数字"));
                }
            }
            out.add(new Expected(rule.text(), text(m.get("pack")), text(m.get("subject")), line));
        }
        return out;
    }

    private static String text(YNode n) {
        return n instanceof YScalar s && !s.isNull() ? s.text() : null;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack inside the jar: its examples and tests copied to a temporary folder, to be checked as files. */
    private static Path unpack(Path folder) {
        try {
            Path tmp = Files.createTempDirectory("qingdan-test-");
            tmp.toFile().deleteOnExit();
            for (String sub : List.of("examples", "tests")) {
                Path from = folder.resolve(sub);
                if (!Files.isDirectory(from)) {
                    continue;
                }
                Path to = Files.createDirectories(tmp.resolve(sub));
                to.toFile().deleteOnExit();
                try (Stream<Path> s = Files.list(from)) {
                    for (Path f : s.toList()) {
                        Path target = to.resolve(f.getFileName().toString());
                        Files.copy(f, target);
                        target.toFile().deleteOnExit();
                    }
                }
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
