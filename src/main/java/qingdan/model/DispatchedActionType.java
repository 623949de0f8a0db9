package qingdan.model;

/** An action on the staff of a dispatched body (派驻机构). */
public enum DispatchedActionType implements Term {
    STAFFING_CHANGE("人员编制调整", "staffing-change"),
    ASSESSMENT("工作考核", "assessment"),
    HEAD_APPOINTMENT("主要负责同志任免", "head-appointment");

    private final Words words;

    DispatchedActionType(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
