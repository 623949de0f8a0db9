package qingdan.checks;

import static qingdan.support.Expect.count;
import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Expect.township;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/** class-inconsistent (tongwei-2020): 全县乡镇机构设置按类别要基本统一. */
class ClassInconsistentTest {
    @TempDir
    Path dir;

    @Test
    void aTownshipThatDeviatesFromItsClassesUsualNumbers() {
        var c = Plan.of("tongwei-2020")
                .town(town("鸡川镇", "二类").pg(5).pub(5))
                .town(town("榜罗镇", "二类").pg(5).pub(5))
                .town(town("华家岭镇", "二类").pg(4).pub(5))
                .check(dir);
        township(one(c, "class-inconsistent"), c, "class-inconsistent", "tongwei-2020", "warning", "华家岭镇",
                "二类乡镇党政机构 4 个、事业单位 5 个，同类乡镇通常为 5 个、5 个");
    }

    @Test
    void eachDeviatingTownshipGetsOneFinding() {
        var c = Plan.of("tongwei-2020")
                .town(town("甲镇", "二类").pg(5).pub(5))
                .town(town("乙镇", "二类").pg(5).pub(5))
                .town(town("丙镇", "二类").pg(5).pub(5))
                .town(town("丁镇", "二类").pg(4).pub(5))
                .town(town("戊镇", "二类").pg(5).pub(4))
                .check(dir);
        var f = count(c, "class-inconsistent", 2);
        township(f.get(0), c, "class-inconsistent", "tongwei-2020", "warning", "丁镇",
                "二类乡镇党政机构 4 个、事业单位 5 个，同类乡镇通常为 5 个、5 个");
        township(f.get(1), c, "class-inconsistent", "tongwei-2020", "warning", "戊镇",
                "二类乡镇党政机构 5 个、事业单位 4 个，同类乡镇通常为 5 个、5 个");
    }

    @Test
    void aTieHasNoUsualNumbers() {
        none(Plan.of("tongwei-2020")
                .town(town("甲镇", "二类").pg(5).pub(5))
                .town(town("乙镇", "二类").pg(5).pub(5))
                .town(town("丙镇", "二类").pg(4).pub(5))
                .town(town("丁镇", "二类").pg(4).pub(5))
                .check(dir), "class-inconsistent");
    }

    @Test
    void fewerThanThreeTownshipsHaveNoUsualNumbers() {
        none(Plan.of("tongwei-2020")
                .town(town("甲镇", "二类").pg(5).pub(5))
                .town(town("乙镇", "二类").pg(4).pub(5))
                .check(dir), "class-inconsistent");
    }

    @Test
    void classesAreComparedSeparately() {
        none(Plan.of("tongwei-2020")
                .town(town("甲镇", "一类").pg(5).pub(6))
                .town(town("乙镇", "二类").pg(5).pub(5))
                .town(town("丙镇", "二类").pg(5).pub(5))
                .town(town("丁镇", "二类").pg(5).pub(5))
                .town(town("戊镇", "三类").pg(4).pub(4))
                .check(dir), "class-inconsistent");
    }

    @Test
    void nonCountingBodiesDoNotMakeATownshipDeviate() {
        none(Plan.of("tongwei-2020")
                .town(town("甲镇", "二类").pg(5).pub(5))
                .town(town("乙镇", "二类").pg(5).pub(5))
                .town(town("丙镇", "二类").pg(5).pub(5).inst("派出所", "派驻机构").inst("村服务站", "事业单位", "level: 村"))
                .check(dir), "class-inconsistent");
    }
}
