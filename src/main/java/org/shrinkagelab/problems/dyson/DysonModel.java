package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.ModelBuilder;

/**
 * The hierarchical sinusoid model of the Dyson Spheres, declared on the {@link ModelBuilder}:
 * <pre>
 *   flux_i ~ N(m_k + a_k cos(2 pi f_k (t_i - t0)) + b_k sin(2 pi f_k (t_i - t0)), sigma_k)   (k the object of i)
 *   (a_k, b_k) = A_k (cos phi_k, sin phi_k)
 *   log f_k ~ N(mu_f, tau_f),  f_k restricted to [lo_k, hi_k] around the chosen periodogram peak
 *   log A_k ~ N(alpha_0 + alpha_1 log f_k, tau_A)
 *   phi_k ~ U(0, 2 pi), or (option) phi_k ~ von Mises(mu_phi, kappa_phi)
 *   m_k ~ N(mean_k, 10 sd_k) (the object's sample mean and sd),  sigma_k ~ half-normal(5)
 *   mu_f ~ N(0, 1.5), tau_f ~ half-normal(1), alpha_0 ~ N(0, 2), alpha_1 ~ N(0, 1), tau_A ~ half-normal(1)
 *   von Mises: kappa_phi (cos mu_phi, sin mu_phi) ~ N(0, 3^2 I)  (kappa_phi Rayleigh(3), mu_phi uniform)
 * </pre>
 * <b>The amplitude's coordinates.</b> The sampler moves (a_k, b_k) themselves: for a given frequency the
 * likelihood is Gaussian in them (the model is linear in a, b and m), so a well-measured sinusoid is a
 * round blob of width sigma sqrt(2 / n) whatever its phase, and the phase never wraps. The priors are
 * stated on (log A, phi); since da db = A^2 d(log A) dphi, their density in (a, b) is
 * p(log A) p(phi) / A^2, the {@code target} term -2 log A. (The earlier declaration sampled log A and a
 * direction 2-vector (x, y) ~ N(0, I) (Stan's unit_vector): the phase of a well-measured object is then
 * a narrow wedge from the origin of (x, y), narrower the closer the chain comes to it, where NUTS
 * diverged.) DysonModelTest checks the declared density against an independent hand-written one.
 * <p><b>Common phase.</b> With the von Mises option the population direction w = kappa (cos mu, sin mu)
 * is sampled as a plain 2-vector (no singular point: w = 0 is the uniform), and log VonMises(phi_k) =
 * w . (a_k, b_k) / A_k - log(2 pi I0(|w|)). Phases are those at t0, so "common" means in phase at t0.
 * <p><b>The frequency window.</b> The frequency posterior is multimodal at the daily aliases; each f_k
 * lives in [lo_k, hi_k] = chosen peak +- the half-width (the sampled coordinate is the position u_k in
 * (0, 1) of log f_k in [log lo_k, log hi_k], an affine map with a constant Jacobian). The population
 * density N(log f_k | mu_f, tau_f) is not renormalized over the window: that is the model over all
 * frequencies restricted to the chosen mode, which is what lets the windows inform mu_f and tau_f.
 * <p><b>Time reference.</b> t0 is the data midpoint by default: with t0 far from the data, the phase
 * at t0 is the phase at the data extrapolated by 2 pi f (t_mid - t0), so phi and f correlate strongly.
 * <p>The sampler's coordinates u_k, a_k, b_k, m_raw_k (and w) are auxiliary outputs: in the draws, not
 * in the summaries, which show f, A, m, sigma, the population parameters and the phases derived by
 * {@link DysonAnalysis}.
 */
public final class DysonModel {
    /** Prior scale of the object means in units of the object's flux standard deviation. */
    private static final double MEAN_PRIOR_SDS = 10;
    /** Prior scale of each component of the von Mises population direction w = kappa (cos mu, sin mu). */
    static final double DIRECTION_PRIOR_SD = 3;

    /** The population of the phases. */
    public enum Phases {
        /** Independent and uniform on the circle. */
        UNIFORM,
        /** Von Mises around a common phase mu_phi with concentration kappa_phi, both estimated. */
        VON_MISES
    }

    private final DeclaredModel model;
    private final double[] lower;
    private final double[] upper;
    private final double reference;

