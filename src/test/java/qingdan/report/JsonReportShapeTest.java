package qingdan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.support.Plan.Town.town;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Plan;
import qingdan.support.Qingdan;

/** The JSON report is the machine contract: exactly the shape of cli.md. */
class JsonReportShapeTest {
    @TempDir
    static Path dir;

    static JsonNode report;
    static String bad;

    @BeforeAll
    static void checkAViolatingPlanAndABadFile() {
        Qingdan.write(dir.resolve("a.yaml"), Plan.of("tongwei-2020")
                .town(town("平襄镇", "一类").pg(6).pub(7).key("leadership_posts", 12).key("leadership_posts_before", 11)
                        .inst("综治中心", "挂牌机构"))
                .yaml());
        bad = Qingdan.write(dir.resolve("b.yaml"), "kind: establishment-plan\nclas: 1\n");
        report = Qingdan.checkJson(Qingdan.name(dir)).json();
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void topLevelKeys() {
        assertEquals(List.of("tool", "summary", "inputErrors", "findings"), keys(report));
        assertEquals(List.of("name", "version"), keys(report.get("tool")));
        assertEquals("qingdan", report.get("tool").get("name").asText());
    }

    @Test
    void summaryKeysAndCounts() {
        JsonNode s = report.get("summary");
        // exactly cli.md's five: "waived" and "baselined" appear only when waivers or a baseline apply
        assertEquals(List.of("files", "errors", "warnings", "infos", "inputErrors"), keys(s));
        assertEquals(2, s.get("files").asInt());
        assertEquals(count("error"), s.get("errors").asInt());
        assertEquals(count("warning"), s.get("warnings").asInt());
        assertEquals(count("info"), s.get("infos").asInt());
        assertEquals(report.get("inputErrors").size(), s.get("inputErrors").asInt());
        assertTrue(s.get("errors").asInt() >= 3, s::toString);
        assertTrue(s.get("warnings").asInt() >= 1, s::toString);
    }

    private static int count(String severity) {
        int n = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("severity").asText().equals(severity) && f.get("waived") == null) {
                n++;
            }
        }
        return n;
    }

    @Test
    void everyFindingHasTheDocumentedKeys() {
        assertFalse(report.get("findings").isEmpty());
        for (JsonNode f : report.get("findings")) {
            List<String> k = keys(f);
            k.remove("waived");
            // Optional keys, documented in docs/cli.md: after subject, only when the node has them.
            List<String> optional = new ArrayList<>(k.subList(k.indexOf("subject") + 1, k.indexOf("message")));
            k.removeAll(optional);
            assertTrue(List.of(List.of(), List.of("item"), List.of("township"), List.of("item", "township")).contains(optional), f::toString);
            for (String text : optional) {
                assertTrue(f.get(text).isTextual() && !f.get(text).asText().isBlank(), () -> text + " in " + f);
            }
            assertEquals(List.of("rule", "severity", "pack", "file", "line", "column", "subject", "message", "source", "fingerprint"), k);
            assertTrue(List.of("error", "warning", "info").contains(f.get("severity").asText()), f::toString);
            assertTrue(f.get("line").isInt() && f.get("line").asInt() >= 1, f::toString);
            assertTrue(f.get("column").isInt() && f.get("column").asInt() >= 1, f::toString);
            for (String text : List.of("rule", "pack", "file", "subject", "message", "fingerprint")) {
                assertTrue(f.get(text).isTextual() && !f.get(text).asText().isBlank(), () -> text + " in " + f);
            }
            JsonNode src = f.get("source");
            if (f.get("pack").asText().equals("integrity")) {
                assertTrue(src.isNull(), f::toString);
            } else {
                assertEquals(List.of("document", "clause", "quote"), keys(src));
                for (String text : List.of("document", "clause", "quote")) {
                    assertTrue(src.get(text).isTextual() && !src.get(text).asText().isBlank(), () -> text + " in " + f);
                }
            }
        }
    }

    @Test
    void aFindingAsInTheSpec() {
        String file = Qingdan.name(dir) + "/a.yaml";
        JsonNode f = null;
        for (JsonNode n : report.get("findings")) {
            if (n.get("rule").asText().equals("party-government-cap")) {
                f = n;
            }
        }
        assertEquals("error", f.get("severity").asText());
        assertEquals("tongwei-2020", f.get("pack").asText());
        assertEquals(file, f.get("file").asText());
        assertEquals(5, f.get("line").asInt());
        assertEquals(5, f.get("column").asInt());
        assertEquals("平襄镇", f.get("subject").asText());
        assertEquals("平襄镇", f.get("township").asText(), "a township's finding names it as its township");
        assertFalse(f.has("item"), "a township has no id");
        assertEquals("一类乡镇党政机构 6 个，超过上限 5 个", f.get("message").asText());
        assertEquals("通办发〔2020〕6号", f.get("source").get("document").asText());
        assertEquals("二(一)1", f.get("source").get("clause").asText());
        assertTrue(f.get("source").get("quote").asText().contains("一类乡镇党政机构不超过5个、事业单位不超过6个"));
    }

    @Test
    void everyInputErrorHasFileLineColumnMessage() {
        assertFalse(report.get("inputErrors").isEmpty());
        boolean badSeen = false;
        for (JsonNode e : report.get("inputErrors")) {
            assertEquals(List.of("file", "line", "column", "message"), keys(e));
            assertTrue(e.get("line").isInt() || e.get("line").isNull(), e::toString);
            assertTrue(e.get("column").isInt() || e.get("column").isNull(), e::toString);
            badSeen |= e.get("file").asText().equals(bad);
        }
        assertTrue(badSeen);
    }

    @Test
    void findingsAreSortedByFileLineColumnRulePackSubjectMessage() {
        List<JsonNode> f = new ArrayList<>();
        report.get("findings").forEach(f::add);
        List<JsonNode> sorted = new ArrayList<>(f);
        sorted.sort(Comparator.<JsonNode, String>comparing(n -> n.get("file").asText())
                .thenComparingInt(n -> n.get("line").asInt())
                .thenComparingInt(n -> n.get("column").asInt())
                .thenComparing(n -> n.get("rule").asText())
                .thenComparing(n -> n.get("pack").asText())
                .thenComparing(n -> n.get("subject").asText())
                .thenComparing(n -> n.get("message").asText()));
        assertEquals(sorted, f);
    }

    @Test
    void shippedCataloguesReportIsSortedToo() {
        JsonNode all = Qingdan.checkJson("catalogues/").json();
        List<JsonNode> f = new ArrayList<>();
        all.get("findings").forEach(f::add);
        assertTrue(f.size() > 10);
        List<JsonNode> sorted = new ArrayList<>(f);
        sorted.sort(Comparator.<JsonNode, String>comparing(n -> n.get("file").asText())
                .thenComparingInt(n -> n.get("line").asInt())
                .thenComparingInt(n -> n.get("column").asInt())
                .thenComparing(n -> n.get("rule").asText())
                .thenComparing(n -> n.get("pack").asText())
                .thenComparing(n -> n.get("subject").asText())
                .thenComparing(n -> n.get("message").asText()));
        assertEquals(sorted, f);
        List<JsonNode> e = new ArrayList<>();
        all.get("inputErrors").forEach(e::add);
        List<JsonNode> es = new ArrayList<>(e);
        es.sort(Comparator.<JsonNode, String>comparing(n -> n.get("file").asText())
                .thenComparing(n -> n.get("line").isNull() ? 0 : n.get("line").asInt())
                .thenComparing(n -> n.get("column").isNull() ? 0 : n.get("column").asInt()));
        assertEquals(es, e);
    }

    @Test
    void relativePathsStayRelative() {
        JsonNode r = Qingdan.checkJson("catalogues/tongwei-2020/establishment-plan.yaml").json();
        for (JsonNode f : r.get("findings")) {
            assertEquals("catalogues/tongwei-2020/establishment-plan.yaml", f.get("file").asText());
        }
        JsonNode folder = Qingdan.checkJson("catalogues/tongwei-2020").json();
        assertTrue(folder.get("findings").size() > 0);
        for (JsonNode f : folder.get("findings")) {
            assertTrue(f.get("file").asText().startsWith("catalogues/tongwei-2020/"), f::toString);
        }
    }
}
