package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ItemList.Item.power;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;

/** reserved-power-delegated (policies.md §3.1): ganzhou-2018, jilin-2017, heilongjiang-2017. */
class ReservedPowerDelegatedTest {
    static final String RULE = "reserved-power-delegated";
    static final String NO_COMPETENT = "事项下放乡镇，但没有一项法律依据使乡镇有权行使（township_competent）";
    static final String RESERVED = "法律依据规定此权力由县级以上行使（reserved_to_county），且没有依据使乡镇有权行使";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1} without a township_competent basis is an error")
    @CsvSource({
        "ganzhou-2018, 行政许可, 二(一)2", "ganzhou-2018, 行政处罚, 二(一)2", "ganzhou-2018, 行政强制, 二(一)2",
        "jilin-2017, 行政许可, 三(二)2", "jilin-2017, 行政处罚, 三(二)2", "jilin-2017, 行政强制, 三(二)2"})
    void reservedCategoryWithoutCompetentBasisIsAnError(String pack, String category, String clause) {
        var c = ItemList.delegation(pack)
                .item(power("D-1", "某项权力", category, "赋权").basis("中华人民共和国某法", false, null))
                .check(dir);
        var f = one(c, RULE);
        item(f, c, RULE, pack, "error", "D-1", category + NO_COMPETENT);
        assertEquals(clause, f.path("source").path("clause").asText(), f::toString);
    }

    @ParameterizedTest(name = "{0}: a reserved category with a township_competent basis is clean")
    @ValueSource(strings = {"ganzhou-2018", "jilin-2017"})
    void reservedCategoryWithCompetentBasisIsClean(String pack) {
        var c = ItemList.delegation(pack)
                .item(power("D-1", "农村村民住宅用地审批", "行政许可", "赋权")
                        .basis("中华人民共和国城乡规划法", false, null).basis("中华人民共和国土地管理法", true, null))
                .item(power("D-2", "违法建设的处罚", "行政处罚", "赋权").basis("中华人民共和国城乡规划法", true, null))
                .item(power("D-3", "查封", "行政强制", "赋权").basis("中华人民共和国某法", true, null))
                .check(dir);
        none(c, RULE);
    }

    @ParameterizedTest(name = "{0}: an inspection item is not reserved")
    @ValueSource(strings = {"ganzhou-2018", "jilin-2017"})
    void inspectionIsClean(String pack) {
        var c = ItemList.delegation(pack)
                .item(power("D-1", "安全生产检查", "行政检查", "赋权").basis("中华人民共和国安全生产法", false, true))
                .item(power("D-2", "日常巡查", "行政检查", "委托"))
                .check(dir);
        none(c, RULE);
    }

    @ParameterizedTest(name = "{0}: a reserved category with no legal basis at all fires too")
    @ValueSource(strings = {"ganzhou-2018", "jilin-2017"})
    void noBasisAtAllFires(String pack) {
        var c = ItemList.delegation(pack).item(power("D-1", "某项处罚", "行政处罚", "赋权")).check(dir);
        item(one(c, RULE), c, RULE, pack, "error", "D-1", "行政处罚" + NO_COMPETENT);
    }

    @Test
    void englishCodesAreReadAndReportedInChinese() {
        var c = ItemList.delegation("jilin-2017")
                .item(power("D-1", "某项许可", "licensing", "empower").basis("中华人民共和国某法", false, false)).check(dir);
        item(one(c, RULE), c, RULE, "jilin-2017", "error", "D-1", "行政许可" + NO_COMPETENT);
    }

    @Test
    void heilongjiangReservedBasisWithoutCompetentIsAnErrorEvenForInspection() {
        var c = ItemList.delegation("heilongjiang-2017")
                .item(power("H-1", "某项检查", "行政检查", "赋权").basis("中华人民共和国某法", false, true))
                .check(dir);
        var f = one(c, RULE);
        item(f, c, RULE, "heilongjiang-2017", "error", "H-1", RESERVED);
        assertEquals("(八)", f.path("source").path("clause").asText(), f::toString);
    }

    @ParameterizedTest(name = "heilongjiang: {0} on a reserved basis is one error, not also a warning")
    @ValueSource(strings = {"行政许可", "行政处罚", "行政强制"})
    void heilongjiangReservedCategoryOnReservedBasisIsOneError(String category) {
        var c = ItemList.delegation("heilongjiang-2017")
                .item(power("H-1", "某项权力", category, "赋权").basis("中华人民共和国某法", false, true))
                .check(dir);
        item(one(c, RULE), c, RULE, "heilongjiang-2017", "error", "H-1", RESERVED);
    }

    @ParameterizedTest(name = "heilongjiang: {0} with no competent and no reserved basis is a warning")
    @ValueSource(strings = {"行政许可", "行政处罚", "行政强制"})
    void heilongjiangReservedCategoryWithoutCompetentBasisIsAWarning(String category) {
        var c = ItemList.delegation("heilongjiang-2017")
                .item(power("H-1", "某项权力", category, "赋权").basis("中华人民共和国某法", false, false))
                .check(dir);
        item(one(c, RULE), c, RULE, "heilongjiang-2017", "warning", "H-1", category + NO_COMPETENT);
    }

    @Test
    void heilongjiangCompetentBasisIsCleanEvenBesideAReservedOne() {
        var c = ItemList.delegation("heilongjiang-2017")
                .item(power("H-1", "某项处罚", "行政处罚", "赋权")
                        .basis("中华人民共和国某法", false, true).basis("中华人民共和国另法", true, null))
                .item(power("H-2", "某项检查", "行政检查", "赋权").basis("中华人民共和国某法", true, true))
                .item(power("H-3", "某项确认", "行政确认", "赋权").basis("中华人民共和国某法", false, false))
                .item(power("H-4", "某项调解", "行政调解", "赋权"))
                .check(dir);
        none(c, RULE);
    }

    @Test
    void heilongjiangOneFindingPerItem() {
        var c = ItemList.delegation("heilongjiang-2017")
                .item(power("H-1", "甲", "行政许可", "赋权").basis("某法", false, true).basis("另法", false, true))
                .item(power("H-2", "乙", "行政处罚", "赋权").basis("某法", false, false))
                .item(power("H-3", "丙", "行政检查", "赋权").basis("某法", false, true))
                .check(dir);
        var f = qingdan.support.ExpectItems.count(c, RULE, 3);
        item(f.get(0), c, RULE, "heilongjiang-2017", "error", "H-1", RESERVED);
        item(f.get(1), c, RULE, "heilongjiang-2017", "warning", "H-2", "行政处罚" + NO_COMPETENT);
        item(f.get(2), c, RULE, "heilongjiang-2017", "error", "H-3", RESERVED);
    }

    @ParameterizedTest(name = "{0} has no reserved-power-delegated rule")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void packsWithoutTheRule(String pack) {
        var c = ItemList.delegation(pack)
                .item(power("D-1", "某项处罚", "行政处罚", "赋权").basis("某法", false, true)).check(dir);
        none(c, RULE);
    }
}
