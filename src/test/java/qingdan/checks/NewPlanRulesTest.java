package qingdan.checks;

import static qingdan.support.Expect.count;
import static qingdan.support.Expect.institution;
import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.Plan;

/**
 * The establishment-plan rules of policies-amendments.md B.2: mandatory-institution-missing in its
 * new packs, station-management-unapproved and dispatched-without-basis; each on for the packs the
 * amendment names and off for the others.
 */
class NewPlanRulesTest {
    static final String MISSING = "mandatory-institution-missing";
    static final String STATION = "station-management-unapproved";
    static final String DISPATCHED = "dispatched-without-basis";

    @TempDir
    Path dir;

    private static Plan plan(String pack) {
        Plan p = Plan.of(pack);
        if (pack.equals("county-model-2022")) {
            p.header("parameters:").header("  population_threshold: 50000").header("  expanded_total_cap: 9");
        }
        return p;
    }

    // ---- mandatory-institution-missing: an integrated enforcement institution (tongwei, jilin)

    @ParameterizedTest(name = "{0}: no enforcement institution is a warning")
    @ValueSource(strings = {"tongwei-2020", "jilin-2017"})
    void anEnforcementInstitutionIsRequired(String pack) {
        var c = plan(pack).town(town("平襄镇", "一类").pg(3).pub(2)).check(dir);
        township(one(c, MISSING), c, MISSING, pack, "warning", "平襄镇", "缺少必设机构：综合行政执法机构");
    }

    @ParameterizedTest(name = "{0}: {1} meets the entry")
    @CsvSource({"tongwei-2020, name: 综合行政执法机构", "tongwei-2020, name: 综合行政执法队", "jilin-2017, name: 综合执法队",
        "jilin-2017, role: 综合行政执法队", "tongwei-2020, role: 综合执法队"})
    void anyAlternativeByNameOrRoleMeetsIt(String pack, String how) {
        Plan.Town t = town("平襄镇", "一类").pg(3).pub(2);
        if (how.startsWith("name: ")) {
            t.inst(how.substring(6), "事业单位");
        } else {
            t.inst("城乡建设和执法中心", "事业单位", how);
        }
        none(plan(pack).town(t).check(dir), MISSING);
    }

    @Test
    void aPlaqueMeetsItButAVillageInstitutionDoesNot() {
        none(plan("jilin-2017").town(town("梨树镇", "一类").pg(3).inst("综合行政执法队", "挂牌机构", "approved_by: 县委机构编制委员会"))
                .check(dir), MISSING);
        one(plan("jilin-2017").town(town("梨树镇", "一类").pg(3).inst("综合行政执法队", "事业单位", "level: 村")).check(dir), MISSING);
    }

    @Test
    void countyModelStillRequiresItsSevenAsErrors() {
        var c = plan("county-model-2022").town(town("岸堤镇", "一类").pg(3)).check(dir);
        count(c, MISSING, 7).forEach(f -> org.junit.jupiter.api.Assertions.assertEquals("error", f.path("severity").asText()));
    }

    // heilongjiang: a public service centre, judged from 2020-12-31 (B.7 2)

    @Test
    void heilongjiangIsSilentBeforeTheEndOf2020() {
        none(plan("heilongjiang-2017").header("as_of: 2020-12-30").town(town("宾州镇", "一类").pg(3)).check(dir), MISSING);
    }

    @Test
    void heilongjiangRequiresAPublicServiceCentreFromTheEndOf2020() {
        var c = plan("heilongjiang-2017").header("as_of: 2020-12-31").town(town("宾州镇", "一类").pg(3)).check(dir);
        township(one(c, MISSING), c, MISSING, "heilongjiang-2017", "warning", "宾州镇", "缺少必设机构：公共服务中心");
        var d = plan("heilongjiang-2017").header("as_of: 2018-06-30").town(town("宾州镇", "一类").pg(3)).check(dir, "--as-of", "2021-01-01");
        one(d, MISSING);
    }

    @ParameterizedTest(name = "heilongjiang: {0} meets it")
    @ValueSource(strings = {"公共服务中心", "便民服务中心", "政务服务中心"})
    void heilongjiangAlternatives(String name) {
        none(plan("heilongjiang-2017").header("as_of: 2021-06-30").town(town("宾州镇", "一类").pg(3).inst(name, "事业单位")).check(dir),
                MISSING);
    }

    @Test
    void ganzhouRequiresNoInstitution() {
        none(plan("ganzhou-2018").header("as_of: 2021-06-30").town(town("梓山镇", "一类").pg(3)).check(dir), MISSING);
    }

    // ---- station-management-unapproved (ganzhou, jilin)

