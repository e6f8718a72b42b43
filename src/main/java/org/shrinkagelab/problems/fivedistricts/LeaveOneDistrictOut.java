package org.shrinkagelab.problems.fivedistricts;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.data.FiveDistrictsData.School;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.workbench.ModelFit;

/**
 * Leave-one-district-out cross-validation, the honest alternative to PSIS-LOO when each school has one datum:
 * each model is refitted without district d, and the held-out district's improvements are scored by their
 * exact log predictive density averaged over the draws. Given the draw, a new district's improvements are
 * jointly normal, y ~ N(a x, diag(stderr² + tau_s² x²) + c x xᵀ), with a = mu, c = tau_d² for (iii), a = m0,
 * c = s0² (the prior of a district slope) for (ii), and a = mu, c = tau_s = 0 for (i).
 */
public final class LeaveOneDistrictOut {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private LeaveOneDistrictOut() {
    }

    /**
     * The cross-validated elpd of each model.
     *
     * @param model      the model
     * @param byDistrict elpd of each held-out district, districts in data order
     * @param elpd       their sum
     * @param se         sqrt(K) times the standard deviation of the per-district values
     */
    public record Result(SlopeModel model, double[] byDistrict, double elpd, double se) {
    }

    /** Refits every model without each district (one parallel part per refit, 3 × districts in all). */
    public static List<Result> run(FiveDistrictsRequest r, JobContext ctx) {
        FiveDistrictsData data = r.data();
        int k = data.districts().size();
        if (k < 3) {
            throw new IllegalArgumentException("leave-one-district-out needs at least 3 districts, the data have " + k);
        }
        if (r.muPrior().isFlat()) {
            throw new IllegalArgumentException("leave-one-district-out needs a proper mu prior: under a flat prior "
                    + "a new district's slope in the independent model has no predictive distribution");
        }
        List<PartTask<Double>> parts = new ArrayList<>();
        for (SlopeModel m : SlopeModel.values()) {
            for (int d = 0; d < k; d++) {
                String district = data.districts().get(d);
                parts.add(part -> refit(r.withModel(m), district, part));
            }
        }
        List<Double> values = ctx.parallel(parts);
        List<Result> out = new ArrayList<>();
        for (SlopeModel m : SlopeModel.values()) {
            double[] by = new double[k];
            for (int d = 0; d < k; d++) {
                by[d] = values.get(m.ordinal() * k + d);
            }
            out.add(result(m, by));
        }
        return out;
    }

    private static Result result(SlopeModel m, double[] by) {
        double sum = 0;
        for (double v : by) {
            sum += v;
        }
        double mean = sum / by.length;
        double ss = 0;
        for (double v : by) {
            ss += (v - mean) * (v - mean);
        }
        return new Result(m, by, sum, Math.sqrt(by.length * ss / (by.length - 1)));
    }

    /** The elpd of one district's schools under the request's model fitted to the other districts. */
    static double refit(FiveDistrictsRequest r, String district, JobContext ctx) {
        FiveDistrictsRequest train = r.withData(without(r.data(), district));
        List<School> held = r.data().schools().stream().filter(s -> s.district().equals(district)).toList();
        ModelFit fit = ModelFit.sample(train.declared(), train.sampler(), ctx);
        if (!fit.draws().complete()) {
            throw new CancelledException();
        }
        return heldOutElpd(train, held, fit.draws());
    }

    /** The data without one district's schools. */
    static FiveDistrictsData without(FiveDistrictsData data, String district) {
        return new FiveDistrictsData(data.schools().stream().filter(s -> !s.district().equals(district)).toList());
    }

    /** log of the mean over draws of p(held-out improvements | draw). */
    static double heldOutElpd(FiveDistrictsRequest train, List<School> held, Draws draws) {
        Draws d = draws.truncatedToShortest();
        double[] x = held.stream().mapToDouble(School::hours).toArray();
        double[] y = held.stream().mapToDouble(School::improvement).toArray();
        double[] s = held.stream().mapToDouble(School::stderr).toArray();
        List<Double> logs = new ArrayList<>();
        for (int c = 0; c < d.chains(); c++) {
            for (int i = 0; i < d.shortestChain(); i++) {
                logs.add(switch (train.model()) {
                    case POOLED -> logDensity(y, x, s, d.parameter("mu")[c][i], 0, 0);
                    case INDEPENDENT -> logDensity(y, x, s, train.muPrior().mean(), 0,
                            train.muPrior().sd() * train.muPrior().sd());
                    case HIERARCHICAL -> {
                        double tauD = d.parameter("tau_d")[c][i];
                        yield logDensity(y, x, s, d.parameter("mu")[c][i], d.parameter("tau_s")[c][i], tauD * tauD);
                    }
                });
            }
        }
        double max = logs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double sum = 0;
        for (double v : logs) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum / logs.size());
    }

    /**
     * log N(y | a x, diag(s² + tauS² x²) + c x xᵀ) by the matrix determinant lemma and Sherman-Morrison
     * (the covariance is diagonal plus rank one).
     */
    static double logDensity(double[] y, double[] x, double[] s, double a, double tauS, double c) {
        double q = 0;
        double u = 0;
        double v = 0;
        double logDet = 0;
        for (int i = 0; i < y.length; i++) {
            double diag = s[i] * s[i] + tauS * tauS * x[i] * x[i];
            double r = y[i] - a * x[i];
            q += r * r / diag;
            u += x[i] * r / diag;
            v += x[i] * x[i] / diag;
            logDet += Math.log(diag);
        }
        double quad = q - c * u * u / (1 + c * v);
        return -0.5 * (y.length * LOG_2PI + logDet + Math.log1p(c * v) + quad);
    }
}
