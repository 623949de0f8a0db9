package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.support.Plan.Town.town;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.Expect;
import qingdan.support.ExpectItems;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;
import qingdan.support.Plan;
import qingdan.support.Qingdan;

/**
 * The fidelity fixes of policies-amendments.md Part A, each on both sides of its boundary: a rule
 * reaches exactly as far as its seed's words. (total-cap and duty-transfer-unapproved have their
 * own classes; missing-legal-basis's severity is in DelegationBasicsTest.)
 */
class FidelityTest {
    @TempDir
    Path dir;

    // ---- F2 jilin mandatory-count: 较大的乡镇 only, a warning

    private static Plan.Town jilinTown(String scale, int mandatory) {
        Plan.Town t = town("白山乡", "一类");
        if (scale != null) {
            t.key("scale", scale);
        }
        for (int i = 1; i <= mandatory; i++) {
            t.inst("必设办公室" + i, "党政机构", "mandatory: true");
        }
        return t;
    }

    @ParameterizedTest(name = "jilin: scale {0} with 3 必设 is judged")
    @ValueSource(strings = {"较大", "large"})
    void mandatoryCountJudgesALargeTownship(String scale) {
        var c = Plan.of("jilin-2017").town(jilinTown(scale, 3)).check(dir);
        Expect.township(Expect.one(c, "mandatory-count"), c, "mandatory-count", "jilin-2017", "warning", "白山乡",
                "必设党政机构 3 个，少于 4 个");
    }

    @ParameterizedTest(name = "jilin: scale {0} is not judged")
    @ValueSource(strings = {"一般", "较小", "small", "ABSENT", "null", "BLANK"})
    void mandatoryCountLeavesOtherTownshipsAlone(String scale) {
        String s = scale.equals("ABSENT") ? null : scale.equals("BLANK") ? "" : scale;
        Expect.none(Plan.of("jilin-2017").town(jilinTown(s, 3)).check(dir), "mandatory-count");
    }

    @Test
    void scaleIsAnEnumeration() {
        var c = Plan.of("jilin-2017").town(jilinTown("很大", 4)).check(dir);
        assertEquals(1, c.inputErrors().size(), c.run()::describe);
        assertTrue(c.inputErrors().get(0).path("message").asText().contains("较大"), c.run()::describe);
    }

    // ---- F9 ganzhou party-government-floor: posts exempt 较小 or unrecorded scale only

    private static Plan.Town floorTown(String scale, boolean posts) {
        Plan.Town t = town("段屋乡", "三类");
        if (scale != null) {
            t.key("scale", scale);
        }
        if (posts) {
            t.key("comprehensive_posts", "[党政综合岗, 经济发展岗]");
        }
        return t.pg(2).pub(2);
    }

    @ParameterizedTest(name = "ganzhou: posts exempt a township of scale {0}")
    @ValueSource(strings = {"较小", "ABSENT", "null", "BLANK"})
    void postsExemptASmallTownshipOrOneOfUnknownSize(String scale) {
        String s = scale.equals("ABSENT") ? null : scale.equals("BLANK") ? "" : scale;
        Expect.none(Plan.of("ganzhou-2018").town(floorTown(s, true)).check(dir), "party-government-floor");
    }

    @ParameterizedTest(name = "ganzhou: posts do not exempt a township of scale {0}")
    @CsvSource({"一般, 一般", "较大, 较大", "medium, 一般"})
    void postsDoNotExemptALargerTownship(String scale, String zh) {
        var c = Plan.of("ganzhou-2018").town(floorTown(scale, true)).check(dir);
        Expect.township(Expect.one(c, "party-government-floor"), c, "party-government-floor", "ganzhou-2018", "warning", "段屋乡",
                "党政机构 2 个，少于 3 个；综合性岗位只可代替规模较小乡镇的办公室，而本乡镇规模为" + zh);
    }

    @ParameterizedTest(name = "ganzhou: without posts, scale {0} is no exemption")
    @ValueSource(strings = {"较小", "ABSENT"})
    void withoutPostsNoScaleExempts(String scale) {
        var c = Plan.of("ganzhou-2018").town(floorTown(scale.equals("ABSENT") ? null : scale, false)).check(dir);
        Expect.township(Expect.one(c, "party-government-floor"), c, "party-government-floor", "ganzhou-2018", "warning", "段屋乡",
                "党政机构 2 个，少于 3 个，且未设综合性岗位");
    }

