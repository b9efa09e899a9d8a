package fi.tyoverkko.build;

import java.util.List;

/** The build found problems in its input; nothing was written. */
public class BuildFailed extends RuntimeException {
    private final List<String> problems;

    public BuildFailed(String summary, List<String> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
