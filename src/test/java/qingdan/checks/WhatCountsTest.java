package qingdan.checks;

import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/** Only party-government and public institutions at township level count against caps. */
class WhatCountsTest {
    @TempDir
    Path dir;

    /** Bodies that never count, whatever their number. */
    private static Plan.Town withNonCounting(Plan.Town t) {
        return t.inst("退役军人服务站", "挂牌机构", "host: 党政机构1", "approved_by: 县委机构编制委员会")
                .inst("应急管理办公室", "plaque", "host: 党政机构1", "approved_by: 县委机构编制委员会")
                .inst("派出所", "派驻机构")
                .inst("司法所", "dispatched")
                .inst("人民武装部", "法定机构")
                .inst("人大主席团", "statutory")
                .inst("村党建办公室", "党政机构", "level: 村")
                .inst("村级服务站", "事业单位", "level: village")
                .inst("社区服务站", "事业单位", "level: 村");
    }

    @Test
    void tongweiCapsCountOnlyPartyGovernmentAndPublicInstitutions() {
        var c = Plan.of("tongwei-2020").town(withNonCounting(town("平襄镇", "一类").pg(5).pub(6))).check(dir);
        none(c, "party-government-cap");
        none(c, "public-institution-cap");
    }

    @Test
    void oneMoreCountingInstitutionIsOverTheCap() {
        var c = Plan.of("tongwei-2020").town(withNonCounting(town("平襄镇", "一类").pg(6).pub(6))).check(dir);
        one(c, "party-government-cap");
        none(c, "public-institution-cap");
    }

    @Test
    void countyModelTotalCountsOnlyPartyGovernmentAndPublicInstitutions() {
        var c = Plan.of("county-model-2022").header("parameters:").header("  population_threshold: 50000")
                .header("  expanded_total_cap: 9").town(withNonCounting(town("张庄镇", "二类").pg(5).pub(2))).check(dir);
        none(c, "total-cap");
    }

    @Test
    void ganzhouFloorCountsNeitherPlaquesNorVillageOffices() {
        var c = Plan.of("ganzhou-2018").town(withNonCounting(town("段屋乡", "三类").pg(2))).check(dir);
        one(c, "party-government-floor");
    }
}