    // ---- F5 counterpart-demanded: stations only in ganzhou, heilongjiang, jilin

    @ParameterizedTest(name = "{0}: a demanded {1} is {2}")
    @CsvSource({"ganzhou-2018, 事业单位, 1", "ganzhou-2018, 党政机构, 0", "ganzhou-2018, 挂牌机构, 0",
        "heilongjiang-2017, 事业单位, 1", "heilongjiang-2017, 党政机构, 0", "heilongjiang-2017, 派驻机构, 0",
        "jilin-2017, public-institution, 1", "jilin-2017, 挂牌机构, 0",
        "tongwei-2020, 党政机构, 1", "tongwei-2020, 挂牌机构, 1", "county-model-2022, 派驻机构, 1", "county-model-2022, 党政机构, 1"})
    void counterpartDemandedReadsThePacksTypes(String pack, String type, int n) {
        Plan p = Plan.of(pack);
        if (pack.equals("county-model-2022")) {
            p.header("parameters:").header("  population_threshold: 50000").header("  expanded_total_cap: 9");
        }
        var c = p.town(town("甲镇", "一类").pg(3).inst("安全生产监管办公室", type, "demanded_by: 县应急管理局",
                "approved_by: 县委机构编制委员会", "basis: 党中央明确要求实行派驻体制")).check(dir);
        if (pack.equals("county-model-2022") || n == 0) {
            Expect.count(c, "counterpart-demanded", n);
        } else {
            // a basis exempts in the other packs: without it, the finding
            var d = p.town(town("乙镇", "一类").pg(3).inst("安全生产监管站", type, "demanded_by: 县应急管理局",
                    "approved_by: 县委机构编制委员会")).check(dir);
            Expect.count(d, "counterpart-demanded", n);
        }
    }

    // ---- F3 jilin economic-main-indicator: items for every township only

    private static Item gdp(String to) {
        Item i = ItemList.Item.assessment("KH-1", "经济发展考核").raw("indicators:")
                .raw("  - {name: 地区生产总值增长率, main: true}");
        return to == null ? i : i.key("to", to);
    }

    @ParameterizedTest(name = "jilin: to {0} applies to every township")
    @ValueSource(strings = {"ABSENT", "all", "null", "'{classes: [一类, 二类, 三类]}'"})
    void economicMainIndicatorForEveryTownship(String to) {
        String t = to.equals("ABSENT") ? null : to.replace("'", "");
        var c = ItemList.assessment("jilin-2017").item(gdp(t)).check(dir);
        ExpectItems.item(ExpectItems.one(c, "economic-main-indicator"), c, "economic-main-indicator", "jilin-2017", "error", "KH-1",
                "以经济指标作为主要考核指标：地区生产总值增长率");
    }

    @ParameterizedTest(name = "jilin: to {0} is 差别化 and not judged")
    @ValueSource(strings = {"[梨树镇, 郭家店镇]", "'{classes: [一类]}'", "'{classes: [一类, 二类]}'"})
    void economicMainIndicatorForSomeTownships(String to) {
        ExpectItems.none(ItemList.assessment("jilin-2017").item(gdp(to.replace("'", ""))).check(dir), "economic-main-indicator");
    }

    // ---- F6 duty-transfer-unresourced on delegation items that record resources

    private static Item power(String resources) {
        Item i = ItemList.Item.power("D-1", "农村宅基地审批", "行政许可", "赋权").key("procedure", "县政府公布")
                .basis("中华人民共和国土地管理法", true, null);
        return resources == null ? i : i.key("resources", resources);
    }

