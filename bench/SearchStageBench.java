import io.studysite.BuildOptions;
import io.studysite.SiteBuilder;
import io.studysite.incremental.SiteState;
import io.studysite.output.FolderSwap;
import io.studysite.search.SearchFiles;
import io.studysite.search.Section;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The search stage of a full build alone: builds the vault once to get its sections, then runs the search stage
 * (Lucene index, export, shards) RUNS times and prints each run's CPU seconds (the whole process's, every thread:
 * what the build pays) and wall seconds. The last run's shards are written under OUT/search, to compare two
 * versions with {@code diff -r}; with JFR set, the runs (and only they) are recorded with the "profile" settings.
 *
 *   java -cp generator/cli/target/studysite.jar bench/SearchStageBench.java VAULT OUT [RUNS] [JFR]
 */
public class SearchStageBench {
    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path site = out.resolve("site");
        AtomicReference<SiteState> kept = new AtomicReference<>();
        new SiteBuilder().build(BuildOptions.of(vault, site), kept::set);
        List<Section> sections = kept.get().allSections();
        kept.set(null);
        System.out.printf("%d sections%n", sections.size());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        jdk.jfr.Recording recording = args.length > 3 ? new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile")) : null;
        if (recording != null) recording.start();
        Map<String, String> files = new TreeMap<>();
        for (int run = 1; run <= runs; run++) {
            files.clear();
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            Path index = SearchFiles.build(sections, site, files::put);
            System.out.printf("run %d: search stage %.2f s CPU, %.2f s wall, %d files%n", run,
                    (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, files.size());
            FolderSwap.delete(index);
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(args[3]));
        }
        Path shards = out.resolve("search");
        Files.createDirectories(shards);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = shards.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }
}
