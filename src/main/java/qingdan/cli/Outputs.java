package qingdan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file the way every qingdan output is written: whole or not at all, never over an input. */
final class Outputs {
    private Outputs() {
    }

    /** What writes the bytes. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** True when {@code a} and {@code b} are one file, after symlinks (false when either is missing). */
    static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes to a temporary file beside {@code target} and renames it over the target, so no reader
     * ever sees half a file. A target that exists and is not a regular file is refused.
     */
    static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new Main.UsageError(target + " exists and is not a regular file");
        }
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = (dir == null ? Path.of(".") : dir).resolve(".qingdan-" + ProcessHandle.current().pid() + "-"
                + abs.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
