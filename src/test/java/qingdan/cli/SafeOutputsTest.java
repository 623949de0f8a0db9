package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * cli.md, "Outputs are safe": no report over a file the run reads or over another report,
 * non-regular targets refused, write failures exit 2 with the reason; --write-baseline exits 0
 * unless there are input errors.
 */
class SafeOutputsTest {
    @TempDir
    Path dir;

    private static final String GUIDANCE = "kind: delegation-catalogue\nid: g\njurisdiction: 测试省\nlevel: province\nitems:\n"
            + "  - id: G-1\n    name: 某项处罚\n    category: 行政处罚\n    department: 县自然资源局\n    mode: 赋权\n";

    private static String list(String guidance) {
        return "kind: delegation-catalogue\njurisdiction: 测试县\npolicy: tongwei-2020\nguidance: " + guidance + "\nitems:\n"
                + "  - id: C-1\n    name: 某项处罚\n    category: 行政处罚\n    department: 县自然资源局\n    mode: 赋权\n"
                + "    procedure: 县政府公布赋权目录\n    guidance_ref: G-1\n";
    }

    /** Runs check with an output over {@code target} and asserts exit 2 and the target untouched. */
    private Qingdan.Run refused(Path target, String... args) throws IOException {
        byte[] before = Files.exists(target) && Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
        Qingdan.Run run = Qingdan.run(args);
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.err().startsWith("qingdan: "), run::describe);
        assertEquals(1, run.err().strip().lines().count(), run::describe);
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(target), "the target is left byte-identical");
        }
        return run;
    }

    @Test
    void aCatalogueOfTheRun() throws IOException {
        Qingdan.write(dir.resolve("g.yaml"), GUIDANCE);
        String list = Qingdan.write(dir.resolve("list.yaml"), list("g.yaml"));
        refused(dir.resolve("list.yaml"), "check", "--format", "json", "--output", list, list);
        refused(dir.resolve("list.yaml"), "check", "--write-baseline", list, list);
    }

    @Test
    void itsReferencedGuidance() throws IOException {
        Qingdan.write(dir.resolve("g.yaml"), GUIDANCE);
        String list = Qingdan.write(dir.resolve("list.yaml"), list("g.yaml"));
        Path g = dir.resolve("g.yaml");
        Qingdan.Run run = refused(g, "check", "--format", "json", "--output", g.toString(), list);
        assertTrue(run.err().contains("reads"), run::describe);
        // Through a symlinked alias of the folder, too.
        Files.createSymbolicLink(dir.resolve("alias"), dir.toAbsolutePath());
        refused(g, "check", "--format", "json", "--output", dir.resolve("alias/g.yaml").toString(), list);
    }

    @Test
    void aWalkedFileThroughASymlinkedAliasOfTheFolder() throws IOException {
        Path folder = dir.resolve("catalogues");
        Qingdan.write(folder.resolve("list.yaml"), list("g.yaml"));
        Qingdan.write(folder.resolve("g.yaml"), GUIDANCE);
        Files.createSymbolicLink(dir.resolve("same"), folder.toAbsolutePath());
        refused(folder.resolve("list.yaml"), "check", "--output", dir.resolve("same/list.yaml").toString(), folder.toString());
    }

    @Test
    void anotherOutputOfTheSameRun() throws IOException {
        Qingdan.write(dir.resolve("g.yaml"), GUIDANCE);
        String list = Qingdan.write(dir.resolve("list.yaml"), list("g.yaml"));
        Path out = dir.resolve("out/report.json");
        Qingdan.write(out, "{\"earlier\": true}");
        refused(out, "check", "--format", "json", "--output", out.toString(), "--format", "sarif", "--output", out.toString(), list);
        refused(out, "check", "--format", "json", "--output", out.toString(), "--write-baseline", out.toString(), list);
        Files.createSymbolicLink(dir.resolve("out/link.json"), out.toAbsolutePath());
        refused(out, "check", "--format", "json", "--output", out.toString(), "--format", "sarif", "--output",
                dir.resolve("out/link.json").toString(), list);
        refused(out, "check", "--baseline", out.toString(), "--write-baseline", out.toString(), list);
    }

    @Test
    void nonRegularTargetsAreRefused() throws IOException {
        String list = Qingdan.write(dir.resolve("list.yaml"), list("g.yaml").replace("guidance: g.yaml\n", "").replace("    guidance_ref: G-1\n", ""));
        Path folder = dir.resolve("a-folder");
        Files.createDirectories(folder);
        refused(folder, "check", "--format", "json", "--output", folder.toString(), list);
        assertTrue(Files.isDirectory(folder));
        Path link = dir.resolve("link.json");
        Path real = dir.resolve("real.json");
        Files.writeString(real, "keep");
        Files.createSymbolicLink(link, real.toAbsolutePath());
        refused(real, "check", "--format", "json", "--output", link.toString(), list);
        assertTrue(Files.isSymbolicLink(link));
        // A FIFO of our own stands for a device: a test run as root must never risk /dev/null, which
        // the old rename-over-the-target replaced with a regular file.
        Path fifo = dir.resolve("fifo.json");
        try {
            assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        Qingdan.Run dev = Qingdan.run("check", "--format", "json", "--output", fifo.toString(), list);
        assertEquals(2, dev.exit(), dev::describe);
        assertTrue(dev.err().contains("not a regular file"), dev::describe);
        assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    }

    @Test
    void aReportThatCannotBeWrittenIsExitTwoWithTheReason() throws IOException {
        String list = Qingdan.write(dir.resolve("list.yaml"), list("g.yaml").replace("guidance: g.yaml\n", "").replace("    guidance_ref: G-1\n", ""));
        Files.writeString(dir.resolve("plain-file"), "x");
        Qingdan.Run run = Qingdan.run("check", "--format", "json", "--output", dir.resolve("plain-file/report.json").toString(), list);
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.err().contains("is a file, not a folder"), run::describe);
        assertFalse(run.err().contains("Exception"), run::describe);
    }

    @Test
    void theReportIsWrittenAndNoTemporaryFileStays() throws IOException {
        String list = Qingdan.write(dir.resolve("list.yaml"), list("g.yaml").replace("guidance: g.yaml\n", "").replace("    guidance_ref: G-1\n", ""));
        Path out = dir.resolve("reports/r.json");
        Qingdan.Run run = Qingdan.run("check", "--format", "json", "--output", out.toString(), "--format", "text", "--output", "-", list);
        assertTrue(run.exit() < 2, run::describe);
        assertTrue(Files.readString(out).contains("\"findings\""));
        assertTrue(run.out().contains("list.yaml") || run.out().contains("1 file"), run::describe);
        try (var s = Files.list(out.getParent())) {
            assertEquals(List.of(out), s.toList());
        }
    }

    @Test
    void writeBaselineExitsZeroUnlessThereAreInputErrors() {
        String bad = list("g.yaml").replace("guidance: g.yaml\n", "").replace("    guidance_ref: G-1\n", "").replace("    procedure: 县政府公布赋权目录\n", "");
        String list = Qingdan.write(dir.resolve("list.yaml"), bad);
        Qingdan.Run findings = Qingdan.run("check", list);
        assertEquals(1, findings.exit(), findings::describe);
        Qingdan.Run adopt = Qingdan.run("check", "--write-baseline", dir.resolve("base.json").toString(), list);
        assertEquals(0, adopt.exit(), adopt::describe);
        String broken = Qingdan.write(dir.resolve("broken.yaml"), "kind: delegation-catalogue\n");
        Qingdan.Run withErrors = Qingdan.run("check", "--write-baseline", dir.resolve("base2.json").toString(), list, broken);
        assertEquals(2, withErrors.exit(), withErrors::describe);
    }
}
