package qingdan.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Assertions on the findings of one checked plan. */
public final class Expect {
    private Expect() {
    }

    /** The plan was read without input errors (the fixture itself is valid). */
    public static void valid(Plan.Checked c) {
        assertTrue(c.inputErrors().isEmpty(), () -> "fixture has input errors: " + c.inputErrors() + "\n" + c.plan().yaml());
    }

    /** Exactly one finding of {@code rule}; returns it. */
    public static JsonNode one(Plan.Checked c, String rule) {
        valid(c);
        List<JsonNode> f = c.findings(rule);
        assertEquals(1, f.size(), () -> "expected one " + rule + " finding, got " + Qingdan.brief(f)
                + "\nall: " + Qingdan.brief(c.findings()) + "\n" + c.plan().yaml());
        return f.get(0);
    }

    /** No finding of {@code rule}. */
    public static void none(Plan.Checked c, String rule) {
        valid(c);
        List<JsonNode> f = c.findings(rule);
        assertTrue(f.isEmpty(), () -> "expected no " + rule + " finding, got " + Qingdan.brief(f) + "\n" + c.plan().yaml());
    }

    /** {@code n} findings of {@code rule}, in report order. */
    public static List<JsonNode> count(Plan.Checked c, String rule, int n) {
        valid(c);
        List<JsonNode> f = c.findings(rule);
        assertEquals(n, f.size(), () -> "expected " + n + " " + rule + " findings, got " + Qingdan.brief(f) + "\n" + c.plan().yaml());
        return f;
    }

    /** A finding about a township of the plan (column 5 of its {@code - name:} line). */
    public static void township(JsonNode f, Plan.Checked c, String rule, String pack, String severity, String town, String message) {
        finding(f, rule, pack, severity, town, c.plan().lineOf(town), 5, message);
    }

    /** A finding about an institution of the plan (column 9 of its {@code - name:} line). */
    public static void institution(JsonNode f, Plan.Checked c, String rule, String pack, String severity, String inst, String message) {
        finding(f, rule, pack, severity, inst, c.plan().lineOf(inst), 9, message);
    }

    public static void finding(JsonNode f, String rule, String pack, String severity, String subject, int line, int column, String message) {
        String got = f.toString();
        assertEquals(rule, f.path("rule").asText(), got);
        assertEquals(pack, f.path("pack").asText(), got);
        assertEquals(severity, f.path("severity").asText(), got);
        assertEquals(subject, f.path("subject").asText(), got);
        assertEquals(line, f.path("line").asInt(), () -> "line of " + got);
        assertEquals(column, f.path("column").asInt(), () -> "column of " + got);
        assertEquals(message, f.path("message").asText(), got);
    }
}
