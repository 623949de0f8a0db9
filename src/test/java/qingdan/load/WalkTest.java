package qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * catalogues.md, "What bad input gets": a folder walk skips hidden entries and YAML files
 * without a top-level kind: (counted and named), honours --exclude and .qingdanignore, and a
 * folder with no catalogue at all is exit 2.
 */
class WalkTest {
    @TempDir
    Path dir;

    private static final String CLEAN = """
            kind: duty-transfer-list
            jurisdiction: 测试县
            policy: tongwei-2020
            items:
              - id: ZR-1
                task: 自建房安全排查
                from: 县住房和城乡建设局
                via: 委托
                consulted: true
                approved_by: [县委, 县政府]
                resources: {powers: true, staff: true, funds: true}
            """;

    private static String unapproved(String id) {
        return CLEAN.replace("ZR-1", id).replace("    approved_by: [县委, 县政府]\n", "");
    }

    @Test
    void aRepositoryWithComposeAndGithubChecksItsTwoCatalogues() {
        Qingdan.write(dir.resolve("docker-compose.yml"), "services:\n  web:\n    image: nginx\n    x: &a {b: 1}\n    y: *a\n");
        Qingdan.write(dir.resolve(".github/workflows/ci.yml"), "on: [push]\njobs: {}\nkind: not-really\n");
        Qingdan.write(dir.resolve("mkdocs.yml"), "site_name: x\n");
        Qingdan.write(dir.resolve("a.yaml"), CLEAN);
        Qingdan.write(dir.resolve("sub/b.yaml"), unapproved("ZR-2"));
        String folder = Qingdan.name(dir);
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", folder);
        assertEquals(1, run.exit(), run::describe);
        assertEquals(2, run.json().path("summary").path("files").asInt(), run::describe);
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
        assertEquals(1, run.findings(folder + "/sub/b.yaml", "duty-transfer-unapproved").size(), run::describe);
        Qingdan.Run text = Qingdan.run("check", "--lang", "en", folder);
        assertTrue(text.out().contains("skipped 2 YAML files without a top-level kind: (not catalogues): "
                + folder + "/docker-compose.yml, " + folder + "/mkdocs.yml"), text::describe);
        assertTrue(!text.out().contains(".github"), text::describe);
        Qingdan.Run zh = Qingdan.run("check", "--lang", "zh", folder);
        assertTrue(zh.out().contains("跳过 2 个顶层没有 kind: 的 YAML 文件（不是清单）："), zh::describe);
    }

    @Test
    void aFileNamedExplicitlyIsAlwaysACatalogue() {
        String compose = Qingdan.write(dir.resolve("docker-compose.yml"), "services:\n  web:\n    image: nginx\n");
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", compose);
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.inputErrors(compose).stream().anyMatch(e -> e.path("message").asText().startsWith("missing required key 'kind'")),
                run::describe);
    }

    @Test
    void aFolderWithNoCatalogueIsExitTwo() {
        Qingdan.write(dir.resolve("docker-compose.yml"), "services: {}\n");
        String folder = Qingdan.name(dir);
        Qingdan.Run run = Qingdan.checkJson("--lang", "en", folder);
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.inputErrors(folder).get(0).path("message").asText().startsWith("this folder holds no catalogue"), run::describe);
    }

    @Test
    void excludeAndQingdanignoreSkipWhatTheyName() {
        Qingdan.write(dir.resolve("a.yaml"), unapproved("ZR-1"));
        Qingdan.write(dir.resolve("drafts/b.yaml"), unapproved("ZR-2"));
        Qingdan.write(dir.resolve("old/c.yaml"), unapproved("ZR-3"));
        Qingdan.write(dir.resolve("old/keep.yaml"), unapproved("ZR-4"));
        Qingdan.write(dir.resolve("x.draft.yaml"), unapproved("ZR-5"));
        String folder = Qingdan.name(dir);
        assertEquals(5, checked(Qingdan.checkJson(folder)).size());
        Qingdan.Run excluded = Qingdan.checkJson("--exclude", "drafts/", "--exclude", "*.draft.yaml", folder);
        assertEquals(List.of(folder + "/a.yaml", folder + "/old/c.yaml", folder + "/old/keep.yaml"), checked(excluded));
        Qingdan.write(dir.resolve(".qingdanignore"), "# old lists\nold/*\n!old/keep.yaml\ndrafts\n*.draft.yaml\n");
        Qingdan.Run ignored = Qingdan.checkJson(folder);
        assertEquals(List.of(folder + "/a.yaml", folder + "/old/keep.yaml"), checked(ignored));
        assertEquals(2, ignored.json().path("summary").path("files").asInt(), ignored::describe);
    }

    /** The files a run checked: each file here has one finding. */
    private static List<String> checked(Qingdan.Run run) {
        return java.util.stream.StreamSupport.stream(run.json().get("findings").spliterator(), false)
                .map(f -> f.path("file").asText()).distinct().sorted().toList();
    }
}