    @ParameterizedTest(name = "{0}: a station managed {1} without 省政府 is an error")
    @CsvSource({"ganzhou-2018, 上级主管部门为主, ABSENT", "ganzhou-2018, regional, 县政府", "jilin-2017, upper-department, '[市政府, 县政府]'",
        "jilin-2017, 按区域设置, 省机构编制委员会"})
    void aStationRunFromAboveNeedsTheProvince(String pack, String management, String approvedBy) {
        String zh = management.equals("regional") ? "按区域设置" : management.equals("upper-department") ? "上级主管部门为主" : management;
        Plan.Town t = town("梓山镇", "一类").pg(3);
        if (approvedBy.equals("ABSENT")) {
            t.inst("林业工作站", "事业单位", "management: " + management);
        } else {
            t.inst("林业工作站", "事业单位", "management: " + management, "approved_by: " + approvedBy);
        }
        var c = plan(pack).town(t).check(dir);
        institution(one(c, STATION), c, STATION, pack, "error", "林业工作站", "事业站所实行“" + zh + "”的管理体制，未经省政府批准（approved_by）");
    }

    @ParameterizedTest(name = "{0}: {1} is not a finding")
    @CsvSource(delimiter = '|', value = {
        "ganzhou-2018|type: 事业单位|management: 上级主管部门为主|approved_by: [省政府, 县政府]",
        "jilin-2017|type: 事业单位|management: 按区域设置|approved_by: 省政府",
        "ganzhou-2018|type: 事业单位|management: 乡镇管理为主|role: 林业",
        "jilin-2017|type: 事业单位|role: 林业|role2",
        "jilin-2017|type: 事业单位|management: null|role: 林业",
        "ganzhou-2018|type: 挂牌机构|management: 上级主管部门为主|approved_by: 县委机构编制委员会",
        "jilin-2017|type: 事业单位|management: 上级主管部门为主|level: 村"})
    void otherStationsAreNotJudged(String pack, String type, String management, String more) {
        Plan.Town t = town("梓山镇", "一类").pg(3);
        String typeName = type.substring(6);
        if (more.equals("role2")) {
            t.inst("林业工作站", typeName, management);
        } else {
            t.inst("林业工作站", typeName, management, more);
        }
        none(plan(pack).town(t).check(dir), STATION);
    }

    @ParameterizedTest(name = "{0} has no station-management-unapproved")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022", "heilongjiang-2017"})
    void stationManagementOnlyInGanzhouAndJilin(String pack) {
        none(plan(pack).town(town("甲镇", "一类").pg(3).inst("林业工作站", "事业单位", "management: 上级主管部门为主")).check(dir), STATION);
    }

    @Test
    void managementIsAnEnumeration() {
        var c = plan("jilin-2017").town(town("甲镇", "一类").pg(3).inst("林业工作站", "事业单位", "management: 县管")).check(dir);
        org.junit.jupiter.api.Assertions.assertEquals(1, c.inputErrors().size(), c.run()::describe);
        org.junit.jupiter.api.Assertions.assertTrue(c.inputErrors().get(0).path("message").asText().contains("上级主管部门为主"));
    }

    // ---- dispatched-without-basis (tongwei, county-model)

    @ParameterizedTest(name = "{0}: a dispatched body with basis {1} is a warning")
    @CsvSource({"tongwei-2020, ABSENT", "county-model-2022, ABSENT", "tongwei-2020, null", "county-model-2022, null",
        "tongwei-2020, '\"\"'", "county-model-2022, '\"  \"'"})
    void aDispatchedBodyNeedsABasis(String pack, String basis) {
        Plan.Town t = town("平襄镇", "一类").pg(3);
        if (basis.equals("ABSENT")) {
            t.inst("自然资源所", "派驻机构");
        } else {
            t.inst("自然资源所", "派驻机构", "basis: " + basis);
        }
        var c = plan(pack).town(t).check(dir);
        institution(one(c, DISPATCHED), c, DISPATCHED, pack, "warning", "自然资源所", "派驻机构未记载继续实行派驻的依据（basis），应实行属地管理");
    }

    @ParameterizedTest(name = "{0}: any basis passes; a village body and other types are not judged")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void aBasisOrAnotherTypeOrLevelPasses(String pack) {
        none(plan(pack).town(town("平襄镇", "一类").pg(3).inst("派出所", "派驻机构", "basis: 省委有关规定")).check(dir), DISPATCHED);
        none(plan(pack).town(town("平襄镇", "一类").pg(3).inst("自然资源所", "派驻机构", "level: 村")).check(dir), DISPATCHED);
        none(plan(pack).town(town("平襄镇", "一类").pg(3).inst("自然资源所", "事业单位")).check(dir), DISPATCHED);
    }

    @Test
    void aDemandedDispatchedBodyGetsBothFindings() {
        var c = plan("county-model-2022").town(town("平襄镇", "一类").pg(3).inst("自然资源所", "派驻机构", "demanded_by: 县自然资源局")).check(dir);
        one(c, DISPATCHED);
        one(c, "counterpart-demanded");
    }

    @ParameterizedTest(name = "{0} has no dispatched-without-basis")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void dispatchedOnlyInTongweiAndCountyModel(String pack) {
        none(plan(pack).town(town("甲镇", "一类").pg(3).inst("自然资源所", "派驻机构")).check(dir), DISPATCHED);
    }
}
