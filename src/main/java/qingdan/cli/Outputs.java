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
     * ever sees half a file. A symbolic link, or a target that exists and is not a regular file
     * (a folder, device or FIFO), is refused: renaming over it would replace what it is. Every
     * failure is a usage error (exit 2) that says why, never an internal error.
     */
    static void write(Path target, Body body) {
        Path abs = target.toAbsolutePath();
        if (Files.isSymbolicLink(abs)) {
            throw new Main.UsageError("cannot write to " + target + ": it is a symbolic link; name the file it points to");
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new Main.UsageError("cannot write to " + target + ": it exists and is not a regular file (a folder, device or FIFO)");
        }
        try {
            atomically(abs, body);
        } catch (IOException e) {
            throw new Main.UsageError("cannot write to " + target + ": " + reason(e));
        }
    }

    private static void atomically(Path abs, Body body) throws IOException {
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // Not createTempFile: its owner-only mode would stay on the file; this one gets the
        // umask's, like any file the user writes.
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
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write's own failure is the one to tell
            }
        }
    }

    /** What went wrong, in words: Java names some failures only by the path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
