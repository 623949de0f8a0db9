package qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qingdan.bind.Binder;
import qingdan.bind.Problems;
import qingdan.model.Kind;
import qingdan.support.Qingdan;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YamlReader;

/**
 * catalogues.md, "Required keys": an optional key written {@code key:}, {@code key: ~} or
 * {@code key: null} is absent, and a required key left blank is a missing required key.
 */
class BlankIsAbsentTest {
    private static final Path EXAMPLES = Path.of("rules");
    private static final Pattern KEY_LINE = Pattern.compile("^( *)([a-z_]+):(\\s.*)?$");
    private static final List<String> BLANKS = List.of("", " ~", " null");

    @TempDir
    Path dir;

    /** What the binder makes of a text: the model (null on errors) and every problem, located. */
    record Bound(Object catalogue, List<String> problems) {
    }

    static Bound bind(String text) {
        Problems problems = new Problems("f.yaml");
        YNode root;
        try {
            root = new YamlReader().parse(text);
        } catch (qingdan.yaml.YamlProblem e) {
            return new Bound(null, List.of(e.pos() + " " + e.getMessage()));
        }
        Binder binder = new Binder(problems);
        YMap map = (YMap) root;
        Kind kind = binder.bind(Kind.class, map.get("kind"), "kind");
        Object catalogue = kind == null ? null : binder.bind(kind.recordType(), map, "the catalogue header");
        return new Bound(catalogue, problems.errors().stream().map(e -> e.line() + ":" + e.column() + " " + e.message()).toList());
    }

    /** One key of a file, removed or left blank: the same lines, so positions stay comparable. */
    record Variant(String file, int line, String key, String absent, List<String> blanks) {
    }

