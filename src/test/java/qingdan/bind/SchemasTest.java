package qingdan.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qingdan.model.Kind;
import qingdan.support.Qingdan;

/** The generated schemas describe what the loader accepts: every shipped catalogue validates. */
class SchemasTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Stream<Path> shippedCatalogues() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("catalogues"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedCatalogues")
    void everyShippedCatalogueValidatesAgainstTheSchemaOfItsKind(Path file) throws IOException {
        JsonNode doc = new YAMLMapper().readTree(file.toFile());
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.matches(doc.path("kind").asText())) {
                kind = k;
            }
        }
        JsonSchema schema = FACTORY.getSchema(Schemas.of(kind));
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> file + ": " + errors);
        assertTrue(FACTORY.getSchema(Schemas.all()).validate(doc).isEmpty(), () -> file + " against the combined schema");
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        JsonSchema schema = FACTORY.getSchema(Schemas.of(Kind.ESTABLISHMENT_PLAN));
        JsonNode typo = new YAMLMapper().readTree("kind: establishment-plan\njurisdiction: x\ntownships:\n"
                + "  - {name: 甲镇, clas: 一类, institutions: []}\n");
        assertFalse(schema.validate(typo).isEmpty(), "an unknown key");
        JsonNode badClass = new YAMLMapper().readTree("kind: establishment-plan\njurisdiction: x\ntownships:\n"
                + "  - {name: 甲镇, class: 四类, institutions: []}\n");
        assertFalse(schema.validate(badClass).isEmpty(), "a class outside the enumeration");
        JsonNode missing = new YAMLMapper().readTree("kind: establishment-plan\ntownships: []\n");
        assertFalse(schema.validate(missing).isEmpty(), "no jurisdiction");
    }

    @Test
    void theSchemaCommandPrintsEachKindAndAll() throws IOException {
        for (Kind k : Kind.values()) {
            Qingdan.Run run = Qingdan.run("schema", k.code());
            assertEquals(0, run.exit(), run::describe);
            JsonNode schema = new ObjectMapper().readTree(run.out());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
            assertTrue(schema.path("required").toString().contains("kind"), run::out);
        }
        Qingdan.Run all = Qingdan.run("schema");
        assertEquals(0, all.exit(), all::describe);
        assertEquals(Kind.values().length, new ObjectMapper().readTree(all.out()).path("oneOf").size());
        Qingdan.Run bad = Qingdan.run("schema", "nope");
        assertEquals(2, bad.exit(), bad::describe);
        assertTrue(bad.err().contains("unknown kind"), bad::describe);
        assertTrue(List.of(bad.out()).get(0).isEmpty());
    }
}
