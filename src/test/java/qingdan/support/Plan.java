package qingdan.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small establishment plan written as YAML, in the layout offices use:
 * townships at column 5 ({@code "  - name: 甲镇"}), institutions at column 9.
 */
public final class Plan {
    private final List<String> header = new ArrayList<>();
    private final List<Town> towns = new ArrayList<>();

    private Plan(String policy) {
        header.add("kind: establishment-plan");
        header.add("jurisdiction: 测试县");
        header.add("policy: " + policy);
    }

    /** A plan under {@code policy} (a pack id, or a YAML list such as {@code [a, b]}). */
    public static Plan of(String policy) {
        return new Plan(policy);
    }

    /** Adds a raw header line, e.g. {@code "as_of: 2020-12-31"}. */
    public Plan header(String line) {
        header.add(line);
        return this;
    }

    public Plan town(Town t) {
        towns.add(t);
        return this;
    }

    public String yaml() {
        StringBuilder b = new StringBuilder();
        header.forEach(l -> b.append(l).append('\n'));
        b.append("townships:\n");
        for (Town t : towns) {
            t.lines().forEach(l -> b.append(l).append('\n'));
        }
        return b.toString();
    }

    /** The 1-based line of the township or institution {@code name} ({@code "- name: NAME"}). */
    public int lineOf(String name) {
        String[] lines = yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("- name: " + name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no '- name: " + name + "' in\n" + yaml());
    }

    /**
     * Writes the plan to {@code where} (a file, or a folder: then {@code plan.yaml} in it) and checks
     * it: {@code check --format json --lang zh ARGS… FILE}.
     */
    public Checked check(Path where, String... args) {
        Path file = java.nio.file.Files.isDirectory(where) ? where.resolve("plan.yaml") : where;
        String name = Qingdan.write(file, yaml());
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = name;
        return new Checked(this, name, Qingdan.checkJson(all));
    }

    /** A run of one plan file. */
    public record Checked(Plan plan, String file, Qingdan.Run run) {
        public List<com.fasterxml.jackson.databind.JsonNode> findings(String rule) {
            return run.findings(file, rule);
        }

        public List<com.fasterxml.jackson.databind.JsonNode> findings() {
            return run.findings(file);
        }

        public List<com.fasterxml.jackson.databind.JsonNode> inputErrors() {
            return run.inputErrors(file);
        }
    }

    /** One township. */
    public static final class Town {
        private final String name;
        private final List<String> keys = new ArrayList<>();
        private final List<String> institutions = new ArrayList<>();

        private Town(String name, String cls) {
            this.name = name;
            keys.add("class: " + cls);
        }

        public static Town town(String name, String cls) {
            return new Town(name, cls);
        }

        /** A township key, e.g. {@code key("population", 60000)}. */
        public Town key(String key, Object value) {
            keys.add(key + ": " + value);
            return this;
        }

        /** {@code n} party-government institutions 党政机构1…n. */
        public Town pg(int n) {
            for (int i = 1; i <= n; i++) {
                inst("党政机构" + i, "党政机构");
            }
            return this;
        }

        /** {@code n} public institutions 事业单位1…n. */
        public Town pub(int n) {
            for (int i = 1; i <= n; i++) {
                inst("事业单位" + i, "事业单位");
            }
            return this;
        }

        /** An institution; {@code more} are further keys of it, e.g. {@code "role: 党政办公室"}. */
        public Town inst(String name, String type, String... more) {
            institutions.add("      - name: " + name);
            institutions.add("        type: " + type);
            for (String m : more) {
                institutions.add("        " + m);
            }
            return this;
        }

        List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("  - name: " + name);
            keys.forEach(k -> out.add("    " + k));
            out.add("    institutions:" + (institutions.isEmpty() ? " []" : ""));
            out.addAll(institutions);
            return out;
        }
    }
}
