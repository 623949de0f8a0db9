package qingdan.pack;

import qingdan.model.Term;

/**
 * What a check reads beyond the catalogue it checks, as its contract declares it ({@code joins:}).
 * A run may be split into sessions for speed only along these: a check that declares none, or
 * {@code any}, sees every catalogue of the run in one session.
 */
public enum Join implements Term {
    /** The delegation list's provincial guidance catalogue ({@code guidance:}). */
    GUIDANCE("指导目录", "guidance"),
    /** The establishment plan that applies ({@code establishment:}, else the jurisdiction's plans). */
    PLAN("机构设置方案", "plan"),
    /** Any catalogue of the same jurisdiction. */
    JURISDICTION("同一辖区的清单", "jurisdiction"),
    /** Any catalogue of the run. */
    ANY("本次检查的任何清单", "any");

    private final Words words;

    Join(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
