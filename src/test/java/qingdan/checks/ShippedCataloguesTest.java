package qingdan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import qingdan.support.Qingdan;

/** The shipped catalogues demonstrate every establishment-plan rule of policies.md §3.2. */
class ShippedCataloguesTest {
    static final List<String> ESTABLISHMENT_RULES = List.of(
            "party-government-cap", "party-government-floor", "public-institution-cap", "total-cap",
            "mandatory-institution-missing", "mandatory-count", "plaque-operated-as-entity", "plaque-unapproved",
            "counterpart-demanded", "leadership-posts-exceeded", "class-inconsistent", "social-workers-short");

    @Test
    void checkingCataloguesExits1() {
        Qingdan.Run run = Qingdan.run("check", "catalogues/");
        assertEquals(1, run.exit(), run::describe);
    }

    @Test
    void theShippedCataloguesHaveNoInputErrors() {
        Qingdan.Run run = Qingdan.checkJson("catalogues/");
        assertEquals(0, run.json().get("inputErrors").size(), () -> run.json().get("inputErrors").toString());
    }

    @Test
    void everyEstablishmentRuleFiresAtLeastOnce() {
        JsonNode findings = Qingdan.checkJson("catalogues/").json().get("findings");
        Set<String> fired = new TreeSet<>();
        findings.forEach(f -> fired.add(f.get("rule").asText()));
        Set<String> missing = new TreeSet<>(ESTABLISHMENT_RULES);
        missing.removeAll(fired);
        assertTrue(missing.isEmpty(), () -> "no finding for " + missing + "; fired: " + fired);
    }

    @Test
    void theCleanExampleIsClean() {
        Qingdan.Run run = Qingdan.checkJson("catalogues/examples/clean-establishment-plan.yaml");
        assertEquals(0, run.json().get("findings").size(), run::describe);
    }
}
