package qingdan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.Qingdan;

/**
 * cli.md, exit codes: every unexpected Throwable is exit 3 with one short line and no stack
 * trace; a runaway rule is stopped and is an error of its pack (exit 2); reads that could hang or
 * exhaust memory (a 1 GiB file, /dev/zero, a FIFO) end quickly with exit 2 and a located message.
 */
class InternalErrorTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static final String PLAN = "kind: establishment-plan\njurisdiction: 测试县\npolicy: tongwei-2020\ntownships:\n"
            + "  - name: 甲镇\n    class: 一类\n    institutions:\n      - name: 党政办公室\n        type: 党政机构\n";

    /** Standard output that fails as the JVM does when it runs out: with an Error. */
    private static PrintStream failing(Supplier<Error> error) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                throw error.get();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw error.get();
            }
        }, true, UTF_8);
    }

    @ParameterizedTest(name = "{0} inside the run: exit 3, one line, no stack trace")
    @ValueSource(strings = {"OutOfMemoryError", "StackOverflowError", "NoClassDefFoundError", "IllegalStateException"})
    void anyThrowableIsExitThreeWithOneLine(String kind) {
        String plan = Qingdan.write(dir.resolve("plan.yaml"), PLAN);
        Supplier<Error> error = switch (kind) {
            case "OutOfMemoryError" -> () -> new OutOfMemoryError("Java heap space");
            case "StackOverflowError" -> StackOverflowError::new;
            case "NoClassDefFoundError" -> () -> new NoClassDefFoundError("org/kie/Missing");
            default -> () -> new AssertionError("not reached");
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        if (kind.equals("IllegalStateException")) {
            exit = Main.run(new String[] {"check", plan}, new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    throw new IllegalStateException("forced");
                }
            }, true, UTF_8), new PrintStream(err, true, UTF_8));
        } else {
            exit = Main.run(new String[] {"check", plan}, failing(error), new PrintStream(err, true, UTF_8));
        }
        String text = err.toString(UTF_8);
        assertEquals(3, exit, text);
        assertEquals(1, text.strip().lines().count(), text);
        assertTrue(text.startsWith("qingdan: internal error, a bug in qingdan"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void aRunawayRuleIsStoppedAndIsAnErrorOfItsPack() {
        String drl = """
                package runaway;

                import qingdan.engine.facts.Check;

                global qingdan.engine.Findings findings;

                rule "count-forever"
                when
                    $c : Check(rule == "count-forever")
                    $n : Integer()
                then
                    insert(Integer.valueOf($n + 1));
                end

                rule "count-forever (start)"
                when
                    Check(rule == "count-forever")
                    not Integer()
                then
                    insert(Integer.valueOf(0));
                end
                """;
        String contract = """
                checks:
                  count-forever:
                    kinds: [establishment-plan]
                    joins: []
                    messages:
                      count-forever:
                        zh: "{0}"
                        en: "{0}"
                      "count-forever (start)":
                        zh: "{0}"
                        en: "{0}"
                """;
        String pack = """
                id: runaway-2024
                document: 某办发〔2024〕1号
                rules:
                  count-forever:
                    severity: warning
                    clause: 二(一)
                    quote: 乡镇应填写常住人口
                """;
        Qingdan.write(dir.resolve("rules/runaway/pack.yaml"), pack);
        Qingdan.write(dir.resolve("rules/runaway/checks.drl"), drl);
        Qingdan.write(dir.resolve("rules/runaway/checks.contract.yaml"), contract);
        String plan = Qingdan.write(dir.resolve("plan.yaml"), PLAN.replace("policy: tongwei-2020", "policy: [tongwei-2020, runaway-2024]"));
        System.setProperty("qingdan.firings", "5000");
        try {
            // Not a speed test: compiling a user's DRL alone takes seconds on a busy machine.
            Qingdan.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Qingdan.checkJson("--lang", "en", "--rules",
                    dir.resolve("rules").toString(), plan));
            assertEquals(2, run.exit(), run::describe);
            List<JsonNode> errors = run.inputErrors(Qingdan.name(dir.resolve("rules/runaway/checks.drl")));
            assertEquals(1, errors.size(), run::describe);
            assertEquals(7, errors.get(0).path("line").asInt(), run::describe);
            assertTrue(errors.get(0).path("message").asText().startsWith("rule \"count-forever\" kept firing without end"), run::describe);
        } finally {
            System.clearProperty("qingdan.firings");
        }
    }

    @Test
    void aOneGibFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: no disk, but the size the file system reports
        }
        String good = Qingdan.write(dir.resolve("good.yaml"), PLAN);
        Qingdan.Run run = assertTimeoutPreemptively(QUICKLY, () -> Qingdan.checkJson("--lang", "en", big.toString(), good));
        assertEquals(2, run.exit(), run::describe);
        assertEquals("file is 1024 MiB; a catalogue may be at most 32 MiB, so it is not read",
                run.inputErrors(big.toString()).get(0).path("message").asText());
        assertTrue(run.inputErrors(good).isEmpty(), run::describe);
    }

    @Test
    void devZeroAsAReferenceIsRefused() {
        String list = Qingdan.write(dir.resolve("list.yaml"), "kind: delegation-catalogue\njurisdiction: 测试县\npolicy: tongwei-2020\n"
                + "guidance: /dev/zero\nitems: []\n");
        Qingdan.Run run = assertTimeoutPreemptively(QUICKLY, () -> Qingdan.checkJson("--lang", "en", list));
        assertEquals(2, run.exit(), run::describe);
        JsonNode e = run.inputErrors(list).get(0);
        assertEquals(4, e.path("line").asInt(), run::describe);
        assertTrue(e.path("message").asText().contains("absolute path"), run::describe);
    }

    @Test
    void devZeroAndAFifoNamedOnTheCommandLineAreNotRead() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        String good = Qingdan.write(dir.resolve("good.yaml"), PLAN);
        Qingdan.Run run = assertTimeoutPreemptively(QUICKLY, () -> Qingdan.checkJson("--lang", "en", fifo.toString(), "/dev/zero", good));
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.inputErrors(fifo.toString()).get(0).path("message").asText().startsWith("not a regular file"), run::describe);
        assertTrue(run.inputErrors("/dev/zero").get(0).path("message").asText().startsWith("not a regular file"), run::describe);
        assertTrue(run.inputErrors(good).isEmpty(), run::describe);
        assertTrue(Files.exists(fifo));
    }
}
