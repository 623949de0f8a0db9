package qingdan.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small list catalogue written as YAML (a delegation catalogue, an assessment catalogue or a
 * duty-transfer list), in the layout offices use: the header from line 1 ({@code kind:} is the
 * file's first key, line 1 column 1), items at column 5 ({@code "  - id: X"}), waivers at column 9.
 */
public final class ItemList {
    private final List<String> header = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private boolean emptyItems;

    private ItemList(String kind, String policy) {
        header.add("kind: " + kind);
        header.add("jurisdiction: 测试县");
        if (policy != null) {
            header.add("policy: " + policy);
        }
    }

    /** A delegation catalogue under {@code policy} (a pack id or a YAML list; null: reference data). */
    public static ItemList delegation(String policy) {
        return new ItemList("delegation-catalogue", policy);
    }

    public static ItemList assessment(String policy) {
        return new ItemList("assessment-catalogue", policy);
    }

    public static ItemList duties(String policy) {
        return new ItemList("duty-transfer-list", policy);
    }

    /** A province's guidance catalogue: {@code id}, {@code level: province}, no policy. */
    public static ItemList guidance(String id) {
        return delegation(null).header("id: " + id).header("title: 测试省赋权指导目录").header("level: province");
    }

    /** Adds a raw header line, e.g. {@code "as_of: 2021-07-15"}. */
    public ItemList header(String line) {
        header.add(line);
        return this;
    }

    public ItemList item(Item i) {
        items.add(i);
        return this;
    }

    public ItemList items(List<Item> more) {
        items.addAll(more);
        return this;
    }

    /** Writes {@code items: []} when there are no items. */
    public ItemList noItems() {
        emptyItems = true;
        return this;
    }

    public String yaml() {
        StringBuilder b = new StringBuilder(64 + items.size() * 200);
        header.forEach(l -> b.append(l).append('\n'));
        b.append(emptyItems && items.isEmpty() ? "items: []\n" : "items:\n");
        for (Item i : items) {
            i.lines().forEach(l -> b.append(l).append('\n'));
        }
        return b.toString();
    }

    /** The 1-based line of the {@code n}th (from 1) item with {@code id}. */
    public int lineOf(String id, int n) {
        return lineOfText("- id: " + id, n);
    }

    public int lineOf(String id) {
        return lineOf(id, 1);
    }

    /** The 1-based line of the {@code n}th line that reads {@code text} once stripped. */
    public int lineOfText(String text, int n) {
        String[] lines = yaml().split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(text) && ++seen == n) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no " + n + "th '" + text + "' in\n" + yaml());
    }

    /** The line of the header key {@code key} ({@code "key: …"} at column 1). */
    public int headerLine(String key) {
        String[] lines = yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no header key " + key + " in\n" + yaml());
    }

    /** The subject an item's findings carry: its name, or its task in a duty-transfer list. */
    public String subjectOf(String id) {
        for (Item i : items) {
            if (i.id.equals(id)) {
                return i.subject;
            }
        }
        throw new IllegalArgumentException("no item " + id);
    }

    /** Writes the list to {@code file} and returns its name as reports print it. */
    public String write(Path file) {
        return Qingdan.write(file, yaml());
    }

    /**
     * Writes the list to {@code where} (a file, or a folder: then {@code list.yaml} in it) and checks it,
     * with {@code more} files after it on the command line: {@code check --format json --lang zh ARGS… FILE MORE…}.
     */
    public Checked checkWith(Path where, List<String> args, String... more) {
        Path file = Files.isDirectory(where) ? where.resolve("list.yaml") : where;
        String name = write(file);
        List<String> all = new ArrayList<>(args);
        all.add(name);
        all.addAll(List.of(more));
        return new Checked(this, name, Qingdan.checkJson(all.toArray(String[]::new)));
    }

    public Checked check(Path where, String... args) {
        return checkWith(where, List.of(args));
    }

    /** A run that checked this list. */
    public record Checked(ItemList list, String file, Qingdan.Run run) {
        public List<JsonNode> findings(String rule) {
            return run.findings(file, rule);
        }

        public List<JsonNode> findings() {
            return run.findings(file);
        }

        public List<JsonNode> inputErrors() {
            return run.inputErrors(file);
        }
    }

    /** One item. */
    public static final class Item {
        private final String id;
        private final String subject;
        private final List<String> keys = new ArrayList<>();
        private final List<String> bases = new ArrayList<>();
        private final List<String> waivers = new ArrayList<>();

        private Item(String id, String subject) {
            this.id = id;
            this.subject = subject;
        }

        /** A delegation item from 县自然资源局; category and mode as the office writes them. */
        public static Item power(String id, String name, String category, String mode) {
            return new Item(id, name).key("name", name).key("category", category).key("department", "县自然资源局")
                    .key("mode", mode);
        }

        /** An assessment item set by 县农业农村局. */
        public static Item assessment(String id, String name) {
            return new Item(id, name).key("name", name).key("set_by", "县农业农村局");
        }

        /** A duty transfer from 县住房和城乡建设局. */
        public static Item task(String id, String task) {
            return new Item(id, task).key("task", task).key("from", "县住房和城乡建设局");
        }

        /** An item key, e.g. {@code key("via", "责任状")}; replaces an earlier value of the key. */
        public Item key(String key, Object value) {
            keys.removeIf(k -> k.startsWith(key + ":"));
            keys.add(key + ": " + value);
            return this;
        }

        /** A raw line under the item, indented to the item's keys (add further indent yourself). */
        public Item raw(String line) {
            keys.add(line);
            return this;
        }

        /** A legal basis; null flags are left out. */
        public Item basis(String source, Boolean competent, Boolean reserved) {
            bases.add("      - source: " + source);
            bases.add("        article: 第一条");
            if (competent != null) {
                bases.add("        township_competent: " + competent);
            }
            if (reserved != null) {
                bases.add("        reserved_to_county: " + reserved);
            }
            return this;
        }

        /** A waiver of {@code rule} by 县委机构编制委员会, document 测编发〔2021〕1号; {@code expires} may be null. */
        public Item waiver(String rule, String expires) {
            waivers.add("      - rule: " + rule);
            waivers.add("        approved_by: 县委机构编制委员会");
            waivers.add("        document: 测编发〔2021〕1号");
            waivers.add("        reason: 经批准的例外");
            if (expires != null) {
                waivers.add("        expires: " + expires);
            }
            return this;
        }

        public String id() {
            return id;
        }

        List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("  - id: " + id);
            keys.forEach(k -> out.add("    " + k));
            if (!bases.isEmpty()) {
                out.add("    legal_basis:");
                out.addAll(bases);
            }
            if (!waivers.isEmpty()) {
                out.add("    waivers:");
                out.addAll(waivers);
            }
            return out;
        }
    }
}
