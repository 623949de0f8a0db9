package qingdan.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import qingdan.engine.facts.AssessmentItemFact;
import qingdan.engine.facts.CatalogueFact;
import qingdan.engine.facts.Check;
import qingdan.engine.facts.DelegationItemFact;
import qingdan.engine.facts.DutyTransferFact;
import qingdan.engine.facts.AllowanceFact;
import qingdan.engine.facts.CountyUseFact;
import qingdan.engine.facts.DispatchedActionFact;
import qingdan.engine.facts.GradeFact;
import qingdan.engine.facts.InstitutionFact;
import qingdan.engine.facts.MoveFact;
import qingdan.engine.facts.Node;
import qingdan.engine.facts.PersonFact;
import qingdan.engine.facts.Resource;
import qingdan.engine.facts.ServiceItemFact;
import qingdan.engine.facts.SiteFact;
import qingdan.engine.facts.StaffDemandFact;
import qingdan.engine.facts.StaffingLineFact;
import qingdan.engine.facts.Subject;
import qingdan.engine.facts.TownshipFact;
import qingdan.load.Loaded;
import qingdan.load.References;
import qingdan.model.Allowance;
import qingdan.model.AssessmentCatalogue;
import qingdan.model.AtAppointment;
import qingdan.model.CountyUse;
import qingdan.model.DispatchedAction;
import qingdan.model.Move;
import qingdan.model.Person;
import qingdan.model.PersonnelRoster;
import qingdan.model.PublicServiceCatalogue;
import qingdan.model.ServiceItem;
import qingdan.model.ServiceSite;
import qingdan.model.StaffDemand;
import qingdan.model.StaffingLedger;
import qingdan.model.StaffingLine;
import qingdan.model.AssessmentItem;
import qingdan.model.Catalogue;
import qingdan.model.DelegationCatalogue;
import qingdan.model.DelegationItem;
import qingdan.model.DutyTransfer;
import qingdan.model.DutyTransferList;
import qingdan.model.EstablishmentPlan;
import qingdan.model.Header;
import qingdan.model.Indicator;
import qingdan.model.Institution;
import qingdan.model.InstitutionLevel;
import qingdan.model.InstitutionType;
import qingdan.model.Kind;
import qingdan.model.LegalBasis;
import qingdan.model.Recipients;
import qingdan.model.Resources;
import qingdan.model.Township;
import qingdan.model.TownshipClass;
import qingdan.pack.CheckContract;
import qingdan.pack.Pack;
import qingdan.pack.PackRule;
import qingdan.pack.Params;

