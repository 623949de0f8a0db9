package qingdan.bind;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Binder caches record shapes; a catalogue's shape includes its header's. Whatever order a run
 * first meets the kinds in, working out a shape must never fail ("Recursive update" is what a
 * ConcurrentHashMap throws when its mapping function updates the map itself, which depends on
 * the classes' identity hash codes, so this tries many fresh class loaders).
 */
class BinderShapesTest {
    static final List<String> KINDS = List.of("EstablishmentPlan", "DelegationCatalogue", "AssessmentCatalogue", "DutyTransferList");

    @Test
    void everyCatalogueKindsShapeCanBeWorkedOutInAFreshRun() throws Exception {
        URL classes = Binder.class.getProtectionDomain().getCodeSource().getLocation();
        for (int run = 0; run < 64; run++) {
            try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
                Method shape = fresh.loadClass("qingdan.bind.Binder").getMethod("shape", Class.class);
                for (String kind : KINDS) {
                    try {
                        shape.invoke(null, fresh.loadClass("qingdan.model." + kind));
                    } catch (InvocationTargetException e) {
                        fail("Binder.shape(" + kind + ") failed in fresh run " + run + ": " + e.getCause(), e.getCause());
                    }
                }
            }
        }
    }
}
