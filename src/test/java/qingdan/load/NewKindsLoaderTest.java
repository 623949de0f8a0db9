package qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.County;
import qingdan.support.Qingdan;

/**
 * new-kinds.md Part A: public-service catalogues, staffing ledgers and personnel rosters load with
 * the standards of the other kinds: every input error located, unknown keys refused (personal data
 * by name), references to the plan resolved, enumerations in Chinese or English.
 */
class NewKindsLoaderTest {
    @TempDir
    Path dir;

    static final String ROSTER = County.header("personnel-roster", "ganzhou-2018", "2021-12-31") + """
            people:
              - id: P-01
                township: 甲镇
                post: 镇长
                appointed: 2020-01-10
                township_years: 9
                at_appointment: {township_years: 7, township_leadership_years: 3}
                grades:
                  2020: 优秀
                  "2021": competent
            moves:
              - person: P-09
                from: 甲镇
                to: 乙镇
                type: 借用
                date: "2021-03-01"
                post: 公务员
                recruited: 2018-08-01
                committee: 同意
                approved_by: 县委组织部
            allowances:
              - township: 甲镇
                year: "2021"
                paid: true
            dispatched_actions:
              - body: 甲镇市场监督管理所
                township: 甲镇
                action: head-appointment
                date: 2021-05-01
                committee: 不同意
            """;

    static final String LEDGER = County.header("staffing-ledger", "heilongjiang-2017", "2021-06-30") + """
            lines:
              - township: 甲镇
                type: 行政编制
                approved: 45
                in_post: 43
                used_by_county:
                  - organ: 县委办公室
                    persons: 0
                demanded:
                  - by: 县农业农村局
                    persons: 0
                    document: 农发〔2019〕1号
                    basis: null
              - township: 甲镇
                type: 政府购买服务人员
                approved: 5
                in_post: 5
            """;

    static final String SERVICES = County.header("public-service-catalogue", "ganzhou-2018", "2020-06-30") + """
            items:
              - id: S-01
                name: 临时救助申请受理
                area: 基本社会服务
                domain: 扶贫济困
                provider: 乡镇社会事务办公室
                basis: 社会救助暂行办法
                recipients: 困难家庭
                requirements: 提交家庭经济状况材料
                in_service_hall: true
                guide: S-01-BSZN
            sites:
              - township: 甲镇
                village: 城关村
                service_point: true
                online_point: true
                cultural_centre: true
            """;

    @Test
    void eachNewKindLoadsWithoutInputErrors() {
        for (String text : List.of(ROSTER, LEDGER, SERVICES)) {
            County.Checked c = County.check(dir, text);
            c.valid();
        }
    }

    @Test
    void aNameInARosterIsRefusedAtItsKeyAndNeverRead() {
        String text = ROSTER.replace("  - id: P-01\n", "  - id: P-01\n    name: 张三丰\n");
        County.Checked c = County.check(dir, text);
        assertEquals(2, c.run().exit(), c.run()::describe);
        List<JsonNode> errors = c.inputErrors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(c.lineOf("name: 张三丰"), errors.get(0).path("line").asInt());
        assertEquals(5, errors.get(0).path("column").asInt());
        assertTrue(errors.get(0).path("message").asText().contains("个人信息"), errors::toString);
        assertFalse(c.run().out().contains("张三丰"), "the value never reaches the report");
    }

