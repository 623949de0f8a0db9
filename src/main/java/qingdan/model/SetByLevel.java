package qingdan.model;

/** The level that sets an assessment item on townships. */
public enum SetByLevel implements Term {
    CENTRAL("中央", "central"),
    PROVINCE("省级", "province"),
    CITY("市级", "city"),
    COUNTY("县级", "county"),
    COUNTY_DEPARTMENT("县级部门", "county-department");

    private final String zh;
    private final String code;

    SetByLevel(String zh, String code) {
        this.zh = zh;
        this.code = code;
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
