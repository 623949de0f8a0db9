package qingdan.checks;

import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/**
 * total-cap of county-model-2022 (amendments F1): over 7 below population_threshold (or with no
 * population) is a warning (原则上); over expanded_total_cap at or above it is an error (但总数不超过x个);
 * between the two at or above it is nothing (可适当增设).
 */
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
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "warning", "孙祖镇",
                "党政机构和事业单位共 8 个，超过上限 7 个");
    }

    @Test
    void sevenIsClean() {
        none(countyModel(50000, 9).town(town("孙祖镇", "二类").pg(5).pub(2)).check(dir), "total-cap");
    }

    @Test
    void belowThePopulationThresholdTheCapStaysSeven() {
        var c = countyModel(50000, 9).town(town("马牧池乡", "三类").key("population", 49999).pg(5).pub(3)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "warning", "马牧池乡",
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
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "warning", "甲镇",
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

    @Test
    void eightBelowTheThresholdIsOneWarning() {
        var c = countyModel(50000, 9).town(town("青驼镇", "二类").key("population", 32000).pg(5).pub(3)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "warning", "青驼镇",
                "党政机构和事业单位共 8 个，超过上限 7 个");
    }

    @Test
    void nullPopulationIsBelowTheThreshold() {
        var c = countyModel(50000, 9).town(town("青驼镇", "二类").key("population", "null").pg(5).pub(3)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "warning", "青驼镇",
                "党政机构和事业单位共 8 个，超过上限 7 个");
    }

    @Test
    void betweenSevenAndTheExpandedCapAtTheThresholdIsNothing() {
        for (int total = 8; total <= 9; total++) {
            none(countyModel(50000, 9).town(town("大庄镇", "一类").key("population", 50000).pg(5).pub(total - 5)).check(dir),
                    "total-cap");
            none(countyModel(50000, 9).town(town("大庄镇", "一类").key("population", 90000).pg(5).pub(total - 5)).check(dir),
                    "total-cap");
        }
    }

    @Test
    void aboveTheExpandedCapAtTheThresholdIsOneErrorNeverAlsoTheWarning() {
        var c = countyModel(50000, 9).town(town("大庄镇", "一类").key("population", 50000).pg(5).pub(5)).check(dir);
        township(one(c, "total-cap"), c, "total-cap", "county-model-2022", "error", "大庄镇",
                "常住人口 50000 人（不少于 50000 人），党政机构和事业单位共 10 个，超过上限 9 个");
    }

    @Test
    void anExpandedCapBelowSevenIsAnInputErrorAtParameters() {
        var c = countyModel(50000, 6).town(town("大庄镇", "一类").pg(3).pub(3)).check(dir);
        assertEquals(1, c.inputErrors().size(), c.run()::describe);
        JsonNode e = c.inputErrors().get(0);
        assertEquals(4, e.path("line").asInt(), e::toString);
        assertTrue(e.path("message").asText().contains("expanded_total_cap"), e::toString);
        assertEquals(2, c.run().exit(), c.run()::describe);
        assertTrue(countyModel(50000, 7).town(town("大庄镇", "一类").pg(3).pub(3)).check(dir).inputErrors().isEmpty());
    }
}
