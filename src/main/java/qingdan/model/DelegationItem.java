package qingdan.model;

import java.util.List;

/**
 * 事项: one power handed to townships.
 *
 * @param department          the county department the power comes from
 * @param domain              the area of work, compared with a pack's focus areas
 * @param procedure           下放程序: how the power goes down
 * @param guidanceRef         the guidance catalogue's item this one is drawn from
 * @param statutoryProcedure  the document by which a statutory procedure was followed
 * @param provincialDecision  the published provincial decision (行政处罚法 第二十四条)
 * @param serviceHall         handled in the service hall or on the 政务服务平台; absent: not stated
 * @param resources           what goes down with the power; absent: not stated (catalogues older
 *                            than the key), unlike a duty transfer's
 */
public record DelegationItem(
        Position pos,
        @Required @Label({"编号"}) String id,
        @Required @Label({"事项名称"}) String name,
        @Required @Label({"权力类别"}) PowerCategory category,
        @Required @Label({"实施部门"}) String department,
        @Required @Label({"下放方式"}) DelegationMode mode,
        @Label({"领域"}) String domain,
        @Label({"承接乡镇"}) Recipients to,
        @Label({"下放程序"}) String procedure,
        @Label({"指导目录编号"}) String guidanceRef,
        @Label({"法定程序"}) String statutoryProcedure,
        @Label({"省级决定"}) String provincialDecision,
        @Label({"法律依据"}) List<LegalBasis> legalBasis,
        @About(value = "Handled in the township's service hall or on its 政务服务平台 (便民服务中心, 政务服务中心, 综合性便民服务大厅); "
                        + "absent: not stated",
                zh = "是否进驻乡镇便民服务中心（政务服务中心、综合性便民服务大厅）或政务服务平台办理；不写即未说明",
                column = "进驻服务大厅")
        @Label({"进驻服务大厅"}) Boolean serviceHall,
        @About(value = "What goes down with the power (staff, funds), as on duty transfers; absent: not stated and not judged; "
                        + "present (even {}): a resource it lacks is not provided. powers is accepted and not read",
                zh = "随权力下放的保障（staff 人员、funds 经费）；不写则不判断，写了（含 {}）则缺少的即未下放")
        Resources resources,
        List<Waiver> waivers) {
}
