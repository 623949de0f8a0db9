package qingdan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written slip scan says what the regular-expression scan it replaced says, on every
 * text: the same slip at the same line and column in both languages, or none. Texts are every
 * YAML file in the repository, with slips planted in lines, and random lines made of the pieces
 * the scan looks at. The reader's single pass before parsing says what its three passes said:
 * refused characters first, then a line too long, then a slip.
 */
class SlipsAgreeTest {
    /** What the scan's decisions turn on: indentation, dashes, keys, colons, brackets, blocks. */
    private static final List<String> PIECES = List.of(" ", "  ", "\t", "\u3000", "-", "- ", "－", "—", "–", "#", "\"", "'",
            "key", "class", "_k9", "9", "名称", ":", "：", ": ", ":x", ":/", "::", "[", "]", ",", "，", "|", ">", "|-", ">+2",
            "|9", "+", "x", "一类", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\ud83d\ude00");
    /** And what the reader refuses before the slips: control characters, non-characters, long lines. */
    private static final List<String> REFUSED = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u009f", "\ufffe", "\uffff",
            "\u00a0", "\ufeff", "x".repeat(YamlReader.MAX_SCALAR_CHARS - 1), "x".repeat(YamlReader.MAX_SCALAR_CHARS));

    @Test
    void agreeOnEveryYamlFileOfTheRepository() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.of("catalogues", "rules", "src/test/resources").map(Path::of).flatMap(SlipsAgreeTest::walk)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            agree(text);
            // Lines spread over the file (about 6) given each slip's cause at the start, the
            // colon, the list: enough to reach every branch in every file, in a few seconds.
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i += 1 + lines.length / 6) {
                for (String edit : List.of("\t", "\u3000", "－ ", "-\u3000")) {
                    agree(replaceLine(lines, i, edit + lines[i]));
                }
                agree(replaceLine(lines, i, lines[i].replaceFirst(": ", "：")));
                agree(replaceLine(lines, i, lines[i].replaceFirst(": ", ":")));
                agree(replaceLine(lines, i, lines[i].replace(", ", "，")));
            }
        }
    }

    @Property
    void agreeOnLinesMadeOfTheScansPieces(@ForAll("texts") String text) {
        agree(text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property
    void theReadersOnePassSaysWhatItsThreePassesSaid(@ForAll("refusable") String text) {
        String expected = outcome(() -> {
            YamlReader.refuseCharacters(text);
            YamlReader.refuseLongLines(text);
            RegexSlips.check(text);
        });
        assertEquals(expected, outcome(() -> YamlReader.prescan(text)), () -> "on: " + text.replace("\n", "\\n"));
    }

    @Provide
    Arbitrary<String> refusable() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(REFUSED))).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    private static void agree(String text) {
        String expected = outcome(() -> RegexSlips.check(text));
        String actual = outcome(() -> Slips.check(text));
        assertEquals(expected, actual, () -> "on: " + text.replace("\n", "\\n"));
    }

    private interface Scan {
        void run() throws YamlProblem;
    }

    private static String outcome(Scan scan) {
        try {
            scan.run();
            return "no slip";
        } catch (YamlProblem p) {
            StringBuilder b = new StringBuilder(p.pos() + " " + p.getMessage() + " | " + p.zh());
            for (YamlProblem more : p.others()) {
                b.append(" + ").append(more.pos()).append(' ').append(more.getMessage());
            }
            return b.toString();
        }
    }

    private static String replaceLine(String[] lines, int i, String line) {
        String[] copy = lines.clone();
        copy[i] = line;
        return String.join("\n", copy);
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
