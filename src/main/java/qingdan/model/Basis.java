package qingdan.model;

import java.util.List;

/** The authorities and document behind a one-veto item. */
public record Basis(
        Position pos,
        @Required @OneOrMany @Label({"依据发文机关"}) List<String> issuers,
        @Label({"依据文件"}) String document,
        @Label({"依据类型"}) BasisKind kind) {
}