    @ParameterizedTest(name = "{0}: delegation resources {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "tongwei-2020|{}|人员、经费", "county-model-2022|{}|人员、经费",
        "tongwei-2020|{staff: true}|经费", "county-model-2022|{staff: true, funds: false}|经费",
        "tongwei-2020|{powers: true, staff: null, funds: true}|人员", "county-model-2022|{powers: false, funds: true}|人员"})
    void aDelegatedPowerThatRecordsResources(String pack, String resources, String missing) {
        var c = ItemList.delegation(pack).item(power(resources)).check(dir);
        ExpectItems.item(ExpectItems.one(c, "duty-transfer-unresourced"), c, "duty-transfer-unresourced", pack, "warning", "D-1",
                "事项下沉未随之下放" + missing);
    }

    @ParameterizedTest(name = "{0}: delegation resources {1} is not a finding")
    @CsvSource(delimiter = '|', value = {"tongwei-2020|ABSENT", "county-model-2022|null", "tongwei-2020|BLANK",
        "county-model-2022|{staff: true, funds: true}", "tongwei-2020|{powers: false, staff: true, funds: true}"})
    void aDelegatedPowerWithoutResourcesOrWithBoth(String pack, String resources) {
        String r = resources.equals("ABSENT") ? null : resources.equals("BLANK") ? "" : resources;
        ExpectItems.none(ItemList.delegation(pack).item(power(r)).check(dir), "duty-transfer-unresourced");
    }

    @ParameterizedTest(name = "{0} does not judge delegation resources")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void otherPacksDoNotJudgeDelegationResources(String pack) {
        ExpectItems.none(ItemList.delegation(pack).item(power("{}")).check(dir), "duty-transfer-unresourced");
    }

    // ---- A.4 unknown-township reads assessment items' to:, by jurisdiction

    @Test
    void unknownTownshipInAnAssessmentCatalogue() {
        String plan = Plan.of("jilin-2017").town(town("梨树镇", "一类").pg(3)).check(dir.resolve("plan.yaml")).file();
        var c = ItemList.assessment("jilin-2017").item(ItemList.Item.assessment("KH-1", "黑土地保护考核").key("to", "[梨树镇, 林海镇]"))
                .checkWith(dir.resolve("list.yaml"), java.util.List.of(), plan);
        ExpectItems.item(ExpectItems.one(c, "unknown-township"), c, "unknown-township", "integrity", "warning", "KH-1",
                "to: 中的乡镇“林海镇”不在机构设置方案中");
    }

    @Test
    void twoPlansOfOneJurisdictionAreOneUnion() {
        String a = Plan.of("jilin-2017").town(town("梨树镇", "一类").pg(3)).check(dir.resolve("a.yaml")).file();
        String b = Plan.of("jilin-2017").town(town("林海镇", "一类").pg(3)).check(dir.resolve("b.yaml")).file();
        var c = ItemList.assessment("jilin-2017").item(ItemList.Item.assessment("KH-1", "黑土地保护考核").key("to", "[梨树镇, 林海镇]"))
                .checkWith(dir.resolve("list.yaml"), java.util.List.of(), a, b);
        ExpectItems.none(c, "unknown-township");
    }

    @Test
    void noPlanNoUnknownTownship() {
        ExpectItems.none(ItemList.assessment("jilin-2017")
                .item(ItemList.Item.assessment("KH-1", "黑土地保护考核").key("to", "[林海镇]")).check(dir), "unknown-township");
    }

    // ---- B.7 15: an empty to: is an input error at to, on delegation and assessment items alike

    @ParameterizedTest(name = "{0}: to {1} is an input error")
    @CsvSource(delimiter = '|', value = {"delegation|[]", "delegation|{classes: []}", "assessment|[]", "assessment|{classes: []}"})
    void anEmptyToNamesNoTownship(String kind, String to) {
        Item i = kind.equals("delegation") ? power(null) : ItemList.Item.assessment("D-1", "某项考核");
        ItemList list = kind.equals("delegation") ? ItemList.delegation("jilin-2017") : ItemList.assessment("jilin-2017");
        var c = list.item(i.key("to", to)).check(dir);
        assertEquals(1, c.inputErrors().size(), c.run()::describe);
        JsonNode e = c.inputErrors().get(0);
        assertEquals(c.list().lineOfText("to: " + to, 1), e.path("line").asInt(), e::toString);
        assertTrue(e.path("message").asText().contains("未列出任何乡镇"), e::toString);
        assertEquals(2, c.run().exit(), c.run()::describe);
    }

    @Test
    void theSchemaDescribesAndLabelsTheNewKeys() {
        Qingdan.Run run = Qingdan.run("schema");
        assertEquals(0, run.exit(), run::describe);
        for (String label : new String[] {"\"title\" : \"规模\"", "\"title\" : \"适用乡镇\"", "\"title\" : \"层级\""}) {
            assertTrue(run.out().contains(label), () -> label + " in\n" + run.out());
        }
    }
}