    static List<Variant> variants(Path file, String text) {
        String[] lines = text.split("\n", -1);
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = KEY_LINE.matcher(lines[i]);
            if (!m.matches() || m.group(2).equals("kind") || firstKeyOfItsMapping(lines, i, m.group(1).length())) {
                continue;
            }
            int indent = m.group(1).length();
            int end = i + 1;
            while (end < lines.length && (lines[end].isBlank() || indentOf(lines[end]) > indent
                    || indentOf(lines[end]) == indent && lines[end].stripLeading().startsWith("- "))) {
                end++;
            }
            String[] absent = lines.clone();
            Arrays.fill(absent, i, end, "");
            List<String> blanks = new ArrayList<>();
            for (String blank : BLANKS) {
                String[] b = absent.clone();
                b[i] = m.group(1) + m.group(2) + ":" + blank;
                blanks.add(String.join("\n", b));
            }
            out.add(new Variant(file.toString(), i + 1, m.group(2), String.join("\n", absent), blanks));
        }
        return out;
    }

    /** A mapping starts where its first key is, so removing that key would move the mapping. */
    private static boolean firstKeyOfItsMapping(String[] lines, int i, int indent) {
        for (int j = i - 1; j >= 0; j--) {
            String s = lines[j].strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.endsWith(",") || s.endsWith("{") || s.endsWith("[")) {
                return true; // inside a flow mapping or list: not a line of its own
            }
            int content = indentOf(lines[j]) + (s.startsWith("- ") ? 2 : 0);
            return content != indent;
        }
        return true;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /**
     * Every key of every rule example, optional or required, at every depth: blank in each of the
     * three spellings binds to exactly what the file binds to without the key, with the same
     * input errors at the same places. Same model, so the same findings from every rule.
     */
    @Test
    void everyKeyOfEveryExampleBindsTheSameBlankAsAbsent() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") && p.getParent().getFileName().toString().equals("examples"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 50, "the rule examples are found: " + files.size());
        int compared = 0;
        int requiredMissing = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (Variant v : variants(f, text)) {
                Bound absent = bind(v.absent());
                for (String blank : v.blanks()) {
                    Bound b = bind(blank);
                    String where = v.file() + ":" + v.line() + " " + v.key();
                    assertEquals(absent.problems(), b.problems(), () -> where + " blank reports other problems");
                    assertTrue(Objects.equals(absent.catalogue(), b.catalogue()), () -> where + " blank binds otherwise");
                    compared++;
                }
                if (absent.problems().stream().anyMatch(p -> p.contains("missing required key '" + v.key() + "'"))) {
                    requiredMissing++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
        assertTrue(requiredMissing > 50, "blank required keys are missing required keys: " + requiredMissing);
    }

    @Test
    void aBlankRequiredKeyIsAMissingRequiredKey() {
        Bound b = bind("kind: duty-transfer-list\njurisdiction:\nitems:\n  - id: ZR-1\n    task: ~\n    from: null\n");
        assertEquals(List.of("1:1 missing required key 'jurisdiction' in the catalogue header",
                "4:5 missing required key 'task' in 'ZR-1' (items)",
                "4:5 missing required key 'from' in 'ZR-1' (items)"), b.problems());
    }

    @Test
    void quotedEmptyTextIsText() {
        Bound b = bind("kind: duty-transfer-list\njurisdiction: 测试县\nitems:\n  - id: ZR-1\n    task: ''\n    from: \"\"\n"
                + "    consulted: ''\n");
        assertEquals(List.of("7:16 wrong type for 'consulted': expected true or false, found the text ''"), b.problems());
    }

    /**
     * The keys the rules read, one per rule and kind: left blank in each spelling, the
     * catalogue gets exactly the findings it gets with the key removed, and the rule fires.
     */
    @ParameterizedTest(name = "{0}: blank {2} in {1} is absent ({3})")
    @CsvSource({
        "establishment-plan,   tongwei-2020/examples/plaque-unapproved.pass.yaml,            approved_by, plaque-unapproved",
        "establishment-plan,   tongwei-2020/examples/counterpart-demanded.pass.yaml,         basis,       counterpart-demanded",
        "delegation-catalogue, heilongjiang-2017/examples/missing-procedure.pass.yaml,       procedure,   missing-procedure",
        "assessment-catalogue, tongwei-2020/examples/one-veto-unapproved.pass.yaml,          basis,       one-veto-unapproved",
        "assessment-catalogue, tongwei-2020/examples/one-veto-unapproved.pass.yaml,          one_veto,    ''",
        "duty-transfer-list,   tongwei-2020/examples/duty-transfer-unapproved.pass.yaml,     approved_by, duty-transfer-unapproved",
        "duty-transfer-list,   tongwei-2020/examples/duty-transfer-not-consulted.pass.yaml,  consulted,   duty-transfer-not-consulted",
    })
    void blankKeyGetsTheFindingsOfAnAbsentKey(String kind, String example, String key, String rule) throws IOException {
        Path source = EXAMPLES.resolve(example);
        String text = Files.readString(source, StandardCharsets.UTF_8);
        assertTrue(text.contains("kind: " + kind), example);
        Variant v = variants(source, text).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        // The examples refer to their siblings (_guidance.yaml): check each variant beside copies of them.
        Path folder = dir.resolve("examples");
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(source.getParent())) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("_")).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        List<String> absent = findings(folder, v.absent());
        if (!rule.isEmpty()) {
            assertTrue(absent.stream().anyMatch(f -> f.startsWith(rule + " ")), () -> key + " absent fires " + rule + ": " + absent);
        }
        assertFalse(findings(folder, text).stream().anyMatch(f -> !rule.isEmpty() && f.startsWith(rule + " ")),
                "the example itself passes " + rule);
        for (String blank : v.blanks()) {
            assertEquals(absent, findings(folder, blank), () -> key + " blank:\n" + blank);
        }
    }

    private List<String> findings(Path folder, String text) {
        String file = Qingdan.write(folder.resolve("catalogue.yaml"), text);
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", "--as-of", "2024-01-01", file);
        assertTrue(run.exit() < 2, run::describe);
        List<String> out = new ArrayList<>();
        for (JsonNode f : run.json().get("findings")) {
            out.add(f.path("rule").asText() + " " + f.path("pack").asText() + " " + f.path("line").asInt() + ":"
                    + f.path("column").asInt() + " " + f.path("subject").asText() + " " + f.path("message").asText());
        }
        return out;
    }
}
