package qingdan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * Done-when of the tables issue: every shipped catalogue, converted to a workbook, gives the same
 * findings (rule, pack, subject, message), each at a cell; converted back to YAML, the same again.
 */
class TableRoundTripTest {
    @TempDir
    static Path dir;
    static List<String> yaml = new ArrayList<>();

    @BeforeAll
    static void copyCatalogues() throws IOException {
        Path from = Path.of("catalogues");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path to = dir.resolve("yaml").resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                yaml.add(to.toString());
            }
        }
    }

    /** Findings by file (without extension or folder), rule, pack, subject, message. */
    private static TreeSet<String> findings(Qingdan.Run run, Path base, boolean needCells) {
        JsonNode report = run.json();
        assertEquals(0, report.get("inputErrors").size(), run::describe);
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode f : report.get("findings")) {
            String file = base.relativize(Path.of(f.get("file").asText())).toString().replaceAll("\\.(yaml|xlsx)$", "");
            if (needCells && f.get("file").asText().endsWith(".xlsx")) {
                assertTrue(f.hasNonNull("cell") && f.get("cell").asText().matches(".+![A-Z]+[0-9]+"), f::toString);
            }
            out.add(file + " | " + f.get("rule").asText() + " | " + f.get("pack").asText() + " | " + f.get("subject").asText()
                    + " | " + f.get("message").asText());
        }
        return out;
    }

    @Test
    void everyShippedCatalogueConvertsToAWorkbookAndBackWithTheSameFindings() throws IOException {
        Path yamlDir = dir.resolve("yaml");
        TreeSet<String> original = findings(Qingdan.checkJson(yaml.toArray(String[]::new)), yamlDir, false);
        assertTrue(original.size() > 100, "the shipped catalogues have findings to compare");

        // Workbooks beside the YAML files, so references by path (../gansu-guidance/guidance-2020.yaml) still resolve.
        // A catalogue referred to by path is read as YAML through that reference; its workbook would
        // be a second catalogue with the same id, so it is checked on its own, against its YAML alone.
        java.util.Set<String> byPath = new java.util.TreeSet<>();
        java.util.regex.Pattern ref = java.util.regex.Pattern.compile("(?m)^(?:guidance|establishment):\\s*(\\S+\\.yaml)\\s*$");
        for (String y : yaml) {
            java.util.regex.Matcher m = ref.matcher(Files.readString(Path.of(y)));
            while (m.find()) {
                byPath.add(Path.of(y).resolveSibling(m.group(1)).normalize().toString());
            }
        }
        assertFalse(byPath.isEmpty());
        List<String> run = new ArrayList<>();
        for (String y : yaml) {
            String x = y.replaceAll("\\.yaml$", ".xlsx");
            Qingdan.Run c = Qingdan.run("convert", y, "--to", "xlsx");
            assertEquals(0, c.exit(), c::describe);
            assertTrue(Files.isRegularFile(Path.of(x)), x);
            run.add(byPath.contains(y) ? y : x);
        }
        assertEquals(original, findings(Qingdan.checkJson(run.toArray(String[]::new)), yamlDir, true));
        for (String y : byPath) {
            String x = y.replaceAll("\\.yaml$", ".xlsx");
            assertEquals(findings(Qingdan.checkJson(y), yamlDir, false), findings(Qingdan.checkJson(x), yamlDir, true), x);
        }

        // And back: the workbooks as YAML, in a tree of their own.
        Path back = dir.resolve("back");
        List<String> again = new ArrayList<>();
        for (String y : yaml) {
            Path x = Path.of(y.replaceAll("\\.yaml$", ".xlsx"));
            Path to = back.resolve(yamlDir.relativize(Path.of(y)).toString());
            Qingdan.Run c = Qingdan.run("convert", x.toString(), "--to", "yaml", "--output", to.toString());
            assertEquals(0, c.exit(), c::describe);
            again.add(to.toString());
        }
        assertEquals(original, findings(Qingdan.checkJson(again.toArray(String[]::new)), back, false));
    }

    @Test
    void convertNeverWritesOverAFileUnlessOutputNamesIt() throws IOException {
        Path d = dir.resolve("safe");
        Files.createDirectories(d);
        Path y = d.resolve("plan.yaml");
        Files.copy(Path.of("catalogues/examples/clean-establishment-plan.yaml"), y);
        Path x = d.resolve("plan.xlsx");
        Files.writeString(x, "mine");
        Qingdan.Run refused = Qingdan.run("convert", y.toString(), "--to", "xlsx");
        assertEquals(2, refused.exit(), refused::describe);
        assertEquals("mine", Files.readString(x));
        Qingdan.Run self = Qingdan.run("convert", y.toString(), "--to", "yaml", "--output", y.toString());
        assertEquals(2, self.exit(), self::describe);
        assertFalse(Files.readString(y).contains("converted by qingdan"));
        Qingdan.Run named = Qingdan.run("convert", y.toString(), "--to", "xlsx", "--output", x.toString());
        assertEquals(0, named.exit(), named::describe);
        assertTrue(Files.size(x) > 1000);
    }
}
