package qingdan.engine.facts;

import java.util.List;
import qingdan.model.InstitutionLevel;
import qingdan.model.Via;

/**
 * A task a county department hands to townships, or a township to its villages.
 *
 * @param approvers  its approvers other than its own {@code from}: a department that approves its
 *                   own transfer has not had it approved
 * @param level      乡镇: handed to townships; 村: handed by a township to its villages
 * @param unprovided the resources that do not go down with it (权、人、钱), as catalogues.md reads
 *                   an absent {@code resources} or key: not provided
 */
public record DutyTransferFact(
        String catalogue,
        Subject subject,
        String id,
        int ordinal,
        String from,
        Via via,
        boolean consulted,
        List<String> approvedBy,
        List<String> approvers,
        InstitutionLevel level,
        List<Resource> unprovided) implements Item, Imposed, Resourced {

    /** Duty-transfer rules other than duty-transfer-unresourced read tasks handed to townships only. */
    @Override
    public boolean toTownships() {
        return level == InstitutionLevel.TOWNSHIP;
    }
}
