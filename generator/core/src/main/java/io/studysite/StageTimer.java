package io.studysite;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times each pipeline stage, in the order they ran, for {@code --verbose}. */
public final class StageTimer {
    private final Map<String, Duration> times = new LinkedHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Stage times in the order the stages ran. */
    public Map<String, Duration> times() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(times));
    }
}
