package qingdan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import qingdan.engine.Progress;

/**
 * A progress line on standard error for runs longer than about two seconds, redrawn in place;
 * only on a terminal (never in pipes or CI logs, where it would be noise), and wiped at the end.
 */
final class ProgressLine implements AutoCloseable {
    private static final long DELAY_MS = 2000;

    private final ScheduledExecutorService timer;
    private final PrintStream err;
    private volatile boolean drawn;

    private ProgressLine(ScheduledExecutorService timer, PrintStream err) {
        this.timer = timer;
        this.err = err;
    }

    static ProgressLine start(Progress progress, boolean english) {
        if (System.console() == null || System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return new ProgressLine(null, null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "qingdan-progress");
            t.setDaemon(true);
            return t;
        });
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        ProgressLine line = new ProgressLine(timer, err);
        timer.scheduleAtFixedRate(() -> line.draw(progress.line(english)), DELAY_MS, 250, TimeUnit.MILLISECONDS);
        return line;
    }

    private synchronized void draw(String text) {
        err.print("\r\033[2K" + text);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        if (drawn) {
            err.print("\r\033[2K");
            err.flush();
        }
    }
}
