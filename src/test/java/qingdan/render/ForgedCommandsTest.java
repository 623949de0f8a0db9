package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * cli.md, "Outputs are safe": a catalogue's line breaks and escape characters never reach a CI
 * log raw, so a value cannot forge a GitHub workflow command or a terminal sequence.
 */
class ForgedCommandsTest {
    private static final String FORGED = "\\n::error file=x,line=1::forged";

    @TempDir
    Path dir;

    /** A plan whose township name (a finding's subject) and class (an input error's value) forge commands. */
    private String plan(String classValue) {
        return Qingdan.write(dir.resolve("plan.yaml"), "kind: establishment-plan\njurisdiction: 测试县\npolicy: tongwei-2020\n"
                + "townships:\n  - name: \"甲镇" + FORGED + "\\e[31m\"\n    class: " + classValue + "\n    institutions:\n"
                + "      - {name: 党政办公室1, type: 党政机构}\n      - {name: 党政办公室2, type: 党政机构}\n"
                + "      - {name: 党政办公室3, type: 党政机构}\n      - {name: 党政办公室4, type: 党政机构}\n"
                + "      - {name: 党政办公室5, type: 党政机构}\n      - {name: 党政办公室6, type: 党政机构}\n");
    }

    private static void escaped(Qingdan.Run run) {
        assertTrue(run.out().contains("甲镇\\n::error file=x,line=1::forged\\u001b[31m"), run::describe);
        for (String line : run.out().split("\n")) {
            assertFalse(line.startsWith("::error file=x"), () -> "a forged command: " + line);
        }
        assertFalse(run.out().contains("\u001b"), "no raw escape character");
    }

    @Test
    void aFindingsSubjectIsEscapedInTextAndGithub() {
        String file = plan("一类");
        Qingdan.Run text = Qingdan.run("check", "--lang", "en", file);
        assertEquals(1, text.exit(), text::describe);
        escaped(text);
        Qingdan.Run github = Qingdan.run("check", "--lang", "en", "--format", "github", file);
        assertEquals(1, github.exit(), github::describe);
        // GitHub annotations carry the message, not the subject; the input error below quotes a value.
        for (String line : github.out().split("\n")) {
            assertFalse(line.startsWith("::error file=x"), () -> "a forged command: " + line);
        }
        assertFalse(github.out().contains("\u001b"), "no raw escape character");
    }

    @Test
    void aValueQuotedInAnInputErrorIsEscaped() {
        String file = plan("\"一类" + FORGED + "\"");
        Qingdan.Run text = Qingdan.run("check", "--lang", "en", file);
        assertEquals(2, text.exit(), text::describe);
        assertTrue(text.out().contains("一类\\n::error file=x,line=1::forged"), text::describe);
        Qingdan.Run github = Qingdan.run("check", "--lang", "en", "--format", "github", file);
        for (String line : github.out().split("\n")) {
            assertFalse(line.startsWith("::error file=x"), () -> "a forged command: " + line);
        }
        assertTrue(github.out().contains("一类\\n::error file=x"), github::describe);
    }
}
