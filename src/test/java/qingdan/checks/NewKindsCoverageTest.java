package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qingdan.support.Qingdan;

/**
 * new-kinds.md B.6 "Coverage by pack": each pack has exactly the rules the table names for the
 * three new kinds, and a rule stays off in the packs the table does not name (its failing example,
 * checked against every other pack, gives no finding of it).
 */
class NewKindsCoverageTest {
    static final Map<String, Set<String>> COVERAGE = Map.of(
            "ganzhou-2018", Set.of("service-area-uncovered", "required-service-missing", "service-item-incomplete",
                    "service-outside-hall", "village-service-point-missing", "village-cultural-centre-missing", "staffing-demanded",
                    "head-experience-short", "team-experience-short", "new-recruit-transferred", "secondment-to-upper-organ",
                    "excellent-share-exceeded", "allowance-unpaid"),
            "heilongjiang-2017", Set.of("service-area-uncovered", "over-establishment-total", "township-posts-used-by-county",
                    "staffing-demanded", "leader-transfer-not-consulted", "allowance-unpaid"),
            "tongwei-2020", Set.of("service-outside-hall", "service-guide-missing", "village-service-point-missing",
                    "township-posts-used-by-county", "staffing-demanded", "secondment-unapproved", "excellent-share-exceeded",
                    "allowance-unpaid", "dispatched-action-not-consulted"),
            "county-model-2022", Set.of("service-guide-missing", "village-service-point-missing", "over-establishment",
                    "purchased-staff-over-quota", "staffing-demanded", "allowance-unpaid", "dispatched-action-not-consulted"),
            "jilin-2017", Set.of("service-area-uncovered", "required-service-missing", "service-item-incomplete",
                    "staffing-demanded", "allowance-unpaid"));

    static final Set<String> NEW_RULES = COVERAGE.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toCollection(TreeSet::new));

    @Test
    void eachPackHasTheNewRulesTheTableNamesAndNoOthers() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (var e : COVERAGE.entrySet()) {
            JsonNode rules = yaml.readTree(Path.of("rules", e.getKey(), "pack.yaml").toFile()).path("rules");
            Set<String> got = new TreeSet<>();
            rules.fieldNames().forEachRemaining(r -> {
                if (NEW_RULES.contains(r)) {
                    got.add(r);
                }
            });
            assertEquals(new TreeSet<>(e.getValue()), got, e.getKey());
        }
    }

    /** Every failing example of a new-kind rule, with each pack that does not have the rule. */
    static Stream<Object[]> failingExamplesAndOtherPacks() throws IOException {
        List<Object[]> out = new ArrayList<>();
        for (var e : COVERAGE.entrySet()) {
            for (String rule : new TreeSet<>(e.getValue())) {
                Path fail = Path.of("rules", e.getKey(), "examples", rule + ".fail.yaml");
                assertTrue(Files.exists(fail), fail::toString);
                for (String other : new TreeSet<>(COVERAGE.keySet())) {
                    if (!COVERAGE.get(other).contains(rule)) {
                        out.add(new Object[] {fail, rule, other});
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} off in {2}")
    @MethodSource("failingExamplesAndOtherPacks")
    void aRuleIsOffInPacksThatDoNotNameIt(Path fail, String rule, String other) {
        Qingdan.Run run = Qingdan.checkJson("--policy", other, "--fail-on", "none", fail.toString());
        assertEquals(0, run.json().path("inputErrors").size(), run::describe);
        for (JsonNode f : run.json().path("findings")) {
            assertTrue(!f.path("rule").asText().equals(rule), () -> rule + " fired under " + other + ": " + f);
        }
    }
}
