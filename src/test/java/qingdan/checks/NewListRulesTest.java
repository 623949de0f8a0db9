package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ExpectItems.wholeFile;
import static qingdan.support.ItemList.Item.assessment;
import static qingdan.support.ItemList.Item.power;
import static qingdan.support.ItemList.Item.task;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;

/**
 * The delegation, assessment and duty-transfer rules of policies-amendments.md B.1, B.3 and B.4;
 * each on for the packs the amendment names and off for the others.
 */
class NewListRulesTest {
    static final String STATUTORY = "statutory-procedure-missing";
    static final String ENTRUSTED = "penalty-entrusted";
    static final String HALL = "licensing-outside-service-hall";
    static final String SEPARATE = "direct-assessment-separate";
    static final String SATISFACTION = "satisfaction-indicator-missing";
    static final String UNRESOURCED = "duty-transfer-unresourced";

    @TempDir
    Path dir;

    // ---- statutory-procedure-missing (tongwei, county-model): an error

    static Item reserved() {
        return power("D-1", "对随意倾倒生活垃圾的处罚", "行政处罚", "赋权").key("procedure", "县政府公布")
                .basis("中华人民共和国固体废物污染环境防治法", null, true);
    }

    @ParameterizedTest(name = "{0}: a reserved power with no statutory procedure")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void aReservedPowerNeedsTheStatutoryProcedure(String pack) {
        var c = ItemList.delegation(pack).item(reserved()).check(dir);
        item(one(c, STATUTORY), c, STATUTORY, pack, "error", "D-1",
                "法律依据规定此权限由县级行使（reserved_to_county），赋予乡镇却未记载法定程序（statutory_procedure）或省级决定（provincial_decision）");
    }

    @ParameterizedTest(name = "{0}: {1} passes")
    @CsvSource(delimiter = '|', value = {"tongwei-2020|statutory_procedure|省政府关于赋予乡镇行政处罚权的决定",
        "county-model-2022|provincial_decision|省政府关于赋予乡镇行政处罚权的决定"})
    void aStatutoryProcedureOrAProvincialDecisionPasses(String pack, String key, String value) {
        none(ItemList.delegation(pack).item(reserved().key(key, value)).check(dir), STATUTORY);
    }

    @Test
    void aCompetentBasisPassesAndAGuidanceRefDoesNot() {
        none(ItemList.delegation("tongwei-2020").item(reserved().basis("甘肃省乡镇条例", true, null)).check(dir), STATUTORY);
        one(ItemList.delegation("tongwei-2020").item(reserved().key("guidance_ref", "GS-011")).check(dir), STATUTORY);
        one(ItemList.delegation("tongwei-2020").item(reserved().key("statutory_procedure", "null")).check(dir), STATUTORY);
        // B.7 18: empty text counts as absent
        one(ItemList.delegation("tongwei-2020").item(reserved().key("provincial_decision", "\"  \"")).check(dir), STATUTORY);
        none(ItemList.delegation("tongwei-2020")
                .item(power("D-1", "某项检查", "行政检查", "赋权").basis("某法", null, false)).check(dir), STATUTORY);
    }

    @Test
    void itAndNotInGuidanceCanBothFire() {
        var c = ItemList.delegation("tongwei-2020").item(reserved()).check(dir);
        one(c, STATUTORY);
        one(c, "not-in-guidance");
    }

    @ParameterizedTest(name = "{0} has no statutory-procedure-missing")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void statutoryOnlyInTwoPacks(String pack) {
        none(ItemList.delegation(pack).item(reserved()).check(dir), STATUTORY);
    }

    // ---- penalty-entrusted (tongwei, county-model): a warning

    @ParameterizedTest(name = "{0}: an entrusted penalty")
    @CsvSource({"tongwei-2020, 委托", "county-model-2022, entrust"})
    void anEntrustedPenalty(String pack, String mode) {
        var c = ItemList.delegation(pack).item(power("D-1", "对违法建设的处罚", "行政处罚", mode)).check(dir);
        item(one(c, ENTRUSTED), c, ENTRUSTED, pack, "warning", "D-1", "行政处罚事项以委托方式交给乡镇，乡镇不能以自己的名义执法");
    }

    @ParameterizedTest(name = "{0}: a penalty by {1}, or an entrusted {2}, is not this rule's")
    @CsvSource({"tongwei-2020, 赋权, 行政强制", "county-model-2022, 授权, 行政许可", "tongwei-2020, 下放, 行政检查"})
    void otherModesAndCategoriesPass(String pack, String mode, String category) {
        none(ItemList.delegation(pack).item(power("D-1", "对违法建设的处罚", "行政处罚", mode)).check(dir), ENTRUSTED);
        none(ItemList.delegation(pack).item(power("D-1", "某项权力", category, "委托")).check(dir), ENTRUSTED);
    }

