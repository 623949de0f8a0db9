package qingdan.ship;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The system programs a test of what users do with qingdan's outputs needs (a browser, a PDF
 * reader, an office suite). .ci/run installs them; under CI a missing one fails the test, since a
 * skipped test there would pass unseen. Outside CI a developer without them gets a skip that says
 * which Debian package to install.
 */
final class Tools {
    private Tools() {
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The program {@code name} on PATH (or /usr/bin), else a failure in CI and a skip elsewhere. */
    static Path require(String name, String debianPackage) {
        String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
        for (String dir : (path + File.pathSeparator + "/usr/bin").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        String why = name + " is not installed (Debian package " + debianPackage + "; .ci/run installs it)";
        if (inCi()) {
            fail(why + ": under CI=true this test must run, not skip");
        }
        Assumptions.abort(why + ": skipped outside CI");
        throw new AssertionError("unreachable");
    }

    /** A plain environment for a system program: its own HOME, a UTF-8 locale, the system PATH. */
    static Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        return env;
    }
}
