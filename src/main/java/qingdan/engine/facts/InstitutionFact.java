package qingdan.engine.facts;

import qingdan.model.InstitutionLevel;
import qingdan.model.InstitutionType;

/** An institution, station or plaque of a township, as the institution rules read it. */
public record InstitutionFact(
        String catalogue,
        Subject subject,
        String township,
        InstitutionType type,
        InstitutionLevel level,
        String demandedBy,
        String basis,
        String approvedBy,
        boolean operatedAsEntity) {
}