    @Test
    void anIdNumberKeyIsRefusedInEnglishToo() {
        String text = ROSTER.replace("  - id: P-01\n", "  - id: P-01\n    id_number: \"110101199001011234\"\n");
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", Qingdan.write(dir.resolve("_plan.yaml"), County.PLAN).replace("_plan.yaml", "")
                + Qingdan.write(dir.resolve("r.yaml"), text).substring(dir.toString().length() + 1));
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.out().contains("'id_number' is personal data"), run::describe);
        assertFalse(run.out().contains("110101199001011234"), run::describe);
    }

    @Test
    void aRosterNeedsItsPlanAndItsDate() {
        County.Checked noPlan = County.check(dir, ROSTER.replace("establishment: _plan.yaml\n", ""));
        assertEquals(2, noPlan.run().exit());
        assertTrue(noPlan.inputErrors().get(0).path("message").asText().contains("'establishment'"), noPlan.run()::describe);
        County.Checked noDate = County.check(dir, ROSTER.replace("as_of: 2021-12-31\n", ""));
        assertEquals(2, noDate.run().exit());
        assertTrue(noDate.inputErrors().get(0).path("message").asText().contains("as_of"), noDate.run()::describe);
    }

    @Test
    void anEstablishmentThatIsNoPlanIsAnInputError() {
        Qingdan.write(dir.resolve("other.yaml"), LEDGER.replace("establishment: _plan.yaml\n", ""));
        County.Checked c = County.check(dir, SERVICES.replace("establishment: _plan.yaml", "establishment: other.yaml"));
        assertEquals(2, c.run().exit());
        JsonNode e = c.inputErrors().get(0);
        assertEquals(c.lineOf("establishment:"), e.path("line").asInt());
        assertTrue(e.path("message").asText().contains("机构设置方案"), e::toString);
    }

    @Test
    void everyProblemIsLocated() {
        String text = ROSTER.replace("post: 镇长", "post: 镇委书记").replace("2020: 优秀", "20x: 优秀")
                .replace("    paid: true\n", "").replace("type: 借用", "type: 交换");
        County.Checked c = County.check(dir, text);
        List<JsonNode> errors = c.inputErrors();
        assertEquals(4, errors.size(), errors::toString);
        List<Integer> lines = errors.stream().map(e -> e.path("line").asInt()).sorted().toList();
        assertEquals(List.of(c.lineOf("镇委书记"), c.lineOf("20x:"), c.lineOf("type: 交换"), c.lineOf("year: \"2021\"") - 1), lines);
        for (JsonNode e : errors) {
            assertTrue(e.path("column").asInt() > 0, e::toString);
        }
    }

    @Test
    void aLedgerLineNeedsItsCounts() {
        County.Checked c = County.check(dir, LEDGER.replace("    in_post: 43\n", "").replace("approved: 45", "approved: -1"));
        List<JsonNode> errors = c.inputErrors();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.toString().contains("in_post"), errors::toString);
    }

    @Test
    void anUnknownKeySuggestsTheNearestOne() {
        County.Checked c = County.check(dir, SERVICES.replace("in_service_hall:", "in_service_halls:"));
        JsonNode e = c.inputErrors().get(0);
        assertEquals(c.lineOf("in_service_halls"), e.path("line").asInt());
        assertTrue(e.path("message").asText().contains("in_service_hall"), e::toString);
    }

    @Test
    void anEmptyListOfItemsIsASiteLedger() {
        County.check(dir, SERVICES.replaceAll("(?s)items:.*?sites:", "items: []\nsites:")).valid();
    }

    @Test
    void waiversAreReadOnEveryNode() {
        String waiver = "        waivers:\n          - {rule: no-such-rule, approved_by: 县编委, document: 县编委〔2021〕1号, reason: 试点}\n";
        String text = LEDGER.replace("        document: 农发", waiver + "        document: 农发");
        assertTrue(text.contains("no-such-rule"));
        County.Checked c = County.check(dir, text);
        assertEquals(1, c.inputErrors().size(), c.run()::describe);
        assertTrue(c.inputErrors().get(0).path("message").asText().contains("no-such-rule"), c.run()::describe);
    }

    @Test
    void theSchemaOfEachNewKindDescribesItsKeysAndColumns() throws Exception {
        for (String kind : List.of("public-service-catalogue", "staffing-ledger", "personnel-roster")) {
            Qingdan.Run run = Qingdan.run("schema", kind);
            assertEquals(0, run.exit(), run::describe);
            JsonNode s = new ObjectMapper().readTree(run.out());
            assertTrue(s.path("properties").path("establishment").has("description"), kind);
        }
        JsonNode roster = new ObjectMapper().readTree(Qingdan.run("schema", "personnel-roster").out());
        JsonNode people = roster.path("properties").path("people");
        assertEquals("名册", people.path("title").asText());
        JsonNode person = people.path("items").path("properties");
        assertEquals("编号", person.path("id").path("title").asText());
        assertEquals("乡镇工作年限", person.path("township_years").path("title").asText());
        assertFalse(person.has("name"), "a roster has no name key");
        assertTrue(roster.path("required").toString().contains("as_of"));
        JsonNode ledger = new ObjectMapper().readTree(Qingdan.run("schema", "staffing-ledger").out());
        JsonNode line = ledger.path("properties").path("lines").path("items").path("properties");
        assertEquals("核定数", line.path("approved").path("title").asText());
        assertEquals("实有人数", line.path("in_post").path("title").asText());
    }
}
