package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qingdan.support.Qingdan;

/**
 * The shipped public-service catalogues, staffing ledgers and personnel rosters give exactly the
 * findings marked "# shows RULE" on their lines, each with its clause and verbatim quote; the clean
 * examples give none under any pack.
 */
class ShippedNewKindsTest {
    static final Set<String> KINDS = Set.of("public-service-catalogue", "staffing-ledger", "personnel-roster");
    static final Pattern SHOWS = Pattern.compile("shows ([a-z][a-z-]*[a-z])");

    static Stream<Path> newKindCatalogues() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("catalogues"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String kind = Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("kind:"))
                        .findFirst().orElse("").replaceAll("^kind:\\s*(\\S+).*", "$1");
                if (KINDS.contains(kind)) {
                    out.add(p);
                }
            }
        }
        return out.stream();
    }

    @Test
    void everyPackWithRulesOnANewKindHasACatalogueOfIt() throws IOException {
        List<String> have = newKindCatalogues().map(p -> p.getParent().getFileName() + "/" + p.getFileName()).toList();
        for (var e : NewKindsCoverageTest.COVERAGE.keySet()) {
            for (String kind : KINDS) {
                assertTrue(have.contains(e + "/" + kind + ".yaml"), e + "/" + kind);
            }
        }
        for (String kind : KINDS) {
            assertTrue(have.contains("examples/clean-" + kind + ".yaml"), kind);
        }
    }

    @ParameterizedTest
    @MethodSource("newKindCatalogues")
    void theFindingsAreExactlyThoseMarked(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf("# ");
            if (hash < 0 || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = SHOWS.matcher(line.substring(hash));
            while (m.find()) {
                marked.add(m.group(1) + "@" + (i + 1));
            }
        }
        Qingdan.Run run = Qingdan.checkJson("--fail-on", "none", file.toString());
        assertEquals(0, run.json().path("inputErrors").size(), run::describe);
        List<String> found = new ArrayList<>();
        for (JsonNode f : run.findings(file.toString().replace('\\', '/'))) {
            found.add(f.path("rule").asText() + "@" + f.path("line").asInt());
            if (!f.path("pack").asText().equals("integrity")) {
                assertFalse(f.path("source").path("clause").asText().isBlank(), f::toString);
                assertFalse(f.path("source").path("quote").asText().isBlank(), f::toString);
            }
            assertTrue(f.path("column").asInt() > 0, f::toString);
        }
        assertEquals(new TreeSet<>(marked).size(), marked.size(), "one mark per rule and line");
        assertEquals(new TreeSet<>(marked), new TreeSet<>(found), () -> file + "\n" + run.out());
        assertEquals(marked.size(), found.size(), () -> file + "\n" + run.out());
        if (file.getFileName().toString().startsWith("clean-")) {
            assertEquals(0, run.exit(), run::describe);
        }
    }
}
