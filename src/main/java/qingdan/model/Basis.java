package qingdan.model;

import java.util.List;

/** The authorities and document behind a one-veto item. */
public record Basis(
        Position pos,
        @Required @OneOrMany List<String> issuers,
        String document,
        BasisKind kind) {
}
