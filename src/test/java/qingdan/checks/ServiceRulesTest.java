package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.County;

/** new-kinds.md §3.5: public-service catalogue rules, and the integrity rows on sites. */
class ServiceRulesTest {
    @TempDir
    Path dir;

    private County.Checked services(String pack, String asOf, String body) {
        return County.check(dir, County.header("public-service-catalogue", pack, asOf) + body);
    }

    private static String item(String id, String area, String domain, String more) {
        return "  - id: " + id + "\n    name: 事项" + id + "\n" + (area == null ? "" : "    area: " + area + "\n")
                + (domain == null ? "" : "    domain: " + domain + "\n")
                + "    provider: 乡镇便民服务中心\n    basis: 有关规定\n    recipients: 群众\n    requirements: 申请材料\n    guide: G-" + id + "\n" + more;
    }

    private static final List<String> SIX = List.of("基本公共教育服务", "劳动就业服务", "社会保险服务", "基本社会服务", "基本医疗卫生服务", "公共文化体育服务");

    private static String areas(List<String> areas) {
        StringBuilder b = new StringBuilder("items:\n");
        int i = 0;
        for (String a : areas) {
            b.append(item("A" + i++, a, i == 1 ? "扶贫开发" : i == 2 ? "扶贫济困" : null, ""));
        }
        return b.toString();
    }

    @Test
    void anUncoveredAreaIsAWholeFileFindingNamedByItsCanonicalTerm() {
        County.Checked c = services("heilongjiang-2017", "2021-06-30", areas(List.of("基本公共教育服务", "社会保险服务", "基本社会服务", "基本医疗卫生服务", "公共文化体育服务")));
        JsonNode f = c.one("service-area-uncovered");
        assertEquals("劳动就业服务", f.path("subject").asText());
        assertEquals(1, f.path("line").asInt());
        assertEquals("info", f.path("severity").asText());
        services("heilongjiang-2017", "2021-06-30", areas(SIX).replace("劳动就业服务", "劳动就业创业服务")).none("service-area-uncovered");
    }

    @Test
    void jilinAlsoRequiresLegalServicesAndOtherIsNeverRequired() {
        services("jilin-2017", "2021-06-30", areas(SIX)).one("service-area-uncovered");
        services("ganzhou-2018", "2021-06-30", areas(SIX)).none("service-area-uncovered");
    }

    @Test
    void anEmptyListIsASiteLedgerAndNotJudgedAsAWhole() {
        County.Checked c = services("ganzhou-2018", "2021-06-30", "items: []\nsites:\n  - {township: 甲镇, village: 城关村, online_point: false}\n");
        c.none("service-area-uncovered");
        c.none("required-service-missing");
        c.one("village-service-point-missing");
    }

    @Test
    void eachMissingTaskIsAFinding() {
        County.Checked c = services("jilin-2017", "2021-06-30", "items:\n" + item("B1", "其他公共服务", "扶贫", ""));
        List<JsonNode> f = c.count("required-service-missing", 2);
        assertEquals("扶贫开发", f.get(0).path("subject").asText());
        assertEquals("清单未列入“扶贫济困”任务（没有 domain 为“扶贫济困”的事项）", f.get(1).path("message").asText());
    }

    @Test
    void incompleteItemsNameEachFieldByTheDocumentsTerm() {
        String bare = "items:\n  - {id: C1, name: 临时救助, area: 基本社会服务, domain: 扶贫济困, recipients: \" \", guide: G}\n";
        assertEquals("未写明：服务对象、要求", services("ganzhou-2018", "2021-06-30", bare).one("service-item-incomplete").path("message").asText());
        assertEquals("未写明：政策法规依据、实施主体、服务对象、有关要求",
                services("jilin-2017", "2021-06-30", bare).one("service-item-incomplete").path("message").asText());
    }

    @Test
    void onlyFalseIsOutsideTheHall() {
        County.Checked c = services("tongwei-2020", "2021-06-30", "items:\n" + item("H1", null, null, "    in_service_hall: false\n")
                + item("H2", null, null, "") + item("H3", null, null, "    in_service_hall: true\n"));
        JsonNode f = c.one("service-outside-hall");
        assertEquals("事项H1", f.path("subject").asText());
        assertEquals(c.lineOf("id: H1"), f.path("line").asInt());
    }

    @Test
    void theGuideIsDueInTongweiFromTheEndOfJune2020() {
        String body = "items:\n" + item("G1", null, null, "").replace("    guide: G-G1\n", "    guide: \"\"\n");
        services("tongwei-2020", "2020-06-29", body).none("service-guide-missing");
        services("tongwei-2020", "2020-06-30", body).one("service-guide-missing");
        County.check(dir, County.header("public-service-catalogue", "tongwei-2020", "2020-05-01") + body, "--as-of", "2020-07-01")
                .one("service-guide-missing");
        services("county-model-2022", "2020-01-01", body).one("service-guide-missing");
    }

    @Test
    void aSiteNamesEveryFacilityItLacks() {
        String site = "items: []\nsites:\n  - {township: 甲镇, village: 城关村, service_point: false, online_point: false, cultural_centre: false}\n"
                + "  - {township: 乙镇, village: 南关村}\n";
        County.Checked tongwei = services("tongwei-2020", "2021-06-30", site);
        JsonNode f = tongwei.one("village-service-point-missing");
        assertEquals("甲镇 城关村", f.path("subject").asText());
        assertEquals("未设：村级便民服务点、网上服务站点", f.path("message").asText());
        tongwei.none("village-cultural-centre-missing");
        County.Checked ganzhou = services("ganzhou-2018", "2021-06-30", site);
        assertEquals("未设：网上服务站点", ganzhou.one("village-service-point-missing").path("message").asText());
        assertEquals("未建：村（社区）综合性文化服务中心", ganzhou.one("village-cultural-centre-missing").path("message").asText());
    }

    @Test
    void sitesOutsideThePlanAndDuplicateSitesAndItems() {
        String body = "items:\n" + item("D1", null, null, "") + item("D1", null, null, "")
                + "sites:\n  - {township: 丙镇, village: 城关村}\n  - {township: 甲镇, village: 城关村}\n  - {township: 甲镇, village: 城关村}\n";
        County.Checked c = services("tongwei-2020", "2021-06-30", body);
        assertEquals("丙镇 城关村", c.one("unknown-township").path("subject").asText());
        List<JsonNode> d = c.count("duplicate-item", 2);
        assertEquals("事项D1", d.get(0).path("subject").asText());
        assertEquals("甲镇 城关村", d.get(1).path("subject").asText());
    }
}
