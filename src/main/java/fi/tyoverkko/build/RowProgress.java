package fi.tyoverkko.build;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Rows per second while a table loads: a progress bar on a terminal, silence in CI and pipes. */
public final class RowProgress {
    private final boolean enabled;
    private ProgressBar bar;

    private RowProgress(boolean enabled) { this.enabled = enabled; }

    /** Shows a bar only on an interactive terminal and never when $CI is set. */
    public static RowProgress forTerminal() {
        return new RowProgress(System.console() != null && System.getenv("CI") == null);
    }

    public static RowProgress quiet() { return new RowProgress(false); }

    /** A bar for one table; {@code file} gives an estimate of its rows (its line count) so the bar can show an ETA. */
    LongConsumer start(String task, java.nio.file.Path file) {
        if (!enabled) return null;
        bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1)
            .setInitialMax(estimateRows(file)).showSpeed().build();
        return rows -> bar.stepTo(rows);
    }

    /** Lines of a CSV/TSV file minus its header, or -1 (unknown) for other formats. */
    static long estimateRows(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".csv") && !name.endsWith(".tsv")) return -1;
        try (var lines = java.nio.file.Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return Math.max(0, lines.count() - 1);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
