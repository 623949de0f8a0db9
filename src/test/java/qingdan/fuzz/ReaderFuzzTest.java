package qingdan.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import qingdan.bind.InputError;
import qingdan.load.CatalogueLoader;
import qingdan.load.Loaded;
import qingdan.pack.Packs;

/**
 * Fuzzes the reader and binder (docs/fuzzing.md): catalogues from a small committed corpus,
 * mutated byte by byte and token by token, are loaded as a named file would be. Whatever the
 * bytes, no exception or error escapes, and every input error is located: it has a line within
 * the file and a column, except the few that are about the whole file (encoding, emptiness).
 *
 * <p>{@code mvn verify} runs a few hundred tries (junit-platform.properties); the documented
 * command runs as many as you like.
 */
class ReaderFuzzTest {
    private static final Path CORPUS = Path.of("src/test/resources/fuzz");
    private static final CatalogueLoader LOADER = new CatalogueLoader(Packs.load(List.of()), null);
    private static final List<byte[]> SEEDS = seeds();

    /** Pieces of YAML and of text that readers trip on, spliced in whole. */
    private static final List<String> TOKENS = List.of(
            ":", ": ", "- ", "\n", "\r\n", "\r", "  ", "\t", "\t: ", "&a ", "*a", "<<: *a\n", "{", "}", "[", "]", ",",
            "'", "\"", "\\", "~", "null", "---\n", "...\n", "#", "!!str ", "!!binary ", "!foo ", "? ", "|\n", ">-\n",
            "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\ud83d\ude00",
            "kind: ", "kind: delegation-catalogue\n", "policy: ", "policy: [tongwei-2020, county-model-2022]\n",
            "parameters: {population_threshold: ", "guidance: ", "establishment: ", "id: ", "waivers:\n  - rule: ",
            "expires: 2020-02-30", "as_of: 9999-99-99", "class: 4", "population: -1", "99999999999999999999",
            "0x1F", "0o17", "1e309", ".nan", "yes", "是", "true", "approved_by: ", "to: {classes: [", "=", "%YAML 1.1\n",
            "%TAG ! tag:x,2000:\n", "@", "`", "平襄镇", "一类", "党政机构");

    private static List<byte[]> seeds() {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit of a file's bytes. */
    interface Edit {
        byte[] apply(byte[] b);
    }

    @Provide
    Arbitrary<byte[]> catalogues() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<Edit> edit = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(TOKENS))
                        .as((at, t) -> (Edit) b -> splice(b, at, 0, t.getBytes(UTF_8))),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 64))
                        .as((at, n) -> (Edit) b -> splice(b, at, n, new byte[0])),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.bytes())
                        .as((at, v) -> (Edit) b -> splice(b, at, 1, new byte[] {v})),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                                Arbitraries.integers().between(1, 200))
                        .as((from, to, n) -> (Edit) b -> copy(b, from, to, n)),
                Arbitraries.integers().between(1, 64).map(n -> (Edit) b -> java.util.Arrays.copyOf(b, Math.max(0, b.length - n))));
        return Combinators.combine(seed, edit.list().ofMinSize(1).ofMaxSize(8)).as((s, edits) -> {
            byte[] b = s;
            for (Edit e : edits) {
                b = e.apply(b);
            }
            return b;
        });
    }

    private static byte[] splice(byte[] b, double at, int remove, byte[] insert) {
        int i = (int) (at * b.length);
        int r = Math.min(remove, b.length - i);
        byte[] out = new byte[b.length - r + insert.length];
        System.arraycopy(b, 0, out, 0, i);
        System.arraycopy(insert, 0, out, i, insert.length);
        System.arraycopy(b, i + r, out, i + insert.length, b.length - i - r);
        return out;
    }

    /** A run of the file copied elsewhere in it: repeated keys, items and nesting. */
    private static byte[] copy(byte[] b, double from, double to, int n) {
        int i = (int) (from * b.length);
        int len = Math.min(n, b.length - i);
        byte[] piece = java.util.Arrays.copyOfRange(b, i, i + len);
        return splice(b, to, 0, piece);
    }

    @Property
    void noExceptionEscapesAndEveryInputErrorIsLocated(@ForAll("catalogues") byte[] bytes) {
        check(bytes);
    }

    /** The corpus itself, unmutated, loads without an input error. */
    @net.jqwik.api.Example
    void theCorpusIsClean() {
        for (byte[] seed : SEEDS) {
            Loaded l = LOADER.load(seed, Path.of("seed.yaml"), "seed.yaml", true);
            if (!l.errors().isEmpty()) {
                throw new AssertionError("corpus file has input errors: " + l.errors());
            }
        }
    }

    /** Executions so far in this JVM, and when the first began: written to target/ as the run goes. */
    private static final java.util.concurrent.atomic.AtomicLong EXECUTIONS = new java.util.concurrent.atomic.AtomicLong();
    private static final long STARTED = System.nanoTime();
    private static final Path PROGRESS = Path.of("target/fuzz-progress.txt");

    /**
     * A long run may be stopped at any time (Ctrl-C): the file says how far it got. A failure ends
     * the run at once, shrunk, with the input printed as a Java string to paste into a test.
     */
    private static void progress() {
        long n = EXECUTIONS.incrementAndGet();
        if (n % 10_000 == 0) {
            long seconds = (System.nanoTime() - STARTED) / 1_000_000_000L;
            try {
                Files.createDirectories(PROGRESS.getParent());
                Files.writeString(PROGRESS, "executions " + n + ", seconds " + seconds + ", failures 0\n", UTF_8);
            } catch (IOException e) {
                // progress is a courtesy; the run goes on
            }
        }
    }

    static void check(byte[] bytes) {
        progress();
        Loaded l;
        try {
            l = LOADER.load(bytes, Path.of("fuzz.yaml"), "fuzz.yaml", true);
        } catch (Throwable t) {
            throw new AssertionError("escaped the loader: " + t + "\n" + show(bytes), t);
        }
        int lines = lineCount(bytes);
        for (InputError e : l.errors()) {
            if (e.line() == null) {
                if (!fileLevel(e.message())) {
                    throw new AssertionError("input error without a line: " + e + "\n" + show(bytes));
                }
                continue;
            }
            if (e.line() < 1 || e.line() > lines || e.column() == null || e.column() < 1) {
                throw new AssertionError("input error outside the file (" + lines + " lines): " + e + "\n" + show(bytes));
            }
            if (e.messageZh() == null || e.messageZh().isBlank()) {
                throw new AssertionError("input error without Chinese: " + e);
            }
        }
        if (l.catalogue() == null && l.errors().isEmpty()) {
            throw new AssertionError("neither a catalogue nor an input error\n" + show(bytes));
        }
    }

    /** The problems that are about a whole file, and so have no line (cli.md, "Input error positions"). */
    private static boolean fileLevel(String message) {
        return message.startsWith("not UTF-8") || message.startsWith("empty file") || message.startsWith("file is ");
    }

    /** Lines as catalogues.md counts them: LF, CRLF and CR; one more for text after the last break. */
    static int lineCount(byte[] b) {
        int n = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n')) {
                n++;
            }
        }
        return n;
    }

    private static String show(byte[] bytes) {
        StringBuilder sb = new StringBuilder("--- input (Java string) ---\n\"");
        for (char c : new String(bytes, UTF_8).toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n\"\n+ \"");
            } else if (c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
