package qingdan.engine.facts;

import java.time.LocalDate;
import qingdan.model.Post;

/**
 * A person of a personnel roster, known by the office's code.
 *
 * @param townshipYears           completed years of township work up to the roster's as_of; null: not recorded
 * @param atTownshipYears         at appointment, as the 任职资格 review recorded: township work
 * @param atLeadershipYears       at appointment: township leadership work
 */
public record PersonFact(
        String catalogue,
        Subject subject,
        String id,
        int ordinal,
        String township,
        Post post,
        LocalDate appointed,
        Integer townshipYears,
        Integer atTownshipYears,
        Integer atLeadershipYears) implements Item, InTownship {

    /** 党政正职: the party secretary or the head. */
    public boolean principal() {
        return post == Post.PARTY_SECRETARY || post == Post.HEAD;
    }

    /** How many of {@code team} have {@code years} or more of township work; one without the number counts (in the office's favour). */
    public static long qualified(java.util.List<?> team, long years) {
        return team.stream().map(PersonFact.class::cast)
                .filter(p -> p.townshipYears() == null || p.townshipYears() >= years).count();
    }

    /** A member of the township's leadership team (领导班子). */
    public boolean team() {
        return principal() || post == Post.TEAM_MEMBER;
    }
}
