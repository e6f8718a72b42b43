package org.shrinkagelab.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shrinkagelab.charts.FigureExporter;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.app.TabCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export-figures --out DIR [--problem P]}: every figure of the tabs, headless. */
@Command(name = "export-figures", mixinStandardHelpOptions = true,
        description = "Writes every figure (at default settings) as PNG and SVG.")
final class ExportFiguresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created)")
    Path out;

    @Option(names = "--problem", paramLabel = "P", description = "only this problem's figures")
    String problem;

    @Option(names = "--scale", defaultValue = "2", description = "PNG pixels per point, 1 to 4 (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--no-svg", description = "write PNG only")
    boolean noSvg;

    @Override
    public Integer call() throws Exception {
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("--scale " + scale + " is not allowed: expected a number from 1 to 4");
        }
        List<Problem> problems = problem == null ? TabCatalog.problems() : List.of(TabCatalog.byId(problem));
        for (Problem p : problems) {
            List<Path> written = FigureExporter.writeAll(p.figures(p.defaults(), JobContext.none()), out, !noSvg,
                    scale);
            written.forEach(f -> spec.commandLine().getOut().println(f));
        }
        return 0;
    }
}
