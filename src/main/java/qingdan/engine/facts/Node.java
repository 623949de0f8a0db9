package qingdan.engine.facts;

/** A fact about one node of a catalogue, which may carry waivers. */
public interface Node {
    Subject subject();
}
