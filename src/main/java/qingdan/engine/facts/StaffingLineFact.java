package qingdan.engine.facts;

import qingdan.model.PostType;

/** One township's posts of one type in a staffing ledger. */
public record StaffingLineFact(String catalogue, Subject subject, int ordinal, String township, PostType type,
                               long approved, long inPost) implements InTownship {
}
