package qingdan.checks;

import static qingdan.support.Expect.count;
import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qingdan.support.Plan;

/** party-government-cap, party-government-floor, public-institution-cap (policies.md §3.2). */
class CapRulesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "tongwei {0}: {1} party-government over cap {2}")
    @CsvSource({"一类, 6, 5", "二类, 6, 5", "三类, 5, 4"})
    void tongweiPartyGovernmentCapDependsOnClass(String cls, int n, int cap) {
        var c = Plan.of("tongwei-2020").town(town("平襄镇", cls).pg(n).pub(5)).check(dir);
        township(one(c, "party-government-cap"), c, "party-government-cap", "tongwei-2020", "error", "平襄镇",
                cls + "乡镇党政机构 " + n + " 个，超过上限 " + cap + " 个");
    }

    @ParameterizedTest(name = "tongwei {0}: {1} party-government is within the cap")
    @CsvSource({"一类, 5", "二类, 5", "三类, 4"})
    void tongweiPartyGovernmentAtCapIsClean(String cls, int n) {
        none(Plan.of("tongwei-2020").town(town("平襄镇", cls).pg(n).pub(5)).check(dir), "party-government-cap");
    }

    @Test
    void ganzhouPartyGovernmentCapIsFive() {
        var c = Plan.of("ganzhou-2018").town(town("贡江镇", "二类").pg(6).pub(3)).check(dir);
        township(one(c, "party-government-cap"), c, "party-government-cap", "ganzhou-2018", "error", "贡江镇",
                "二类乡镇党政机构 6 个，超过上限 5 个");
        none(Plan.of("ganzhou-2018").town(town("贡江镇", "二类").pg(5).pub(3)).check(dir), "party-government-cap");
    }

    @Test
    void jilinPartyGovernmentCapIsEight() {
        var c = Plan.of("jilin-2017").town(town("梨树镇", "一类").pg(9)).check(dir);
        township(one(c, "party-government-cap"), c, "party-government-cap", "jilin-2017", "error", "梨树镇",
                "一类乡镇党政机构 9 个，超过上限 8 个");
        none(Plan.of("jilin-2017").town(town("梨树镇", "一类").pg(8)).check(dir), "party-government-cap");
    }

    @Test
    void heilongjiangHasNoPartyGovernmentCap() {
        none(Plan.of("heilongjiang-2017").town(town("甲镇", "一类").pg(12)).check(dir), "party-government-cap");
    }

    @Test
    void aCatalogueNamingTwoPacksGetsOneFindingPerPack() {
        var c = Plan.of("[tongwei-2020, ganzhou-2018]").town(town("平襄镇", "一类").pg(6).pub(3)).check(dir);
        var f = count(c, "party-government-cap", 2);
        township(f.get(0), c, "party-government-cap", "ganzhou-2018", "error", "平襄镇", "一类乡镇党政机构 6 个，超过上限 5 个");
        township(f.get(1), c, "party-government-cap", "tongwei-2020", "error", "平襄镇", "一类乡镇党政机构 6 个，超过上限 5 个");
    }

    @Test
    void ganzhouFloorWarnsBelowThreePartyGovernment() {
        var c = Plan.of("ganzhou-2018").town(town("段屋乡", "三类").pg(2).pub(2)).check(dir);
        township(one(c, "party-government-floor"), c, "party-government-floor", "ganzhou-2018", "warning", "段屋乡",
                "党政机构 2 个，少于 3 个，且未设综合性岗位");
        none(Plan.of("ganzhou-2018").town(town("段屋乡", "三类").pg(3).pub(2)).check(dir), "party-government-floor");
    }

    @Test
    void comprehensivePostsSilenceTheFloor() {
        none(Plan.of("ganzhou-2018").town(town("段屋乡", "三类").key("comprehensive_posts", "[党政综合岗, 经济发展岗]")
                .pg(2).pub(2)).check(dir), "party-government-floor");
    }

    @Test
    void emptyComprehensivePostsDoNotSilenceTheFloor() {
        one(Plan.of("ganzhou-2018").town(town("段屋乡", "三类").key("comprehensive_posts", "[]").pg(2).pub(2)).check(dir),
                "party-government-floor");
    }

    @ParameterizedTest(name = "tongwei {0}: {1} public institutions over cap {2}")
    @CsvSource({"一类, 7, 6", "二类, 6, 5", "三类, 6, 5"})
    void tongweiPublicInstitutionCapDependsOnClass(String cls, int n, int cap) {
        var c = Plan.of("tongwei-2020").town(town("平襄镇", cls).pg(4).pub(n)).check(dir);
        township(one(c, "public-institution-cap"), c, "public-institution-cap", "tongwei-2020", "error", "平襄镇",
                cls + "乡镇事业单位 " + n + " 个，超过上限 " + cap + " 个");
        none(Plan.of("tongwei-2020").town(town("平襄镇", cls).pg(4).pub(cap)).check(dir), "public-institution-cap");
    }

    @Test
    void ganzhouPublicInstitutionCapIsSeven() {
        var c = Plan.of("ganzhou-2018").town(town("银坑镇", "一类").pg(4).pub(8)).check(dir);
        township(one(c, "public-institution-cap"), c, "public-institution-cap", "ganzhou-2018", "error", "银坑镇",
                "一类乡镇事业单位 8 个，超过上限 7 个");
        none(Plan.of("ganzhou-2018").town(town("银坑镇", "一类").pg(4).pub(7)).check(dir), "public-institution-cap");
    }
}
