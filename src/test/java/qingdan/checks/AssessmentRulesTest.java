package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ItemList.Item.assessment;
import static qingdan.support.ItemList.Item.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;

/** direct-assessment-unapproved, responsibility-shifted, economic-main-indicator (policies.md §3.3, §3.4). */
class AssessmentRulesTest {
    static final String DIRECT = "direct-assessment-unapproved";
    static final String SHIFTED = "responsibility-shifted";
    static final String ECONOMIC = "economic-main-indicator";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "tongwei: direct assessment by {0} without case approval is an error")
    @ValueSource(strings = {"县级部门", "county-department"})
    void directByCountyDepartmentUnapproved(String level) {
        var c = ItemList.assessment("tongwei-2020")
                .item(assessment("KH-1", "非洲猪瘟防控").key("set_by_level", level).key("direct", true)).check(dir);
        JsonNode f = one(c, DIRECT);
        item(f, c, DIRECT, "tongwei-2020", "error", "KH-1", "县农业农村局直接考核乡镇，未按一事一报报批（case_approval）");
        assertEquals("二(五)14", f.path("source").path("clause").asText(), f::toString);
    }

    @Test
    void directWithCaseApprovalIsClean() {
        none(ItemList.assessment("tongwei-2020")
                .item(assessment("KH-1", "非洲猪瘟防控").key("set_by_level", "县级部门").key("direct", true)
                        .key("case_approval", "通县委办〔2020〕15号"))
                .check(dir), DIRECT);
    }

    @ParameterizedTest(name = "tongwei: direct assessment set at {0} is clean")
    @ValueSource(strings = {"县级", "county", "市级", "省级"})
    void directByOtherLevelsIsClean(String level) {
        none(ItemList.assessment("tongwei-2020")
                .item(assessment("KH-1", "乡镇年度综合考核").key("set_by", "县委、县政府").key("set_by_level", level).key("direct", true))
                .check(dir), DIRECT);
    }

    @Test
    void notDirectIsClean() {
        none(ItemList.assessment("tongwei-2020")
                .item(assessment("KH-1", "某项考核").key("set_by_level", "县级部门"))
                .item(assessment("KH-2", "某项评比").key("set_by_level", "县级部门").key("direct", false))
                .check(dir), DIRECT);
    }

    @ParameterizedTest(name = "{0} has no direct-assessment-unapproved rule")
    @ValueSource(strings = {"ganzhou-2018", "county-model-2022", "jilin-2017"})
    void directOnlyInTongwei(String pack) {
        none(ItemList.assessment(pack)
                .item(assessment("KH-1", "非洲猪瘟防控").key("set_by_level", "县级部门").key("direct", true)).check(dir), DIRECT);
    }

    // ---- responsibility-shifted

    static ItemList list(String kind, String pack, String via) {
        Item i = kind.equals("assessment") ? assessment("X-1", "秸秆禁烧") : task("X-1", "秸秆禁烧巡查").key("consulted", true)
                .key("approved_by", "[县委, 县政府]").raw("resources: {powers: true, staff: true, funds: true}");
        if (via != null) {
            i.key("via", via);
        }
        return kind.equals("assessment") ? ItemList.assessment(pack).item(i) : ItemList.duties(pack).item(i);
    }

    @ParameterizedTest(name = "{0} {1}: via {2} shifts responsibility")
    @CsvSource({
        "assessment, tongwei-2020, 责任状, 责任状, 二(五)13", "assessment, tongwei-2020, allotted-targets, 分解下达指标, 二(五)13",
        "assessment, tongwei-2020, 考核验收, 考核验收, 二(五)13",
        "assessment, county-model-2022, 责任状, 责任状, 四(五) 创新管理体制",
        "assessment, county-model-2022, 分解下达指标, 分解下达指标, 四(五) 创新管理体制",
        "duties, tongwei-2020, 责任状, 责任状, 二(五)13", "duties, tongwei-2020, acceptance-check, 考核验收, 二(五)13",
        "duties, county-model-2022, responsibility-letter, 责任状, 四(五) 创新管理体制",
        "duties, county-model-2022, 分解下达指标, 分解下达指标, 四(五) 创新管理体制"})
    void responsibilityShifted(String kind, String pack, String via, String term, String clause) {
        var c = list(kind, pack, via).check(dir);
        JsonNode f = one(c, SHIFTED);
        item(f, c, SHIFTED, pack, "error", "X-1", "以" + term + "方式将工作责任转嫁乡镇");
        assertEquals(clause, f.path("source").path("clause").asText(), f::toString);
    }

    @ParameterizedTest(name = "{0} {1}: via {2} is clean")
    @CsvSource({"assessment, tongwei-2020, 委托", "assessment, county-model-2022, 交办", "duties, tongwei-2020, 委托",
        "duties, county-model-2022, 委托", "duties, tongwei-2020, 属地管理", "duties, county-model-2022, territorial"})
    void otherMeansAreClean(String kind, String pack, String via) {
        none(list(kind, pack, via).check(dir), SHIFTED);
    }

    @ParameterizedTest(name = "{0}: no via is clean")
    @ValueSource(strings = {"assessment", "duties"})
    void noViaIsClean(String kind) {
        none(list(kind, "tongwei-2020", null).check(dir), SHIFTED);
    }

    @ParameterizedTest(name = "{0} has no responsibility-shifted rule")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void shiftedOnlyInTwoPacks(String pack) {
        none(list("assessment", pack, "责任状").check(dir), SHIFTED);
    }

    @Test
    void jilinDutyListHasNoShiftedRule() {
        none(list("duties", "jilin-2017", "责任状").check(dir), SHIFTED);
    }

    // ---- economic-main-indicator

    static Item scheme(String... indicators) {
        Item i = assessment("KH-1", "乡镇年度综合考核").raw("indicators:");
        for (String x : indicators) {
            i.raw("  - " + x);
        }
        return i;
    }

    @Test
    void gdpAsAMainIndicatorIsAnError() {
        var c = ItemList.assessment("jilin-2017")
                .item(scheme("{name: 地区生产总值增长, weight: 30, main: true}", "{name: 党的建设, weight: 40, main: true}"))
                .check(dir);
        JsonNode f = one(c, ECONOMIC);
        item(f, c, ECONOMIC, "jilin-2017", "error", "KH-1", "以经济指标作为主要考核指标：地区生产总值增长");
        assertEquals("四(三)", f.path("source").path("clause").asText(), f::toString);
    }

    @Test
    void twoOffendingIndicatorsAreOneFindingNamingBoth() {
        var c = ItemList.assessment("jilin-2017")
                .item(scheme("{name: 地区生产总值, weight: 30, main: true}", "{name: 民生保障, weight: 20, main: true}",
                        "{name: 招商引资到位资金, weight: 20, main: true}"))
                .check(dir);
        item(one(c, ECONOMIC), c, ECONOMIC, "jilin-2017", "error", "KH-1", "以经济指标作为主要考核指标：地区生产总值、招商引资到位资金");
    }

    @ParameterizedTest(name = "jilin: main indicator {0} fires")
    @ValueSource(strings = {"GDP增速", "财政收入", "一般公共预算收入增长率"})
    void everyKeywordCounts(String name) {
        var c = ItemList.assessment("jilin-2017").item(scheme("{name: " + name + ", main: true}")).check(dir);
        item(one(c, ECONOMIC), c, ECONOMIC, "jilin-2017", "error", "KH-1", "以经济指标作为主要考核指标：" + name);
    }

    @Test
    void notMainIsClean() {
        none(ItemList.assessment("jilin-2017")
                .item(scheme("{name: 地区生产总值, weight: 10, main: false}", "{name: 招商引资, weight: 10}",
                        "{name: 党的建设, main: true}"))
                .check(dir), ECONOMIC);
    }

    @Test
    void onlyJilinHasTheRule() {
        none(ItemList.assessment("tongwei-2020").item(scheme("{name: 地区生产总值, main: true}")).check(dir), ECONOMIC);
    }
}
