package qingdan.checks;

import static qingdan.support.Expect.institution;
import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.Plan;

/** counterpart-demanded: 上级业务部门不得以机构上下对口为由要求设立机构. */
class CounterpartDemandedTest {
    @TempDir
    Path dir;

    private static Plan plan(String pack, String... keys) {
        Plan p = Plan.of(pack);
        if (pack.equals("county-model-2022")) {
            p.header("parameters:").header("  population_threshold: 50000").header("  expanded_total_cap: 9");
        }
        return p.town(town("甲镇", "一类").pg(4).pub(3).inst("农机管理站", "事业单位", keys));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017", "tongwei-2020", "county-model-2022"})
    void aDemandWithoutBasis(String pack) {
        var c = plan(pack, "demanded_by: 县农业农村局").check(dir);
        institution(one(c, "counterpart-demanded"), c, "counterpart-demanded", pack, "error", "农机管理站",
                "县农业农村局要求对口设立（乡镇）");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017", "tongwei-2020", "county-model-2022"})
    void noDemandIsClean(String pack) {
        none(plan(pack).check(dir), "counterpart-demanded");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017", "tongwei-2020"})
    void aBasisExempts(String pack) {
        none(plan(pack, "demanded_by: 县农业农村局", "basis: 中华人民共和国农业机械化促进法").check(dir), "counterpart-demanded");
    }

    @Test
    void countyModelAllowsNoException() {
        var c = plan("county-model-2022", "demanded_by: 县应急管理局", "basis: 县安全生产委员会通知").check(dir);
        institution(one(c, "counterpart-demanded"), c, "counterpart-demanded", "county-model-2022", "error", "农机管理站",
                "县应急管理局要求对口设立（乡镇）");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void villageLevelIsIgnoredByProvincialPacks(String pack) {
        none(plan(pack, "demanded_by: 县应急管理局", "level: 村").check(dir), "counterpart-demanded");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void villageLevelCounts(String pack) {
        var c = plan(pack, "demanded_by: 县应急管理局", "level: 村").check(dir);
        institution(one(c, "counterpart-demanded"), c, "counterpart-demanded", pack, "error", "农机管理站",
                "县应急管理局要求对口设立（村）");
    }

    @Test
    void tongweiBasisExemptsAtVillageLevelToo() {
        none(plan("tongwei-2020", "demanded_by: 县应急管理局", "level: 村", "basis: 党中央有关规定").check(dir), "counterpart-demanded");
    }

    @Test
    void aDemandedPlaqueIsAFindingToo() {
        var c = Plan.of("tongwei-2020").town(town("甲镇", "一类").pg(4)
                .inst("食品安全工作站", "挂牌机构", "approved_by: 县委机构编制委员会", "demanded_by: 县市场监督管理局")).check(dir);
        institution(one(c, "counterpart-demanded"), c, "counterpart-demanded", "tongwei-2020", "error", "食品安全工作站",
                "县市场监督管理局要求对口设立（乡镇）");
    }
}
