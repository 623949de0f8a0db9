package qingdan.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production packages form layers and every import runs down them, as the README's layout
 * section lists them. A package that is not listed fails too, so a new one must be placed.
 */
class LayersTest {
    /** Package → layer, lowest first; packages of one layer may import each other. */
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("yaml", 0), Map.entry("model", 0), Map.entry("table", 0),
            Map.entry("bind", 1),
            Map.entry("pack", 2),
            Map.entry("load", 3),
            Map.entry("engine", 4), Map.entry("engine.facts", 4),
            Map.entry("report", 5),
            Map.entry("run", 6),
            Map.entry("render", 7),
            Map.entry("cli", 8));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?qingdan\\.([a-z.]+?)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void everyImportRunsDown() throws IOException {
        Path root = Path.of("src/main/java/qingdan");
        List<String> up = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String from = root.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                if (!LAYER.containsKey(from)) {
                    unplaced.add(from);
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String to = m.group(1);
                    if (!LAYER.containsKey(to)) {
                        unplaced.add(to);
                    } else if (LAYER.get(to) > LAYER.get(from)) {
                        up.add(root.relativize(f) + " imports qingdan." + to);
                    }
                }
            }
        }
        assertEquals(List.of(), unplaced.stream().distinct().toList(), "packages not placed in a layer (README, Layout)");
        assertEquals(List.of(), up, "imports that run up the layers");
    }

    @Test
    void benchmarkCodeIsNotProductionCode() throws IOException {
        Path bench = Path.of("src/main/java/qingdan/bench");
        boolean any;
        try (Stream<Path> files = Files.exists(bench) ? Files.walk(bench) : Stream.empty()) {
            any = files.anyMatch(p -> p.toString().endsWith(".java"));
        }
        assertTrue(!any, "the corpus generator belongs to src/test/java");
    }
}
