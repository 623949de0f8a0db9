package qingdan.engine.facts;

import java.util.List;
import qingdan.model.DelegationMode;
import qingdan.model.InstitutionLevel;
import qingdan.model.PowerCategory;

/**
 * A power of a delegation catalogue, with what its legal bases say.
 *
 * @param legalBasis        it cites at least one legal basis
 * @param townshipCompetent some basis lets the township exercise the power
 * @param reservedToCounty  some basis reserves the power to county level or above
 * @param to                the township names {@code to:} lists; empty for all or by class
 * @param serviceHall       handled in the service hall; null when not stated
 * @param unprovided        staff and funds its {@code resources} does not provide; null when it has no
 *                          {@code resources} (not judged). Powers are never missing: the item is the power
 */
public record DelegationItemFact(
        String catalogue,
        Subject subject,
        String id,
        int ordinal,
        String name,
        String department,
        PowerCategory category,
        DelegationMode mode,
        String domain,
        String procedure,
        String guidanceRef,
        String statutoryProcedure,
        String provincialDecision,
        boolean legalBasis,
        boolean townshipCompetent,
        boolean reservedToCounty,
        List<String> to,
        List<Resource> unprovided,
        Boolean serviceHall) implements Item, Addressed, Resourced {

    /** A delegated power goes to townships. */
    @Override
    public InstitutionLevel level() {
        return InstitutionLevel.TOWNSHIP;
    }
}
