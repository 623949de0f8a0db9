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

    /** policies-amendments.md Part B: each new rule, and each rule switched on for a new pack, shows once per pack. */
    static final List<String> AMENDMENT_RULES = List.of(
            "tongwei-2020 statutory-procedure-missing", "county-model-2022 statutory-procedure-missing",
            "tongwei-2020 penalty-entrusted", "county-model-2022 penalty-entrusted",
            "ganzhou-2018 licensing-outside-service-hall", "tongwei-2020 licensing-outside-service-hall",
            "jilin-2017 licensing-outside-service-hall",
            "tongwei-2020 mandatory-institution-missing", "jilin-2017 mandatory-institution-missing",
            "heilongjiang-2017 mandatory-institution-missing",
            "ganzhou-2018 station-management-unapproved", "jilin-2017 station-management-unapproved",
            "tongwei-2020 dispatched-without-basis", "county-model-2022 dispatched-without-basis",
            "ganzhou-2018 direct-assessment-separate", "jilin-2017 direct-assessment-separate",
            "ganzhou-2018 satisfaction-indicator-missing", "heilongjiang-2017 duty-transfer-unresourced");

    @Test
    void everyAmendmentRuleShowsOnceForItsPack() {
        JsonNode findings = Qingdan.checkJson("catalogues/").json().get("findings");
        java.util.Map<String, Integer> shown = new java.util.TreeMap<>();
        findings.forEach(f -> shown.merge(f.get("pack").asText() + " " + f.get("rule").asText(), 1, Integer::sum));
        for (String r : AMENDMENT_RULES) {
            assertEquals(1, shown.getOrDefault(r, 0), () -> r + " in " + shown);
        }
        // delegation items that record resources: once in each pack that reads them
        long onDelegation = 0;
        for (JsonNode f : findings) {
            if (f.get("rule").asText().equals("duty-transfer-unresourced") && f.get("file").asText().contains("delegation")) {
                onDelegation++;
            }
        }
        assertEquals(2, onDelegation, findings::toString);
    }

    @Test
    void theCleanExampleIsClean() {
        Qingdan.Run run = Qingdan.checkJson("catalogues/examples/clean-establishment-plan.yaml");
        assertEquals(0, run.json().get("findings").size(), run::describe);
    }
}
