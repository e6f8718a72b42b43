package org.shrinkagelab.app.cli;

import java.util.List;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;

/** Turns {@code --name value} (or {@code --name=value}) words into a problem's validated settings. */
final class ProblemOptions {
    private ProblemOptions() {
    }

    /** Parses the words against the problem's parameters; throws IllegalArgumentException naming what is wrong. */
    static Settings parse(Problem problem, List<String> words) {
        return parse(problem.id(), problem.defaults(), words);
    }

    /** Parses the words against the given defaults' parameters; {@code owner} names the problem or dataset in messages. */
    static Settings parse(String owner, Settings defaults, List<String> words) {
        Settings settings = defaults;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                throw new IllegalArgumentException("unexpected '" + word + "' for " + owner
                        + "; options look like --name value");
            }
            String name = word.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (isSwitch(settings.spec(name)) && (i + 1 >= words.size() || words.get(i + 1).startsWith("--"))) {
                value = "yes";
            } else {
                if (i + 1 >= words.size()) {
                    settings.spec(name);
                    throw new IllegalArgumentException("option --" + name + " needs a value: "
                            + settings.spec(name).allowed());
                }
                value = words.get(++i);
            }
            settings.spec(name);
            settings = settings.with(name, value);
        }
        return settings;
    }

    /** A no/yes choice may be given bare, as a flag meaning yes (e.g. {@code --sensitivity}). */
    private static boolean isSwitch(ParameterSpec spec) {
        return spec.kind() == ParameterSpec.Kind.CHOICE && spec.choices().equals(List.of("no", "yes"));
    }

    /** Help text listing every problem and its options with defaults and allowed values. */
    static String help() {
        StringBuilder sb = new StringBuilder("%nProblems and their options:%n");
        for (Problem p : TabCatalog.problems()) {
            sb.append("%n  ").append(p.id()).append("  (").append(p.title()).append(")%n");
            for (ParameterSpec s : p.parameters()) {
                sb.append(String.format("    --%-18s %s; default %s%n", s.name(), s.allowed().replace("%", "%%"),
                        s.defaultValue()));
            }
        }
        return sb.toString();
    }
}
