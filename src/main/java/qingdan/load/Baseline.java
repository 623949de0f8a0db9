package qingdan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** A baseline: a JSON report written earlier, whose findings' fingerprints a run leaves out. */
public final class Baseline {
    private Baseline() {
    }

    /** The fingerprints of a JSON report's findings. */
    public static Set<String> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new IOException("not a qingdan JSON report (no \"findings\" list)");
        }
        Set<String> out = new HashSet<>();
        for (JsonNode f : findings) {
            JsonNode fp = f.get("fingerprint");
            if (fp != null && fp.isTextual()) {
                out.add(fp.asText());
            }
        }
        return out;
    }
}
