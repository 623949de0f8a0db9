package qingdan.engine.facts;

import java.util.List;
import qingdan.model.BasisKind;
import qingdan.model.SetByLevel;
import qingdan.model.Via;

/**
 * An assessment put on townships.
 *
 * @param imposedBy      who imposes it ({@code set_by})
 * @param imposedAt      the level that imposes it ({@code set_by_level})
 * @param authorities    the issuers of its basis; empty when it has no basis. (Not "issuers" nor
 *                       "setBy": Drools reads is-/set- prefixes as bean accessors.)
 * @param mainIndicators the names of its indicators marked main
 * @param everyTownship  it applies to every township ({@code to} absent, all, or all three classes);
 *                       otherwise it is 差别化
 * @param indicators     the names of all its indicators
 * @param to             the township names its {@code to:} lists; empty for all or by class
 */
public record AssessmentItemFact(
        String catalogue,
        Subject subject,
        String id,
        int ordinal,
        String imposedBy,
        SetByLevel imposedAt,
        boolean oneVeto,
        List<String> authorities,
        BasisKind basisKind,
        boolean direct,
        String caseApproval,
        Via via,
        List<String> mainIndicators,
        boolean everyTownship,
        List<String> to,
        List<String> indicators) implements Item, Imposed, Addressed {
}
