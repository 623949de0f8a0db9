package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.render.ReportFixture.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qingdan.pack.Severity;
import qingdan.support.Qingdan;
import qingdan.report.Report;

/** SARIF 2.1.0 as GitHub code scanning takes it. */
class SarifRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The OASIS SARIF 2.1.0 schema (errata 01), as published. */
    private static final String SCHEMA = "/schemas/sarif-schema-2.1.0.json";

    private static JsonNode sarif(Report r, boolean english) throws IOException {
        return JSON.readTree(ReportFixture.render(new SarifRenderer(), r, english));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static JsonNode result(JsonNode run, String ruleId, String subject) {
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals(ruleId) && (subject == null || r.path("properties").path("subject").asText().equals(subject))) {
                return r;
            }
        }
        throw new AssertionError("no result " + ruleId + " " + subject);
    }

    @Test
    void oneRunOfQingdanWithTheSchemaAndVersion() throws IOException {
        JsonNode s = sarif(ReportFixture.full(), true);
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", s.get("$schema").asText());
        assertEquals("2.1.0", s.get("version").asText());
        assertEquals(1, s.get("runs").size());
        JsonNode driver = s.get("runs").get(0).get("tool").get("driver");
        assertEquals("qingdan", driver.get("name").asText());
        assertEquals("0.1.0", driver.get("version").asText());
    }

    @Test
    void everyResultPointsAtItsRule() throws IOException {
        JsonNode run = sarif(ReportFixture.full(), true).get("runs").get(0);
        List<JsonNode> rules = list(run.get("tool").get("driver").get("rules"));
        List<String> ids = rules.stream().map(r -> r.get("id").asText()).toList();
        assertEquals(List.of("class-inconsistent", "duplicate-item", "input-error", "missing-legal-basis",
                "party-government-cap", "public-institution-cap"), ids, "one rule per id, sorted");
        assertEquals(ReportFixture.full().findings().size() + 2, run.get("results").size());
        for (JsonNode r : run.get("results")) {
            assertEquals(r.get("ruleId").asText(), ids.get(r.get("ruleIndex").asInt()));
            assertFalse(r.get("message").get("text").asText().isEmpty());
        }
    }

    @Test
    void rulesCarryTheClauseTheQuoteAndThePacks() throws IOException {
        JsonNode run = sarif(ReportFixture.full(), false).get("runs").get(0);
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            assertFalse(rule.get("shortDescription").get("text").asText().isBlank());
            assertFalse(rule.get("fullDescription").get("text").asText().isBlank());
        }
        JsonNode cap = list(run.get("tool").get("driver").get("rules")).stream()
                .filter(r -> r.get("id").asText().equals("party-government-cap")).findFirst().orElseThrow();
        for (String field : new String[] {"text", "markdown"}) {
            String help = cap.get("help").get(field).asText();
            assertTrue(help.contains("通办发〔2020〕6号") && help.contains("二(一)1") && help.contains("一类乡镇党政机构不超过5个"), help);
        }
        assertTrue(cap.get("fullDescription").get("text").asText().contains("一类乡镇党政机构不超过5个、事业单位不超过6个"));
        assertEquals("tongwei-2020", cap.get("properties").get("packs").get(0).asText());
        assertEquals("error", cap.get("defaultConfiguration").get("level").asText());
    }

    @Test
    void aRuleOfTwoPacksListsBoth() throws IOException {
        Report r = new Report("0.1.0", 1, List.of(), List.of(
                finding("party-government-cap", Severity.ERROR, "ganzhou-2018", "a.yaml", 3, 3, "甲镇", "超", "over",
                        new qingdan.pack.Citation("赣编办〔2018〕1号", "三(二)", "党政机构不超过7个"), null),
                finding("party-government-cap", Severity.ERROR, "tongwei-2020", "a.yaml", 3, 3, "甲镇", "超", "over",
                        ReportFixture.CAP, null)));
        JsonNode run = sarif(r, true).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(1, rules.size());
        assertEquals("[\"ganzhou-2018\",\"tongwei-2020\"]", rules.get(0).get("properties").get("packs").toString());
        String help = rules.get(0).get("help").get("text").asText();
        assertTrue(help.contains("党政机构不超过7个") && help.contains("一类乡镇党政机构不超过5个"), help);
        assertEquals(0, run.get("results").get(1).get("ruleIndex").asInt());
        assertEquals("tongwei-2020", run.get("results").get(1).get("properties").get("pack").asText());
    }

    @Test
    void levelsLocationsFingerprintsAndProperties() throws IOException {
        JsonNode run = sarif(ReportFixture.full(), true).get("runs").get(0);
        JsonNode cap = result(run, "party-government-cap", null);
        assertEquals("error", cap.get("level").asText());
        assertEquals("a class-1 township has 6, over the cap of 5", cap.get("message").get("text").asText());
        JsonNode loc = cap.get("locations").get(0).get("physicalLocation");
        assertEquals(ReportFixture.PLAN, loc.get("artifactLocation").get("uri").asText());
        assertEquals("%SRCROOT%", loc.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(14, loc.get("region").get("startLine").asInt());
        assertEquals(7, loc.get("region").get("startColumn").asInt());
        String fp = ReportFixture.full().findings().stream().filter(f -> f.rule().equals("party-government-cap"))
                .findFirst().orElseThrow().fingerprint();
        assertEquals(fp, cap.get("partialFingerprints").get("qingdan/v1").asText());
        assertEquals("tongwei-2020", cap.get("properties").get("pack").asText());
        assertEquals("平襄镇", cap.get("properties").get("subject").asText());
        assertEquals("warning", result(run, "missing-legal-basis", null).get("level").asText());
        assertEquals("note", result(run, "class-inconsistent", null).get("level").asText());
        assertFalse(cap.has("suppressions"));
    }

    @Test
    void waivedFindingsAreSuppressedExternally() throws IOException {
        JsonNode run = sarif(ReportFixture.full(), true).get("runs").get(0);
        JsonNode s = result(run, "public-institution-cap", null).get("suppressions");
        assertEquals(1, s.size());
        assertEquals("external", s.get(0).get("kind").asText());
        String why = s.get(0).get("justification").asText();
        assertTrue(why.contains("试点期间") && why.contains("通编委〔2021〕3号"), why);
    }

    @Test
    void inputErrorsAreErrorResultsWithARegionOnlyWhenTheLineIsKnown() throws IOException {
        JsonNode run = sarif(ReportFixture.full(), true).get("runs").get(0);
        List<JsonNode> errors = list(run.get("results")).stream().filter(r -> r.get("ruleId").asText().equals("input-error")).toList();
        assertEquals(2, errors.size());
        for (JsonNode e : errors) {
            assertEquals("error", e.get("level").asText());
            assertTrue(e.get("partialFingerprints").has("qingdan/v1"));
        }
        JsonNode empty = errors.get(0).get("locations").get(0).get("physicalLocation");
        assertEquals(ReportFixture.EMPTY, empty.get("artifactLocation").get("uri").asText());
        assertFalse(empty.has("region"), "no line, no region: startLine must be at least 1");
        JsonNode bad = errors.get(1).get("locations").get(0).get("physicalLocation");
        assertEquals(7, bad.get("region").get("startLine").asInt());
        assertEquals(5, bad.get("region").get("startColumn").asInt());
        assertEquals("unknown key 'clas'; did you mean 'class'?", errors.get(1).get("message").get("text").asText());
    }

    @Test
    void pathsBecomeUriReferences() throws IOException {
        Report r = new Report("0.1.0", 3, List.of(), List.of(
                finding("x", Severity.ERROR, "p", "/abs/目录/a b.yaml", 1, 1, "s", "m", "m", ReportFixture.CAP, null),
                finding("x", Severity.ERROR, "p", "rel\\win:dows.yaml", 1, 1, "s", "m", "m", ReportFixture.CAP, null),
                finding("x", Severity.ERROR, "p", "C:\\cat\\a.yaml", 1, 1, "s", "m", "m", ReportFixture.CAP, null)));
        List<JsonNode> results = list(sarif(r, true).get("runs").get(0).get("results"));
        JsonNode abs = results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("file:///abs/%E7%9B%AE%E5%BD%95/a%20b.yaml", abs.get("uri").asText());
        assertFalse(abs.has("uriBaseId"), "an absolute path has no base");
        JsonNode rel = results.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("rel/win%3Adows.yaml", rel.get("uri").asText());
        assertEquals("%SRCROOT%", rel.get("uriBaseId").asText());
        JsonNode win = results.get(2).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("file:///C:/cat/a.yaml", win.get("uri").asText());
    }

    @Test
    void deterministic() {
        assertEquals(ReportFixture.render(new SarifRenderer(), ReportFixture.full(), false),
                ReportFixture.render(new SarifRenderer(), ReportFixture.full(), false));
    }

    // --- schema validation ---------------------------------------------------------------------

    /** The OASIS schema (draft-04), with format assertions on. */
    private static JsonSchema schema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SarifRendererTest.class.getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    private static void assertValid(JsonSchema schema, String sarif) throws IOException {
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif));
        assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors + "\n" + sarif);
    }

    @Test
    void validAgainstTheSchema() throws IOException {
        JsonSchema schema = schema();
        assertValid(schema, ReportFixture.render(new SarifRenderer(), ReportFixture.full(), true));
        assertValid(schema, ReportFixture.render(new SarifRenderer(), ReportFixture.full(), false));
        assertValid(schema, ReportFixture.render(new SarifRenderer(), ReportFixture.clean(), true));
    }

    @Test
    void theSchemaCatchesAnInvalidReport() throws IOException {
        JsonSchema schema = schema();
        JsonNode s = sarif(ReportFixture.full(), true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("runs").get(0).get("results").get(1)
                .get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);
        assertFalse(schema.validate(s).isEmpty(), "the validator really validates");
    }

    @Test
    void theShippedCataloguesGiveValidSarif() throws IOException {
        JsonSchema schema = schema();
        for (String lang : new String[] {"zh", "en"}) {
            Qingdan.Run run = Qingdan.run("check", "--format", "sarif", "--lang", lang, "catalogues/");
            assertTrue(run.exit() <= 1, run::describe);
            assertValid(schema, run.out());
            JsonNode results = JSON.readTree(run.out()).get("runs").get(0).get("results");
            JsonNode json = Qingdan.checkJson("--lang", lang, "catalogues/").json();
            assertEquals(json.get("findings").size() + json.get("inputErrors").size(), results.size());
            for (int i = 0; i < json.get("findings").size(); i++) {
                JsonNode f = json.get("findings").get(i);
                JsonNode r = results.get(json.get("inputErrors").size() + i);
                assertEquals(f.get("rule").asText(), r.get("ruleId").asText());
                assertEquals(f.get("message").asText(), r.get("message").get("text").asText());
                assertEquals(f.get("fingerprint").asText(), r.get("partialFingerprints").get("qingdan/v1").asText());
            }
        }
    }

}
