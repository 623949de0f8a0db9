package qingdan.load;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qingdan.support.Qingdan;

/**
 * catalogues.md, "Where references may point": a path reference is relative, names a .yaml file
 * and resolves, after symlinks, inside the checked tree; anything else is one located input
 * error that quotes nothing of the target, which is never read.
 */
class ConfinedReferencesTest {
    private static final String SECRET = "ghp_S3cr3tT0k3nDoNotLeak";

    @TempDir
    Path dir;

    private static String list(String guidance) {
        return "kind: delegation-catalogue\njurisdiction: 测试县\npolicy: tongwei-2020\nguidance: " + guidance + "\nitems:\n"
                + "  - id: C-1\n    name: 某项处罚\n    category: 行政处罚\n    department: 县自然资源局\n    mode: 赋权\n"
                + "    procedure: 县政府公布赋权目录\n";
    }

    /** A secret-looking file that also parses as YAML, and as a catalogue's guidance would. */
    private Path secretFile(Path where) throws IOException {
        Files.createDirectories(where.getParent());
        Files.writeString(where, "kind: delegation-catalogue\njurisdiction: " + SECRET + "\ntoken: " + SECRET + "\nitems: [" + SECRET + "]\n",
                StandardCharsets.UTF_8);
        return where;
    }

