package qingdan.checks;

import static qingdan.support.ExpectItems.count;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ItemList.Item.assessment;
import static qingdan.support.ItemList.Item.power;
import static qingdan.support.ItemList.Item.task;
import static qingdan.support.Plan.Town.town;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.Plan;

/** The integrity pack: duplicate-item and unknown-township (policies.md §3.1, cli.md "Subjects"). */
class IntegrityTest {
    static final String DUP = "duplicate-item";
    static final String UNKNOWN = "unknown-township";

    @TempDir
    Path dir;

    static String sameId(String id) {
        return "id " + id + " 与本清单前面的事项重复";
    }

    @ParameterizedTest(name = "{0}: a repeated id is reported on the later item only")
    @ValueSource(strings = {"ganzhou-2018", "tongwei-2020", "heilongjiang-2017"})
    void duplicateIdInADelegationList(String pack) {
        var c = ItemList.delegation(pack)
                .item(power("D-1", "甲", "行政检查", "赋权"))
                .item(power("D-2", "乙", "行政检查", "赋权"))
                .item(power("D-1", "丙", "行政确认", "赋权"))
                .check(dir);
        JsonNode f = one(c, DUP);
        // subject: the later item's name
        org.junit.jupiter.api.Assertions.assertEquals("丙", f.path("subject").asText(), f::toString);
        qingdan.support.Expect.finding(f, DUP, "integrity", "error", "丙", c.list().lineOf("D-1", 2), 5, sameId("D-1"));
        qingdan.support.ExpectItems.source(f, "integrity");
    }

    @Test
    void threeItemsWithOneIdGiveTwoFindings() {
        var c = ItemList.delegation("jilin-2017")
                .item(power("D-1", "甲", "行政检查", "赋权"))
                .item(power("D-1", "乙", "行政检查", "赋权"))
                .item(power("D-1", "丙", "行政检查", "赋权"))
                .check(dir);
        List<JsonNode> f = count(c, DUP, 2);
        qingdan.support.Expect.finding(f.get(0), DUP, "integrity", "error", "乙", c.list().lineOf("D-1", 2), 5, sameId("D-1"));
        qingdan.support.Expect.finding(f.get(1), DUP, "integrity", "error", "丙", c.list().lineOf("D-1", 3), 5, sameId("D-1"));
    }

    @Test
    void sameNameAndDepartmentInADelegationList() {
        var c = ItemList.delegation("tongwei-2020")
                .item(power("D-1", "农村村民住宅用地审批", "行政许可", "赋权"))
                .item(power("D-2", "另一项", "行政许可", "赋权"))
                .item(power("D-3", "农村村民住宅用地审批", "行政许可", "赋权"))
                .check(dir);
        item(one(c, DUP), c, DUP, "integrity", "error", "D-3", "与本清单前面的事项同名且来自同一部门（县自然资源局）");
    }

    @Test
    void sameNameFromAnotherDepartmentIsClean() {
        var c = ItemList.delegation("tongwei-2020")
                .item(power("D-1", "农村村民住宅用地审批", "行政许可", "赋权"))
                .item(power("D-2", "农村村民住宅用地审批", "行政许可", "赋权").key("department", "县农业农村局"))
                .check(dir);
        none(c, DUP);
    }

    @Test
    void sameIdAndSameNameIsOneFinding() {
        var c = ItemList.delegation("tongwei-2020")
                .item(power("D-1", "甲", "行政许可", "赋权"))
                .item(power("D-1", "甲", "行政许可", "赋权"))
                .check(dir);
        qingdan.support.Expect.finding(one(c, DUP), DUP, "integrity", "error", "甲", c.list().lineOf("D-1", 2), 5, sameId("D-1"));
    }

    @Test
    void duplicateIdInAnAssessmentList() {
        var c = ItemList.assessment("tongwei-2020")
                .item(assessment("KH-1", "森林草原防火"))
                .item(assessment("KH-2", "秸秆禁烧"))
                .item(assessment("KH-1", "环境卫生整治评比"))
                .check(dir);
        qingdan.support.Expect.finding(one(c, DUP), DUP, "integrity", "error", "环境卫生整治评比", c.list().lineOf("KH-1", 2), 5,
                sameId("KH-1"));
    }

    @Test
    void sameNameInAnAssessmentListIsNotADuplicate() {
        none(ItemList.assessment("jilin-2017")
                .item(assessment("KH-1", "森林草原防火")).item(assessment("KH-2", "森林草原防火")).check(dir), DUP);
    }

