package qingdan.engine.facts;

/** A node that names a township, which must be one of its plan's ({@code unknown-township}). */
public interface InTownship extends Node {
    String catalogue();

    String township();
}
