package qingdan.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import qingdan.support.Qingdan;

/** docs/rules.md is what `qingdan rules --format markdown` prints for the shipped packs, so it never drifts. */
class RulesReferenceTest {
    static final Path REFERENCE = Path.of("docs/rules.md");

    @Test
    void theRulesReferenceIsUpToDate() throws IOException {
        Qingdan.Run run = Qingdan.run("rules", "--format", "markdown");
        assertEquals(0, run.exit(), run::describe);
        String generated = run.out().replace("\r\n", "\n");
        String committed = Files.readString(REFERENCE, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!generated.equals(committed)) {
            int at = 0;
            while (at < Math.min(generated.length(), committed.length()) && generated.charAt(at) == committed.charAt(at)) {
                at++;
            }
            int line = (int) committed.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            assertEquals(generated, committed, "docs/rules.md is stale from line " + line
                    + ": regenerate it with `bin/qingdan rules --format markdown > docs/rules.md` after a build");
        }
    }

    @Test
    void everyShippedRuleIsInTheReferenceWithItsQuote() {
        Qingdan.Run json = Qingdan.run("rules");
        String reference = Qingdan.run("rules", "--format", "markdown").out();
        json.out().lines().filter(l -> l.startsWith("  ") && !l.startsWith("      ")).forEach(l -> {
            String id = l.strip().split("\\s+")[0];
            assertTrue(reference.contains("### " + id + " ("), id);
        });
        json.out().lines().filter(l -> l.startsWith("      “")).forEach(q -> assertTrue(reference.contains(q.strip()), q));
    }
}