    @ParameterizedTest(name = "{0} has no penalty-entrusted")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void entrustedOnlyInTwoPacks(String pack) {
        none(ItemList.delegation(pack).item(power("D-1", "对违法建设的处罚", "行政处罚", "委托")).check(dir), ENTRUSTED);
    }

    // ---- licensing-outside-service-hall (ganzhou, tongwei, jilin): a warning; only false fires

    @ParameterizedTest(name = "{0}: licensing outside the hall")
    @ValueSource(strings = {"ganzhou-2018", "tongwei-2020", "jilin-2017"})
    void licensingOutsideTheHall(String pack) {
        var c = ItemList.delegation(pack).item(power("D-1", "农村村民住宅用地审批", "行政许可", "赋权").key("service_hall", false)).check(dir);
        item(one(c, HALL), c, HALL, pack, "warning", "D-1", "行政许可事项不在便民服务中心或政务服务平台办理（service_hall: false）");
    }

    @ParameterizedTest(name = "{0}: service_hall {1} on a {2} item passes")
    @CsvSource({"ganzhou-2018, true, 行政许可", "tongwei-2020, ABSENT, 行政许可", "jilin-2017, null, 行政许可",
        "jilin-2017, false, 行政检查", "tongwei-2020, false, 公共服务"})
    void onlyFalseOnALicenceFires(String pack, String hall, String category) {
        Item i = power("D-1", "某项事项", category, "赋权");
        if (!hall.equals("ABSENT")) {
            i.key("service_hall", hall);
        }
        none(ItemList.delegation(pack).item(i).check(dir), HALL);
    }

    @ParameterizedTest(name = "{0} has no licensing-outside-service-hall")
    @ValueSource(strings = {"county-model-2022", "heilongjiang-2017"})
    void hallOnlyInThreePacks(String pack) {
        none(ItemList.delegation(pack).item(power("D-1", "农村村民住宅用地审批", "行政许可", "赋权").key("service_hall", false)).check(dir),
                HALL);
    }

    // ---- direct-assessment-separate (ganzhou, jilin): a warning; no exception

    @ParameterizedTest(name = "{0}: a direct assessment by {1}")
    @CsvSource({"ganzhou-2018, 县级部门", "jilin-2017, 市级", "ganzhou-2018, ABSENT"})
    void aDirectAssessmentIsSeparate(String pack, String level) {
        Item i = assessment("KH-1", "非洲猪瘟防控").key("direct", true).key("case_approval", "县委办〔2019〕3号");
        if (!level.equals("ABSENT")) {
            i.key("set_by_level", level);
        }
        var c = ItemList.assessment(pack).item(i).check(dir);
        item(one(c, SEPARATE), c, SEPARATE, pack, "warning", "KH-1", "县农业农村局直接考核乡镇，未纳入一次性综合考核");
    }

    @ParameterizedTest(name = "{0}: direct {1} passes")
    @CsvSource({"ganzhou-2018, false", "jilin-2017, ABSENT", "jilin-2017, null"})
    void notDirectPasses(String pack, String direct) {
        Item i = assessment("KH-1", "非洲猪瘟防控");
        if (!direct.equals("ABSENT")) {
            i.key("direct", direct);
        }
        none(ItemList.assessment(pack).item(i).check(dir), SEPARATE);
    }

    @ParameterizedTest(name = "{0} has no direct-assessment-separate")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022", "heilongjiang-2017"})
    void separateOnlyInGanzhouAndJilin(String pack) {
        none(ItemList.assessment(pack).item(assessment("KH-1", "非洲猪瘟防控").key("set_by_level", "县级部门").key("direct", true))
                .check(dir), SEPARATE);
    }

    // ---- satisfaction-indicator-missing (ganzhou, jilin, heilongjiang): info, one per catalogue

    static Item withIndicators(String id, String... names) {
        Item i = assessment(id, "考核" + id).raw("indicators:");
        for (String n : names) {
            i.raw("  - {name: " + n + "}");
        }
        return i;
    }

    @ParameterizedTest(name = "{0}: no satisfaction indicator")
    @ValueSource(strings = {"ganzhou-2018", "jilin-2017", "heilongjiang-2017"})
    void noSatisfactionIndicator(String pack) {
        var c = ItemList.assessment(pack).header("title: 测试县对乡镇考核清单")
                .item(withIndicators("KH-1", "基层党建", "社会治理")).item(withIndicators("KH-2", "公共服务办结率")).check(dir);
        wholeFile(one(c, SATISFACTION), SATISFACTION, pack, "info", "测试县对乡镇考核清单", "考核指标中没有群众满意度指标（指标名称均不含“满意度”）");
    }

