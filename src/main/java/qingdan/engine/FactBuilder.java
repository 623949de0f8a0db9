package qingdan.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import qingdan.engine.facts.Check;
import qingdan.engine.facts.InstitutionFact;
import qingdan.engine.facts.Subject;
import qingdan.engine.facts.TownshipFact;
import qingdan.load.Loaded;
import qingdan.model.Catalogue;
import qingdan.model.EstablishmentPlan;
import qingdan.model.Institution;
import qingdan.model.InstitutionLevel;
import qingdan.model.InstitutionType;
import qingdan.model.Kind;
import qingdan.model.Township;
import qingdan.pack.Pack;
import qingdan.pack.PackRule;
import qingdan.pack.Params;

/**
 * Turns loaded catalogues into the facts the checks read: one {@link Check} per rule that applies,
 * and the catalogue's townships, institutions and items. Only data is derived here (counts by
 * type, as the documents count); every judgement is a rule's.
 */
public final class FactBuilder {
    private final RuleBook book;
    private final LocalDate asOfOverride;
    private final LocalDate today;

    /**
     * @param asOfOverride {@code --as-of}, or null
     * @param today        the date when neither {@code --as-of} nor the catalogue's {@code as_of} is given
     */
    public FactBuilder(RuleBook book, LocalDate asOfOverride, LocalDate today) {
        this.book = book;
        this.asOfOverride = asOfOverride;
        this.today = today;
    }

    /** The date a catalogue is judged at: --as-of, else its as_of, else today. */
    public LocalDate asOf(Catalogue c) {
        if (asOfOverride != null) {
            return asOfOverride;
        }
        return c.header().asOf() != null ? c.header().asOf() : today;
    }

    public void facts(Loaded l, Consumer<Object> out) {
        Catalogue c = l.catalogue();
        Kind kind = c.header().kind();
        LocalDate asOf = asOf(c);
        Map<String, Long> parameters = c.header().parameters() == null ? Map.of() : c.header().parameters();
        for (String packId : l.packs()) {
            Pack pack = book.packs().get(packId);
            for (PackRule r : pack.rules().values()) {
                CheckInfo check = book.checks().get(r.id());
                if (check != null && check.kinds().contains(kind)) {
                    Params params = r.params().resolve(parameters);
                    out.accept(new Check(l.id(), packId, r.id(), r, params, asOf));
                }
            }
        }
        if (c instanceof EstablishmentPlan plan) {
            plan(l, plan, out);
        }
    }

    private static void plan(Loaded l, EstablishmentPlan plan, Consumer<Object> out) {
        for (Township t : plan.townships()) {
            int partyGovernment = 0;
            int publicInstitutions = 0;
            int mandatory = 0;
            int optional = 0;
            Set<String> names = new LinkedHashSet<>();
            List<Object> institutions = new ArrayList<>();
            for (Institution i : t.institutions()) {
                InstitutionLevel level = i.levelOrDefault();
                if (level == InstitutionLevel.TOWNSHIP) {
                    names.add(i.name());
                    if (i.role() != null) {
                        names.add(i.role());
                    }
                    if (i.type() == InstitutionType.PARTY_GOVERNMENT) {
                        partyGovernment++;
                        if (Boolean.TRUE.equals(i.mandatory())) {
                            mandatory++;
                        } else if (Boolean.FALSE.equals(i.mandatory())) {
                            optional++;
                        }
                    } else if (i.type() == InstitutionType.PUBLIC_INSTITUTION) {
                        publicInstitutions++;
                    }
                }
                Subject s = new Subject(l.file(), i.pos(), i.name(), t.name() + "/" + i.name(), i.waivers());
                institutions.add(new InstitutionFact(l.id(), s, t.name(), i.type(), level, i.demandedBy(), i.basis(),
                        i.approvedBy(), Boolean.TRUE.equals(i.operatedAsEntity())));
            }
            Subject s = new Subject(l.file(), t.pos(), t.name(), t.name(), t.waivers());
            out.accept(new TownshipFact(l.id(), s, t.townshipClass(), t.population(), partyGovernment, publicInstitutions,
                    mandatory, optional, t.leadershipPosts(), t.leadershipPostsBefore(), t.socialWorkers(),
                    t.comprehensivePosts() != null && !t.comprehensivePosts().isEmpty(), Set.copyOf(names)));
            institutions.forEach(out);
        }
    }
}
