package qingdan.engine.facts;

import java.time.LocalDate;
import qingdan.model.CommitteeOpinion;
import qingdan.model.DispatchedActionType;

/** An action on the staff of a dispatched body; committee null: the township committee was not asked. */
public record DispatchedActionFact(String catalogue, Subject subject, String body, String township,
                                   DispatchedActionType action, LocalDate date, CommitteeOpinion committee) implements InTownship {
}
