package qingdan.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar that package made runs the shipped checks from their executable model, not from DRL. */
class PackagedJarIT {
    private static final String INDEX = "META-INF/kie/io.qingdan/qingdan/drools-model";

    @Test
    void theJarHoldsTheRulesAndTheirExecutableModel() throws Exception {
        try (JarFile jar = new JarFile(Processes.target().resolve("qingdan.jar").toFile())) {
            assertTrue(jar.getEntry("rules/README.md") != null, "rules/ is in the jar");
            assertTrue(jar.stream().anyMatch(e -> e.getName().matches("rules/checks/.+\\.drl")), "the DRL is in the jar");
            assertTrue(jar.stream().anyMatch(e -> e.getName().matches("rules/[^/]+/pack\\.yaml")), "the packs are in the jar");
            String index = new String(jar.getInputStream(jar.getEntry(INDEX)).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(index.lines().anyMatch(l -> l.startsWith("qingdan.")), index);
        }
    }

    @Test
    void aCheckRunsTheExecutableModelAndCompilesNoDrl(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("classes.log");
        Path jar = Processes.target().resolve("qingdan.jar");
        Processes.Result r = Processes.run(Path.of("").toAbsolutePath(), Map.of("LANG", "C"), List.of(
                Processes.javaHome().resolve("bin/java").toString(), "-Xlog:class+load=info:file=" + log,
                "-jar", jar.toString(), "check", "--format", "json", "catalogues/"));
        assertEquals(1, r.exit(), r::describe);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertTrue(report.path("findings").size() > 10, r::describe);
        assertEquals(0, report.path("inputErrors").size(), r::describe);
        String classes = Files.readString(log);
        String model;
        try (JarFile j = new JarFile(jar.toFile())) {
            model = new String(j.getInputStream(j.getEntry(INDEX)).readAllBytes(), StandardCharsets.UTF_8)
                    .lines().filter(l -> l.startsWith("qingdan.")).findFirst().orElseThrow();
        }
        assertTrue(classes.contains(" " + model + " "), "the generated model class " + model + " was loaded");
        assertFalse(classes.contains("org.drools.drl.parser.DrlParser "), "no DRL was parsed at run time");
        assertFalse(classes.contains("org.drools.compiler.builder.impl.KnowledgeBuilderImpl "), "no DRL was compiled at run time");
    }
}
