package qingdan.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * policies.md §1: a pack quotes its own seed verbatim, in one contiguous run, after folding
 * white space, the width of punctuation and the style of quotation marks.
 */
class QuotesAreVerbatimTest {
    static final Path SHARED = Path.of("..", "shared");
    static final Path SEEDS = SHARED.resolve("seeds/simplified");
    static final Path LAWS = SHARED.resolve("laws/articles.md");

    /**
     * The seeds live beside the repository, not in it: a developer's clone without them skips this
     * test and says why, but CI (CI=true) always has them, so there a missing folder fails.
     */
    static void seedsAreHere() {
        String why = SEEDS.toAbsolutePath().normalize() + " is not here: the quotes cannot be checked";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(Files.isDirectory(SEEDS), why);
        } else {
            Assumptions.assumeTrue(Files.isDirectory(SEEDS), why);
        }
    }

    /** White space and '*' (markdown emphasis, the seeds' masks) removed; punctuation folded. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '\uFEFF') {
                return;
            }
            b.appendCodePoint(switch (c) {
                case '，' -> ',';
                case '；' -> ';';
                case '：' -> ':';
                case '（' -> '(';
                case '）' -> ')';
                case '“', '”', '‘', '’', '『', '』', '\'' -> '"';
                default -> c;
            });
        });
        return b.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyQuoteStandsInItsOwnSource() throws IOException {
        seedsAreHere();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> packs;
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            packs = s.map(d -> d.resolve("pack.yaml")).filter(Files::exists).sorted().toList();
        }
        assertFalse(packs.isEmpty());
        for (Path packFile : packs) {
            JsonNode pack = yaml.readTree(packFile.toFile());
            String id = pack.path("id").asText();
            String seed = pack.path("seed").asText(null);
            JsonNode rules = pack.path("rules");
            rules.fieldNames().forEachRemaining(rule -> {
                JsonNode quote = rules.get(rule).get("quote");
                if (quote == null || quote.isNull()) {
                    return;
                }
                tests.add(DynamicTest.dynamicTest(id + " " + rule, () -> {
                    Path source = id.equals("national-law") ? LAWS : SEEDS.resolve(seed);
                    assertTrue(seed != null || id.equals("national-law"), id + " names no seed:");
                    String text = fold(Files.readString(source));
                    String q = fold(quote.asText());
                    assertFalse(q.isEmpty());
                    assertTrue(text.contains(q), () -> id + " " + rule + ": quote not verbatim in " + source
                            + ": " + quote.asText() + "\n  longest verbatim prefix: " + longestPrefix(text, q));
                }));
            });
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    /** 75 quotes once policies-amendments.md is in: more may come, none may go unread. */
    @org.junit.jupiter.api.Test
    void theQuoteTestReadsEveryQuote() throws IOException {
        seedsAreHere();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int quotes = 0;
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path packFile : s.map(d -> d.resolve("pack.yaml")).filter(Files::exists).sorted().toList()) {
                for (JsonNode rule : yaml.readTree(packFile.toFile()).path("rules")) {
                    if (!rule.path("quote").asText("").isEmpty()) {
                        quotes++;
                    }
                }
            }
        }
        long tested = everyQuoteStandsInItsOwnSource().count();
        assertTrue(tested == quotes, "tested " + tested + " of " + quotes + " quotes");
        assertTrue(quotes >= 75, "only " + quotes + " quotes");
    }

    @TestFactory
    Stream<DynamicTest> everyPackExceptIntegrityCitesEveryRule() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path packFile : s.map(d -> d.resolve("pack.yaml")).filter(Files::exists).sorted().toList()) {
                JsonNode pack = yaml.readTree(packFile.toFile());
                String id = pack.path("id").asText();
                if (id.equals("integrity")) {
                    continue;
                }
                pack.path("rules").fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(id + " " + e.getKey(), () -> {
                    assertFalse(e.getValue().path("clause").asText("").isBlank(), id + " " + e.getKey() + " has no clause");
                    assertFalse(e.getValue().path("quote").asText("").isBlank(), id + " " + e.getKey() + " has no quote");
                    assertFalse(e.getValue().path("quote").asText("").contains("…"), id + " " + e.getKey() + ": no ellipsis in a quote");
                })));
            }
        }
        return tests.stream();
    }

    private static String longestPrefix(String text, String q) {
        int lo = 0;
        int hi = q.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (text.contains(q.substring(0, mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return q.substring(0, lo);
    }
}
