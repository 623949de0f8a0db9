package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.support.ExpectItems.item;
import static qingdan.support.ExpectItems.none;
import static qingdan.support.ExpectItems.one;
import static qingdan.support.ItemList.Item.assessment;
import static qingdan.support.ItemList.Item.power;
import static qingdan.support.ItemList.Item.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Expect;
import qingdan.support.ExpectItems;
import qingdan.support.ItemList;
import qingdan.support.ItemList.Item;

/** Waivers (catalogues.md "Waivers", cli.md "Waived findings"). */
class WaiversTest {
    static final String VETO = "one-veto-unapproved";
    static final String DOC = "测编发〔2021〕1号";

    @TempDir
    Path dir;

    /** A jilin one-veto item with no basis: its only finding is one-veto-unapproved. */
    static Item unapproved() {
        return assessment("KH-1", "控辍保学").key("one_veto", true);
    }

    static Item approved() {
        return assessment("KH-2", "森林草原防火").key("one_veto", true).raw("basis:").raw("  issuers: [省委, 省政府]");
    }

    static ItemList list(String asOf, Item... items) {
        ItemList l = ItemList.assessment("jilin-2017");
        if (asOf != null) {
            l.header("as_of: " + asOf);
        }
        for (Item i : items) {
            l.item(i);
        }
        return l;
    }

    static void waived(JsonNode f, String expires) {
        JsonNode w = f.get("waived");
        assertTrue(w != null && w.isObject(), () -> "not waived: " + f);
        assertEquals(VETO, w.path("rule").asText(), f::toString);
        assertEquals("县委机构编制委员会", w.path("approved_by").asText(), f::toString);
        assertEquals(DOC, w.path("document").asText(), f::toString);
        assertEquals("经批准的例外", w.path("reason").asText(), f::toString);
        if (expires == null) {
            assertTrue(w.has("expires") && w.get("expires").isNull(), f::toString);
        } else {
            assertEquals(expires, w.path("expires").asText(), f::toString);
        }
    }

    static void notWaived(JsonNode f) {
        assertTrue(f.get("waived") == null || f.get("waived").isNull(), () -> "waived: " + f);
    }

    @Test
    void aWaiverHidesItsFinding() {
        var c = list("2021-06-30", unapproved().waiver(VETO, null)).check(dir);
        JsonNode f = one(c, VETO);
        item(f, c, VETO, "jilin-2017", "error", "KH-1", "一票否决事项没有批准依据（basis）");
        waived(f, null);
        JsonNode summary = c.run().json().get("summary");
        assertEquals(0, summary.path("errors").asInt(), summary::toString);
        assertEquals(0, summary.path("warnings").asInt(), summary::toString);
        assertEquals(1, summary.path("waived").asInt(), summary::toString);
        assertEquals(1, c.findings().size(), () -> qingdan.support.Qingdan.brief(c.findings()));
        assertEquals(0, c.run().exit(), c.run()::describe);
    }

    @Test
    void oneWaiverCoversTheFindingOfEachPack() {
        var c = ItemList.assessment("[ganzhou-2018, jilin-2017]").item(unapproved().waiver(VETO, null)).check(dir);
        List<JsonNode> f = ExpectItems.count(c, VETO, 2);
        waived(f.get(0), null);
        waived(f.get(1), null);
        none(c, "unused-waiver");
        assertEquals(2, c.run().json().path("summary").path("waived").asInt(), c.run()::describe);
        assertEquals(0, c.run().exit(), c.run()::describe);
    }

    @Test
    void aWaivedFindingIsNotAFailureAtAnySeverity() {
        var c = ItemList.duties("tongwei-2020")
                .item(task("ZR-1", "自建房安全排查").key("consulted", true).key("approved_by", "[县委, 县政府]")
                        .key("resources", "{powers: true, funds: true}").waiver("duty-transfer-unresourced", "2099-12-31"))
                .check(dir, "--fail-on", "info");
        JsonNode f = one(c, "duty-transfer-unresourced");
        assertEquals("自建房安全排查", f.path("subject").asText(), f::toString);
        assertEquals("2099-12-31", f.path("waived").path("expires").asText(), f::toString);
        assertEquals(0, c.run().exit(), c.run()::describe);
    }

