package qingdan.ship;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program as a user would, in a folder and an environment of the test's choosing. */
final class Processes {
    private Processes() {
    }

    record Result(int exit, String out, String err) {
        String describe() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** The Java running the build: a test of the archive uses it as a user's JAVA_HOME. */
    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    static Path target() {
        return Path.of(System.getProperty("qingdan.target", "target")).toAbsolutePath();
    }

    /**
     * Runs {@code command} in {@code dir} with exactly the environment {@code env} (nothing
     * inherited), and waits at most two minutes.
     */
    static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("qingdan-out", ".txt");
        Path err = Files.createTempFile("qingdan-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