    /** The checked folder, and the route by which a catalogue in it names the secret. */
    private String route(String how) throws IOException {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree);
        Path outside = secretFile(dir.resolve("outside.yaml"));
        return switch (how) {
            case "parent" -> "../outside.yaml";
            case "absolute" -> outside.toAbsolutePath().toString();
            case "etc" -> "/etc/hostname";
            case "stdin" -> "/dev/stdin";
            case "zero" -> "/dev/zero";
            case "symlink" -> {
                Files.createSymbolicLink(tree.resolve("link.yaml"), outside.toAbsolutePath());
                yield "link.yaml";
            }
            case "symlinked-folder" -> {
                Files.createSymbolicLink(tree.resolve("up"), dir.toAbsolutePath());
                yield "up/outside.yaml";
            }
            case "not-yaml" -> {
                Files.writeString(tree.resolve(".env"), "TOKEN=" + SECRET + "\n");
                yield ".env";
            }
            case "not-a-catalogue" -> {
                Files.writeString(tree.resolve("creds.yaml"), "token: " + SECRET + "\npassword: " + SECRET + "\n");
                yield "creds.yaml";
            }
            case "folder" -> {
                Files.createDirectories(tree.resolve("sub.yaml"));
                yield "sub.yaml";
            }
            default -> throw new IllegalArgumentException(how);
        };
    }

    @ParameterizedTest(name = "guidance by {0}: one located input error, nothing of the target")
    @ValueSource(strings = {"parent", "absolute", "etc", "stdin", "zero", "symlink", "symlinked-folder", "not-yaml",
        "not-a-catalogue", "folder"})
    void refusedWithoutReading(String how) throws IOException {
        String ref = route(how);
        String file = Qingdan.write(dir.resolve("tree/list.yaml"), list(ref));
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, run.exit(), run::describe);
        List<JsonNode> errors = run.inputErrors(file);
        assertEquals(1, errors.size(), run::describe);
        assertEquals(4, errors.get(0).path("line").asInt(), run::describe);
        assertTrue(errors.get(0).path("message").asText().startsWith("guidance: '" + ref + "' "), run::describe);
        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), run::describe);
        Qingdan.Run zh = Qingdan.checkJson("--lang", "zh", file);
        assertTrue(zh.inputErrors(file).get(0).path("message").asText().startsWith("guidance：'" + ref + "'"), zh::describe);
    }

    @ParameterizedTest(name = "the secret behind {0} is in no report format")
    @ValueSource(strings = {"parent", "absolute", "stdin", "symlink", "symlinked-folder", "not-yaml", "not-a-catalogue"})
    void theSecretIsInNoReport(String how) throws IOException {
        String ref = route(how);
        String file = Qingdan.write(dir.resolve("tree/list.yaml"), list(ref));
        List<String> args = new ArrayList<>(List.of("check", "--lang", "en"));
        List<Path> outputs = new ArrayList<>();
        for (String format : List.of("json", "sarif", "junit", "markdown", "github", "html", "text")) {
            Path out = dir.resolve("reports/report." + format);
            outputs.add(out);
            args.addAll(List.of("--format", format, "--output", out.toString()));
        }
        args.add(file);
        Qingdan.Run run = Qingdan.run(args.toArray(String[]::new));
        assertEquals(2, run.exit(), run::describe);
        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), run::describe);
        for (Path out : outputs) {
            String report = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(report.contains("list.yaml"), () -> out + " is a report of the run:\n" + report);
            assertFalse(report.contains(SECRET), () -> out + " leaks the secret:\n" + report);
        }
    }

    @Test
    void aSiblingAndAFileBelowAreRead() throws IOException {
        String guidance = "kind: delegation-catalogue\nid: g\njurisdiction: 测试省\nlevel: province\nitems:\n"
                + "  - id: G-1\n    name: 某项处罚\n    category: 行政处罚\n    department: 县自然资源局\n    mode: 赋权\n";
        Qingdan.write(dir.resolve("tree/sub/guidance.yaml"), guidance);
        String file = Qingdan.write(dir.resolve("tree/list.yaml"), list("sub/guidance.yaml"));
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", file);
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
        // A symlink that stays inside the tree is followed.
        Files.createSymbolicLink(dir.resolve("tree/alias.yaml"), dir.resolve("tree/sub/guidance.yaml").toAbsolutePath());
        Qingdan.write(dir.resolve("tree/list.yaml"), list("alias.yaml"));
        Qingdan.Run again = Qingdan.checkJson("--lang", "en", file);
        assertEquals(0, again.json().get("inputErrors").size(), again::describe);
    }

    @Test
    void aFolderNamedOnTheCommandLineIsPartOfTheTree() throws IOException {
        String guidance = "kind: delegation-catalogue\nid: g\njurisdiction: 测试省\nlevel: province\nitems:\n"
                + "  - id: G-1\n    name: 某项处罚\n    category: 行政处罚\n    department: 县自然资源局\n    mode: 赋权\n";
        Qingdan.write(dir.resolve("province/guidance.yaml"), guidance);
        String file = Qingdan.write(dir.resolve("county/list.yaml"), list("../province/guidance.yaml"));
        Qingdan.Run alone = Qingdan.checkJson("--lang", "en", file);
        assertEquals(2, alone.exit(), alone::describe);
        Qingdan.Run both = Qingdan.checkJson("--lang", "en", file, Qingdan.name(dir.resolve("province")));
        assertEquals(0, both.json().get("inputErrors").size(), both::describe);
    }

    @Test
    void duplicateIdsAreAnErrorOnEveryFileWhateverTheOrder() {
        String a = Qingdan.write(dir.resolve("a.yaml"), "id: same\n" + list("x.yaml").replace("guidance: x.yaml\n", ""));
        String b = Qingdan.write(dir.resolve("b.yaml"), "id: same\n" + list("x.yaml").replace("guidance: x.yaml\n", "")
                .replace("policy: tongwei-2020\n", ""));
        Qingdan.Run ab = Qingdan.checkJson("--lang", "en", a, b);
        Qingdan.Run ba = Qingdan.checkJson("--lang", "en", b, a);
        assertEquals(2, ab.exit(), ab::describe);
        assertEquals(ab.out(), ba.out());
        assertEquals("id 'same' is also used by " + b + "; ids are unique in a run", ab.inputErrors(a).get(0).path("message").asText());
        assertEquals("id 'same' is also used by " + a + "; ids are unique in a run", ab.inputErrors(b).get(0).path("message").asText());
        assertEquals(1, ab.inputErrors(a).get(0).path("line").asInt());
    }

    @Test
    void aFileNamedAndReferencedIsOneCatalogue() throws IOException {
        String guidance = "kind: delegation-catalogue\nid: g\njurisdiction: 测试省\nlevel: province\nitems:\n"
                + "  - id: G-1\n    name: 某项处罚\n    category: 行政处罚\n    department: 县自然资源局\n    mode: 赋权\n";
        String g = Qingdan.write(dir.resolve("guidance.yaml"), guidance);
        Files.createSymbolicLink(dir.resolve("alias.yaml"), dir.resolve("guidance.yaml").toAbsolutePath());
        String file = Qingdan.write(dir.resolve("list.yaml"), list("alias.yaml"));
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", g, file);
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
    }
}
