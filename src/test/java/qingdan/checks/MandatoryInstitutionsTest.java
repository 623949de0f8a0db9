package qingdan.checks;

import static qingdan.support.Expect.count;
import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/** mandatory-institution-missing (county-model-2022; other packs in NewPlanRulesTest) and mandatory-count (jilin-2017). */
class MandatoryInstitutionsTest {
    @TempDir
    Path dir;

    private static final List<String> OFFICES = List.of("党政办公室", "农业农村办公室", "社会事务办公室", "经济发展办公室", "社会治理办公室");
    private static final List<String> PUBLIC = List.of("政务服务中心", "综合执法队");

    private static Plan countyModel() {
        return Plan.of("county-model-2022").header("parameters:").header("  population_threshold: 50000")
                .header("  expanded_total_cap: 9");
    }

    /** A township with every required institution except {@code except}. */
    private static Plan.Town required(String name, String... except) {
        Plan.Town t = town(name, "二类");
        List<String> skip = List.of(except);
        OFFICES.stream().filter(o -> !skip.contains(o)).forEach(o -> t.inst(o, "党政机构"));
        PUBLIC.stream().filter(o -> !skip.contains(o)).forEach(o -> t.inst(o, "事业单位"));
        return t;
    }

    @Test
    void allSevenPresentIsClean() {
        none(countyModel().town(required("岸堤镇")).check(dir), "mandatory-institution-missing");
    }

    @Test
    void aRequiredInstitutionMatchesByRole() {
        var t = required("岸堤镇", "党政办公室", "综合执法队")
                .inst("党政综合办公室", "党政机构", "role: 党政办公室")
                .inst("综合行政执法队", "事业单位", "role: 综合执法队");
        none(countyModel().town(t).check(dir), "mandatory-institution-missing");
    }

    @Test
    void oneFindingPerMissingInstitutionNamingIt() {
        var c = countyModel().town(required("双堠镇", "经济发展办公室", "社会治理办公室")).check(dir);
        var f = count(c, "mandatory-institution-missing", 2);
        township(f.get(0), c, "mandatory-institution-missing", "county-model-2022", "error", "双堠镇", "缺少必设机构：社会治理办公室");
        township(f.get(1), c, "mandatory-institution-missing", "county-model-2022", "error", "双堠镇", "缺少必设机构：经济发展办公室");
    }

    @Test
    void aDifferentNameWithoutRoleDoesNotMatch() {
        var c = countyModel().town(required("铜井镇", "政务服务中心").inst("便民服务中心", "事业单位")).check(dir);
        township(one(c, "mandatory-institution-missing"), c, "mandatory-institution-missing", "county-model-2022", "error",
                "铜井镇", "缺少必设机构：政务服务中心");
    }

    @Test
    void ganzhouRequiresNoInstitution() {
        // tongwei, jilin and heilongjiang require one each since the amendments (NewPlanRulesTest)
        none(Plan.of("ganzhou-2018").town(town("甲镇", "一类").pg(3)).check(dir), "mandatory-institution-missing");
    }

    // jilin-2017: 其中4-6个必设机构，突出地方特色选设1-2个机构

    /** A 较大 township (the only scale jilin's split is stated for) with the institutions given. */
    private static Plan.Town jilin(String name, int mandatory, int optional, int unmarked) {
        return jilin(name, "较大", mandatory, optional, unmarked);
    }

    private static Plan.Town jilin(String name, String scale, int mandatory, int optional, int unmarked) {
        Plan.Town t = town(name, "一类");
        if (scale != null) {
            t.key("scale", scale);
        }
        for (int i = 1; i <= mandatory; i++) {
            t.inst("必设办公室" + i, "党政机构", "mandatory: true");
        }
        for (int i = 1; i <= optional; i++) {
            t.inst("选设办公室" + i, "党政机构", "mandatory: false");
        }
        for (int i = 1; i <= unmarked; i++) {
            t.inst("其他办公室" + i, "党政机构");
        }
        return t;
    }

    @Test
    void fourToSixMandatoryAndUpToTwoOptionalIsClean() {
        none(Plan.of("jilin-2017").town(jilin("梨树镇", 4, 2, 0)).check(dir), "mandatory-count");
        none(Plan.of("jilin-2017").town(jilin("梨树镇", 6, 1, 0)).check(dir), "mandatory-count");
    }

    @Test
    void fewerThanFourMandatory() {
        var c = Plan.of("jilin-2017").town(jilin("白山乡", 3, 1, 0)).check(dir);
        township(one(c, "mandatory-count"), c, "mandatory-count", "jilin-2017", "warning", "白山乡", "必设党政机构 3 个，少于 4 个");
    }

    @Test
    void moreThanSixMandatory() {
        var c = Plan.of("jilin-2017").town(jilin("郭家店镇", 7, 0, 0)).check(dir);
        township(one(c, "mandatory-count"), c, "mandatory-count", "jilin-2017", "warning", "郭家店镇", "必设党政机构 7 个，多于 6 个");
    }

    @Test
    void moreThanTwoOptional() {
        var c = Plan.of("jilin-2017").town(jilin("榆树台镇", 4, 3, 0)).check(dir);
        township(one(c, "mandatory-count"), c, "mandatory-count", "jilin-2017", "warning", "榆树台镇", "特色选设党政机构 3 个，多于 2 个");
    }

    @Test
    void oneFindingPerBrokenBound() {
        var c = Plan.of("jilin-2017").town(jilin("泉眼岭乡", 3, 3, 0)).check(dir);
        var f = count(c, "mandatory-count", 2);
        township(f.get(0), c, "mandatory-count", "jilin-2017", "warning", "泉眼岭乡", "必设党政机构 3 个，少于 4 个");
        township(f.get(1), c, "mandatory-count", "jilin-2017", "warning", "泉眼岭乡", "特色选设党政机构 3 个，多于 2 个");
    }

    @Test
    void anInstitutionWithoutTheKeyIsNeither() {
        none(Plan.of("jilin-2017").town(jilin("梨树镇", 4, 0, 3)).check(dir), "mandatory-count");
        one(Plan.of("jilin-2017").town(jilin("梨树镇", 3, 0, 3)).check(dir), "mandatory-count");
    }

    @Test
    void onlyPartyGovernmentInstitutionsAreCountedAsMandatory() {
        var t = jilin("梨树镇", 3, 0, 0).inst("必设事业单位", "事业单位", "mandatory: true")
                .inst("必设挂牌", "挂牌机构", "mandatory: true", "approved_by: 县编委");
        one(Plan.of("jilin-2017").town(t).check(dir), "mandatory-count");
    }
}
