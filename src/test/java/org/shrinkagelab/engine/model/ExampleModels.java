package org.shrinkagelab.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.asteroids.AsteroidsProblem;
import org.shrinkagelab.problems.asteroids.AsteroidsSettings;
import org.shrinkagelab.problems.dyson.DysonData;
import org.shrinkagelab.problems.dyson.DysonProblem;
import org.shrinkagelab.problems.dyson.DysonSpheresSimulation;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsModel;
import org.shrinkagelab.problems.groups.GroupsModel;
import org.shrinkagelab.problems.groups.GroupsSimulation;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.problems.fivedistricts.SlopeModel;
import org.shrinkagelab.problems.fivedistricts.SlopeModels;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The registry of example declarations every generic model test runs over: Eight Schools in every
 * parameterization, tau prior and population, and small versions of the models the next tabs need
 * (five districts, varying intercepts, asteroid classes and a two-component mixture, sinusoids).
 */
public final class ExampleModels {
    private ExampleModels() {
    }

    /**
     * A model with a name for test reports, declared only when {@link #model()} is called, so that a test's
     * argument source builds nothing and PIT credits each declaration's coverage to every test that builds it.
     */
    public record Example(String name, Supplier<LogDensity> declaration) {
        /** The model, declared afresh. */
        public LogDensity model() {
            return declaration.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every registered example. */
    public static List<Example> all() {
        List<Example> examples = new ArrayList<>();
        String[] tauPriors = {"half-cauchy:2", "half-normal:5", "uniform:0,50", "uniform:1,30", "exponential:0.2",
            "inv-gamma:2,3", "half-student-t:3,5"};
        for (Parameterization p : Parameterization.values()) {
            for (String tau : tauPriors) {
                for (String population : new String[] {"normal", "student-t:4"}) {
                    examples.add(new Example("eight schools " + p + " " + tau + " " + population,
                            () -> new EightSchoolsModel(EightSchoolsData.bundled(), p, MuPrior.normal(0, 20),
                                    TauPrior.parse(tau), Population.parse(population))));
                }
            }
        }
        for (Centering c : Centering.values()) {
            examples.add(new Example("five districts " + c, () -> fiveDistricts(c, new Random(1))));
            examples.add(new Example("groups J=12 " + c, () -> groups(12, 5, c, 1)));
            examples.add(new Example("asteroid classes " + c, () -> asteroidClasses(c, new Random(2))));
        }
        examples.addAll(fiveDistrictsProblem());
        examples.add(new Example("two-component mixture", () -> mixture(new Random(3))));
        examples.add(new Example("sinusoids", () -> sinusoids(new Random(4))));
        examples.add(new Example("dyson spheres (4 simulated objects)", () -> dysonSpheres("uniform")));
        examples.add(new Example("dyson spheres, von Mises phases (4 simulated objects)",
                () -> dysonSpheres("von-mises")));
        examples.addAll(asteroidsProblem());
        return examples;
    }

    /** The asteroid problem's four models (both parameterizations, both spread populations) on 3 per class. */
    private static List<Example> asteroidsProblem() {
        List<Example> examples = new ArrayList<>();
        AsteroidsProblem problem = new AsteroidsProblem();
        for (String model : new String[] {"pooled", "independent", "hierarchical", "mixture"}) {
            for (Parameterization p : Parameterization.values()) {
                String[] populations = model.equals("hierarchical") ? new String[] {"lognormal", "half-normal"}
                        : new String[] {"lognormal"};
                for (String population : populations) {
                    Settings s = problem.defaults().with(AsteroidsSettings.MODEL, model)
                            .with(AsteroidsSettings.PER_CLASS, 3L).with("parameterization", p.toString())
                            .with(AsteroidsSettings.SIGMA_POPULATION, population);
                    examples.add(new Example("asteroids " + model + " " + p + " " + population,
                            () -> problem.model(s)));
                }
            }
        }
        // by class at 12 per class: four classes centered, five not, and the class means around their conditional posterior
        for (String model : new String[] {"hierarchical", "mixture"}) {
            Settings s = problem.defaults().with(AsteroidsSettings.MODEL, model).with(AsteroidsSettings.PER_CLASS, 12L)
                    .with("parameterization", "by-class");
            examples.add(new Example("asteroids " + model + " by-class, 12 per class", () -> problem.model(s)));
        }
        return examples;
    }

    /** The Five Districts problem's own three models on the shipped data, (iii) in every parameterization. */
    private static List<Example> fiveDistrictsProblem() {
        List<Example> examples = new ArrayList<>();
        FiveDistrictsData data = FiveDistrictsData.bundled();
        MuPrior mu = MuPrior.normal(0, 1);
        for (SlopeModel m : SlopeModel.values()) {
            for (Parameterization schools : Parameterization.values()) {
                for (Parameterization districts : Parameterization.values()) {
                    if (m != SlopeModel.HIERARCHICAL && (schools != Parameterization.NONCENTERED
                            || districts != Parameterization.NONCENTERED)) {
                        continue;
                    }
                    for (String tau : new String[] {"half-normal:0.5", "uniform:0,2"}) {
                        examples.add(new Example("five districts problem " + m.word() + " schools " + schools
                                + " districts " + districts + " " + tau, () -> SlopeModels.declare(m, data, mu,
                                TauPrior.parse(tau), TauPrior.parse(tau), schools, districts)));
                    }
                }
            }
        }
        return examples;
    }

    /** Five-districts-like data: 27 schools, district j mod 5, hours, improvement and its standard error. */
    public record Districts(int[] district, double[] hours, double[] improvement, double[] stderr) {
        /** Simulated with a common slope 0.3 per hour. */
        public static Districts simulate(Random random) {
            int schools = 27;
            Districts d = new Districts(new int[schools], new double[schools], new double[schools], new double[schools]);
            for (int j = 0; j < schools; j++) {
                d.district[j] = j % 5;
                d.hours[j] = 5 + 20 * random.nextDouble();
                d.stderr[j] = 1 + 2 * random.nextDouble();
                d.improvement[j] = 0.3 * d.hours[j] + d.stderr[j] * random.nextGaussian();
            }
            return d;
        }
    }

    /**
     * Five districts: improvement_j ~ N(beta_j hours_j, stderr_j), beta_j ~ N(beta_district[district_j], tau_S),
     * beta_district ~ N(mu, tau_D), mu ~ N(0, 1), tau_S, tau_D ~ half-normal(0.5); 27 schools.
     */
    public static DeclaredModel fiveDistricts(Centering centering, Random random) {
        Districts data = Districts.simulate(random);
        int schools = data.district().length;
        int[] district = data.district();
        double[] hours = data.hours();
        double[] improvement = data.improvement();
        double[] stderr = data.stderr();
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tauDistrict = m.positive("tau_D");
        Expr tauSchool = m.positive("tau_S");
        m.normal(mu, 0, 1);
        m.halfNormal(tauDistrict, 0.5);
        m.halfNormal(tauSchool, 0.5);
        Expr betaDistrict = m.normalGroup("beta_district", "z_district", 5, mu, tauDistrict, centering);
        Expr beta = m.normalGroup("beta", "z_school", schools, betaDistrict.at(district), tauSchool, centering);
        m.normal(m.data(improvement), beta.times(m.data(hours)), m.data(stderr));
        return m.build();
    }

    /** The groups problem's declaration on data simulated as {@code simulate groups} does, perGroup in each group. */
    public static DeclaredModel groups(int groups, int perGroup, Centering centering, long seed) {
        return GroupsModel.declare(GroupsSimulation.simulate(groups, perGroup, seed), centering);
    }

    /** Asteroid classes: log_albedo_i ~ N(mu_class[c_i], sigma_class[c_i]), mu_class ~ N(mu, tau), sigma_class ~ half-normal(1). */
    public static DeclaredModel asteroidClasses(Centering centering, Random random) {
        int classes = 4;
        int n = 30;
        int[] classOf = new int[n];
        double[] logAlbedo = new double[n];
        for (int i = 0; i < n; i++) {
            classOf[i] = i % classes;
            logAlbedo[i] = -2 + 0.3 * classOf[i] + 0.5 * random.nextGaussian();
        }
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        m.normal(mu, -2, 1);
        m.halfNormal(tau, 1);
        Expr muClass = m.normalGroup("mu_class", "z", classes, mu, tau, centering);
        Expr sigmaClass = m.positiveVector("sigma_class", classes);
        m.halfNormal(sigmaClass, 1);
        m.normal(m.data(logAlbedo), muClass.at(classOf), sigmaClass.at(classOf));
        return m.build();
    }

    /** Two albedo populations: x_i ~ w N(m1, s1) + (1 - w) N(m1 + gap, s2), the gap positive so the means are ordered. */
    public static DeclaredModel mixture(Random random) {
        int n = 40;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 3 == 0 ? -1 + 0.3 * random.nextGaussian() : -2.5 + 0.4 * random.nextGaussian();
        }
        ModelBuilder m = new ModelBuilder();
        Expr w = m.bounded("w", 0, 1);
        Expr low = m.real("mu_low");
        Expr gap = m.positive("gap");
        Expr s1 = m.positive("sigma_low");
        Expr s2 = m.positive("sigma_high");
        m.uniform(w, m.constant(0), m.constant(1));
        m.normal(low, -2, 1);
        m.halfNormal(gap, 2);
        m.halfNormal(s1, 1);
        m.halfNormal(s2, 1);
        Expr high = low.plus(gap);
        m.output("mu_high", high);
        m.normalMixture(m.data(x), w, low, s1, high, s2);
        return m.build();
    }

