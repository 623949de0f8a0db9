package qingdan.checks;

import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/** leadership-posts-exceeded (tongwei-2020): 乡镇领导职数原则上不突破现有总量. */
class LeadershipPostsTest {
    @TempDir
    Path dir;

    @Test
    void morePostsThanBefore() {
        var c = Plan.of("tongwei-2020").town(town("鸡川镇", "二类").key("leadership_posts", 12)
                .key("leadership_posts_before", 11).pg(5).pub(5)).check(dir);
        township(one(c, "leadership-posts-exceeded"), c, "leadership-posts-exceeded", "tongwei-2020", "warning", "鸡川镇",
                "领导职数 12 名，突破现有总量 11 名");
    }

    @Test
    void asManyPostsAsBeforeIsClean() {
        none(Plan.of("tongwei-2020").town(town("鸡川镇", "二类").key("leadership_posts", 11)
                .key("leadership_posts_before", 11).pg(5).pub(5)).check(dir), "leadership-posts-exceeded");
    }

    @Test
    void silentWhenEitherNumberIsAbsent() {
        none(Plan.of("tongwei-2020").town(town("鸡川镇", "二类").key("leadership_posts", 30).pg(5).pub(5)).check(dir),
                "leadership-posts-exceeded");
        none(Plan.of("tongwei-2020").town(town("鸡川镇", "二类").key("leadership_posts_before", 1).pg(5).pub(5)).check(dir),
                "leadership-posts-exceeded");
    }

    @Test
    void onlyTongweiJudgesLeadershipPosts() {
        none(Plan.of("ganzhou-2018").town(town("鸡川镇", "二类").key("leadership_posts", 12)
                .key("leadership_posts_before", 11).pg(5).pub(5)).check(dir), "leadership-posts-exceeded");
    }
}
