package qingdan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Chinese file names under a locale that is not UTF-8 (LANG=C: most CI images, cron). Java 17
 * decodes command-line arguments and file names with the locale's charset, fixed at start-up,
 * so under LANG=C a Chinese path is '?' and cannot even be opened. qingdan then starts itself
 * once more with the C.UTF-8 locale, handing over the arguments' original bytes (read from
 * /proc/self/cmdline, hex-encoded so they survive the ASCII locale). Standard output is UTF-8
 * either way (Main); a launcher that sets a UTF-8 locale itself saves this second start.
 */
final class Utf8Locale {
    private static final String ARGV = "qingdan.argv";
    private static final String GUARD = "QINGDAN_UTF8_RELAUNCHED";

    private Utf8Locale() {
    }

    /** The arguments as given, or as handed over by the first start. */
    static String[] arguments(String[] args) {
        String hex = System.getProperty(ARGV);
        if (hex == null) {
            return args;
        }
        if (hex.isEmpty()) {
            return new String[0];
        }
        String[] parts = hex.split("\\.", -1);
        String[] out = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = new String(HexFormat.of().parseHex(parts[i]), StandardCharsets.UTF_8);
        }
        return out;
    }

    /**
     * Starts qingdan again under C.UTF-8 when the file-name charset is not UTF-8 and the run
     * deals with file names (an argument that is not ASCII, or a folder to walk); returns its
     * exit code, or null to go on in this process.
     */
    static Integer relaunchIfNeeded(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (jnu.equalsIgnoreCase("UTF-8") || System.getenv(GUARD) != null || System.getProperty(ARGV) != null) {
            return null;
        }
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) {
            return null;
        }
        try {
            List<byte[]> argv = split(Files.readAllBytes(cmdline));
            if (argv.size() < args.length + 1) {
                return null;
            }
            List<byte[]> own = argv.subList(argv.size() - args.length, argv.size());
            if (args.length == 0 || !nonAscii(own) && !walks(args)) {
                return null;
            }
            StringBuilder hex = new StringBuilder();
            for (byte[] a : own) {
                hex.append(hex.length() == 0 ? "" : ".").append(HexFormat.of().formatHex(a));
            }
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-D" + ARGV + "=" + hex);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().put(GUARD, "1");
            return pb.start().waitFor();
        } catch (IOException | RuntimeException e) {
            return null; // go on as we are: ASCII names still work
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A check without files named checks catalogues/, whose file names may be Chinese. */
    private static boolean walks(String[] args) {
        return args.length > 0 && args[0].equals("check");
    }

    private static boolean nonAscii(List<byte[]> args) {
        for (byte[] a : args) {
            for (byte b : a) {
                if (b < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b == 0) {
                out.add(cur.toByteArray());
                cur.reset();
            } else {
                cur.write(b);
            }
        }
        if (cur.size() > 0) {
            out.add(cur.toByteArray());
        }
        return out;
    }
}
