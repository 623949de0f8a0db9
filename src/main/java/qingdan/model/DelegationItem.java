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
 * @param resources           what goes down with the power; absent: not stated (catalogues older
 *                            than the key), unlike a duty transfer's
 */
public record DelegationItem(
        Position pos,
        @Required String id,
        @Required String name,
        @Required PowerCategory category,
        @Required String department,
        @Required DelegationMode mode,
        String domain,
        Recipients to,
        String procedure,
        String guidanceRef,
        String statutoryProcedure,
        String provincialDecision,
        List<LegalBasis> legalBasis,
        @About(value = "What goes down with the power (staff, funds), as on duty transfers; absent: not stated and not judged; "
                        + "present (even {}): a resource it lacks is not provided. powers is accepted and not read",
                zh = "随权力下放的保障（staff 人员、funds 经费）；不写则不判断，写了（含 {}）则缺少的即未下放")
        Resources resources,
        List<Waiver> waivers) {
}
