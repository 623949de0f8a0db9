package qingdan.model;

/** 基本公共服务领域: the basic public-service area a service item belongs to (new-kinds.md A.3). */
public enum ServiceArea implements Term {
    EDUCATION("基本公共教育服务", "education"),
    EMPLOYMENT("劳动就业服务", "employment", "劳动就业创业服务"),
    SOCIAL_INSURANCE("社会保险服务", "social-insurance"),
    SOCIAL_SERVICES("基本社会服务", "social-services"),
    HEALTH("基本医疗卫生服务", "health"),
    CULTURE_SPORTS("公共文化体育服务", "culture-sports"),
    LEGAL_SERVICES("公共法律服务", "legal-services"),
    OTHER("其他公共服务", "other");

    private final Words words;

    ServiceArea(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
