package qingdan.checks;

import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/** total-cap of county-model-2022: 7, or expanded_total_cap at or above population_threshold. */
class TotalCapTest {
    @TempDir
    Path dir;

    private static Plan countyModel(long threshold, long expanded) {
        return Plan.of("county-model-2022")
                .header("parameters:")
                .header("  population_threshold: " + threshold)
                .header("  expanded_total_cap: " + expanded);
    }

    @Test
    void eightWithoutPopulationIsOverTheCapOfSeven() {
        var c = countyModel(50000, 9).town(town("孙祖镇", "二类").pg(5).pub(3)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "error", "孙祖镇",
                "党政机构和事业单位共 8 个，超过上限 7 个");
    }

    @Test
    void sevenIsClean() {
        none(countyModel(50000, 9).town(town("孙祖镇", "二类").pg(5).pub(2)).check(dir), "total-cap");
    }

    @Test
    void belowThePopulationThresholdTheCapStaysSeven() {
        var c = countyModel(50000, 9).town(town("马牧池乡", "三类").key("population", 49999).pg(5).pub(3)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "error", "马牧池乡",
                "党政机构和事业单位共 8 个，超过上限 7 个");
    }

    @Test
    void atThePopulationThresholdTheExpandedCapApplies() {
        none(countyModel(50000, 9).town(town("大庄镇", "一类").key("population", 50000).pg(5).pub(4)).check(dir), "total-cap");
    }

    @Test
    void aboveTheExpandedCapIsAFindingThatNamesThePopulation() {
        var c = countyModel(50000, 9).town(town("辛集镇", "一类").key("population", 68000).pg(6).pub(4)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "error", "辛集镇",
                "常住人口 68000 人（不少于 50000 人），党政机构和事业单位共 10 个，超过上限 9 个");
    }

    @Test
    void theParametersComeFromTheCatalogue() {
        // threshold 60000 and cap 10: 50000 persons is now below the threshold, 60000 at it
        var c = countyModel(60000, 10).town(town("甲镇", "一类").key("population", 50000).pg(5).pub(3)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "error", "甲镇",
                "党政机构和事业单位共 8 个，超过上限 7 个");
        none(countyModel(60000, 10).town(town("甲镇", "一类").key("population", 60000).pg(5).pub(5)).check(dir), "total-cap");
        var over = countyModel(60000, 10).town(town("甲镇", "一类").key("population", 60000).pg(6).pub(5)).check(dir);
        township(one(over, "total-cap"), over, "total-cap", "county-model-2022", "error", "甲镇",
                "常住人口 60000 人（不少于 60000 人），党政机构和事业单位共 11 个，超过上限 10 个");
    }

    @Test
    void otherPacksHaveNoTotalCap() {
        none(Plan.of("tongwei-2020").town(town("甲镇", "一类").pg(5).pub(6)).check(dir), "total-cap");
    }
}
