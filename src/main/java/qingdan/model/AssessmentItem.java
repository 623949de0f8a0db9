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
        @Required @Label({"编号"}) String id,
        @Required @Label({"事项名称"}) String name,
        @Required @Label({"设定单位"}) String setBy,
        @About(value = "The townships it applies to, as a delegation item's to: all (default), a list of township names, or {classes: [一类, 二类]}",
                zh = "适用的乡镇：all（默认）、乡镇名称列表，或 {classes: [一类, 二类]}",
                column = "适用乡镇")
        @Label({"适用乡镇"}) Recipients to,
        @Label({"设定层级"}) SetByLevel setByLevel,
        @Label({"一票否决"}) Boolean oneVeto,
        Basis basis,
        @Label({"直接考核"}) Boolean direct,
        @Label({"一事一报批准"}) String caseApproval,
        @Label({"方式"}) Via via,
        @Label({"考核指标"}) List<Indicator> indicators,
        List<Waiver> waivers) {
}
