package qingdan.model;

import java.util.List;

/**
 * One assessment imposed on townships.
 *
 * @param setBy        who imposes it
 * @param to           the townships it applies to; absent: all. Some townships or classes only is a
 *                     差别化 item
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
        @About(value = "The townships it applies to, as a delegation item's to: all (default), a list of township names, or {classes: [一类, 二类]}",
                zh = "适用的乡镇：all（默认）、乡镇名称列表，或 {classes: [一类, 二类]}",
                column = "适用乡镇")
        Recipients to,
        SetByLevel setByLevel,
        Boolean oneVeto,
        Basis basis,
        Boolean direct,
        String caseApproval,
        Via via,
        List<Indicator> indicators,
        List<Waiver> waivers) {
}
