package qingdan.model;

/** 编制类型: the kind of post a staffing line counts; 政府购买服务 is an approved quota (核定员额), not 编制. */
public enum PostType implements Term {
    ADMINISTRATIVE("行政编制", "administrative"),
    PUBLIC_INSTITUTION("事业编制", "public-institution"),
    PURCHASED_SERVICE("政府购买服务", "purchased-service", "政府购买服务人员");

    private final Words words;

    PostType(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
