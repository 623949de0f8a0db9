package qingdan.engine.facts;

/** 乡编县用: people on a line's township posts who work in a county organ; the subject is the line's, at the entry. */
public record CountyUseFact(String catalogue, Subject subject, String organ, long persons) implements Node {
}
