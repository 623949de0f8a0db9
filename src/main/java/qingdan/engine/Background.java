package qingdan.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work done on a thread of its own while the run goes on (building a rule base). */
final class Background {
    private Background() {
    }

    /** The result, waiting for it; a failure is rethrown as the work threw it, not wrapped. */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
