package qingdan.model;

/** Where an institution stands: in the township, or demanded of its villages (村/社区). */
public enum InstitutionLevel implements Term {
    TOWNSHIP("乡镇", "township"),
    VILLAGE("村", "village", "社区");

    private final Words words;

    InstitutionLevel(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
