package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.support.Plan.Town.town;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;
import qingdan.support.Qingdan;

/** The options of {@code qingdan check} (cli.md). */
class CheckOptionsTest {
    @TempDir
    Path dir;

    private String violating() {
        return Qingdan.write(dir.resolve("plan.yaml"), Plan.of("tongwei-2020").town(town("平襄镇", "一类").pg(6).pub(6).inst("综合行政执法队", "挂牌机构", "approved_by: 县委机构编制委员会")).yaml());
    }

    @Test
    void versionPrintsTheVersionOfTheReport() {
        Qingdan.Run run = Qingdan.run("--version");
        assertEquals(0, run.exit());
        String version = Qingdan.checkJson(ExitCodesTest.CLEAN).json().path("tool").path("version").asText();
        assertTrue(Pattern.compile("\\d+\\.\\d+\\.\\d+").matcher(version).find(), version);
        assertTrue(run.out().contains(version), run::describe);
        assertTrue(Qingdan.run("check", "--version").out().contains(version));
    }

    @Test
    void helpOfCheckPrintsExamples() {
        Qingdan.Run run = Qingdan.run("check", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Examples"), run::describe);
        assertTrue(run.out().contains("qingdan check "), run::describe);
        assertTrue(run.out().contains("--fail-on"), run::describe);
    }

    @Test
    void outputWritesTheFileAndNothingToStdout() throws IOException {
        Path report = dir.resolve("out/report.json");
        Qingdan.Run run = Qingdan.run("check", "--format", "json", "--output", report.toString(), violating());
        assertEquals(1, run.exit(), run::describe);
        assertTrue(run.out().isEmpty(), () -> "stdout: " + run.out());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(1, json.path("summary").path("errors").asInt(), json::toString);
    }

    @Test
    void outputIsTheSameReportAsStdout() throws IOException {
        String plan = violating();
        Path report = dir.resolve("report.json");
        Qingdan.run("check", "--format", "json", "--lang", "zh", "--output", report.toString(), plan);
        assertEquals(Qingdan.run("check", "--format", "json", "--lang", "zh", plan).out(), Files.readString(report));
    }

    @Test
    void outputOntoAnInputFileIsRefusedAndTheInputIsUntouched() throws IOException {
        String plan = violating();
        byte[] before = Files.readAllBytes(Path.of(plan));
        Qingdan.Run run = Qingdan.run("check", "--format", "json", "--output", plan, plan);
        assertEquals(2, run.exit(), run::describe);
        assertFalse(run.err().isEmpty(), "says why");
        assertArrayEquals(before, Files.readAllBytes(Path.of(plan)));
    }

    @Test
    void outputOntoAnInputFileNamedDifferentlyIsRefusedToo() throws IOException {
        String plan = violating();
        byte[] before = Files.readAllBytes(Path.of(plan));
        Path other = dir.resolve("sub/../plan.yaml");
        Files.createDirectories(dir.resolve("sub"));
        Qingdan.Run run = Qingdan.run("check", "--output", other.toString(), plan);
        assertEquals(2, run.exit(), run::describe);
        assertArrayEquals(before, Files.readAllBytes(Path.of(plan)));
    }

    @Test
    void outputOfAYamlFileIntoAnInputFolderIsRefused() {
        violating();
        Qingdan.Run run = Qingdan.run("check", "--output", dir.resolve("report.yaml").toString(), dir.toString());
        assertEquals(2, run.exit(), run::describe);
        assertFalse(Files.exists(dir.resolve("report.yaml")));
    }

    @Test
    void theDefaultPathIsCatalogues() throws IOException {
        Qingdan.Run run = Qingdan.checkJson();
        JsonNode json = run.json();
        long yamlFiles;
        try (Stream<Path> s = Files.walk(Path.of("catalogues"))) {
            yamlFiles = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).count();
        }
        assertEquals(yamlFiles, json.path("summary").path("files").asLong(), run::describe);
        assertTrue(json.path("findings").size() > 0);
        for (JsonNode f : json.path("findings")) {
            assertTrue(f.path("file").asText().startsWith("catalogues/"), f::toString);
        }
    }

    @Test
    void langEnGivesEnglishMessages() {
        String plan = violating();
        JsonNode en = Qingdan.run("check", "--format", "json", "--lang", "en", plan).json().path("findings").get(0);
        JsonNode zh = Qingdan.run("check", "--format", "json", "--lang", "zh", plan).json().path("findings").get(0);
        assertEquals("一类乡镇党政机构 6 个，超过上限 5 个", zh.path("message").asText());
        String m = en.path("message").asText();
        assertTrue(m.contains("party-government") && m.contains("6") && m.contains("5"), m);
        assertTrue(m.chars().filter(c -> c > 0x2E80).count() < m.length() / 4, () -> "mostly English: " + m);
        assertEquals(zh.path("fingerprint").asText(), en.path("fingerprint").asText(), "language does not change the fingerprint");
    }

    @Test
    void langEnGivesEnglishTextReport() {
        Qingdan.Run run = Qingdan.run("check", "--lang", "en", violating());
        assertTrue(run.out().contains("party-government-cap"), run::describe);
        assertTrue(run.out().contains("1 file checked"), run::describe);
        Qingdan.Run zh = Qingdan.run("check", "--lang", "zh", violating());
        assertTrue(zh.out().contains("超过上限"), zh::describe);
    }

    @Test
    void policyOverridesTheFilesPacks() {
        // tongwei caps 一类 public institutions at 6, ganzhou at 7; both cap party-government at 5
        String plan = Qingdan.write(dir.resolve("plan.yaml"),
                Plan.of("tongwei-2020").town(town("平襄镇", "一类").pg(6).pub(7)
                        .inst("综合行政执法队", "挂牌机构", "approved_by: 县委机构编制委员会")).yaml());
        Qingdan.Run own = Qingdan.checkJson(plan);
        assertEquals(List.of("tongwei-2020", "tongwei-2020"), packs(own.findings(plan)), own::describe);
        Qingdan.Run over = Qingdan.checkJson("--policy", "ganzhou-2018", plan);
        List<JsonNode> f = over.findings(plan);
        assertEquals(List.of("party-government-cap"), f.stream().map(n -> n.path("rule").asText()).toList(), over::describe);
        assertEquals(List.of("ganzhou-2018"), packs(f));
    }

    @Test
    void policyOverrideMayNameSeveralPacks() {
        String plan = Qingdan.write(dir.resolve("plan.yaml"),
                Plan.of("tongwei-2020").town(town("平襄镇", "一类").pg(9).pub(3)).yaml());
        Qingdan.Run run = Qingdan.checkJson("--policy", "ganzhou-2018,jilin-2017", plan);
        assertEquals(List.of("ganzhou-2018", "jilin-2017"), packs(run.findings(plan, "party-government-cap")), run::describe);
    }

    @Test
    void policyOverrideAppliesToAFileWithoutPolicy() {
        String plan = Qingdan.write(dir.resolve("plan.yaml"),
                Plan.of("tongwei-2020").town(town("平襄镇", "一类").pg(6).pub(3)).yaml().replace("policy: tongwei-2020\n", ""));
        assertTrue(Qingdan.checkJson(plan).findings(plan).isEmpty(), "reference data: no rules");
        assertEquals(1, Qingdan.checkJson("--policy", "ganzhou-2018", plan).findings(plan, "party-government-cap").size());
    }

    private static List<String> packs(List<JsonNode> findings) {
        return findings.stream().map(n -> n.path("pack").asText()).toList();
    }
}
