package qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/** The CI recipes the README shows work as written: their commands run and write what CI reads. */
class ReadmeRecipesTest {

    @Test
    void everyCheckCommandInTheReadmeRunsAndWritesItsReports(@TempDir Path tmp) throws Exception {
        List<String> commands = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            int at = line.indexOf("bin/qingdan check ");
            if (at >= 0 && line.contains("--output")) {
                commands.add(line.substring(at + "bin/qingdan ".length()).replace("`", "").strip());
            }
        }
        assertTrue(commands.size() >= 2, () -> "the GitHub and GitLab recipes: " + commands);
        for (String command : commands) {
            List<String> args = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            String[] words = command.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals("--output")) {
                    Path out = tmp.resolve(words[++i]);
                    outputs.add(out);
                    args.add("--output");
                    args.add(out.toString());
                } else {
                    args.add(words[i]);
                }
            }
            Qingdan.Run run = Qingdan.run(args.toArray(String[]::new));
            assertEquals(1, run.exit(), () -> command + "\n" + run.describe());
            for (Path out : outputs) {
                assertTrue(Files.size(out) > 0, out::toString);
                if (out.toString().endsWith(".xml")) {
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
                } else if (out.toString().endsWith(".sarif")) {
                    JsonNode sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
                    assertEquals("2.1.0", sarif.path("version").asText());
                    assertFalse(sarif.path("runs").path(0).path("results").isEmpty());
                }
            }
        }
    }

    @Test
    void thePreCommitHookIsDefined() throws IOException {
        JsonNode hooks = new YAMLMapper().readTree(Path.of(".pre-commit-hooks.yaml").toFile());
        assertTrue(hooks.isArray() && hooks.size() == 1, hooks::toString);
        JsonNode hook = hooks.get(0);
        assertEquals("qingdan", hook.path("id").asText());
        assertEquals("qingdan check", hook.path("entry").asText());
        assertEquals("system", hook.path("language").asText());
        assertTrue("x.yaml".matches(".*" + hook.path("files").asText()));
    }
}
