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

    LongConsumer start(String task) {
        if (!enabled) return null;
        bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1)
            .setInitialMax(-1).showSpeed().build();
        return rows -> bar.stepTo(rows);
    }

    void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