    /**
     * Declares the model.
     *
     * @param data      the light curves
     * @param centres   the chosen periodogram frequency of each object, per day
     * @param halfWidth the half-width of each frequency window, per day
     * @param reference t0, the time the phases refer to, days
     * @param phases    the phases' population
     */
    public DysonModel(DysonData data, double[] centres, double halfWidth, double reference, Phases phases) {
        int objects = data.size();
        if (centres.length != objects) {
            throw new IllegalArgumentException(objects + " objects need " + objects + " frequencies, got "
                    + centres.length);
        }
        if (!(halfWidth > 0)) {
            throw new IllegalArgumentException("the frequency window's half-width must be positive, was " + halfWidth);
        }
        this.reference = reference;
        lower = new double[objects];
        upper = new double[objects];
        double[] logLower = new double[objects];
        double[] logWidth = new double[objects];
        double[] meanK = new double[objects];
        double[] sdK = new double[objects];
        List<Integer> objectOf = new ArrayList<>();
        List<Double> flux = new ArrayList<>();
        List<Double> twoPiT = new ArrayList<>();
        for (int k = 0; k < objects; k++) {
            LightCurve c = data.curve(k);
            if (!(centres[k] > 0)) {
                throw new IllegalArgumentException(c.name() + ": the chosen frequency must be positive, was "
                        + centres[k]);
            }
            lower[k] = Math.max(centres[k] - halfWidth, centres[k] / 2);
            upper[k] = centres[k] + halfWidth;
            logLower[k] = Math.log(lower[k]);
            logWidth[k] = Math.log(upper[k]) - logLower[k];
            double sum = 0;
            for (double y : c.flux()) {
                sum += y;
            }
            meanK[k] = sum / c.flux().length;
            double ss = 0;
            for (double y : c.flux()) {
                ss += (y - meanK[k]) * (y - meanK[k]);
            }
            sdK[k] = Math.sqrt(ss / (c.flux().length - 1));
            for (int i = 0; i < c.time().length; i++) {
                objectOf.add(k);
                flux.add(c.flux()[i]);
                twoPiT.add(2 * Math.PI * (c.time()[i] - reference));
            }
        }
        int[] obj = objectOf.stream().mapToInt(Integer::intValue).toArray();

        ModelBuilder m = new ModelBuilder();
        Expr muF = m.real("mu_f");
        Expr tauF = m.positive("tau_f");
        Expr alpha0 = m.real("alpha_0");
        Expr alpha1 = m.real("alpha_1");
        Expr tauA = m.positive("tau_A");
        Expr unit = m.boundedVector("f_unit", objects, 0, 1);
        Expr a = m.realVector("a", objects);
        Expr b = m.realVector("b", objects);
        Expr mRaw = m.realVector("m_raw", objects);
        Expr sigma = m.positiveVector("sigma", objects);
        m.normal(muF, 0, 1.5);
        m.halfNormal(tauF, 1);
        m.normal(alpha0, 0, 2);
        m.normal(alpha1, 0, 1);
        m.halfNormal(tauA, 1);
        m.normal(mRaw, 0, MEAN_PRIOR_SDS);
        m.halfNormal(sigma, 5);

        Expr logF = m.data(logLower).plus(m.data(logWidth).times(unit));
        Expr f = logF.exp();
        m.output("f", f);
        m.normal(logF, muF, tauF);
        Expr amplitude = a.square().plus(b.square()).sqrt();
        Expr logA = amplitude.log();
        m.output("A", amplitude);
        m.normal(logA, alpha0.plus(alpha1.times(logF)), tauA);
        m.target(logA.times(-2));
        if (phases == Phases.VON_MISES) {
            Expr wx = m.real("phase_wx");
            Expr wy = m.real("phase_wy");
            m.normal(wx, 0, DIRECTION_PRIOR_SD);
            m.normal(wy, 0, DIRECTION_PRIOR_SD);
            Expr kappa = wx.square().plus(wy.square()).sqrt();
            m.output("kappa_phi", kappa);
            m.target(wx.times(a).plus(wy.times(b)).dividedBy(amplitude));
            m.target(kappa.logBesselI0().times(-objects));
            m.auxiliary("phase_wx", "phase_wy");
        }
        Expr level = m.data(meanK).plus(m.data(sdK).times(mRaw));
        m.output("m", level);
        m.auxiliary("f_unit", "a", "b", "m_raw");

        Expr arg = f.at(obj).times(m.data(twoPiT.stream().mapToDouble(Double::doubleValue).toArray()));
        Expr mean = level.at(obj).plus(a.at(obj).times(arg.cos())).plus(b.at(obj).times(arg.sin()));
        m.normal(m.data(flux.stream().mapToDouble(Double::doubleValue).toArray()), mean, sigma.at(obj));
        model = m.build();
    }

    /**
     * The model's output names for these objects (they do not depend on the windows), known without the
     * periodograms, for a run's plan on the UI thread.
     */
    public static List<String> outputNames(DysonData data, Phases phases) {
        double[] centres = new double[data.size()];
        java.util.Arrays.fill(centres, 1);
        return new DysonModel(data, centres, 0.01, 0, phases).model().outputNames();
    }

    /** The declared model. */
    public DeclaredModel model() {
        return model;
    }

    /** The number of objects. */
    public int objects() {
        return lower.length;
    }

    /** The lower end of object k's frequency window, per day. */
    public double lower(int k) {
        return lower[k];
    }

    /** The upper end of object k's frequency window, per day. */
    public double upper(int k) {
        return upper[k];
    }

    /** The reference time t0 of the phases, days. */
    public double reference() {
        return reference;
    }
}
