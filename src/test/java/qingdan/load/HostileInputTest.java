package qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * Files built to exhaust the reader: each exits 2 quickly with an input error (never a
 * StackOverflowError, an OutOfMemoryError or an internal error), and never stops the other files.
 */
class HostileInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static final String PLAN = """
            kind: establishment-plan
            jurisdiction: 测试县
            policy: tongwei-2020
            townships:
              - name: 甲镇
                class: 一类
                institutions:
                  - name: 党政办公室
                    type: 党政机构
            """;

    /** Checks the file with a good plan beside it; returns the input errors of the hostile file. */
    private List<JsonNode> check(String name, String text) {
        String file = Qingdan.write(dir.resolve(name), text);
        String good = Qingdan.write(dir.resolve("good.yaml"), PLAN);
        Qingdan.Run run = assertTimeoutPreemptively(QUICKLY, () -> Qingdan.checkJson("--lang", "en", file, good));
        assertEquals(2, run.exit(), run::describe);
        assertFalse(run.err().contains("internal error"), run::describe);
        assertTrue(run.inputErrors(good).isEmpty(), () -> "the good file is read: " + run.inputErrors(good));
        assertTrue(run.findings(file).isEmpty());
        List<JsonNode> errors = run.inputErrors(file);
        assertFalse(errors.isEmpty(), () -> "no input error for the hostile file\n" + run.describe());
        return errors;
    }

    private static boolean says(List<JsonNode> errors, String words) {
        return errors.stream().anyMatch(e -> e.path("message").asText().contains(words));
    }

    @Test
    void billionLaughs() {
        StringBuilder b = new StringBuilder(PLAN).append("title: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char n = 'b'; n <= 'j'; n++) {
            b.append("x").append(n).append(": &").append(n).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = n;
        }
        List<JsonNode> errors = check("bomb.yaml", b.toString());
        assertTrue(says(errors, "anchors and aliases"), errors::toString);
        assertEquals(10, errors.stream().filter(e -> e.path("message").asText().contains("anchors")).findFirst().orElseThrow()
                .path("line").asInt(), () -> "the first anchor: " + errors);
    }

    @Test
    void twentyThousandFlowSequencesDeep() {
        List<JsonNode> errors = check("deep.yaml", PLAN + "title: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertTrue(says(errors, "nested"), errors::toString);
    }

    @Test
    void twentyThousandFlowMappingsDeep() {
        // 100,000 characters on one line: refused for its length before the nesting is reached
        List<JsonNode> errors = check("deep.yaml", PLAN + "title: " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n");
        assertTrue(says(errors, "nested") || says(errors, "characters long"), errors::toString);
    }

    @Test
    void twentyThousandBlockSequencesDeep() {
        List<JsonNode> errors = check("deep.yaml", PLAN + "title:\n" + "- ".repeat(20_000) + "x\n");
        assertTrue(says(errors, "nested"), errors::toString);
    }

    @Test
    void twoThousandBlockMappingsDeep() {
        // block mappings need growing indentation (20,000 levels would be 400 MB of spaces), so
        // this nests single-key mappings in compact block sequences, two spaces a level
        StringBuilder b = new StringBuilder(PLAN).append("title:\n");
        String indent = "";
        for (int i = 0; i < 2_000; i++) {
            b.append(indent).append("- a:\n");
            indent += "  ";
        }
        b.append(indent).append("- x\n");
        List<JsonNode> errors = check("deep.yaml", b.toString());
        assertTrue(says(errors, "nested"), errors::toString);
    }

    @Test
    void aFiveMegabyteScalar() {
        List<JsonNode> errors = check("big.yaml", PLAN + "title: \"" + "x".repeat(5 << 20) + "\"\n");
        assertTrue(says(errors, "longer than"), () -> "names the over-long value: " + errors);
    }
}
