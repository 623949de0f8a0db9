package qingdan.engine.facts;

import java.util.List;

/** An item that may name the townships it applies to ({@code to:}), which must be in the plan. */
public interface Addressed {
    String catalogue();

    Subject subject();

    /** The township names its {@code to:} lists; empty for all or by class. */
    List<String> to();
}
