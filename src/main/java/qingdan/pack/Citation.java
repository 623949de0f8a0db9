package qingdan.pack;

/** The clause a rule encodes: the document, its clause, and the clause's own words. */
public record Citation(String document, String clause, String quote) {
}
