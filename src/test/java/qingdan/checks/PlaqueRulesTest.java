package qingdan.checks;

import static qingdan.support.Expect.institution;
import static qingdan.support.Expect.none;
import static qingdan.support.Expect.one;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;

/** plaque-operated-as-entity and plaque-unapproved (tongwei-2020 二(一)1). */
class PlaqueRulesTest {
    @TempDir
    Path dir;

    private static Plan tongwei(String... plaqueKeys) {
        return Plan.of("tongwei-2020").town(town("平襄镇", "一类").pg(5).pub(6).inst("综治中心", "挂牌机构", plaqueKeys));
    }

    @Test
    void aPlaqueRunAsAnEntity() {
        var c = tongwei("host: 党政机构1", "approved_by: 县委机构编制委员会", "operated_as_entity: true").check(dir);
        institution(one(c, "plaque-operated-as-entity"), c, "plaque-operated-as-entity", "tongwei-2020", "error", "综治中心",
                "挂牌机构实体化运行");
    }

    @Test
    void aPlaqueNotRunAsAnEntityIsClean() {
        none(tongwei("host: 党政机构1", "approved_by: 县委机构编制委员会", "operated_as_entity: false").check(dir),
                "plaque-operated-as-entity");
        none(tongwei("host: 党政机构1", "approved_by: 县委机构编制委员会").check(dir), "plaque-operated-as-entity");
    }

    @Test
    void onlyPlaquesAreJudgedForEntityOperation() {
        var c = Plan.of("tongwei-2020").town(town("平襄镇", "一类").pg(5).pub(5)
                .inst("农业服务中心", "事业单位", "operated_as_entity: true")).check(dir);
        none(c, "plaque-operated-as-entity");
    }

    @Test
    void aPlaqueWithoutApproval() {
        var c = tongwei("host: 党政机构1").check(dir);
        institution(one(c, "plaque-unapproved"), c, "plaque-unapproved", "tongwei-2020", "error", "综治中心",
                "挂牌机构未经批准（无 approved_by）");
    }

    @Test
    void anApprovedPlaqueIsClean() {
        none(tongwei("host: 党政机构1", "approved_by: 县委机构编制委员会").check(dir), "plaque-unapproved");
    }

    @Test
    void plaqueRulesAreTongweisOnly() {
        var c = Plan.of("ganzhou-2018").town(town("贡江镇", "一类").pg(4)
                .inst("综治中心", "挂牌机构", "operated_as_entity: true")).check(dir);
        none(c, "plaque-unapproved");
        none(c, "plaque-operated-as-entity");
    }
}
