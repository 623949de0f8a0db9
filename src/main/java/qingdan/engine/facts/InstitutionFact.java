package qingdan.engine.facts;

import java.util.List;
import qingdan.model.InstitutionLevel;
import qingdan.model.InstitutionType;
import qingdan.model.Management;

/**
 * An institution, station or plaque of a township, as the institution rules read it.
 *
 * @param approvedBy its approvers joined (、), or null when it has none
 * @param approvals  its approvers, each as written
 */
public record InstitutionFact(
        String catalogue,
        Subject subject,
        String township,
        InstitutionType type,
        InstitutionLevel level,
        String demandedBy,
        String basis,
        String approvedBy,
        boolean operatedAsEntity,
        Management management,
        List<String> approvals) {
}
