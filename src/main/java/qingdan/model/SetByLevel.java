package qingdan.model;

/** The level that sets an assessment item on townships. */
public enum SetByLevel implements Term {
    CENTRAL("中央", "central"),
    PROVINCE("省级", "province"),
    CITY("市级", "city"),
    COUNTY("县级", "county"),
    COUNTY_DEPARTMENT("县级部门", "county-department");

    private final Words words;

    SetByLevel(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
