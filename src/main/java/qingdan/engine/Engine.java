package qingdan.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;
import qingdan.load.References;
import qingdan.pack.Pack;
import qingdan.pack.PackLoader;

/** Runs the checks of a rule book over loaded catalogues. */
public final class Engine {
    private final RuleBook book;
    private final FactBuilder facts;

    public Engine(RuleBook book, FactBuilder facts) {
        this.book = book;
        this.facts = facts;
    }

    /**
     * Fires every check on the catalogues that loaded cleanly. Catalogues of one run share a
     * session, so rules may join across them (a list and its guidance catalogue or plan).
     */
    public List<Finding> run(References.Resolved catalogues) {
        return run(catalogues, new Progress());
    }

    public List<Finding> run(References.Resolved catalogues, Progress progress) {
        Findings findings = new Findings(progress);
        List<WaiverSite> sites = new ArrayList<>();
        KieSession session = book.kieBase().newKieSession();
        try {
            session.setGlobal("findings", findings);
            facts.facts(catalogues, session::insert, sites::add);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        Pack integrity = book.packs().get(PackLoader.INTEGRITY);
        return findings.finish(sites, integrity == null ? null : integrity.rules().get("expired-waiver"),
                integrity == null ? null : integrity.rules().get("unused-waiver"));
    }
}
