package qingdan.model;

import java.util.List;

/**
 * One assessment imposed on townships.
 *
 * @param setBy        who imposes it
 * @param oneVeto      一票否决: failing it fails the whole assessment
 * @param basis        what authorises a one-veto item
 * @param direct       a department assesses townships directly
 * @param caseApproval the 一事一报 approval of a direct assessment
 * @param via          how the responsibility is imposed
 */
public record AssessmentItem(
        Position pos,
        @Required String id,
        @Required String name,
        @Required String setBy,
        SetByLevel setByLevel,
        Boolean oneVeto,
        Basis basis,
        Boolean direct,
        String caseApproval,
        Via via,
        List<Indicator> indicators,
        List<Waiver> waivers) {
}
