package qingdan.load;

import java.util.ArrayList;
import java.util.List;
import qingdan.model.AssessmentCatalogue;
import qingdan.model.Catalogue;
import qingdan.model.DelegationCatalogue;
import qingdan.model.DutyTransferList;
import qingdan.model.EstablishmentPlan;
import qingdan.model.PersonnelRoster;
import qingdan.model.PublicServiceCatalogue;
import qingdan.model.StaffingLedger;
import qingdan.model.Waiver;

/** Every waiver written anywhere in a catalogue. */
final class Waivers {
    private Waivers() {
    }

    static List<Waiver> all(Catalogue c) {
        List<Waiver> out = new ArrayList<>();
        if (c instanceof EstablishmentPlan p) {
            p.townships().forEach(t -> {
                out.addAll(t.waivers());
                t.institutions().forEach(i -> out.addAll(i.waivers()));
            });
        } else if (c instanceof DelegationCatalogue d) {
            d.items().forEach(i -> out.addAll(i.waivers()));
        } else if (c instanceof AssessmentCatalogue a) {
            a.items().forEach(i -> out.addAll(i.waivers()));
        } else if (c instanceof DutyTransferList l) {
            l.items().forEach(i -> out.addAll(i.waivers()));
        } else if (c instanceof PublicServiceCatalogue s) {
            s.items().forEach(i -> out.addAll(i.waivers()));
            s.sites().forEach(i -> out.addAll(i.waivers()));
        } else if (c instanceof StaffingLedger s) {
            s.lines().forEach(line -> {
                out.addAll(line.waivers());
                line.usedByCounty().forEach(u -> out.addAll(u.waivers()));
                line.demanded().forEach(d -> out.addAll(d.waivers()));
            });
        } else if (c instanceof PersonnelRoster r) {
            r.people().forEach(p -> out.addAll(p.waivers()));
            r.moves().forEach(m -> out.addAll(m.waivers()));
            r.allowances().forEach(a -> out.addAll(a.waivers()));
            r.dispatchedActions().forEach(a -> out.addAll(a.waivers()));
        }
        return out;
    }
}
