package qingdan.checks;

import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/** social-workers-short (ganzhou-2018): 到2020年，实现每个乡镇拥有3—5名社会工作人员. */
class SocialWorkersTest {
    @TempDir
    Path dir;

    private static Plan ganzhou(String asOf, Object socialWorkers) {
        Plan p = Plan.of("ganzhou-2018");
        if (asOf != null) {
            p.header("as_of: " + asOf);
        }
        Plan.Town t = town("罗坳镇", "二类").pg(4).pub(4);
        if (socialWorkers != null) {
            t.key("social_workers", socialWorkers);
        }
        return p.town(t);
    }

    @Test
    void silentBeforeTheEndOf2020() {
        none(ganzhou("2020-12-30", 2).check(dir), "social-workers-short");
    }

    @Test
    void firesOnTheLastDayOf2020() {
        var c = ganzhou("2020-12-31", 2).check(dir);
        township(one(c, "social-workers-short"), c, "social-workers-short", "ganzhou-2018", "warning", "罗坳镇",
                "社会工作人员 2 名，少于 3 名");
    }

    @Test
    void asOfMayBeAQuotedString() {
        one(ganzhou("\"2021-03-01\"", 0).check(dir), "social-workers-short");
    }

    @Test
    void threeIsEnough() {
        none(ganzhou("2021-06-30", 3).check(dir), "social-workers-short");
    }

    @Test
    void silentWhenTheNumberIsAbsent() {
        none(ganzhou("2021-06-30", null).check(dir), "social-workers-short");
    }

    @Test
    void withoutAsOfTodayDecides() {
        // today is after 2020-12-31
        one(ganzhou(null, 2).check(dir), "social-workers-short");
    }

    @Test
    void asOfOptionOverridesTheCataloguesDateForward() {
        one(ganzhou("2020-06-30", 2).check(dir, "--as-of", "2020-12-31"), "social-workers-short");
    }

    @Test
    void asOfOptionOverridesTheCataloguesDateBackward() {
        none(ganzhou("2021-06-30", 2).check(dir, "--as-of", "2020-12-30"), "social-workers-short");
    }

    @Test
    void onlyGanzhouCountsSocialWorkers() {
        none(Plan.of("tongwei-2020").header("as_of: 2021-06-30").town(town("甲镇", "二类").key("social_workers", 0).pg(4).pub(4))
                .check(dir), "social-workers-short");
    }
}
