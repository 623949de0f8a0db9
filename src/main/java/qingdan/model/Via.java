package qingdan.model;

/** How a task or responsibility is put on townships. */
public enum Via implements Term {
    ENTRUST("委托", "entrust"),
    ASSIGN("交办", "assign"),
    TERRITORIAL("属地管理", "territorial"),
    RESPONSIBILITY_LETTER("责任状", "responsibility-letter"),
    ALLOTTED_TARGETS("分解下达指标", "allotted-targets"),
    ACCEPTANCE_CHECK("考核验收", "acceptance-check");

    private final Words words;

    Via(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