    @Test
    void theSubjectIsTheTitleElseTheIdElseThePath() {
        var c = ItemList.assessment("jilin-2017").header("id: kh-2018").item(withIndicators("KH-1", "基层党建")).check(dir);
        wholeFile(one(c, SATISFACTION), SATISFACTION, "jilin-2017", "info", "kh-2018", "考核指标中没有群众满意度指标（指标名称均不含“满意度”）");
        var d = ItemList.assessment("jilin-2017").item(withIndicators("KH-1", "基层党建")).check(dir);
        assertEquals(d.file(), one(d, SATISFACTION).path("subject").asText());
    }

    @ParameterizedTest(name = "{0}: an indicator named {1} counts, whatever its item's to")
    @CsvSource({"ganzhou-2018, 群众满意度", "jilin-2017, 社会满意度", "heilongjiang-2017, 满意度测评"})
    void anySatisfactionIndicatorCounts(String pack, String name) {
        none(ItemList.assessment(pack).item(withIndicators("KH-1", "基层党建"))
                .item(withIndicators("KH-2", name).key("to", "[梨树镇]")).check(dir), SATISFACTION);
    }

    @Test
    void aCatalogueWithNoIndicatorsIsNotJudged() {
        none(ItemList.assessment("ganzhou-2018").item(assessment("KH-1", "非洲猪瘟防控")).check(dir), SATISFACTION);
        none(ItemList.assessment("ganzhou-2018").item(assessment("KH-1", "非洲猪瘟防控").raw("indicators: []")).check(dir), SATISFACTION);
    }

    @ParameterizedTest(name = "{0} has no satisfaction-indicator-missing")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void satisfactionOnlyInThreePacks(String pack) {
        none(ItemList.assessment(pack).item(withIndicators("KH-1", "基层党建")).check(dir), SATISFACTION);
    }

    // ---- duty-transfer-unresourced, heilongjiang: tasks a township hands to its villages (B.4)

    static Item village(String resources) {
        Item i = task("BZ-1", "村级防汛巡查").key("from", "宾州镇").key("level", "村").key("consulted", true).key("approved_by", "宾州镇党委");
        return resources == null ? i : i.key("resources", resources);
    }

    @ParameterizedTest(name = "heilongjiang: village task with resources {0} lacks {1}")
    @CsvSource(delimiter = '|', value = {"ABSENT|权限、经费", "{powers: true}|经费", "{funds: true, staff: false}|权限", "{}|权限、经费"})
    void heilongjiangReadsPowersAndFundsOfVillageTasks(String resources, String missing) {
        var c = ItemList.duties("heilongjiang-2017").item(village(resources.equals("ABSENT") ? null : resources)).check(dir);
        item(one(c, UNRESOURCED), c, UNRESOURCED, "heilongjiang-2017", "warning", "BZ-1", "事项下沉未随之下放" + missing);
    }

    @Test
    void heilongjiangDoesNotAskForStaffNorReadTownshipTasks() {
        none(ItemList.duties("heilongjiang-2017").item(village("{powers: true, funds: true, staff: false}")).check(dir), UNRESOURCED);
        none(ItemList.duties("heilongjiang-2017").item(task("ZR-1", "自建房安全排查")).check(dir), UNRESOURCED);
        none(ItemList.duties("heilongjiang-2017").item(task("ZR-1", "自建房安全排查").key("level", "乡镇")).check(dir), UNRESOURCED);
    }

    @ParameterizedTest(name = "{0}: a village task is read by no duty-transfer rule")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022", "jilin-2017"})
    void otherPacksReadTownshipTasksOnly(String pack) {
        Item i = task("BZ-1", "村级防汛巡查").key("from", "平襄镇").key("level", "village").key("via", "责任状");
        var c = ItemList.duties(pack).item(i).check(dir);
        for (String rule : new String[] {UNRESOURCED, "duty-transfer-unapproved", "duty-transfer-not-consulted", "responsibility-shifted"}) {
            none(c, rule);
        }
    }

    @Test
    void dutyLevelIsAnEnumeration() {
        var c = ItemList.duties("heilongjiang-2017").item(task("ZR-1", "自建房安全排查").key("level", "县")).check(dir);
        assertEquals(1, c.inputErrors().size(), c.run()::describe);
    }
}
