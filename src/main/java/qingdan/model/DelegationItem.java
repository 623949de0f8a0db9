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
        List<Waiver> waivers) {
}