    @Test
    void aWaiverOnTheDayItExpiresStillApplies() {
        var c = list("2022-12-31", unapproved().waiver(VETO, "2022-12-31")).check(dir, "--as-of", "2022-12-31");
        waived(one(c, VETO), "2022-12-31");
        none(c, "expired-waiver");
        assertEquals(0, c.run().exit(), c.run()::describe);
    }

    @Test
    void anExpiredWaiverBringsTheFindingBack() {
        ItemList l = list("2021-06-30", unapproved().waiver(VETO, "2020-12-31"));
        var c = l.check(dir);
        notWaived(one(c, VETO));
        JsonNode e = one(c, "expired-waiver");
        Expect.finding(e, "expired-waiver", "integrity", "warning", "控辍保学", l.lineOfText("- rule: " + VETO, 1), 9,
                "豁免已于 2020-12-31 到期（" + DOC + "），" + VETO + " 的发现不再豁免");
        ExpectItems.source(e, "integrity");
        none(c, "unused-waiver");
        JsonNode summary = c.run().json().get("summary");
        assertEquals(1, summary.path("errors").asInt(), summary::toString);
        assertEquals(1, summary.path("warnings").asInt(), summary::toString);
        assertEquals(0, summary.path("waived").asInt(), summary::toString);
        assertEquals(1, c.run().exit(), c.run()::describe);
    }

    @Test
    void theAsOfOptionDecidesExpiry() {
        var c = list("2020-06-30", unapproved().waiver(VETO, "2020-12-31")).check(dir, "--as-of", "2021-01-01");
        notWaived(one(c, VETO));
        one(c, "expired-waiver");
        var d = list("2021-06-30", unapproved().waiver(VETO, "2020-12-31")).check(dir, "--as-of", "2020-12-31");
        waived(one(d, VETO), "2020-12-31");
        none(d, "expired-waiver");
    }

    /** catalogues.md: the check's date is --as-of, else today; never the catalogue's as_of. */
    @Test
    void theCataloguesAsOfNeverDecidesExpiry() {
        var c = list("2020-06-30", unapproved().waiver(VETO, "2020-12-31")).check(dir);
        notWaived(one(c, VETO));
        one(c, "expired-waiver");
        var d = list("2020-06-30", unapproved().waiver(VETO, "2099-12-31")).check(dir);
        waived(one(d, VETO), "2099-12-31");
    }

    @Test
    void expiresMayBeAQuotedString() {
        var c = list("2021-06-30", unapproved().waiver(VETO, "\"2020-12-31\"")).check(dir);
        one(c, "expired-waiver");
    }

    @Test
    void aWaiverMatchingNoFindingIsUnused() {
        ItemList l = list("2021-06-30", approved().waiver(VETO, null));
        var c = l.check(dir);
        JsonNode u = one(c, "unused-waiver");
        Expect.finding(u, "unused-waiver", "integrity", "warning", "森林草原防火", l.lineOfText("- rule: " + VETO, 1), 9,
                "豁免（" + VETO + "，" + DOC + "）没有对应的发现，可以删除");
        ExpectItems.source(u, "integrity");
        none(c, VETO);
    }

    @Test
    void anExpiredWaiverMatchingNoFindingIsUnusedToo() {
        ItemList l = list("2021-06-30", approved().waiver(VETO, "2020-12-31"));
        var c = l.check(dir);
        JsonNode u = one(c, "unused-waiver");
        Expect.finding(u, "unused-waiver", "integrity", "warning", "森林草原防火", l.lineOfText("- rule: " + VETO, 1), 9,
                "豁免（" + VETO + "，" + DOC + "）没有对应的发现，可以删除");
        none(c, "expired-waiver");
    }

