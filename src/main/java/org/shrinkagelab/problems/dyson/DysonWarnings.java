package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.stats.PeriodogramPeak;
import org.shrinkagelab.workbench.DiagnosticThresholds;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.SamplerOptions;

/**
 * What a Dyson Spheres fit should make its user wary of, per object and in words, for the tab and the
 * summary: where the divergent transitions sit ({@link DivergenceLocation}) and what that means for this
 * model; objects whose chains mix slowly (R-hat, ESS of f, A, phi, m, sigma); objects whose window is centred
 * on a peak that is not a detection or reaches within 1/baseline (the periodogram's resolution) of a whole
 * number of cycles per day, where nightly sampling cannot tell the sinusoid from a slow drift of the mean.
 */
public final class DysonWarnings {
    /** A chosen peak with a false-alarm probability above this is not a detection. */
    static final double FAP_DETECTED = 0.01;
    /** The object-level quantities whose diagnostics are read per object. */
    private static final List<String> OBJECT_QUANTITIES = List.of("f", "A", "phi", "m", "sigma");

    private DysonWarnings() {
    }

    /**
     * The warnings, most urgent first (empty when there is nothing to say).
     *
     * @param d        the fit's diagnostics (rows include phi[k])
     * @param where    where its divergences sit
     * @param objects  the object names, in model order
     * @param chosen   the periodogram peak each object's window is centred on
     * @param lower    the lower end of each object's frequency window, per day
     * @param upper    the upper end of each object's frequency window, per day
     * @param baseline the data's baseline, days
     */
    public static List<String> of(FitDiagnostics d, DivergenceLocation where, List<String> objects,
                                  List<PeriodogramPeak> chosen, double[] lower, double[] upper, double baseline) {
        List<String> out = new ArrayList<>();
        String acceptance = SamplerOptions.label(SamplerOptions.ADAPT_DELTA);
        if (d.divergences() > 0) {
            out.add(divergences(d, where, objects, acceptance));
        }
        for (int k = 0; k < objects.size(); k++) {
            String mixing = mixing(d, k + 1, objects.get(k));
            if (mixing != null) {
                out.add(mixing);
            }
        }
        for (int k = 0; k < objects.size(); k++) {
            String peak = peak(chosen.get(k), lower[k], upper[k], objects.get(k), baseline);
            if (peak != null) {
                out.add(peak);
            }
        }
        return List.copyOf(out);
    }

    private static String divergences(FitDiagnostics d, DivergenceLocation where, List<String> objects,
                                      String acceptance) {
        List<DivergenceLocation.Site> sites = where.concentrated();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d divergent transition%s (%d episode%s)",
                d.divergences(), d.divergences() == 1 ? "" : "s", where.episodes(), where.episodes() == 1 ? "" : "s"));
        if (sites.isEmpty()) {
            b.append(", not concentrated in any one parameter: ");
        } else {
            b.append(" crowd into ");
            for (int i = 0; i < Math.min(4, sites.size()); i++) {
                DivergenceLocation.Site s = sites.get(i);
                b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "the %s end of %s (mean percentile %.0f)",
                        s.tail(), named(s.parameter(), objects), 100 * s.meanPercentile()));
            }
            b.append(". ");
            if (sites.stream().anyMatch(s -> s.parameter().equals("tau_A") && s.tail().equals("low"))) {
                b.append("That is the funnel of the amplitude population: as tau_A, the scatter of log A about "
                        + "alpha_0 + alpha_1 log f, shrinks, every amplitude the data measure loosely is squeezed "
                        + "onto the line; small tau_A may be under-explored, so read its lower end and those "
                        + "amplitudes with care. ");
            }
        }
        b.append(String.format(Locale.ROOT, "Raise %s (now %s) toward %s (fewer divergences, not none: the "
                + "funnel stays), or leave out or re-peak the objects named below.", acceptance, trim(d.adaptDelta()),
                d.adaptDelta() < 0.95 ? "0.95" : "0.99"));
        return b.toString();
    }

    /** "A[3]" as "A of DS-03"; population parameters as they are. */
    static String named(String parameter, List<String> objects) {
        int open = parameter.indexOf('[');
        if (open < 0 || !parameter.endsWith("]")) {
            return parameter;
        }
        int k = Integer.parseInt(parameter.substring(open + 1, parameter.length() - 1));
        return parameter.substring(0, open) + " of " + objects.get(k - 1);
    }

    private static String mixing(FitDiagnostics d, int k, String object) {
        ParameterSummary worstRhat = null;
        ParameterSummary worstEss = null;
        for (ParameterSummary p : d.parameters()) {
            if (!OBJECT_QUANTITIES.contains(p.name().replace("[" + k + "]", "")) || !p.name().endsWith("[" + k + "]")) {
                continue;
            }
            if (p.rHat() != null && !p.rHat().isNaN() && (worstRhat == null || p.rHat() > worstRhat.rHat())) {
                worstRhat = p;
            }
            if (p.essBulk() != null && !p.essBulk().isNaN() && (worstEss == null || p.essBulk() < worstEss.essBulk())) {
                worstEss = p;
            }
        }
        boolean rhatBad = worstRhat != null && worstRhat.rHat() > DiagnosticThresholds.RHAT_LIMIT;
        boolean essLow = worstEss != null && worstEss.essBulk() < DiagnosticThresholds.ESS_PER_CHAIN * d.chains();
        if (!rhatBad && !essLow) {
            return null;
        }
        StringBuilder b = new StringBuilder(object).append(": its chains mix slowly (");
        if (rhatBad) {
            b.append(String.format(Locale.ROOT, "R-hat %.3f for %s", worstRhat.rHat(), worstRhat.name()));
        }
        if (essLow) {
            b.append(rhatBad ? ", " : "").append(String.format(Locale.ROOT, "bulk ESS %.0f for %s",
                    worstEss.essBulk(), worstEss.name()));
        }
        return b.append("); raise ").append(SamplerOptions.label(SamplerOptions.DRAWS))
                .append(" or pick another peak for it.").toString();
    }

    private static String peak(PeriodogramPeak p, double lower, double upper, String object, double baseline) {
        long cycles = Math.round(p.frequency());
        double gap = cycles < lower ? lower - cycles : cycles > upper ? cycles - upper : 0;
        boolean nearDaily = cycles >= 1 && gap < 1 / baseline;
        boolean detected = p.falseAlarmProbability() <= FAP_DETECTED;
        if (detected && !nearDaily) {
            return null;
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: its window is centred on %.4f/day", object,
                p.frequency()));
        if (!detected) {
            b.append(String.format(Locale.ROOT, ", a peak with false-alarm probability %.2g, not a detection", p.falseAlarmProbability()));
        }
        if (nearDaily) {
            b.append(String.format(Locale.ROOT, "%s window reaches within 1/baseline of %d/day, where one visit a night sees almost "
                    + "the same phase every night and the sinusoid trades off against the mean m",
                    detected ? ", whose" : "; its", cycles));
        }
        return b.append(": pick another of its peaks (Periodogram view, Use this peak) or read its f, A and phi as "
                + "unreliable.").toString();
    }

    private static String trim(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