/**
 * Turns loaded catalogues into the facts the checks read: one {@link Check} per rule that applies,
 * and each catalogue's townships, institutions and items. Only data is derived here (counts by
 * type as the documents count them, what a legal basis says, which references resolved); every
 * judgement is a rule's.
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
    /** The date of the check, that waivers expire against (catalogues.md, "Waivers"): --as-of, else today. */
    public LocalDate checkDate() {
        return asOfOverride != null ? asOfOverride : today;
    }

    public LocalDate asOf(Catalogue c) {
        if (asOfOverride != null) {
            return asOfOverride;
        }
        return c.header().asOf() != null ? c.header().asOf() : today;
    }

    /**
     * Facts for the given catalogues of a run: reference data too, since rules join lists with the
     * catalogues they name; checks only for those with packs.
     *
     * @param copies catalogues whose facts a session needs for joins but whose checks run in
     *               another session (a province's guidance catalogue, shared by every county)
     */
    public void facts(References.Resolved run, List<Loaded> catalogues, List<Loaded> copies, Consumer<Object> sink,
                      Consumer<WaiverSite> sites) {
        Map<String, List<String>> plansByJurisdiction = plansByJurisdiction(run);
        for (Loaded l : catalogues) {
            facts(run, l, true, plansByJurisdiction, sink, sites);
        }
        for (Loaded l : copies) {
            facts(run, l, false, plansByJurisdiction, sink, sites);
        }
    }

    private References.Resolved plansOf;
    private Map<String, List<String>> plans;

    /** Built once per run and shared by its sessions (one per group of counties). */
    private synchronized Map<String, List<String>> plansByJurisdiction(References.Resolved run) {
        if (plansOf != run) {
            plansOf = run;
            plans = new HashMap<>();
            for (Loaded l : run.catalogues()) {
                if (l.ok() && l.catalogue() instanceof EstablishmentPlan p && p.header().jurisdiction() != null) {
                    plans.computeIfAbsent(p.header().jurisdiction(), k -> new ArrayList<>()).add(l.id());
                }
            }
        }
        return plans;
    }

    private void facts(References.Resolved run, Loaded l, boolean own, Map<String, List<String>> plansByJurisdiction,
                       Consumer<Object> sink, Consumer<WaiverSite> sites) {
        if (!l.ok()) {
            return;
        }
        Header h = l.catalogue().header();
        LocalDate asOf = asOf(l.catalogue());
        boolean checked = own && !l.packs().isEmpty();
        // Waivers count only where rules run: reference data has no findings to waive.
        Consumer<Object> out = !checked ? sink : fact -> {
            sink.accept(fact);
            Subject s = subjectOf(fact);
            if (s != null && !s.waivers().isEmpty()) {
                sites.accept(new WaiverSite(s, asOf));
            }
        };
        String plan = run.establishment().get(l.id());
        // A CSV file whose header came from --kind has no jurisdiction: no plan is its county's.
        List<String> plans = plan != null ? List.of(plan)
                : h.jurisdiction() == null ? List.of() : plansByJurisdiction.getOrDefault(h.jurisdiction(), List.of());
        String name = h.title() != null ? h.title() : h.id() != null ? h.id() : l.file();
        out.accept(new CatalogueFact(l.id(), h.kind(), h.level(),
                new Subject(l.file(), h.pos(), name, "", List.of()), run.guidance().get(l.id()), List.copyOf(plans)));
        if (checked) {
            checks(l, out);
        }
        Catalogue c = l.catalogue();
        if (c instanceof EstablishmentPlan p) {
            plan(l, p, out);
        } else if (c instanceof DelegationCatalogue d) {
            delegation(l, d, out);
        } else if (c instanceof AssessmentCatalogue a) {
            assessment(l, a, out);
        } else if (c instanceof DutyTransferList t) {
            duties(l, t, out);
        } else if (c instanceof PublicServiceCatalogue p) {
            services(l, p, out);
        } else if (c instanceof StaffingLedger s) {
            staffing(l, s, out);
        } else if (c instanceof PersonnelRoster r) {
            roster(l, r, out);
        }
    }

    private static Subject subjectOf(Object fact) {
        if (fact instanceof TownshipFact t) {
            return t.subject();
        } else if (fact instanceof InstitutionFact i) {
            return i.subject();
        } else if (fact instanceof qingdan.engine.facts.Item i) {
            return i.subject();
        } else if (fact instanceof Node n) {
            return n.subject();
        }
        return null;
    }

    private void checks(Loaded l, Consumer<Object> out) {
        Catalogue c = l.catalogue();
        Kind kind = c.header().kind();
        LocalDate asOf = asOf(c);
        Map<String, Long> parameters = c.header().parameters() == null ? Map.of() : c.header().parameters();
        for (String packId : l.packs()) {
            Pack pack = book.packs().get(packId);
            for (PackRule r : pack.rules().values()) {
                CheckContract check = book.checks().get(r.id());
                if (check != null && check.kinds().contains(kind)) {
                    Params params = r.params().resolve(parameters);
                    out.accept(new Check(l.id(), packId, r.id(), r, params, asOf));
                }
            }
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
                Subject s = new Subject(l.file(), i.pos(), i.name(), t.name() + "/" + i.name(), i.waivers(), null, t.name());
                institutions.add(new InstitutionFact(l.id(), s, t.name(), i.type(), level, stated(i.demandedBy()), stated(i.basis()),
                        i.approvedBy().isEmpty() ? null : String.join("、", i.approvedBy()),
                        Boolean.TRUE.equals(i.operatedAsEntity()), i.management(), i.approvedBy()));
            }
            Subject s = new Subject(l.file(), t.pos(), t.name(), t.name(), t.waivers(), null, t.name());
            out.accept(new TownshipFact(l.id(), s, t.name(), t.townshipClass(), t.scale(), t.population(), partyGovernment,
                    publicInstitutions, mandatory, optional, t.leadershipPosts(), t.leadershipPostsBefore(),
                    t.socialWorkers(), t.comprehensivePosts() != null && !t.comprehensivePosts().isEmpty(), Set.copyOf(names)));
            institutions.forEach(out);
        }
    }

    private static void delegation(Loaded l, DelegationCatalogue d, Consumer<Object> out) {
        int n = 0;
        for (DelegationItem i : d.items()) {
            boolean competent = false;
            boolean reserved = false;
            for (LegalBasis b : i.legalBasis()) {
                competent |= Boolean.TRUE.equals(b.townshipCompetent());
                reserved |= Boolean.TRUE.equals(b.reservedToCounty());
            }
            List<String> to = i.to() instanceof Recipients.Named named ? named.names() : List.of();
            out.accept(new DelegationItemFact(l.id(), item(l, i.pos(), i.name(), i.id(), n, i.waivers()), i.id(), n,
                    i.name(), i.department(), i.category(), i.mode(), i.domain(), i.procedure(), i.guidanceRef(),
                    stated(i.statutoryProcedure()), stated(i.provincialDecision()), !i.legalBasis().isEmpty(), competent, reserved, to,
                    i.resources() == null ? null : unprovided(i.resources(), false), i.serviceHall()));
            n++;
        }
    }

    private static void assessment(Loaded l, AssessmentCatalogue a, Consumer<Object> out) {
        int n = 0;
        for (AssessmentItem i : a.items()) {
            List<String> main = new ArrayList<>();
            if (i.indicators() != null) {
                for (Indicator x : i.indicators()) {
                    if (Boolean.TRUE.equals(x.main())) {
                        main.add(x.name());
                    }
                }
            }
            out.accept(new AssessmentItemFact(l.id(), item(l, i.pos(), i.name(), i.id(), n, i.waivers()), i.id(), n,
                    i.setBy(), i.setByLevel(), Boolean.TRUE.equals(i.oneVeto()),
                    i.basis() == null ? List.of() : i.basis().issuers(), i.basis() == null ? null : i.basis().kind(),
                    Boolean.TRUE.equals(i.direct()), i.caseApproval(), i.via(), List.copyOf(main), everyTownship(i.to()),
                    i.to() instanceof Recipients.Named named ? named.names() : List.of(),
                    i.indicators() == null ? List.of() : i.indicators().stream().map(Indicator::name).toList()));
            n++;
        }
    }

    private static void duties(Loaded l, DutyTransferList t, Consumer<Object> out) {
        int n = 0;
        for (DutyTransfer i : t.items()) {
            List<String> approvedBy = i.approvedBy() == null ? List.of() : i.approvedBy();
            // An absent resources on a duty transfer provides nothing (catalogues.md).
            Resources r = i.resources() != null ? i.resources() : new Resources(null, null, null, null);
            out.accept(new DutyTransferFact(l.id(), item(l, i.pos(), i.task(), i.id(), n, i.waivers()), i.id(), n,
                    i.from(), i.via(), Boolean.TRUE.equals(i.consulted()), approvedBy,
                    approvedBy.stream().filter(a -> !a.equals(i.from())).toList(), i.levelOrDefault(), unprovided(r, true)));
            n++;
        }
    }

    /** A text value that is absent, null, empty or only white space counts as absent (new-kinds.md D.7). */
    private static String stated(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void services(Loaded l, PublicServiceCatalogue c, Consumer<Object> out) {
        int n = 0;
        for (ServiceItem i : c.items()) {
            List<String> unstated = new ArrayList<>();
            String[][] texts = {{"basis", i.basis()}, {"provider", i.provider()}, {"recipients", i.recipients()},
                {"requirements", i.requirements()}, {"guide", i.guide()}};
            for (String[] t : texts) {
                if (stated(t[1]) == null) {
                    unstated.add(t[0]);
                }
            }
            out.accept(new ServiceItemFact(l.id(), item(l, i.pos(), i.name(), i.id(), n, i.waivers()), i.id(), n, i.name(),
                    i.area(), stated(i.domain()), List.copyOf(unstated), i.inServiceHall()));
            n++;
        }
        n = 0;
        for (ServiceSite s : c.sites()) {
            List<String> lacking = new ArrayList<>();
            if (Boolean.FALSE.equals(s.servicePoint())) {
                lacking.add("service_point");
            }
            if (Boolean.FALSE.equals(s.onlinePoint())) {
                lacking.add("online_point");
            }
            if (Boolean.FALSE.equals(s.culturalCentre())) {
                lacking.add("cultural_centre");
            }
            String name = s.township() + " " + s.village();
            out.accept(new SiteFact(l.id(), new Subject(l.file(), s.pos(), name, "site:" + s.township() + "/" + s.village(), s.waivers(), null, s.township()),
                    n++, s.township(), s.village(), List.copyOf(lacking)));
        }
    }

    private static void staffing(Loaded l, StaffingLedger c, Consumer<Object> out) {
        int n = 0;
        for (StaffingLine line : c.lines()) {
            String name = line.township() + " " + line.type().zh();
            String node = "line:" + line.township() + "/" + line.type().code();
            out.accept(new StaffingLineFact(l.id(), new Subject(l.file(), line.pos(), name, node, line.waivers(), null, line.township()), n++,
                    line.township(), line.type(), line.approved(), line.inPost()));
            for (CountyUse u : line.usedByCounty()) {
                out.accept(new CountyUseFact(l.id(), new Subject(l.file(), u.pos(), name, node + "/used_by_county:" + u.organ(), u.waivers(), null, line.township()),
                        u.organ(), u.persons()));
            }
            for (StaffDemand d : line.demanded()) {
                out.accept(new StaffDemandFact(l.id(), new Subject(l.file(), d.pos(), name, node + "/demanded:" + d.by(), d.waivers(), null, line.township()),
                        d.by(), d.persons(), stated(d.document()), stated(d.basis())));
            }
        }
    }

    private static void roster(Loaded l, PersonnelRoster r, Consumer<Object> out) {
        int n = 0;
        for (Person p : r.people()) {
            Subject s = new Subject(l.file(), p.pos(), p.id(), "person:" + p.id(), p.waivers(), p.id(), p.township());
            AtAppointment at = p.atAppointment();
            out.accept(new PersonFact(l.id(), s, p.id(), n, p.township(), p.post(), p.appointed(), p.townshipYears(),
                    at == null ? null : at.townshipYears(), at == null ? null : at.townshipLeadershipYears()));
            if (p.grades() != null) {
                for (var g : p.grades().entrySet()) {
                    out.accept(new GradeFact(l.id(), s, n, p.township(), g.getKey().getValue(), p.post(), g.getValue()));
                }
            }
            n++;
        }
        for (Move m : r.moves()) {
            out.accept(new MoveFact(l.id(), new Subject(l.file(), m.pos(), m.person(), "move:" + m.person() + "@" + m.date(), m.waivers(), m.person(), m.from()),
                    m.person(), m.from(), m.to(), m.type(), m.date(), m.post(), m.recruited(), m.committee(),
                    m.approvedBy() == null ? List.of() : m.approvedBy()));
        }
        n = 0;
        for (Allowance a : r.allowances()) {
            String name = a.township() + " " + a.year() + "年度";
            out.accept(new AllowanceFact(l.id(), new Subject(l.file(), a.pos(), name, "allowance:" + a.township() + "/" + a.year(), a.waivers(), null, a.township()),
                    n++, a.township(), a.year().getValue(), a.paid()));
        }
        for (DispatchedAction a : r.dispatchedActions()) {
            out.accept(new DispatchedActionFact(l.id(), new Subject(l.file(), a.pos(), a.body(),
                    "dispatched:" + a.body() + "/" + a.action().code() + "@" + a.date(), a.waivers(), null, a.township()),
                    a.body(), a.township(), a.action(), a.date(), a.committee()));
        }
    }

    /**
     * The resources a {@code resources} mapping does not provide: a key absent, null or false. A
     * delegated power is itself the power that goes down, so its {@code powers} is not read.
     */
    private static List<Resource> unprovided(Resources r, boolean powers) {
        Set<Resource> missing = EnumSet.allOf(Resource.class);
        if (!powers || Boolean.TRUE.equals(r.powers())) {
            missing.remove(Resource.POWERS);
        }
        if (Boolean.TRUE.equals(r.staff())) {
            missing.remove(Resource.STAFF);
        }
        if (Boolean.TRUE.equals(r.funds())) {
            missing.remove(Resource.FUNDS);
        }
        return List.copyOf(missing);
    }

    /** An item for every township: no {@code to}, {@code all}, or every class named (else 差别化). */
    private static boolean everyTownship(Recipients to) {
        if (to == null || to instanceof Recipients.All) {
            return true;
        }
        return to instanceof Recipients.Classes c && c.classes().containsAll(EnumSet.allOf(TownshipClass.class));
    }

    /** An item's subject: named by its name (or task), identified in its file by its id. */
    private static Subject item(Loaded l, qingdan.model.Position pos, String name, String id, int ordinal,
                                List<qingdan.model.Waiver> waivers) {
        return new Subject(l.file(), pos, name, id + "#" + ordinal, waivers, id, null);
    }
}
