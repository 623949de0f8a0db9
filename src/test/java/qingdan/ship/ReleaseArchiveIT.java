package qingdan.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked in an empty folder outside the repository, with
 * nothing but a Java runtime (JAVA_HOME) and the basic system tools, it checks its examples.
 */
class ReleaseArchiveIT {
    private static final String VERSION = System.getProperty("qingdan.version", "0.1.0");

    @TempDir
    static Path tmp;
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path zip = Processes.target().resolve("qingdan-" + VERSION + ".zip");
        assertTrue(Files.isRegularFile(zip), zip::toString);
        assertTrue(Files.isRegularFile(Processes.target().resolve("qingdan-" + VERSION + ".tar.gz")));
        home = unzip(zip, tmp.resolve("opt"));
    }

    private static Path unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        Processes.Result r = Processes.run(into, Map.of("PATH", "/usr/bin:/bin"), List.of("unzip", "-q", zip.toString()));
        assertEquals(0, r.exit(), r::describe);
        return into.resolve("qingdan-" + VERSION);
    }

    /** Only a Java and the system's own tools: no Maven, no git, no checkout. */
    private static Map<String, String> userEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("JAVA_HOME", Processes.javaHome().toString());
        env.put("HOME", tmp.toString());
        env.put("LANG", "C");
        return env;
    }

    @Test
    void theArchiveHoldsWhatAUserNeeds() throws IOException {
        for (String f : List.of("lib/qingdan.jar", "bin/qingdan", "bin/qingdan.cmd", "LICENSE", "README.md",
                "README.zh-CN.md", "docs/cli.md", "docs/catalogues.md", "docs/rules.md", "docs/performance.md", "rules/README.md",
                "rules/tongwei-2020/pack.yaml", "rules/checks/delegation.drl", "rules/checks/delegation.contract.yaml",
                "examples/tongwei-2020/establishment-plan.yaml", "examples/gansu-guidance/guidance-2020.yaml")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), f);
        }
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/qingdan")).contains(PosixFilePermission.OWNER_EXECUTE),
                "bin/qingdan is executable after unzip");
        try (Stream<Path> all = Files.walk(home)) {
            assertFalse(all.anyMatch(p -> p.getFileName().toString().matches(".*\\.(jsa|aot)")),
                    "no start-up cache made for the build's own Java travels in the archive");
        }
        try (ZipFile zip = new ZipFile(Processes.target().resolve("qingdan-" + VERSION + ".zip").toFile())) {
            assertTrue(zip.stream().allMatch(e -> e.getName().startsWith("qingdan-" + VERSION + "/")), "one top folder");
        }
    }

    @Test
    void checksItsExamplesFromItsOwnFolder() throws Exception {
        Processes.Result r = Processes.run(home, userEnv(), List.of("bin/qingdan", "check", "examples/"));
        assertEquals(1, r.exit(), r::describe);
        assertTrue(r.out().contains("examples/tongwei-2020/establishment-plan.yaml"), r::describe);
        assertTrue(r.out().contains("party-government-cap") || r.out().contains("plaque-unapproved"), r::describe);
        assertEquals("", r.err(), "quiet: nothing on stderr");
    }

    /** The packs travel as data to read and copy; testing that copy tests every shipped rule. */
    @Test
    void itsRulesFolderIsAWorkingCopyOfTheShippedPacks() throws Exception {
        Processes.Result r = Processes.run(home, userEnv(), List.of("bin/qingdan", "test", "rules/"));
        assertEquals(0, r.exit(), r::describe);
        assertTrue(r.out().matches("(?s).*\\n(\\d+) rules: \\1 passed, 0 failed, 0 with no failing example;.*"), r::describe);
        assertTrue(r.out().contains("party-government-cap"), r::describe);
    }

    @Test
    void worksFromAnyFolderAndThroughALinkOnPath() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Processes.Result r = Processes.run(elsewhere, userEnv(), List.of(home.resolve("bin/qingdan").toString(),
                "check", "--format", "json", home.resolve("examples").toString()));
        assertEquals(1, r.exit(), r::describe);
        assertTrue(r.out().contains("\"findings\""), r::describe);

        Path bin = Files.createDirectories(tmp.resolve("mybin"));
        Files.createSymbolicLink(bin.resolve("qingdan"), home.resolve("bin/qingdan"));
        Map<String, String> env = userEnv();
        env.put("PATH", bin + ":/usr/bin:/bin");
        Processes.Result v = Processes.run(elsewhere, env, List.of("/bin/sh", "-c", "qingdan --version"));
        assertEquals(0, v.exit(), v::describe);
        assertTrue(v.out().startsWith("qingdan " + VERSION), v::describe);
    }

    @Test
    void worksInAFolderWithAChineseNameUnderLangC() throws Exception {
        // The folder is made by the shell from its UTF-8 bytes: this JVM may itself run under LANG=C.
        StringBuilder octal = new StringBuilder();
        for (byte b : "某县 编办".getBytes(StandardCharsets.UTF_8)) {
            octal.append(String.format("\\%03o", b & 0xff));
        }
        Path zip = Processes.target().resolve("qingdan-" + VERSION + ".zip");
        Map<String, String> env = userEnv();
        env.put("QINGDAN_CDS", "0");
        Processes.Result r = Processes.run(tmp, env, List.of("/bin/sh", "-c", "d=\"$(printf '" + octal + "')\" && mkdir -p \"$d\" && cd \"$d\""
                + " && unzip -q '" + zip + "' && cd qingdan-" + VERSION + " && bin/qingdan check examples/"));
        assertEquals(1, r.exit(), r::describe);
        assertTrue(r.out().contains("examples/tongwei-2020/establishment-plan.yaml"), r::describe);
    }

    @Test
    void explainsARuleInChinese() throws Exception {
        Processes.Result r = Processes.run(tmp, userEnv(), List.of(home.resolve("bin/qingdan").toString(),
                "explain", "party-government-cap", "--lang", "zh"));
        assertEquals(0, r.exit(), r::describe);
        assertTrue(r.out().contains("party-government-cap"), r::describe);
        assertTrue(r.out().contains("党政机构"), r::describe);
    }

    @Test
    void aJavaOlderThan17IsNamedNotCrashedOn() throws Exception {
        Path fake = Files.createDirectories(tmp.resolve("old-java/bin"));
        Files.writeString(fake.getParent().resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = fake.resolve("java");
        Files.writeString(java, "#!/bin/sh\nexit 99\n");
        java.toFile().setExecutable(true);
        Map<String, String> env = userEnv();
        env.put("JAVA_HOME", fake.getParent().toString());
        Processes.Result r = Processes.run(tmp, env, List.of(home.resolve("bin/qingdan").toString(), "check", "examples/"));
        assertEquals(3, r.exit(), r::describe);
        assertTrue(r.err().contains("Java 17 or later is needed"), r::describe);
    }

    @Test
    void theFirstRunMakesAStartUpCacheThatLaterRunsUse() throws Exception {
        Processes.Result first = Processes.run(home, userEnv(), List.of("bin/qingdan", "rules"));
        assertEquals(0, first.exit(), first::describe);
        String ext = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
        Path cache = home.resolve("lib/qingdan-java" + javaVersion() + ext);
        long until = System.nanoTime() + 180_000_000_000L;
        while (!Files.exists(cache) && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertTrue(Files.exists(cache), "the first run made " + cache.getFileName() + " in the background");
        // Let the background run finish cleaning up before the next run reads the folder.
        while (hasTemporaryFiles() && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        Path log = tmp.resolve("classes.log");
        Map<String, String> env = userEnv();
        env.put("QINGDAN_JAVA_OPTS", "-Xmx1200m -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xss4m -Xlog:class+load=info:file=" + log);
        Processes.Result later = Processes.run(home, env, List.of("bin/qingdan", "check", "examples/"));
        assertEquals(1, later.exit(), later::describe);
        String classes = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("qingdan\\.\\S+ source: shared objects file").matcher(classes).find(),
                "qingdan's own classes came from the cache");
    }

    private static boolean hasTemporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(home.resolve("lib"))) {
            return s.anyMatch(p -> p.getFileName().toString().contains(".tmp"));
        }
    }

    /** JAVA_VERSION as the runtime's release file gives it, which is what the launcher reads. */
    private static String javaVersion() throws IOException {
        Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(.*)\"").matcher(Files.readString(Processes.javaHome().resolve("release")));
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void theWindowsLauncherMatchesTheLinuxOne() throws IOException {
        byte[] raw;
        try (ZipFile zip = new ZipFile(Processes.target().resolve("qingdan-" + VERSION + ".zip").toFile())) {
            raw = zip.getInputStream(zip.getEntry("qingdan-" + VERSION + "/bin/qingdan.cmd")).readAllBytes();
        }
        String cmd = new String(raw, StandardCharsets.UTF_8);
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "CRLF line endings throughout");
        for (int i = 0; i < raw.length; i++) {
            assertTrue(raw[i] >= 0, "ASCII only: cmd.exe reads it in the console's code page");
        }
        String sh = Files.readString(home.resolve("bin/qingdan"));
        assertEquals(defaultOptions(sh, "QINGDAN_JAVA_OPTS:-([^}]*)\\}"), defaultOptions(cmd, "set \"QD_OPTS=([^\"]*)\""),
                "the same default JVM options");
        List<String> needed = new ArrayList<>(List.of("JAVA_HOME", "lib\\qingdan.jar", "-XX:AOTCache=", "-XX:AOTCacheOutput=",
                "-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=", "QINGDAN_CDS", "QINGDAN_JAVA_OPTS", "GEQ 25", "GEQ 17",
                "-jar \"%QD_JAR%\" %*", "exit /b %ERRORLEVEL%", "\\release"));
        needed.removeIf(cmd::contains);
        assertTrue(needed.isEmpty(), () -> "bin/qingdan.cmd lacks " + needed);
    }

    private static String defaultOptions(String script, String regex) {
        Matcher m = Pattern.compile(regex).matcher(script);
        assertTrue(m.find(), regex);
        return m.group(1).strip();
    }
}
