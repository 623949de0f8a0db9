package qingdan.engine;

import java.util.List;
import org.kie.api.runtime.KieSession;
import qingdan.load.Loaded;

/** Runs the checks of a rule book over loaded catalogues. */
public final class Engine {
    private final RuleBook book;
    private final FactBuilder facts;

    public Engine(RuleBook book, FactBuilder facts) {
        this.book = book;
        this.facts = facts;
    }

    /**
     * Fires every check on the catalogues that loaded cleanly and name a pack. Catalogues in one
     * call share a session, so rules may join across them (a list and its guidance catalogue).
     */
    public List<Finding> run(List<Loaded> catalogues) {
        Findings findings = new Findings();
        KieSession session = book.kieBase().newKieSession();
        try {
            session.setGlobal("findings", findings);
            for (Loaded l : catalogues) {
                if (l.ok() && !l.packs().isEmpty()) {
                    facts.facts(l, session::insert);
                }
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return findings.finish();
    }
}
