package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ItemList.Item.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;

/** duty-transfer-unapproved, duty-transfer-not-consulted, duty-transfer-unresourced (policies.md §3.4). */
class DutyTransferTest {
    static final String UNAPPROVED = "duty-transfer-unapproved";
    static final String CONSULTED = "duty-transfer-not-consulted";
    static final String UNRESOURCED = "duty-transfer-unresourced";
    static final String NONE_APPROVED = "县直部门交由乡镇承担的事项未经审批（approved_by）";

    @TempDir
    Path dir;

    /** A task that satisfies every rule, before the test changes one key. */
    static Item good() {
        return task("ZR-1", "自建房安全排查").key("via", "委托").key("consulted", true).key("approved_by", "[县委, 县政府]")
                .key("resources", "{powers: true, staff: true, funds: true}");
    }

    ItemList.Checked check(String pack, Item i) {
        return ItemList.duties(pack).item(i).check(dir);
    }

    @ParameterizedTest(name = "{0}: the good task is clean")
    @ValueSource(strings = {"tongwei-2020", "county-model-2022", "jilin-2017"})
    void goodTaskIsClean(String pack) {
        var c = check(pack, good());
        none(c, UNAPPROVED);
        none(c, CONSULTED);
        none(c, UNRESOURCED);
    }

    @Test
    void tongweiNeedsBothCountyCommitteeAndGovernment() {
        var c = check("tongwei-2020", good().key("approved_by", "[县委]"));
        JsonNode f = one(c, UNAPPROVED);
        item(f, c, UNAPPROVED, "tongwei-2020", "error", "ZR-1", "交由乡镇承担的事项缺少县政府的批准（已批准：县委）");
        assertEquals("二(五)13", f.path("source").path("clause").asText(), f::toString);
        var d = check("tongwei-2020", good().key("approved_by", "县政府"));
        item(one(d, UNAPPROVED), d, UNAPPROVED, "tongwei-2020", "error", "ZR-1", "交由乡镇承担的事项缺少县委的批准（已批准：县政府）");
        var e = check("tongwei-2020", good().key("approved_by", "[县住房和城乡建设局]"));
        item(one(e, UNAPPROVED), e, UNAPPROVED, "tongwei-2020", "error", "ZR-1",
                "交由乡镇承担的事项缺少县委、县政府的批准（已批准：县住房和城乡建设局）");
    }

    @Test
    void tongweiWithoutApprovalFires() {
        var c = check("tongwei-2020", task("ZR-1", "自建房安全排查").key("consulted", true)
                .key("resources", "{powers: true, staff: true, funds: true}"));
        item(one(c, UNAPPROVED), c, UNAPPROVED, "tongwei-2020", "error", "ZR-1", NONE_APPROVED);
    }

    @ParameterizedTest(name = "{0}: any approval is enough; none fires")
    @CsvSource({"county-model-2022, 四(五) 创新管理体制", "jilin-2017, 三(二)2"})
    void anyApprovalIsEnough(String pack, String clause) {
        none(check(pack, good().key("approved_by", "县政府")), UNAPPROVED);
        none(check(pack, good().key("approved_by", "[县农业农村局]")), UNAPPROVED);
        var c = check(pack, task("ZR-1", "自建房安全排查").key("consulted", true)
                .key("resources", "{powers: true, staff: true, funds: true}"));
        JsonNode f = one(c, UNAPPROVED);
        item(f, c, UNAPPROVED, pack, "error", "ZR-1", NONE_APPROVED);
        assertEquals(clause, f.path("source").path("clause").asText(), f::toString);
        var d = check(pack, good().key("approved_by", "[]"));
        item(one(d, UNAPPROVED), d, UNAPPROVED, pack, "error", "ZR-1", NONE_APPROVED);
    }

    @ParameterizedTest(name = "{0}: consulted {1} counts as not heard")
    @CsvSource({"tongwei-2020, false", "tongwei-2020, ABSENT", "county-model-2022, false", "county-model-2022, ABSENT",
        "county-model-2022, null"})
    void notConsulted(String pack, String consulted) {
        Item i = task("ZR-1", "流动人口登记").key("approved_by", "[县委, 县政府]")
                .key("resources", "{powers: true, staff: true, funds: true}");
        if (!consulted.equals("ABSENT")) {
            i.key("consulted", consulted);
        }
        var c = check(pack, i);
        item(one(c, CONSULTED), c, CONSULTED, pack, "error", "ZR-1", "交由乡镇承担的事项未听取基层意见（consulted 不为 true）");
    }