    /**
     * Dyson-like sinusoids: flux_i ~ N(m_k + a_k cos(2 pi f_k t_i) + b_k sin(2 pi f_k t_i), sigma_k) with
     * f_k in (0.05, 0.5), log f_k ~ N(mu_f, tau_f), log A_k ~ N(alpha0 + alpha1 log f_k, tau_A), A_k = sqrt(a_k^2 + b_k^2).
     */
    public static DeclaredModel sinusoids(Random random) {
        int objects = 3;
        int perObject = 15;
        int n = objects * perObject;
        int[] objectOf = new int[n];
        double[] twoPiT = new double[n];
        double[] flux = new double[n];
        for (int i = 0; i < n; i++) {
            objectOf[i] = i / perObject;
            double t = 40 * random.nextDouble();
            twoPiT[i] = 2 * Math.PI * t;
            flux[i] = 1 + Math.cos(0.2 * twoPiT[i] + objectOf[i]) + 0.2 * random.nextGaussian();
        }
        ModelBuilder m = new ModelBuilder();
        Expr muF = m.real("mu_f");
        Expr tauF = m.positive("tau_f");
        Expr alpha0 = m.real("alpha0");
        Expr alpha1 = m.real("alpha1");
        Expr tauA = m.positive("tau_A");
        Expr f = m.boundedVector("f", objects, 0.05, 0.5);
        Expr level = m.realVector("m", objects);
        Expr a = m.realVector("a", objects);
        Expr b = m.realVector("b", objects);
        Expr sigma = m.positiveVector("sigma", objects);
        m.normal(muF, -1.5, 1);
        m.halfNormal(tauF, 1);
        m.normal(alpha0, 0, 1);
        m.normal(alpha1, 0, 1);
        m.halfNormal(tauA, 1);
        m.normal(level, 0, 2);
        m.halfNormal(sigma, 1);
        Expr logF = f.log();
        m.normal(logF, muF, tauF);
        Expr amplitude = a.square().plus(b.square()).sqrt();
        m.output("A", amplitude);
        m.normal(amplitude.log(), alpha0.plus(alpha1.times(logF)), tauA);
        Expr phase = f.at(objectOf).times(m.data(twoPiT));
        Expr mean = level.at(objectOf).plus(a.at(objectOf).times(phase.cos())).plus(b.at(objectOf).times(phase.sin()));
        m.normal(m.data(flux), mean, sigma.at(objectOf));
        return m.build();
    }

    /**
     * The Dyson Spheres model on 4 simulated objects, windows around each object's highest periodogram peak,
     * with the phases' population {@code phases} (uniform or von-mises).
     */
    public static DeclaredModel dysonSpheres(String phases) {
        DysonSpheresSimulation sim = new DysonSpheresSimulation();
        DysonProblem problem = new DysonProblem(DysonData.of(sim.simulate(
                Settings.defaults(sim.options()).with("objects", 4L).with("seed", 3L))));
        return problem.model(problem.defaults().with(DysonProblem.PHASES, phases));
    }
}
