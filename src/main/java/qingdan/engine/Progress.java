package qingdan.engine;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a run has got, for a progress line; updated by the run, read by another thread. */
public final class Progress {
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger findings = new AtomicInteger();
    private volatile boolean checking;

    public void files(int n) {
        files.set(n);
    }

    public void fileRead() {
        read.incrementAndGet();
    }

    public void checking() {
        checking = true;
    }

    public void finding() {
        findings.incrementAndGet();
    }

    /** One line: files read of all, then findings so far once the rules run. */
    public String line(boolean english) {
        if (!checking) {
            return english ? "reading " + read.get() + "/" + files.get() + " files" : "正在读取 " + read.get() + "/" + files.get() + " 个文件";
        }
        return english ? read.get() + " files read; checking: " + findings.get() + " findings so far"
                : "已读取 " + read.get() + " 个文件；正在检查：已发现 " + findings.get() + " 个问题";
    }
}
