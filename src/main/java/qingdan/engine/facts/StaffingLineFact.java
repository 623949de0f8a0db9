package qingdan.engine.facts;

import qingdan.model.PostType;

/** One township's posts of one type in a staffing ledger. */
public record StaffingLineFact(String catalogue, Subject subject, int ordinal, String township, PostType type,
                               long approved, long inPost) implements InTownship {

    /** People in post over {@code lines}. */
    public static long inPost(java.util.List<?> lines) {
        return lines.stream().mapToLong(l -> ((StaffingLineFact) l).inPost()).sum();
    }

    /** Posts approved over {@code lines}. */
    public static long approved(java.util.List<?> lines) {
        return lines.stream().mapToLong(l -> ((StaffingLineFact) l).approved()).sum();
    }
}
