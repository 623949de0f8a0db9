package qingdan.model;

/**
 * 管理体制: who manages a township station (事业站所). Township management is the usual regime; the
 * other two need the province government's approval (ganzhou-2018, jilin-2017).
 */
public enum Management implements Term {
    TOWNSHIP("乡镇管理为主", "township"),
    UPPER_DEPARTMENT("上级主管部门为主", "upper-department"),
    REGIONAL("按区域设置", "regional");

    private final Words words;

    Management(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
