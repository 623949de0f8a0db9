package qingdan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version and the git commit Maven wrote into the jar, so a user can say exactly what they run. */
public final class Version implements IVersionProvider {
    private static final Properties BUILD = read();

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/qingdan/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // No build information: report "dev" below rather than fail a run over it.
        }
        return p;
    }

    /** The version, e.g. 0.1.0; "dev" in classes not built by Maven. */
    public static String get() {
        return value("version", "dev");
    }

    /** The commit the jar was built from (12 hex digits, "-modified" when the tree had edits), or "unknown". */
    public static String commit() {
        return value("commit", "unknown");
    }

    private static String value(String key, String fallback) {
        String v = BUILD.getProperty(key, "").strip();
        // An unfiltered placeholder means the build that made these classes did not fill it in.
        return v.isEmpty() || v.startsWith("${") ? fallback : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"qingdan " + get() + " (commit " + commit() + ")",
            "Java " + Runtime.version() + ", " + System.getProperty("java.vendor", "unknown vendor")};
    }
}
