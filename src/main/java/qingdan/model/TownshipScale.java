package qingdan.model;

/**
 * 规模: a township's size as the office records it (较大的乡镇, 规模较小的乡镇). Never derived from
 * population or class: the documents that read it (jilin-2017 mandatory-count, ganzhou-2018
 * party-government-floor) leave the judgement to the office.
 */
public enum TownshipScale implements Term {
    LARGE("较大", "large"),
    MEDIUM("一般", "medium"),
    SMALL("较小", "small");

    private final Words words;

    TownshipScale(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