    @Test
    void aWaiverCoversOnlyItsOwnNode() {
        ItemList l = list("2021-06-30", approved().waiver(VETO, null), unapproved());
        var c = l.check(dir);
        JsonNode f = one(c, VETO);
        assertEquals("控辍保学", f.path("subject").asText(), f::toString);
        notWaived(f);
        JsonNode u = one(c, "unused-waiver");
        assertEquals(l.lineOfText("- rule: " + VETO, 1), u.path("line").asInt(), u::toString);
        assertEquals(1, c.run().exit(), c.run()::describe);
    }

    @Test
    void aWaiverCoversOnlyItsOwnRule() {
        var c = ItemList.duties("tongwei-2020")
                .item(task("ZR-1", "自建房安全排查").key("approved_by", "[县委, 县政府]")
                        .key("resources", "{powers: true, staff: true, funds: true}").waiver("duty-transfer-unresourced", null))
                .check(dir);
        notWaived(one(c, "duty-transfer-not-consulted"));
        one(c, "unused-waiver");
    }

    @Test
    void aWaiverOfAKnownRuleOfAnotherKindIsMerelyUnused() {
        var c = ItemList.delegation("ganzhou-2018")
                .item(power("D-1", "某项检查", "行政检查", "赋权").basis("某法", true, null).waiver("party-government-cap", null))
                .check(dir);
        one(c, "unused-waiver");
    }

    @Test
    void aWaiverNamingAnUnknownRuleIsAnInputError() {
        ItemList l = list("2021-06-30", unapproved().waiver("one-veto-unaproved", null));
        var c = l.check(dir);
        assertEquals(2, c.run().exit(), c.run()::describe);
        List<JsonNode> errors = c.inputErrors();
        assertEquals(1, errors.size(), errors::toString);
        JsonNode e = errors.get(0);
        assertEquals(l.lineOfText("- rule: one-veto-unaproved", 1), e.path("line").asInt(), e::toString);
        assertTrue(e.path("message").asText().contains("one-veto-unaproved"), e::toString);
        assertTrue(c.findings().isEmpty(), () -> qingdan.support.Qingdan.brief(c.findings()));
    }

    @Test
    void aWaiverLackingARequiredKeyIsAnInputError() {
        Item i = unapproved().raw("waivers:").raw("  - rule: " + VETO).raw("    approved_by: 县委机构编制委员会")
                .raw("    reason: 经批准的例外");
        var c = list("2021-06-30", i).check(dir);
        assertEquals(2, c.run().exit(), c.run()::describe);
        assertFalse(c.inputErrors().isEmpty(), c.run()::describe);
    }

    @Test
    void wholeFileFindingsCannotBeWaived() {
        var c = ItemList.delegation("jilin-2017")
                .item(power("D-1", "某项检查", "行政检查", "赋权").key("procedure", "县政府公布目录").basis("某法", true, null)
                        .waiver("focus-area-uncovered", null))
                .check(dir);
        List<JsonNode> areas = ExpectItems.count(c, "focus-area-uncovered", 9);
        areas.forEach(WaiversTest::notWaived);
        one(c, "unused-waiver");
    }

    /** catalogues.md: authorities (issuers, approved_by) are a list, or a single string meaning a list of one. */
    @Test
    void aWaiverMayBeApprovedByAListOfAuthorities() {
        Item i = unapproved().raw("waivers:").raw("  - rule: " + VETO).raw("    approved_by: [省委, 省政府]")
                .raw("    document: " + DOC).raw("    reason: 经批准的例外");
        var c = list("2021-06-30", i).check(dir);
        JsonNode f = one(c, VETO);
        assertEquals(DOC, f.path("waived").path("document").asText(), f::toString);
        String by = f.path("waived").path("approved_by").toString();
        assertTrue(by.contains("省委") && by.contains("省政府"), f::toString);
        assertEquals(0, c.run().exit(), c.run()::describe);
    }

    @Test
    void waiversOnADelegationItem() {
        var c = ItemList.delegation("jilin-2017")
                .item(power("D-1", "某项检查", "行政检查", "赋权").basis("某法", true, null)
                        .waiver("missing-procedure", null))
                .check(dir);
        JsonNode f = one(c, "missing-procedure");
        assertEquals(DOC, f.path("waived").path("document").asText(), f::toString);
        none(c, "unused-waiver");
    }
}
