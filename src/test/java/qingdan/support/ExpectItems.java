package qingdan.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Assertions on the findings of one checked list catalogue (see {@link ItemList}). */
public final class ExpectItems {
    private ExpectItems() {
    }

    /** The list was read without input errors (the fixture itself is valid). */
    public static void valid(ItemList.Checked c) {
        assertTrue(c.inputErrors().isEmpty(), () -> "fixture has input errors: " + c.inputErrors() + "\n" + c.list().yaml()
                + "\n" + c.run().describe());
    }

    /** Exactly one finding of {@code rule}; returns it. */
    public static JsonNode one(ItemList.Checked c, String rule) {
        return count(c, rule, 1).get(0);
    }

    /** No finding of {@code rule}. */
    public static void none(ItemList.Checked c, String rule) {
        count(c, rule, 0);
    }

    /** {@code n} findings of {@code rule}, in report order. */
    public static List<JsonNode> count(ItemList.Checked c, String rule, int n) {
        valid(c);
        List<JsonNode> f = c.findings(rule);
        assertEquals(n, f.size(), () -> "expected " + n + " " + rule + " findings, got " + Qingdan.brief(f)
                + "\nall: " + Qingdan.brief(c.findings()) + "\n" + c.list().yaml());
        return f;
    }

    /** A finding about the item {@code id} (its first occurrence): at column 5 of its {@code - id:} line. */
    public static void item(JsonNode f, ItemList.Checked c, String rule, String pack, String severity, String id, String message) {
        item(f, c, rule, pack, severity, id, 1, message);
    }

    /** A finding about the {@code n}th item with {@code id}. */
    public static void item(JsonNode f, ItemList.Checked c, String rule, String pack, String severity, String id, int n,
                            String message) {
        Expect.finding(f, rule, pack, severity, c.list().subjectOf(id), c.list().lineOf(id, n), 5, message);
        source(f, pack);
    }

    /** A whole-file finding: at the file's first key (line 1, column 1). */
    public static void wholeFile(JsonNode f, String rule, String pack, String severity, String subject, String message) {
        Expect.finding(f, rule, pack, severity, subject, 1, 1, message);
        source(f, pack);
    }

    /** Integrity findings carry no citation; every other finding cites a document, clause and quote. */
    public static void source(JsonNode f, String pack) {
        JsonNode s = f.get("source");
        if (pack.equals("integrity")) {
            assertTrue(s != null && s.isNull(), () -> "integrity finding with a source: " + f);
        } else {
            assertTrue(s != null && s.isObject(), () -> "finding without a source: " + f);
            assertFalse(s.path("document").asText().isEmpty(), f::toString);
            assertFalse(s.path("clause").asText().isEmpty(), f::toString);
            assertFalse(s.path("quote").asText().isEmpty(), f::toString);
        }
    }
}
