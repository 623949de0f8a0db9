package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.County;

/** new-kinds.md §3.6: staffing-ledger rules, and the integrity rows on ledgers. */
class StaffingRulesTest {
    @TempDir
    Path dir;

    private County.Checked ledger(String pack, String lines) {
        return County.check(dir, County.header("staffing-ledger", pack, "2022-06-30") + "lines:\n" + lines);
    }

    private static String line(String township, String type, int approved, int inPost, String more) {
        return "  - township: " + township + "\n    type: " + type + "\n    approved: " + approved + "\n    in_post: " + inPost + "\n" + more;
    }

    @Test
    void overEstablishmentIsPerLineForTheCountyModel() {
        County.Checked c = ledger("county-model-2022", line("甲镇", "行政编制", 45, 46, "") + line("乙镇", "事业编制", 30, 30, ""));
        JsonNode f = c.one("over-establishment");
        assertEquals("甲镇 行政编制", f.path("subject").asText());
        assertEquals("实有 46 人，超过核定编制 45 名", f.path("message").asText());
        assertEquals(c.lineOf("township: 甲镇"), f.path("line").asInt());
        ledger("county-model-2022", line("甲镇", "行政编制", 45, 45, "")).none("over-establishment");
        ledger("county-model-2022", line("甲镇", "政府购买服务", 5, 9, "")).none("over-establishment");
    }

    @Test
    void overEstablishmentTotalIsPerTypeOverTheFile() {
        String within = line("甲镇", "行政编制", 45, 47, "") + line("乙镇", "行政编制", 40, 38, "");
        ledger("heilongjiang-2017", within).none("over-establishment-total");
        County.Checked c = ledger("heilongjiang-2017", within + line("甲镇", "事业编制", 10, 11, ""));
        JsonNode f = c.one("over-establishment-total");
        assertEquals("事业编制", f.path("subject").asText());
        assertEquals("事业编制实有 11 人，超过核定编制总量 10 名", f.path("message").asText());
        assertEquals(1, f.path("line").asInt(), "a whole-file finding points at the file's first key");
        ledger("heilongjiang-2017", within).none("over-establishment");
    }

    @Test
    void purchasedStaffOverQuotaUsesTheCanonicalTerm() {
        JsonNode f = ledger("county-model-2022", line("甲镇", "政府购买服务人员", 5, 6, "")).one("purchased-staff-over-quota");
        assertEquals("甲镇 政府购买服务", f.path("subject").asText());
        assertEquals("warning", f.path("severity").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"heilongjiang-2017", "tongwei-2020"})
    void postsUsedByACountyOrganArePositionedAtTheEntry(String pack) {
        String entry = "    used_by_county:\n      - organ: 县委办公室\n        persons: 2\n      - organ: 县信访局\n        persons: 0\n";
        County.Checked c = ledger(pack, line("甲镇", "行政编制", 45, 43, entry));
        JsonNode f = c.one("township-posts-used-by-county");
        assertEquals("甲镇 行政编制", f.path("subject").asText());
        assertEquals(c.lineOf("organ: 县委办公室"), f.path("line").asInt());
        assertEquals(9, f.path("column").asInt());
        assertEquals("县委办公室占用乡镇编制 2 名", f.path("message").asText());
    }

    @Test
    void aWaiverOnTheEntryWaivesItAndOneOnTheLineDoesNot() {
        String waiver = "{rule: township-posts-used-by-county, approved_by: 县委编办, document: 县编办〔2022〕1号, reason: 脱贫攻坚专班}";
        County.Checked onEntry = ledger("tongwei-2020", line("甲镇", "行政编制", 45, 43,
                "    used_by_county:\n      - organ: 县委办公室\n        persons: 2\n        waivers: [" + waiver + "]\n"));
        assertTrue(onEntry.one("township-posts-used-by-county").path("waived").isObject());
        County.Checked onLine = ledger("tongwei-2020", line("甲镇", "行政编制", 45, 43,
                "    used_by_county:\n      - organ: 县委办公室\n        persons: 2\n    waivers: [" + waiver + "]\n"));
        assertTrue(!onLine.one("township-posts-used-by-county").path("waived").isObject());
        onLine.one("unused-waiver");
    }

    private static final String DEMAND = "    demanded:\n      - by: 县农业农村局\n        persons: 2\n        document: 县农发〔2019〕12号\n";

    @ParameterizedTest
    @ValueSource(strings = {"ganzhou-2018", "heilongjiang-2017", "jilin-2017"})
    void aBasisExemptsADemandWhereTheDocumentSaysSo(String pack) {
        JsonNode f = ledger(pack, line("甲镇", "事业编制", 30, 28, DEMAND)).one("staffing-demanded");
        assertEquals("县农业农村局要求配备 2 人（县农发〔2019〕12号）", f.path("message").asText());
        assertEquals("error", f.path("severity").asText());
        ledger(pack, line("甲镇", "事业编制", 30, 28, DEMAND + "        basis: 中华人民共和国农业技术推广法\n")).none("staffing-demanded");
        ledger(pack, line("甲镇", "事业编制", 30, 28, DEMAND + "        basis: \"  \"\n")).one("staffing-demanded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tongwei-2020", "county-model-2022"})
    void noExceptionWhereTheDocumentMakesNone(String pack) {
        JsonNode f = ledger(pack, line("甲镇", "事业编制", 30, 28, DEMAND + "        basis: 县政府会议纪要\n")).one("staffing-demanded");
        assertEquals("县农业农村局要求配备 2 人（县农发〔2019〕12号；依据：县政府会议纪要）", f.path("message").asText());
        ledger(pack, line("甲镇", "事业编制", 30, 28, DEMAND.replace("persons: 2", "persons: 0"))).none("staffing-demanded");
    }

    @Test
    void aDemandWithoutADocumentSaysSo() {
        JsonNode f = ledger("ganzhou-2018", line("甲镇", "事业编制", 30, 28, "    demanded:\n      - {by: 县水利局, persons: 1}\n")).one("staffing-demanded");
        assertEquals("县水利局要求配备 1 人（无文件）", f.path("message").asText());
    }

    @Test
    void aLineOutsideThePlanGetsUnknownTownshipAndStillCounts() {
        County.Checked c = ledger("heilongjiang-2017", line("甲镇", "行政编制", 45, 45, "") + line("丙镇", "行政编制", 10, 11, ""));
        JsonNode f = c.one("unknown-township");
        assertEquals("丙镇 行政编制", f.path("subject").asText());
        assertEquals("乡镇“丙镇”不在机构设置方案中", f.path("message").asText());
        assertEquals("warning", f.path("severity").asText());
        c.one("over-establishment-total");
    }

    @Test
    void twoLinesOfOneTownshipAndTypeAreADuplicate() {
        County.Checked c = ledger("heilongjiang-2017", line("甲镇", "行政编制", 45, 45, "") + line("甲镇", "administrative", 5, 5, ""));
        JsonNode f = c.one("duplicate-item");
        assertEquals(c.lineOf("administrative") - 1, f.path("line").asInt());
    }
}
