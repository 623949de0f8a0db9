package qingdan.load;

import qingdan.bind.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import qingdan.yaml.YamlReader;

/**
 * Reads a catalogue file whole, but only one that is a regular file no bigger than a catalogue
 * can be: the size comes from the file system before a byte is read, so a 1 GiB file, a device
 * such as /dev/zero or a FIFO costs nothing and never hangs the run.
 */
final class Bounded {
    private Bounded() {
    }

    /** The file's bytes, or null with the reason added to {@code problems}. */
    static byte[] read(Path path, Problems problems) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            problems.add(null, "no such file", "文件不存在");
            return null;
        } catch (IOException e) {
            problems.add(null, "cannot read the file: " + reason(e), "无法读取文件：" + reason(e));
            return null;
        }
        if (!a.isRegularFile()) {
            String what = a.isDirectory() ? "a folder" : "a device, FIFO or socket";
            String whatZh = a.isDirectory() ? "文件夹" : "设备、管道或套接字";
            problems.add(null, "not a regular file (" + what + "); a catalogue is a .yaml file, and this one is not read",
                    "不是普通文件（" + whatZh + "）；清单是 .yaml 文件，此文件未被读取");
            return null;
        }
        long limit = YamlReader.MAX_FILE_BYTES;
        if (a.size() > limit) {
            problems.add(null, tooBig(a.size()), tooBigZh(a.size()));
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            // Read into an array of the size looked at (not in 8 KiB pieces gathered and copied),
            // then see whether the file grew since: never read past the limit.
            byte[] bytes = new byte[(int) a.size()];
            int got = in.readNBytes(bytes, 0, bytes.length);
            if (got < bytes.length) {
                return Arrays.copyOf(bytes, got);
            }
            byte[] more = in.readNBytes((int) (limit - got) + 1);
            if (more.length == 0) {
                return bytes;
            }
            long total = (long) got + more.length;
            if (total > limit) {
                problems.add(null, tooBig(total), tooBigZh(total));
                return null;
            }
            byte[] all = Arrays.copyOf(bytes, (int) total);
            System.arraycopy(more, 0, all, got, more.length);
            return all;
        } catch (IOException e) {
            problems.add(null, "cannot read the file: " + reason(e), "无法读取文件：" + reason(e));
            return null;
        }
    }

    private static String tooBig(long size) {
        return "file is " + mib(size) + "; a catalogue may be at most " + (YamlReader.MAX_FILE_BYTES >> 20)
                + " MiB, so it is not read";
    }

    private static String tooBigZh(long size) {
        return "文件大小 " + mib(size) + "，清单最大 " + (YamlReader.MAX_FILE_BYTES >> 20) + " MiB，因此未读取";
    }

    private static String mib(long size) {
        return size >= 1 << 20 ? (size >> 20) + " MiB" : size + " bytes";
    }

    /** The reason without the path (the report already names the file). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /**
     * Whether the text has a top-level {@code kind:} key: a line that starts with it. Judged on
     * the bytes, so that it answers for a GBK file too (which then gets its encoding error).
     */
    static boolean hasTopLevelKind(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < b.length) {
            int j = i;
            if (j < b.length && (b[j] == '"' || b[j] == '\'')) {
                j++;
            }
            if (j + 4 <= b.length && b[j] == 'k' && b[j + 1] == 'i' && b[j + 2] == 'n' && b[j + 3] == 'd') {
                j += 4;
                if (j < b.length && (b[j] == '"' || b[j] == '\'')) {
                    j++;
                }
                while (j < b.length && (b[j] == ' ' || b[j] == '\t')) {
                    j++;
                }
                if (j < b.length && b[j] == ':') {
                    return true;
                }
            }
            while (i < b.length && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            i++;
        }
        return false;
    }
}
