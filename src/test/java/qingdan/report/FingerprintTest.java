package qingdan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.support.Plan.Town.town;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;
import qingdan.support.Qingdan;

/**
 * cli.md: a fingerprint is stable across runs and unaffected by line moves; it comes from rule,
 * pack, file and subject, never from line numbers.
 */
class FingerprintTest {
    @TempDir
    Path dir;

    /** rule|pack|subject|message → fingerprint, for the findings of one file. */
    private static Map<String, String> fingerprints(Qingdan.Run run, String file) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode f : run.findings(file)) {
            String key = f.get("rule").asText() + "|" + f.get("pack").asText() + "|" + f.get("subject").asText() + "|" + f.get("message").asText();
            out.put(key, f.get("fingerprint").asText());
        }
        return out;
    }

    private static Map<String, Integer> lines(Qingdan.Run run, String file) {
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode f : run.findings(file)) {
            out.put(f.get("rule").asText() + "|" + f.get("subject").asText(), f.get("line").asInt());
        }
        return out;
    }

    private static Plan.Town jia() {
        return town("甲镇", "一类").pg(6).pub(6).inst("综治中心", "挂牌机构");
    }

    private static Plan.Town yi() {
        return town("乙镇", "二类").pg(5).pub(6).key("leadership_posts", 12).key("leadership_posts_before", 10);
    }

    @Test
    void sameAcrossRuns() {
        Qingdan.Run a = Qingdan.checkJson("catalogues/");
        Qingdan.Run b = Qingdan.checkJson("catalogues/");
        assertEquals(a.json().get("findings").findValuesAsText("fingerprint"), b.json().get("findings").findValuesAsText("fingerprint"));
    }

    @Test
    void distinctFindingsHaveDistinctFingerprints() {
        JsonNode findings = Qingdan.checkJson("catalogues/").json().get("findings");
        Set<String> seen = new HashSet<>();
        for (JsonNode f : findings) {
            assertTrue(seen.add(f.get("fingerprint").asText()), () -> "duplicate fingerprint: " + f);
        }
    }

    @Test
    void unchangedWhenATownshipMovesWithinItsFile() {
        Path file = dir.resolve("plan.yaml");
        Plan.Checked before = Plan.of("tongwei-2020").town(jia()).town(yi()).check(file);
        Plan.Checked after = Plan.of("tongwei-2020").town(yi()).town(jia()).check(file);
        assertEquals(before.file(), after.file());
        Map<String, String> fpBefore = fingerprints(before.run(), before.file());
        assertTrue(fpBefore.size() >= 4, fpBefore::toString);
        assertNotEquals(lines(before.run(), before.file()), lines(after.run(), after.file()), "the findings moved");
        assertEquals(fpBefore, fingerprints(after.run(), after.file()));
    }

    @Test
    void unchangedWhenLinesAreAddedAbove() {
        Path file = dir.resolve("plan.yaml");
        Plan.Checked before = Plan.of("tongwei-2020").town(jia()).check(file);
        Plan.Checked after = Plan.of("tongwei-2020").header("title: 测试方案").header("as_of: 2020-06-30").town(jia()).check(file);
        assertEquals(fingerprints(before.run(), before.file()), fingerprints(after.run(), after.file()));
    }

    @Test
    void changesWhenTheSubjectChanges() {
        Path file = dir.resolve("plan.yaml");
        Plan.Checked jia = Plan.of("tongwei-2020").town(town("甲镇", "一类").pg(6).pub(5)).check(file);
        Plan.Checked bing = Plan.of("tongwei-2020").town(town("丙镇", "一类").pg(6).pub(5)).check(file);
        String a = jia.findings("party-government-cap").get(0).get("fingerprint").asText();
        String b = bing.findings("party-government-cap").get(0).get("fingerprint").asText();
        assertNotEquals(a, b);
    }

    @Test
    void changesWithTheFile() {
        Plan plan = Plan.of("tongwei-2020").town(town("甲镇", "一类").pg(6).pub(5));
        Plan.Checked one = plan.check(dir.resolve("one.yaml"));
        Plan.Checked two = plan.check(dir.resolve("two.yaml"));
        assertNotEquals(one.findings("party-government-cap").get(0).get("fingerprint").asText(),
                two.findings("party-government-cap").get(0).get("fingerprint").asText());
    }

    @Test
    void doesNotDependOnTheNumbersInTheMessage() {
        Path file = dir.resolve("plan.yaml");
        Plan.Checked six = Plan.of("tongwei-2020").town(town("甲镇", "一类").pg(6).pub(5)).check(file);
        Plan.Checked seven = Plan.of("tongwei-2020").town(town("甲镇", "一类").pg(7).pub(5)).check(file);
        assertEquals(six.findings("party-government-cap").get(0).get("fingerprint").asText(),
                seven.findings("party-government-cap").get(0).get("fingerprint").asText());
    }
}
