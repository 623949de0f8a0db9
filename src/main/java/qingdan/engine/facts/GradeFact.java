package qingdan.engine.facts;

import qingdan.model.Grade;
import qingdan.model.Post;

/**
 * One grade a person of a roster received in one year's annual assessment; the subject is the
 * person's (a township's 优秀 finding points at the first person of its pool).
 */
public record GradeFact(String catalogue, Subject subject, int ordinal, String township, int year, Post post,
                        Grade grade) {

    /** How many of {@code pool} are graded 优秀. */
    public static long excellent(java.util.List<?> pool) {
        return pool.stream().map(GradeFact.class::cast).filter(g -> g.grade() == Grade.EXCELLENT).count();
    }

    /** In the township organ's 优秀 pool: its leaders and civil servants with a grade other than 不定等次. */
    public boolean pooled() {
        return post != Post.INSTITUTION_STAFF && grade != Grade.UNGRADED;
    }
}
