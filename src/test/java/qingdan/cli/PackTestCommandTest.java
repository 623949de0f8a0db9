package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.pack.UserPackMistakesTest;
import qingdan.support.Qingdan;

/** {@code qingdan test}: a pack author runs the pack's examples and tests, as with conftest verify. */
class PackTestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String FAILING_PLAN = UserPackMistakesTest.PLAN_WITHOUT_POPULATION;
    static final String PASSING_PLAN = FAILING_PLAN.replace("class: 一类", "class: 一类\n    population: 30000");

    /** mycounty/ with its own check and the given example texts (null: no such file). */
    private static Path pack(Path dir, String fail, String pass) {
        Path p = dir.resolve("mypacks/mycounty");
        Qingdan.write(p.resolve("pack.yaml"), UserPackMistakesTest.GOOD_PACK);
        Qingdan.write(p.resolve("checks.drl"), UserPackMistakesTest.GOOD_DRL);
        Qingdan.write(p.resolve("checks.contract.yaml"), UserPackMistakesTest.GOOD_CONTRACT);
        if (fail != null) {
            Qingdan.write(p.resolve("examples/population-unrecorded.fail.yaml"), fail);
        }
        if (pass != null) {
            Qingdan.write(p.resolve("examples/population-unrecorded.pass.yaml"), pass);
        }
        return dir.resolve("mypacks");
    }

    private static JsonNode json(Qingdan.Run run) {
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError(run.describe(), e);
        }
    }

    @Test
    void theShippedPacksPassAndEveryRuleHasAFailingExample() throws IOException {
        Qingdan.Run run = Qingdan.run("test", "--format", "json", "rules/");
        assertEquals(0, run.exit(), run::describe);
        JsonNode report = json(run);
        long shippedRules = 0;
        try (Stream<Path> packs = Files.list(Path.of("rules"))) {
            for (Path pack : packs.filter(p -> Files.exists(p.resolve("pack.yaml"))).toList()) {
                for (String line : Files.readAllLines(pack.resolve("pack.yaml"))) {
                    if (line.matches("^  [a-z][a-z-]*:.*")) {
                        shippedRules++;
                    }
                }
            }
        }
        assertEquals(shippedRules, report.path("rules").size(), "every rule of every shipped pack is reported");
        for (JsonNode r : report.path("rules")) {
            assertEquals("passed", r.path("status").asText(), r::toString);
            assertTrue(r.path("examples").findValuesAsText("expect").contains("fail"), r::toString);
        }
        assertEquals(0, report.path("packErrors").size(), run::describe);
    }

    @Test
    void aWrongExampleFailsTheRunAndNamesTheRuleAndTheExample(@TempDir Path dir) {
        Path packs = pack(dir, PASSING_PLAN, PASSING_PLAN);
        Qingdan.Run run = Qingdan.run("test", "--lang", "en", packs.toString());
        assertEquals(1, run.exit(), run::describe);
        assertTrue(run.out().contains("FAILED   population-unrecorded"), run::describe);
        assertTrue(run.out().contains(Qingdan.name(packs.resolve("mycounty/examples/population-unrecorded.fail.yaml"))
                + ": expected a population-unrecorded finding of pack mycounty-2024, found none"), run::describe);
        assertTrue(run.out().contains("1 rules: 0 passed, 1 failed"), run::describe);
    }

    @Test
    void aPassingExampleThatFiresFailsToo(@TempDir Path dir) {
        Path packs = pack(dir, FAILING_PLAN, FAILING_PLAN);
        Qingdan.Run run = Qingdan.run("test", "--lang", "en", packs.toString());
        assertEquals(1, run.exit(), run::describe);
        assertTrue(run.out().contains("population-unrecorded.pass.yaml: expected no population-unrecorded finding of pack mycounty-2024, found one at line 5"),
                run::describe);
    }

    @Test
    void rightExamplesPass(@TempDir Path dir) {
        Qingdan.Run run = Qingdan.run("test", "--lang", "en", pack(dir, FAILING_PLAN, PASSING_PLAN).toString());
        assertEquals(0, run.exit(), run::describe);
        assertTrue(run.out().contains("passed   population-unrecorded"), run::describe);
    }

    @Test
    void aRuleNobodyHasShownToFireIsReported(@TempDir Path dir) {
        Qingdan.Run run = Qingdan.run("test", "--lang", "en", "--format", "json", pack(dir, null, PASSING_PLAN).toString());
        assertEquals(0, run.exit(), run::describe);
        JsonNode rule = json(run).path("rules").get(0);
        assertEquals("no-failing-example", rule.path("status").asText(), run::describe);
    }

    @Test
    void junitHasOneTestCasePerExample(@TempDir Path dir) {
        Qingdan.Run run = Qingdan.run("test", "--format", "junit", pack(dir, PASSING_PLAN, PASSING_PLAN).toString());
        assertEquals(1, run.exit(), run::describe);
        assertEquals(2, run.out().split("<testcase ", -1).length - 1, run::describe);
        assertEquals(1, run.out().split("<failure ", -1).length - 1, run::describe);
        assertTrue(run.out().contains("name=\"" + Qingdan.name(dir.resolve("mypacks/mycounty/examples/population-unrecorded.fail.yaml")) + "\""),
                run::describe);
    }

    @Test
    void aTestFileListsTheFindingsItExpects(@TempDir Path dir) {
        Path packs = pack(dir, FAILING_PLAN, PASSING_PLAN);
        Qingdan.write(packs.resolve("mycounty/tests/two-townships.yaml"), FAILING_PLAN + """
                  - name: 乙镇
                    class: 二类
                    population: 20000
                    institutions: []
                expect:
                  - rule: population-unrecorded
                    pack: mycounty-2024
                    subject: 甲镇
                    line: 5
                """);
        Qingdan.write(packs.resolve("mycounty/tests/clean.yaml"), PASSING_PLAN + "expect: []\n");
        Qingdan.write(packs.resolve("mycounty/tests/wrong.yaml"), FAILING_PLAN + "expect: []\n");
        Qingdan.Run run = Qingdan.run("test", "--lang", "en", packs.toString());
        assertEquals(1, run.exit(), run::describe);
        assertTrue(run.out().contains("passed   " + Qingdan.name(packs.resolve("mycounty/tests/two-townships.yaml"))), run::describe);
        assertTrue(run.out().contains("passed   " + Qingdan.name(packs.resolve("mycounty/tests/clean.yaml"))), run::describe);
        assertTrue(run.out().contains("FAILED   " + Qingdan.name(packs.resolve("mycounty/tests/wrong.yaml"))), run::describe);
        assertTrue(run.out().contains("unexpected population-unrecorded of mycounty-2024 at line 5 (甲镇)"), run::describe);
    }

    @Test
    void checkingAFolderOfPacksReadsNoPackFileAsACatalogue(@TempDir Path dir) {
        Path packs = pack(dir, FAILING_PLAN, PASSING_PLAN);
        Qingdan.write(packs.resolve("mycounty/tests/clean.yaml"), PASSING_PLAN + "expect: []\n");
        String plan = Qingdan.write(packs.resolve("plan.yaml"), PASSING_PLAN.replace("policy: mycounty-2024\n", ""));
        Qingdan.Run run = Qingdan.checkJson("--rules", packs.toString(), packs.toString());
        assertEquals(0, run.exit(), run::describe);
        assertEquals(0, run.json().path("inputErrors").size(), run::describe);
        assertEquals(1, run.json().path("summary").path("files").asInt(), "only " + plan + " is a catalogue: " + run.describe());
    }

    @Test
    void aPackThatCannotLoadIsExit2(@TempDir Path dir) {
        Path packs = pack(dir, FAILING_PLAN, PASSING_PLAN);
        Qingdan.write(packs.resolve("mycounty/checks.contract.yaml"), UserPackMistakesTest.GOOD_CONTRACT.replace("kinds: [establishment-plan]", "kinds: []"));
        Qingdan.Run run = Qingdan.run("test", "--lang", "en", packs.toString());
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.out().contains("checks.contract.yaml:3:5: check 'population-unrecorded' names no catalogue kind"), run::describe);
    }

    /** The report is written as check writes its reports: whole, atomically, never over a folder or a link. */
    @Test
    void theReportFileIsWrittenWholeAndNeverOverAFolderOrALink(@TempDir Path tmp) throws IOException {
        Path packs = pack(tmp, FAILING_PLAN, PASSING_PLAN);
        Path report = tmp.resolve("out/packs.xml");
        Qingdan.Run ok = Qingdan.run("test", "--format", "junit", "--output", report.toString(), packs.toString());
        assertEquals(0, ok.exit(), ok::describe);
        assertTrue(Files.readString(report).contains("<testsuite"), ok::describe);
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside the report");
        }

        Path folder = Files.createDirectory(tmp.resolve("a-folder"));
        Qingdan.Run onFolder = Qingdan.run("test", "--output", folder.toString(), packs.toString());
        assertEquals(2, onFolder.exit(), onFolder::describe);
        assertTrue(onFolder.err().contains("not a regular file"), onFolder::describe);

        Path link = Files.createSymbolicLink(tmp.resolve("link.xml"), report);
        Qingdan.Run onLink = Qingdan.run("test", "--output", link.toString(), packs.toString());
        assertEquals(2, onLink.exit(), onLink::describe);
        assertTrue(onLink.err().contains("symbolic link"), onLink::describe);
        assertTrue(Files.readString(report).contains("<testsuite"), "the link's target is untouched");
    }

    /** A folder with no pack in it is a usage error, not a run in which nothing failed. */
    @Test
    void aFolderWithNoPackIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Rule packs\n");
        Qingdan.Run run = Qingdan.run("test", dir.toString());
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.err().contains("holds no pack") && run.err().contains("qingdan test alone tests the shipped packs"), run::describe);
    }
}
