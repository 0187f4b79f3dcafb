package com.stride.load;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The run's figures as a Markdown report, ready to be copied into docs/performance.md. */
final class LoadReport {

    private LoadReport() {
    }

    static String markdown(LoadRun run, double seconds, double appCores, double postgresCores, List<String> notes,
                           Instant started) {
        Recorder recorder = run.recorder();
        StringBuilder report = new StringBuilder();
        report.append("# Load test ").append(started).append("\n\n");
        report.append(String.format(Locale.ROOT, "%d sessions, %.0f s measured, %d interactions (%.1f/s), "
                        + "%d HTTP requests (%.1f/s), %d errors; app CPU %.0f %% of a core, PostgreSQL CPU %.0f %%; "
                        + "%d ticks acknowledged\n\n", run.sessions(), seconds, recorder.totalCount(),
                recorder.totalCount() / seconds, run.requestsMeasured(), run.requestsMeasured() / seconds,
                recorder.totalErrors(), appCores * 100, postgresCores * 100, recorder.acknowledgedTicks()));
        report.append("| interaction | count | errors | p50 | p95 | p99 | max |\n");
        report.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Recorder.Figures figures : recorder.figures()) {
            report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.0f ms |\n",
                    figures.name(), figures.count(), figures.errors(), figures.p50(), figures.p95(), figures.p99(),
                    figures.max()));
        }
        report.append('\n');
        notes.forEach(note -> report.append("- ").append(note).append('\n'));
        if (recorder.planChanged() > 0) {
            report.append("- Ticks refused because a PT had just saved the runner's plan (the app said to reload; the ")
                    .append("runner did): ").append(recorder.planChanged()).append('\n');
        }
        if (UiClient.retries.get() > 0) {
            report.append("- Requests sent again after a 503, as Vaadin's client does: ").append(UiClient.retries.get())
                    .append('\n');
        }
        if (!recorder.errorSamples().isEmpty()) {
            report.append("\nFirst errors:\n");
            recorder.errorSamples().stream().limit(20).forEach(error -> report.append("- ").append(error).append('\n'));
        }
        return report.toString();
    }
}
