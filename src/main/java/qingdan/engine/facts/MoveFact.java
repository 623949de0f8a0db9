package qingdan.engine.facts;

import java.time.LocalDate;
import java.util.List;
import qingdan.model.CommitteeOpinion;
import qingdan.model.MoveType;
import qingdan.model.Post;

/**
 * A move out of a township.
 *
 * @param township    the township the person leaves ({@code from:})
 * @param destination the receiving unit ({@code to:}): any unit, or a township of the plan
 * @param recruited   the day newly recruited, or null: not a new recruit
 * @param committee   the township party committee's opinion, or null: not asked
 */
public record MoveFact(
        String catalogue,
        Subject subject,
        String person,
        String township,
        String destination,
        MoveType type,
        LocalDate date,
        Post post,
        LocalDate recruited,
        CommitteeOpinion committee,
        List<String> approvedBy) implements InTownship {

    /** True when the township party committee consented (同意). */
    public boolean consented() {
        return committee == CommitteeOpinion.CONSENTED;
    }

    /** True when the person was newly recruited and moved before {@code years} years from recruitment. */
    public boolean within(long years) {
        return recruited != null && date.isBefore(recruited.plusYears(years));
    }
}