    @Test
    void duplicateIdInADutyList() {
        var c = ItemList.duties("county-model-2022")
                .item(task("ZR-1", "自建房安全排查"))
                .item(task("ZR-1", "残疾人两项补贴初审"))
                .check(dir);
        qingdan.support.Expect.finding(one(c, DUP), DUP, "integrity", "error", "残疾人两项补贴初审", c.list().lineOf("ZR-1", 2), 5,
                sameId("ZR-1"));
        none(ItemList.duties("county-model-2022")
                .item(task("ZR-1", "自建房安全排查")).item(task("ZR-2", "自建房安全排查")).check(dir), DUP);
    }

    // ---- unknown-township

    static String unknown(String town) {
        return "to: 中的乡镇“" + town + "”不在机构设置方案中";
    }

    /** A plan of 测试县 with 平襄镇 and 马营镇; id test-plan. */
    String plan(String jurisdiction) {
        Plan p = Plan.of("tongwei-2020").header("id: test-plan")
                .town(town("平襄镇", "一类").pg(4).pub(4)).town(town("马营镇", "二类").pg(4).pub(4));
        String yaml = p.yaml().replace("jurisdiction: 测试县", "jurisdiction: " + jurisdiction);
        return qingdan.support.Qingdan.write(dir.resolve("plan.yaml"), yaml);
    }

    @Test
    void eachUnknownNameIsOneWarningNamingIt() {
        String plan = plan("另一县");
        var c = ItemList.delegation("tongwei-2020").header("establishment: test-plan")
                .item(power("D-1", "甲", "行政检查", "赋权").key("to", "[平襄镇, 陇山镇, 什川镇]"))
                .item(power("D-2", "乙", "行政检查", "赋权").key("to", "[马营镇]"))
                .checkWith(dir.resolve("list.yaml"), List.of(), plan);
        List<JsonNode> f = count(c, UNKNOWN, 2);
        // same item, same position: sorted by message
        String a = unknown("什川镇");
        String b = unknown("陇山镇");
        item(f.get(0), c, UNKNOWN, "integrity", "warning", "D-1", a.compareTo(b) < 0 ? a : b);
        item(f.get(1), c, UNKNOWN, "integrity", "warning", "D-1", a.compareTo(b) < 0 ? b : a);
    }

    @Test
    void theEstablishmentPlanByRelativePath() {
        plan("另一县");
        var c = ItemList.delegation("tongwei-2020").header("establishment: plan.yaml")
                .item(power("D-1", "甲", "行政检查", "赋权").key("to", "[平襄镇, 陇山镇]"))
                .check(dir.resolve("list.yaml"));
        item(one(c, UNKNOWN), c, UNKNOWN, "integrity", "warning", "D-1", unknown("陇山镇"));
    }

    @Test
    void knownNamesAreClean() {
        String plan = plan("另一县");
        none(ItemList.delegation("tongwei-2020").header("establishment: test-plan")
                .item(power("D-1", "甲", "行政检查", "赋权").key("to", "[平襄镇, 马营镇]"))
                .item(power("D-2", "乙", "行政检查", "赋权").key("to", "all"))
                .checkWith(dir.resolve("list.yaml"), List.of(), plan), UNKNOWN);
    }

    @Test
    void classesAreNeverChecked() {
        String plan = plan("另一县");
        none(ItemList.delegation("tongwei-2020").header("establishment: test-plan")
                .item(power("D-1", "甲", "行政检查", "赋权").key("to", "{classes: [一类]}"))
                .item(power("D-2", "乙", "行政检查", "赋权").key("to", "{classes: [三类]}"))
                .checkWith(dir.resolve("list.yaml"), List.of(), plan), UNKNOWN);
    }

    @Test
    void noPlanAppliesNoFinding() {
        String plan = plan("另一县");
        none(ItemList.delegation("tongwei-2020")
                .item(power("D-1", "甲", "行政检查", "赋权").key("to", "[陇山镇]"))
                .checkWith(dir.resolve("list.yaml"), List.of(), plan), UNKNOWN);
        none(ItemList.delegation("tongwei-2020")
                .item(power("D-1", "甲", "行政检查", "赋权").key("to", "[陇山镇]"))
                .check(dir.resolve("alone.yaml")), UNKNOWN);
    }

    @Test
    void thePlanOfTheSameJurisdictionApplies() {
        String plan = plan("测试县");
        var c = ItemList.delegation("tongwei-2020")
                .item(power("D-1", "甲", "行政检查", "赋权").key("to", "[平襄镇, 陇山镇]"))
                .checkWith(dir.resolve("list.yaml"), List.of(), plan);
        item(one(c, UNKNOWN), c, UNKNOWN, "integrity", "warning", "D-1", unknown("陇山镇"));
    }
}
