package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.TauPrior.Family;

/**
 * One prior option in its text form ({@code half-cauchy:2}, {@code normal:0,20}, {@code student-t:4}) seen
 * as a family choice and sliders for its arguments, so that a tab can show it as controls while the command
 * line keeps the text. Reading a text gives the family and the slider values that show it (clamped to the
 * sliders' ranges; a text the sliders cannot show, such as a flat mu prior, leaves them where they are);
 * writing gives the text of a family at the sliders' values. Immutable.
 */
public final class SliderPrior {
    /** What a text shows as controls: its family and the values of the controls that show it. */
    public record Reading(String family, Map<String, Object> values) {
    }

    private final String option;
    private final String familyLabel;
    private final List<String> families;
    private final List<ParameterSpec> sliders;
    /** The name of the choice among the sliders that holds the family, or null when the tab shows a family box. */
    private final String familyChoice;
    private final Function<String, Reading> reader;
    private final BiFunction<String, Settings, String> writer;
    private final Map<String, Map<String, Double>> familyStarts;
    private final Map<String, String> meanings;

    private SliderPrior(String option, String familyLabel, List<String> families, List<ParameterSpec> sliders,
                        String familyChoice, Function<String, Reading> reader, BiFunction<String, Settings, String> writer, Map<String, Map<String, Double>> familyStarts,
                        Map<String, String> meanings) {
        this.option = option;
        this.familyLabel = familyLabel;
        this.families = List.copyOf(families);
        this.sliders = List.copyOf(sliders);
        this.familyChoice = familyChoice;
        this.reader = reader;
        this.writer = writer;
        this.familyStarts = familyStarts;
        this.meanings = meanings;
    }

    /**
     * A tau prior: a choice among the families and one slider, the scale S of {@link TauPriorChoice#of}.
     *
     * @param option       the option, e.g. {@code tau-prior}
     * @param familyLabel  the family choice's label, e.g. "tau prior family"
     * @param families     the families offered
     * @param scale        the scale slider (its range and default)
     * @param defaultScale the scale a family starts at when chosen
     */
    public static SliderPrior tau(String option, String familyLabel, List<Family> families, ParameterSpec scale,
                                  ToDoubleFunction<Family> defaultScale) {
        List<String> ids = new ArrayList<>();
        Map<String, Map<String, Double>> starts = new LinkedHashMap<>();
        Map<String, String> meanings = new LinkedHashMap<>();
        for (Family f : families) {
            ids.add(f.id());
            starts.put(f.id(), Map.of(scale.name(), defaultScale.applyAsDouble(f)));
            meanings.put(f.id(), scale.label() + " below: the " + f.id() + "'s " + TauPriorChoice.scaleMeaning(f));
        }
        return new SliderPrior(option, familyLabel, ids, List.of(scale), null, text -> {
            TauPrior p = TauPrior.parse(text);
            return new Reading(p.family().id(), Map.of(scale.name(), clamp(scale, TauPriorChoice.scaleOf(p))));
        }, (family, s) -> TauPriorChoice.of(TauPriorChoice.family(family), s.real(scale.name())).toString(),
                starts, meanings);
    }

    /** A normal mu prior, normal:M,S, with a slider for each of M and S; a flat prior leaves the sliders. */
    public static SliderPrior normalMu(String option, ParameterSpec mean, ParameterSpec sd) {
        return new SliderPrior(option, "mu prior", List.of("normal"), List.of(mean, sd), null, text -> {
            MuPrior p = MuPrior.parse(text);
            return p.isFlat() ? new Reading("normal", Map.of())
                    : new Reading("normal", Map.of(mean.name(), clamp(mean, p.mean()), sd.name(), clamp(sd, p.sd())));
        }, (family, s) -> MuPrior.normal(s.real(mean.name()), s.real(sd.name())).toString(), Map.of(), Map.of());
    }

    /**
     * The population: normal, or student-t:NU, as a choice among the sliders ({@code family}, its label the
     * choice's) above a slider for NU, disabled for the normal, where it has no effect.
     */
    public static SliderPrior population(String option, String family, String familyLabel, ParameterSpec nu) {
        String studentT = "student-t";
        ParameterSpec choice = ParameterSpec.choice(family, familyLabel, List.of("normal", studentT), "normal");
        nu.enabledWhen(s -> studentT.equals(s.text(family)),
                "a normal population has no degrees of freedom; choose the student-t population");
        return new SliderPrior(option, familyLabel, choice.choices(), List.of(choice, nu), family, text -> {
            Population p = Population.parse(text);
            return p.isNormal() ? new Reading("normal", Map.of(family, "normal"))
                    : new Reading(studentT, Map.of(family, studentT, nu.name(), clamp(nu, p.nu())));
        }, (f, s) -> "normal".equals(f) ? Population.normal().toString()
                : Population.studentT(s.real(nu.name())).toString(), Map.of(), Map.of());
    }

    /** The option whose text this prior is. */
    public String option() {
        return option;
    }

    /** The label of the family choice. */
    public String familyLabel() {
        return familyLabel;
    }

    /** The families offered, by their text ids; a single one needs no choice. */
    public List<String> families() {
        return families;
    }

    /** The sliders' specs (with the family's choice when it is among them). */
    public List<ParameterSpec> sliders() {
        return sliders;
    }

    /** The name of the choice among {@link #sliders()} that holds the family, or null when it needs a box of its own. */
    public String familyChoice() {
        return familyChoice;
    }

    /** The family and slider values that show a text (the text must be valid for the option). */
    public Reading read(String text) {
        return reader.apply(text);
    }

    /** The text of the family at the sliders' values. */
    public String text(String family, Settings sliders) {
        return writer.apply(family, sliders);
    }

    /** The slider values a family starts at when the user chooses it (empty: the sliders stay). */
    public Map<String, Double> start(String family) {
        return familyStarts.getOrDefault(family, Map.of());
    }

    /** What the sliders mean under the family, for a caption, or "" when their labels say it. */
    public String meaning(String family) {
        return meanings.getOrDefault(family, "");
    }

    private static double clamp(ParameterSpec spec, double v) {
        return Math.max(spec.min(), Math.min(spec.max(), v));
    }
}