    @Test
    void jilinHasNoConsultationRule() {
        none(check("jilin-2017", good().key("consulted", false)), CONSULTED);
    }

    @ParameterizedTest(name = "{0}: resources {1} → missing {2}")
    @CsvSource(delimiter = '|', value = {
        "tongwei-2020|ABSENT|权限、人员、经费",
        "county-model-2022|ABSENT|权限、人员、经费",
        "tongwei-2020|{powers: true, staff: false}|人员、经费",
        "county-model-2022|{powers: true, staff: false}|人员、经费",
        "tongwei-2020|{staff: true, funds: true}|权限",
        "tongwei-2020|{powers: false, staff: false, funds: false}|权限、人员、经费",
        "county-model-2022|{}|权限、人员、经费"})
    void unresourced(String pack, String resources, String missing) {
        Item i = good();
        if (resources.equals("ABSENT")) {
            i = task("ZR-1", "自建房安全排查").key("via", "委托").key("consulted", true).key("approved_by", "[县委, 县政府]");
        } else {
            i.key("resources", resources);
        }
        var c = check(pack, i);
        JsonNode f = one(c, UNRESOURCED);
        item(f, c, UNRESOURCED, pack, "warning", "ZR-1", "事项下沉未随之下放" + missing);
        assertEquals(pack.equals("tongwei-2020") ? "二(四)10" : "四(四) 强化事权保障", f.path("source").path("clause").asText(),
                f::toString);
    }

    @Test
    void jilinHasNoResourceRule() {
        none(check("jilin-2017", task("ZR-1", "自建房安全排查").key("approved_by", "县政府")), UNRESOURCED);
    }

    @Test
    void oneBadTaskCollectsEveryFinding() {
        var c = check("tongwei-2020", task("ZR-1", "城乡居民医保参保征缴").key("via", "分解下达指标"));
        one(c, UNAPPROVED);
        one(c, CONSULTED);
        one(c, UNRESOURCED);
        one(c, "responsibility-shifted");
    }

    // amendments F10 and B.7 11, 14: an approval by the task's own from does not count, where any
    // approval would do; where the pack names the approvers, they count as written

    @ParameterizedTest(name = "{0}: approved only by its own from")
    @ValueSource(strings = {"county-model-2022", "jilin-2017"})
    void selfApprovalIsNoApproval(String pack) {
        var c = check(pack, good().key("approved_by", "县住房和城乡建设局"));
        item(one(c, UNAPPROVED), c, UNAPPROVED, pack, "error", "ZR-1", "交由乡镇承担的事项只经移交部门县住房和城乡建设局自己批准，不算审批");
        var d = check(pack, good().key("approved_by", "[县住房和城乡建设局, 县住房和城乡建设局]"));
        one(d, UNAPPROVED);
    }

    @ParameterizedTest(name = "{0}: its own from and another authority")
    @ValueSource(strings = {"county-model-2022", "jilin-2017"})
    void anotherApproverBesideItsOwnFromCounts(String pack) {
        none(check(pack, good().key("approved_by", "[县住房和城乡建设局, 县政府]")), UNAPPROVED);
        // compared exactly: another spelling of the department counts as another authority
        none(check(pack, good().key("approved_by", "县住建局")), UNAPPROVED);
    }

    @Test
    void tongweiNamedApproversCountWhoeverTheFromIs() {
        var c = check("tongwei-2020", good().key("from", "县政府").key("approved_by", "[县委, 县政府]"));
        none(c, UNAPPROVED);
        var d = check("tongwei-2020", good().key("approved_by", "县住房和城乡建设局"));
        item(one(d, UNAPPROVED), d, UNAPPROVED, "tongwei-2020", "error", "ZR-1",
                "交由乡镇承担的事项缺少县委、县政府的批准（已批准：县住房和城乡建设局）");
    }
}
