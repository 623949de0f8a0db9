package qingdan.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.cli.Main;

/** The benchmark corpus: qingdan finds exactly what the generator planted, and nothing else. */
class CorpusGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCheckerFindsExactlyThePlantedViolations(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("corpus");
        CorpusGenerator.Result r = CorpusGenerator.generate(dir, 3, CorpusGenerator.DEFAULT_SEED);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"check", "--format", "json", dir.toString()},
                new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        String report = out.toString(UTF_8);
        JsonNode json = JSON.readTree(report);

        assertEquals(0, json.get("inputErrors").size(), () -> "input errors:\n" + json.get("inputErrors").toPrettyString());
        assertEquals(1, exit, () -> "exit " + exit + "; stderr:\n" + err.toString(UTF_8));

        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        assertEquals(3, expected.get("counties").asInt());
        assertEquals(expected.get("files").asInt(), json.get("summary").get("files").asInt());

        Map<String, Integer> found = new TreeMap<>();
        Map<String, Integer> waived = new TreeMap<>();
        for (JsonNode f : json.get("findings")) {
            String key = f.get("rule").asText() + "/" + f.get("pack").asText();
            found.merge(key, 1, Integer::sum);
            if (f.has("waived")) {
                waived.merge(key, 1, Integer::sum);
            }
        }
        assertEquals(counts(expected.get("findings")), found, "findings by rule/pack");
        assertEquals(counts(expected.get("waived")), waived, "waived findings by rule/pack");
        assertEquals(r.findings(), found);
        assertEquals(json.get("summary").get("waived").asInt(), waived.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Three counties plant every rule that tongwei-2020, national-law and integrity implement. */
    @Test
    void threeCountiesPlantEveryRuleOfThePacks(@TempDir Path tmp) throws IOException {
        CorpusGenerator.Result r = CorpusGenerator.generate(tmp, 3, CorpusGenerator.DEFAULT_SEED);
        Set<String> rules = new TreeSet<>();
        YAMLMapper yaml = new YAMLMapper();
        for (String pack : new String[] {"tongwei-2020", "national-law", "integrity"}) {
            JsonNode p = yaml.readTree(Path.of("rules", pack, "pack.yaml").toFile());
            p.get("rules").fieldNames().forEachRemaining(rule -> rules.add(rule + "/" + pack));
        }
        assertEquals(rules, r.findings().keySet());
    }

    @Test
    void theSameCountAndSeedGiveByteIdenticalFiles(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CorpusGenerator.generate(a, 4, 7L);
        CorpusGenerator.generate(b, 4, 7L);
        for (String f : new String[] {"guidance.yaml", "expected.json", "county-0001/establishment-plan.yaml",
            "county-0002/delegation-catalogue.yaml", "county-0003/assessment-catalogue.yaml",
            "county-0004/duty-transfer-list.yaml"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        // generating again into the same folder replaces the corpus, with nothing left over
        CorpusGenerator.generate(a, 2, 7L);
        assertFalse(Files.exists(a.resolve("county-0003")));
    }

    @Test
    void anotherSeedChangesTheFilesButNotTheCounts(@TempDir Path tmp) throws IOException {
        CorpusGenerator.Result one = CorpusGenerator.generate(tmp.resolve("a"), 6, 1L);
        CorpusGenerator.Result two = CorpusGenerator.generate(tmp.resolve("b"), 6, 2L);
        assertEquals(one.findings(), two.findings());
        assertFalse(Files.readString(tmp.resolve("a/county-0001/delegation-catalogue.yaml"))
                .equals(Files.readString(tmp.resolve("b/county-0001/delegation-catalogue.yaml"))));
    }

    @Test
    void aFolderHoldingSomethingElseIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThrows(IllegalStateException.class, () -> CorpusGenerator.generate(tmp, 1, 1L));
        assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
    }

    private static Map<String, Integer> counts(JsonNode node) {
        Map<String, Integer> m = new TreeMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asInt()));
        return m;
    }
}
