package qingdan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cli.md, "Outputs are safe": standard output is UTF-8 whatever the locale, and a Chinese path
 * works under LANG=C (most CI images and cron). Runs qingdan in a JVM of its own, as a user
 * would, with the locale set to C.
 */
class Utf8LocaleTest {
    @TempDir
    Path dir;

    private record Out(int exit, String stdout, String stderr) {
    }

    private static Out underLangC(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LANGUAGE");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        int exit = p.waitFor();
        return new Out(exit, strictUtf8(out), new String(err, UTF_8));
    }

    /** Fails unless the bytes are valid UTF-8. */
    private static String strictUtf8(byte[] bytes) throws IOException {
        return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void jsonUnderLangCIsUtf8WithTheChineseIntact() throws Exception {
        Out out = underLangC("check", "--format", "json", "catalogues/tongwei-2020/");
        assertTrue(out.exit() == 1 || out.exit() == 2, out::toString);
        JsonNode report = new ObjectMapper().readTree(out.stdout());
        assertTrue(report.path("findings").size() > 0, out::toString);
        assertTrue(out.stdout().contains("通办发〔2020〕6号"), "the Chinese is intact, not '?'");
        assertTrue(!out.stdout().contains("??"), out::toString);
    }

    @Test
    void aChinesePathWorksUnderLangC() throws Exception {
        Path folder = dir.resolve("通渭县");
        Files.createDirectories(folder);
        Path plan = folder.resolve("机构设置方案.yaml");
        Files.copy(Path.of("catalogues/tongwei-2020/establishment-plan.yaml"), plan);
        Out out = underLangC("check", "--lang", "zh", plan.toString());
        assertEquals(1, out.exit(), out::toString);
        assertTrue(out.stdout().startsWith(plan.toString() + "\n"), out::toString);
        assertTrue(out.stdout().contains("一类乡镇党政机构"), out::toString);
        Out walked = underLangC("check", "--lang", "zh", dir.toString());
        assertEquals(1, walked.exit(), walked::toString);
        assertTrue(walked.stdout().contains("通渭县/机构设置方案.yaml"), walked::toString);
    }
}
