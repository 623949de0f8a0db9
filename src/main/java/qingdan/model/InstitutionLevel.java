package qingdan.model;

import java.util.List;

/** Where an institution stands: in the township, or demanded of its villages (村/社区). */
public enum InstitutionLevel implements Term {
    TOWNSHIP("乡镇", "township"),
    VILLAGE("村", "village", List.of("社区"));

    private final String zh;
    private final String code;
    private final List<String> aliases;

    InstitutionLevel(String zh, String code) {
        this(zh, code, List.of());
    }

    InstitutionLevel(String zh, String code, List<String> aliases) {
        this.zh = zh;
        this.code = code;
        this.aliases = aliases;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String code() {
        return code;
    }
}
