package qingdan.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import qingdan.bind.Names;
import qingdan.cli.Main.UsageError;
import qingdan.model.Kind;

/** A catalogue kind named on the command line (template, schema, check --kind), by its code or its Chinese name. */
final class KindArgument {
    private KindArgument() {
    }

    /**
     * @param where how the kind was given, for the message ("in --kind"), or empty
     * @throws UsageError naming the nearest kind and every kind, when none matches
     */
    static Kind parse(String name, String where) {
        for (Kind k : Kind.values()) {
            if (k.matches(name.strip())) {
                return k;
            }
        }
        List<String> codes = Arrays.stream(Kind.values()).map(Kind::code).toList();
        String near = Names.nearest(name, codes);
        throw new UsageError("unknown kind '" + name + "'" + (where.isEmpty() ? "" : " " + where)
                + (near != null ? "; did you mean '" + near + "'?" : "") + "; expected one of: "
                + Arrays.stream(Kind.values()).map(k -> k.code() + " (" + k.zh() + ")").collect(Collectors.joining(", ")));
    }
}
