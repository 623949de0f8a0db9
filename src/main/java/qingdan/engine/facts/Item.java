package qingdan.engine.facts;

/** An item of a list of any kind: what {@code duplicate-item} compares. */
public interface Item {
    String catalogue();

    String id();

    /** Its place in the list, from 0: "later" items are reported. */
    int ordinal();

    Subject subject();
}
