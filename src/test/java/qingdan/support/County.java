package qingdan.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A county of two townships (甲镇, 乙镇) with one catalogue of a new kind beside its plan: writes
 * both into a folder and checks the catalogue as a user would.
 */
public final class County {
    public static final String PLAN = """
            kind: establishment-plan
            id: test-plan
            jurisdiction: 测试省测试市测试县
            townships:
              - name: 甲镇
                class: 一类
                institutions: []
              - name: 乙镇
                class: 一类
                institutions: []
            """;

    private County() {
    }

    /** The header of a catalogue of {@code kind} under {@code pack}, naming the plan; {@code as_of} given. */
    public static String header(String kind, String pack, String asOf) {
        return "kind: " + kind + "\nid: test-" + kind + "\ntitle: 测试\njurisdiction: 测试省测试市测试县\n"
                + (pack == null ? "" : "policy: " + pack + "\n")
                + (asOf == null ? "" : "as_of: " + asOf + "\n") + "establishment: _plan.yaml\n";
    }

    /** Writes the plan and {@code text} (as catalogue.yaml) into {@code dir} and checks the catalogue. */
    public static Checked check(Path dir, String text, String... options) {
        Qingdan.write(dir.resolve("_plan.yaml"), PLAN);
        String file = Qingdan.write(dir.resolve("catalogue.yaml"), text);
        String[] args = new String[options.length + 2];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--fail-on";
        args[options.length + 1] = "none";
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(file)).toArray(String[]::new);
        return new Checked(text, file, Qingdan.checkJson(all));
    }

    /** One checked catalogue: its text and what the run reported on it. */
    public record Checked(String text, String file, Qingdan.Run run) {
        public List<JsonNode> findings(String rule) {
            return run.findings(file, rule);
        }

        public List<JsonNode> inputErrors() {
            return run.inputErrors(file);
        }

        /** The 1-based line of the first line of the text containing {@code marker}. */
        public int lineOf(String marker) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(marker)) {
                    return i + 1;
                }
            }
            throw new AssertionError("no line contains " + marker + "\n" + text);
        }

        /** Exactly one finding of {@code rule}, with no input errors; returns it. */
        public JsonNode one(String rule) {
            valid();
            List<JsonNode> f = findings(rule);
            if (f.size() != 1) {
                throw new AssertionError("expected one " + rule + " finding, got " + Qingdan.brief(f)
                        + "\nall: " + Qingdan.brief(run.findings(file)) + "\n" + text);
            }
            return f.get(0);
        }

        /** {@code n} findings of {@code rule}, in report order. */
        public List<JsonNode> count(String rule, int n) {
            valid();
            List<JsonNode> f = findings(rule);
            if (f.size() != n) {
                throw new AssertionError("expected " + n + " " + rule + " findings, got " + Qingdan.brief(f) + "\n" + text);
            }
            return f;
        }

        /** No finding of {@code rule}, and no input error. */
        public void none(String rule) {
            count(rule, 0);
        }

        public void valid() {
            if (!inputErrors().isEmpty() || !run.inputErrors("_plan.yaml").isEmpty()) {
                throw new AssertionError("fixture has input errors: " + run.json().get("inputErrors") + "\n" + text);
            }
        }
    }
}
