package qingdan.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import qingdan.cli.Main;

/** Runs the command line in-process, as a user would, and reads what it printed. */
public final class Qingdan {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Qingdan() {
    }

    /** What one run printed and returned. */
    public record Run(int exit, String out, String err) {

        /** Standard output parsed as the JSON report. */
        public JsonNode json() {
            try {
                JsonNode n = JSON.readTree(out);
                if (n == null || !n.isObject() || !n.has("findings") || !n.has("inputErrors")) {
                    throw new AssertionError("stdout is not a JSON report:\n" + describe());
                }
                return n;
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON (exit " + exit + ", stderr: " + err + "):\n" + out, e);
            }
        }

        /** The findings whose file is {@code file}. */
        public List<JsonNode> findings(String file) {
            return select(json().get("findings"), file, null);
        }

        /** The findings of rule {@code rule} whose file is {@code file}. */
        public List<JsonNode> findings(String file, String rule) {
            return select(json().get("findings"), file, rule);
        }

        /** The input errors whose file is {@code file}. */
        public List<JsonNode> inputErrors(String file) {
            return select(json().get("inputErrors"), file, null);
        }

        /** For assertion messages: the whole output. */
        public String describe() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
    }

    /** {@code check --format json ARGS…}, with {@code --lang zh} unless ARGS name a language. */
    public static Run checkJson(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json"));
        if (!List.of(args).contains("--lang")) {
            all.addAll(List.of("--lang", "zh"));
        }
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** Writes UTF-8 text and returns the path as the reports will print it. */
    public static String write(Path file, String text) {
        return write(file, text.getBytes(UTF_8));
    }

    public static String write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name(file);
    }

    /** A path as reports print it: as given, with '/' separators. */
    public static String name(Path file) {
        return file.toString().replace('\\', '/');
    }

    private static List<JsonNode> select(JsonNode array, String file, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.path("file").asText().equals(file) && (rule == null || n.path("rule").asText().equals(rule))) {
                out.add(n);
            }
        }
        return out;
    }

    /** Short form of findings for assertion messages. */
    public static String brief(List<JsonNode> nodes) {
        return nodes.stream().map(n -> n.path("rule").asText() + "@" + n.path("line") + ":" + n.path("column")
                + " " + n.path("subject").asText() + " " + n.path("message").asText()).collect(Collectors.joining("\n", "[", "]"));
    }
}
