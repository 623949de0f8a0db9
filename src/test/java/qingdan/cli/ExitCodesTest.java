package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qingdan.support.Plan.Town.town;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.Plan;
import qingdan.support.Qingdan;

/** cli.md "Exit codes": 0 clean, 1 a finding at or above --fail-on, 2 bad input or usage. */
class ExitCodesTest {
    static final String CLEAN = "catalogues/examples/clean-establishment-plan.yaml";

    @TempDir
    Path dir;

    /** A plan with one error (party-government-cap). */
    private String withError() {
        return Qingdan.write(dir.resolve("error.yaml"), Plan.of("tongwei-2020").town(town("平襄镇", "一类").pg(6).pub(6)).yaml());
    }

    /** A plan with one warning (leadership-posts-exceeded) and no error. */
    private String withWarning() {
        return Qingdan.write(dir.resolve("warning.yaml"), Plan.of("tongwei-2020").town(town("鸡川镇", "二类")
                .key("leadership_posts", 12).key("leadership_posts_before", 11).pg(5).pub(5)).yaml());
    }

    @Test
    void aCleanPlanExits0() {
        Qingdan.Run run = Qingdan.run("check", CLEAN);
        assertEquals(0, run.exit(), run::describe);
    }

    @Test
    void aCleanPlanHasNoFindingsAndNoInputErrors() {
        Qingdan.Run run = Qingdan.checkJson(CLEAN);
        assertEquals(0, run.json().path("findings").size(), run::describe);
        assertEquals(0, run.json().path("inputErrors").size(), run::describe);
    }

    @Test
    void aViolatingPlanExits1() {
        Qingdan.Run run = Qingdan.run("check", withError());
        assertEquals(1, run.exit(), run::describe);
    }

    @Test
    void badInputExits2() {
        Qingdan.Run run = Qingdan.run("check", Qingdan.write(dir.resolve("bad.yaml"), "kind: [\n"));
        assertEquals(2, run.exit(), run::describe);
    }

    @Test
    void aMissingPathExits2() {
        assertEquals(2, Qingdan.run("check", Qingdan.name(dir.resolve("missing.yaml"))).exit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--format=nope", "--fail-on=nope", "--as-of=2020-13-45", "--as-of=yesterday", "--policy=nope-2020",
            "--policy=tongwei-2020,nope-2020", "--lang=fr", "--no-such-option"})
    void aBadOptionExits2WithAMessageAndNoReport(String option) {
        Qingdan.Run run = Qingdan.run("check", option, CLEAN);
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.out().isEmpty(), () -> "no report on stdout: " + run.out());
        String value = option.contains("=") ? option.substring(option.indexOf('=') + 1).replaceAll(".*,", "") : option;
        assertTrue(run.err().contains(value), () -> "stderr names '" + value + "': " + run.err());
        assertFalse(run.err().contains("Exception\n\tat "), () -> "no stack trace: " + run.err());
    }

    @Test
    void anUnknownCommandExits2() {
        assertEquals(2, Qingdan.run("chek", CLEAN).exit());
    }

    @Test
    void warningsPassByDefaultAndFailWithFailOnWarning() {
        String plan = withWarning();
        assertEquals(0, Qingdan.run("check", plan).exit());
        assertEquals(1, Qingdan.run("check", "--fail-on", "warning", plan).exit());
        assertEquals(1, Qingdan.run("check", "--fail-on", "info", plan).exit());
        assertEquals(0, Qingdan.run("check", "--fail-on", "error", plan).exit());
    }

    @Test
    void failOnNoneNeverExits1() {
        assertEquals(0, Qingdan.run("check", "--fail-on", "none", withError()).exit());
        assertEquals(0, Qingdan.run("check", "--fail-on", "none", withWarning()).exit());
    }

    @Test
    void failOnNoneStillExits2OnBadInput() {
        String bad = Qingdan.write(dir.resolve("bad.yaml"), "");
        assertEquals(2, Qingdan.run("check", "--fail-on", "none", bad).exit());
    }
}
