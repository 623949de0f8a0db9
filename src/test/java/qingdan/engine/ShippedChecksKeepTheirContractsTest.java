package qingdan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import qingdan.bind.InputError;
import qingdan.pack.CheckContract;
import qingdan.pack.Packs;

/**
 * The shipped checks are compiled with the jar, so what a user's DRL is checked for at load is
 * checked here for ours: every DRL rule belongs to a check, names it in its Check pattern, and
 * every rule a contract lists is written.
 */
class ShippedChecksKeepTheirContractsTest {

    @Test
    void theShippedPacksAndContractsLoadWithoutProblems() {
        Packs packs = Packs.load(List.of());
        assertEquals(List.of(), packs.errors());
        assertTrue(packs.contracts().all().size() >= 25, "the shipped checks have contracts");
    }

    @Test
    void everyShippedDrlRuleNamesTheCheckWhoseContractListsIt() throws IOException {
        Packs packs = Packs.load(List.of());
        List<String> problems = new ArrayList<>();
        Set<String> written = new HashSet<>();
        try (Stream<Path> s = Files.list(Path.of("rules/checks"))) {
            for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                List<InputError> errors = new ArrayList<>();
                List<DrlChecks.Written> rules = DrlChecks.parse(drl.toString(), Files.readString(drl, StandardCharsets.UTF_8), errors);
                assertNotNull(rules, () -> drl + ": " + errors);
                for (DrlChecks.Written w : rules) {
                    written.add(w.name());
                    CheckContract c = packs.contracts().ofRule(w.name());
                    if (c == null) {
                        problems.add(drl + ":" + w.line() + " '" + w.name() + "' has no contract");
                    } else if (w.guards().isEmpty() || !w.guards().stream().allMatch(c.id()::equals)) {
                        problems.add(drl + ":" + w.line() + " '" + w.name() + "' matches Check(rule == " + w.guards() + "), not '" + c.id() + "'");
                    }
                }
            }
        }
        for (CheckContract c : packs.contracts().all().values()) {
            for (String rule : c.messages().keySet()) {
                if (!written.contains(rule)) {
                    problems.add(c.file() + ": check '" + c.id() + "' lists rule '" + rule + "', which no DRL file has");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCompiledRuleBaseHasAMessageForEveryRule() {
        RuleBook book = RuleBook.load(List.of());
        List<String> missing = new ArrayList<>();
        for (KiePackage p : book.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (book.packSet().contracts().message(r.getName()) == null) {
                    missing.add(r.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
