package qingdan.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The shipped checks as kie-maven-plugin compiled them at build time. Drools' fastest start: the
 * generated model classes are instantiated directly, with no DRL parsing, jar scanning or
 * kmodule.xml. {@code KieBaseBuilder} is internal to Drools, so it is used here and only here.
 */
final class ExecutableModel {
    /** Written by kie-maven-plugin: a version line, then one generated model class per line. */
    private static final String INDEX = "/META-INF/kie/io.qingdan/qingdan/drools-model";

    /** The shipped checks' rule base, being built or built: once per JVM, since it never changes. */
    private static CompletableFuture<KieBase> shipped;

    private ExecutableModel() {
    }

    /**
     * Starts building the shipped rule base on its own thread, unless it has been started: it
     * needs neither packs nor catalogues, so it can go on while they are read.
     */
    static synchronized CompletableFuture<KieBase> start() {
        if (shipped == null) {
            CompletableFuture<KieBase> building = new CompletableFuture<>();
            Thread builder = new Thread(() -> {
                try {
                    building.complete(load());
                } catch (RuntimeException | Error e) {
                    building.completeExceptionally(e);
                }
            }, "qingdan-rules");
            builder.setDaemon(true);
            builder.start();
            shipped = building;
        }
        return shipped;
    }

    /** Whether this jar (or these classes) carry the compiled shipped checks. */
    static boolean present() {
        return ExecutableModel.class.getResource(INDEX) != null;
    }

    /** The shipped rule base, waiting for it if it is being built; null as {@link #load()} says. */
    static KieBase shipped() {
        return Background.join(start());
    }

    /**
     * The compiled shipped checks, or null when running from classes that kie-maven-plugin has not
     * seen (an IDE build): then the DRL is compiled instead. A jar always carries them; one that
     * does not was built wrong, and says so rather than compiling the DRL on every run.
     */
    private static KieBase load() {
        List<Model> models = new ArrayList<>();
        URL index = ExecutableModel.class.getResource(INDEX);
        boolean inJar = index != null ? "jar".equals(index.getProtocol())
                : "jar".equals(String.valueOf(ExecutableModel.class.getResource("ExecutableModel.class")).split(":", 2)[0]);
        if (index == null) {
            return missing(inJar);
        }
        try (InputStream in = index.openStream()) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                    continue;
                }
                models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled rules in this jar cannot be loaded", e);
        }
        return models.isEmpty() ? missing(inJar) : KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static KieBase missing(boolean inJar) {
        if (inJar) {
            throw new IllegalStateException("this jar was built without the executable model of its rules ("
                    + INDEX.substring(1) + " lists no model class): the build found no DRL in rules/checks; rebuild it with ./mvnw package");
        }
        return null;
    }
}
