package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed AppCDS class list that {@code mvn package} dumps the launcher's archive from. */
class CdsClassListTest {
    private static final Path LIST = Path.of("packaging/cds/shrinkage-lab.classlist");

    @Test
    void everyLineIsThereOnceAndNamesNoGeneratedProxy() throws Exception {
        List<String> lines = Files.readAllLines(LIST).stream().filter(l -> !l.startsWith("#")).toList();
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            // JDK 17's -Xshare:dump crashes on a repeated @lambda-proxy line
            assertTrue(seen.add(line), "repeated: " + line);
            // annotation proxies are generated at run time: the dump cannot find them and warns
            assertTrue(!line.startsWith("jdk/proxy"), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("@lambda-proxy ")), "the lambda proxies are archived");
    }

    @Test
    void itHoldsTheClassesOfBothStarts() throws Exception {
        Set<String> classes = new HashSet<>(Files.readAllLines(LIST));
        // rerun packaging/cds-classlist.sh when one of these moves: the archive would miss the start-up path
        for (Class<?> c : List.of(Launcher.class, org.shrinkagelab.app.cli.Cli.class, ShrinkageLabApp.class,
                MainWindow.class, StartupLog.class, TabCatalog.class)) {
            assertTrue(classes.contains(c.getName().replace('.', '/')), c.getName());
        }
    }
}
