package org.shrinkagelab.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declares a model once, as Stan's blocks: data, parameters (real, positive, bounded; scalars or
 * vectors sized by the data), expressions of them, and sampling statements; {@link #build()} turns
 * the declaration into a {@link DeclaredModel} with log density, gradient, outputs, pointwise
 * log-likelihood, replicated data and prior draws. Every quantity is an {@link Expr}; data-only
 * expressions are computed here, once. A builder is used by one thread and built once.
 *
 * <pre>{@code
 * ModelBuilder m = new ModelBuilder();
 * Expr mu = m.real("mu");
 * Expr tau = m.positive("tau");
 * m.normal(mu, 0, 5);
 * m.halfNormal(tau, 5);
 * Expr alpha = m.normalGroup("alpha", "z", groups, mu, tau, Centering.NONCENTERED);
 * Expr sigma = m.positive("sigma");
 * m.halfNormal(sigma, 5);
 * m.normal(m.data(y), alpha.at(groupOfObservation), sigma);
 * DeclaredModel model = m.build();
 * }</pre>
 */
public final class ModelBuilder {
    private double[] template = new double[64];
    private int slots;
    private int coordinates;
    private final List<Op> ops = new ArrayList<>();
    private final List<ParameterOp> parameters = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<String> outputNames = new ArrayList<>();
    private final List<Expr> outputs = new ArrayList<>();
    private final Set<String> auxiliary = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, List<String>> elementLabels = new HashMap<>();
    private final List<Expr> gathers = new ArrayList<>();
    private final List<Op> gatherOps = new ArrayList<>();
    private boolean built;

    /** Creates an empty declaration. */
    public ModelBuilder() {
    }

    private int allocate(int size) {
        if (slots + size > template.length) {
            template = Arrays.copyOf(template, Math.max(2 * template.length, slots + size));
        }
        int offset = slots;
        slots += size;
        return offset;
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("the model is already built; declare a new one");
        }
    }

    private void checkOwn(Expr... exprs) {
        for (Expr e : exprs) {
            if (e.owner != this) {
                throw new IllegalArgumentException("an expression of another model declaration was used");
            }
            e.uses++;
        }
    }

    // ---- data ----

    /** A data vector (copied), e.g. the observations or the known standard errors. */
    public Expr data(double[] values) {
        checkOpen();
        int offset = allocate(values.length);
        System.arraycopy(values, 0, template, offset, values.length);
        return new Expr(this, offset, values.length, true, new BitSet(), Expr.DATA);
    }

    /** A scalar constant. */
    public Expr constant(double value) {
        checkOpen();
        int offset = allocate(1);
        template[offset] = value;
        return new Expr(this, offset, 1, false, new BitSet(), -1);
    }

    // ---- parameters ----

    /** A real scalar parameter. */
    public Expr real(String name) {
        return parameter(name, 1, false, null);
    }

    /** A scalar parameter on (0, infinity), sampled as its log. */
    public Expr positive(String name) {
        return parameter(name, 1, false, Transform.positive());
    }

    /** A scalar parameter on (lower, infinity), sampled as log(x - lower). */
    public Expr lowerBounded(String name, double lower) {
        return parameter(name, 1, false, Transform.lowerBound(lower));
    }

    /** A scalar parameter on (lower, upper), sampled as the logit of its position in the interval (as Stan). */
    public Expr bounded(String name, double lower, double upper) {
        return parameter(name, 1, false, Transform.interval(lower, upper));
    }

    /** A real vector parameter of n elements. */
    public Expr realVector(String name, int n) {
        return parameter(name, n, true, null);
    }

    /** A vector parameter of n positive elements. */
    public Expr positiveVector(String name, int n) {
        return parameter(name, n, true, Transform.positive());
    }

    /** A vector parameter of n elements on (lower, upper). */
    public Expr boundedVector(String name, int n, double lower, double upper) {
        return parameter(name, n, true, Transform.interval(lower, upper));
    }

    /**
     * A parameter of n elements through a transform (null: real), reported under its name. Its
     * unconstrained coordinates follow those declared before it.
     */
    public Expr parameter(String name, int n, boolean vector, Transform transform) {
        Expr p = hiddenParameter(name, n, vector, transform);
        output(name, p);
        return p;
    }

    private Expr hiddenParameter(String name, int n, boolean vector, Transform transform) {
        checkOpen();
        if (n < 1 || (!vector && n != 1)) {
            throw new IllegalArgumentException("parameter " + name + ": size must be >= 1 (1 for a scalar), was " + n);
        }
        claim(name);
        int offset = allocate(n);
        int derivatives = transform == null ? -1 : allocate(n);
        ParameterOp op = new ParameterOp(name, coordinates, offset, n, vector, transform, derivatives);
        coordinates += n;
        BitSet dependencies = new BitSet();
        dependencies.set(parameters.size());
        parameters.add(op);
        ops.add(op);
        return new Expr(this, offset, n, vector, dependencies, parameters.size() - 1);
    }

    private void claim(String name) {
        if (name == null || name.isBlank() || !names.add(name)) {
            throw new IllegalArgumentException("name '" + name + "' is empty or already declared");
        }
    }

    /** Reports an expression among the outputs (Stan's transformed parameters and generated quantities). */
    public void output(String name, Expr value) {
        checkOpen();
        checkOwn(value);
        boolean parameterItself = value.parameter >= 0 && parameters.get(value.parameter).name.equals(name);
        if (!parameterItself) {
            claim(name);
        }
        outputNames.add(name);
        outputs.add(value);
    }

    /**
     * Names the elements of a declared vector output by labels instead of 1-based indices, so that
     * {@code mu_class} is reported as {@code mu_class[MBA]}, {@code mu_class[TJN]}, ... (one label per element,
     * distinct, without brackets or commas).
     */
    public void labelElements(String name, List<String> labels) {
        checkOpen();
        int k = outputNames.indexOf(name);
        if (k < 0 || !outputs.get(k).vector) {
            throw new IllegalArgumentException("no vector output '" + name + "' to label");
        }
        if (labels.size() != outputs.get(k).size || new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException(name + ": need " + outputs.get(k).size + " distinct labels, got "
                    + labels);
        }
        for (String l : labels) {
            if (l.isBlank() || l.matches(".*[\\[\\],].*")) {
                throw new IllegalArgumentException(name + ": label '" + l + "' is empty or has a bracket or comma");
            }
        }
        elementLabels.put(name, List.copyOf(labels));
    }

    /**
     * Marks outputs as auxiliary: coordinates the sampler needs (a window position, a direction 2-vector)
     * that mean nothing to a reader. They stay in the draws, so every draw still maps back to its point,
     * but summaries leave them out ({@link LogDensity#reportedNames()}).
     */
    public void auxiliary(String... outputNamesToHide) {
        checkOpen();
        for (String name : outputNamesToHide) {
            if (!outputNames.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is not an output");
            }
            auxiliary.add(name);
        }
    }

    // ---- group-level vectors ----

    /**
     * x ~ Normal(loc, scale), n elements, reported as {@code name}: centered, x is sampled; non-centered,
     * {@code offsetsName} z ~ Normal(0, 1) is sampled and x = loc + scale z (NumPyro's LocScaleReparam).
     */
    public Expr normalGroup(String name, String offsetsName, int n, Expr loc, Expr scale, Centering centering) {
        if (centering == Centering.CENTERED) {
            Expr x = realVector(name, n);
            normal(x, loc, scale);
            return x;
        }
        Expr z = hiddenParameter(offsetsName, n, true, null);
        normal(z, 0, 1);
        return locScale(name, loc, scale, z);
    }

    /**
     * As {@link #normalGroup} with the centering chosen element by element ({@code centered[i]}), for groups whose
     * elements are informed unequally by the data (a class of two thousand members and one of a single member): x
     * is sampled directly where the data pin it down and as offsets from loc where the population does.
     */
    public Expr normalGroup(String name, String offsetsName, Expr loc, Expr scale, boolean[] centered) {
        int n = centered.length;
        double[] offset = new double[n];
        double[] direct = new double[n];
        for (int i = 0; i < n; i++) {
            offset[i] = centered[i] ? 0 : 1;
            direct[i] = 1 - offset[i];
        }
        if (Arrays.stream(offset).allMatch(o -> o == offset[0])) {
            return normalGroup(name, offsetsName, n, loc, scale, offset[0] == 0 ? Centering.CENTERED
                    : Centering.NONCENTERED);
        }
        Expr isOffset = data(offset);
        return normalGroup(name, offsetsName, n, loc, scale, loc.times(isOffset),
                scale.times(isOffset).plus(data(direct)));
    }

    /**
     * x ~ Normal(loc, scale), n elements, sampled as offsets u from a chosen centre and spread: x = centre + spread
     * u, so u ~ Normal((loc - centre) / spread, scale / spread), the Jacobian included. Centre 0 and spread 1 is the
     * centered group, (loc, scale) the non-centered one; a centre and spread near x's posterior mean and sd (from
     * the data's sufficient statistics, where the likelihood is conjugate) make u close to standard normal whatever
     * the data, so neither a large group nor a small one makes a funnel.
     */
    public Expr normalGroup(String name, String offsetsName, int n, Expr loc, Expr scale, Expr centre,
            Expr spread) {
        Expr u = hiddenParameter(offsetsName, n, true, null);
        normal(u, loc.minus(centre).dividedBy(spread), scale.dividedBy(spread));
        return locScale(name, centre, spread, u);
    }

    /** As {@link #normalGroup} for x ~ Student-t(nu, loc, scale): non-centered, z ~ Student-t(nu, 0, 1). */
    public Expr studentTGroup(String name, String offsetsName, int n, double nu, Expr loc, Expr scale,
            Centering centering) {
        if (centering == Centering.CENTERED) {
            Expr x = realVector(name, n);
            studentT(x, constant(nu), loc, scale);
            return x;
        }
        Expr z = hiddenParameter(offsetsName, n, true, null);
        studentT(z, constant(nu), constant(0), constant(1));
        return locScale(name, loc, scale, z);
    }

    private Expr locScale(String name, Expr loc, Expr scale, Expr z) {
        checkOwn(loc, scale, z);
        if ((loc.size != 1 && loc.size != z.size) || (scale.size != 1 && scale.size != z.size)) {
            throw new IllegalArgumentException(name + ": loc and scale must be scalars or have " + z.size
                    + " elements");
        }
        int out = allocate(z.size);
        Expr x = add(new LocScaleOp(loc, scale, z, out), out, z.size, true,
                union(union(loc.dependencies, scale.dependencies), z.dependencies));
        output(name, x);
        return x;
    }

    // ---- sampling statements ----

    private void add(Statement statement) {
        checkOpen();
        checkOwn(statement.x);
        checkOwn(statement.args);
        if (statement.x.isData() && statement.x.parameter != Expr.DATA) {
            throw new IllegalArgumentException("the left side of an observation must be data declared with data(...)");
        }
        ScalarPriorStatement prior = ScalarPriorStatement.of(statement, template);
        statements.add(prior != null ? prior : statement);
    }

    /**
     * Stan's {@code target += sum(terms)}: a log-density term that is no sampling statement (a Jacobian,
     * a density stated in other coordinates). A parameter it alone constrains has no prior to draw from.
     */
    public void target(Expr terms) {
        checkOpen();
        checkOwn(terms);
        if (terms.isData()) {
            throw new IllegalArgumentException("a target term on data alone is a constant; leave it out");
        }
        statements.add(new TargetStatement(terms));
    }

    /** x ~ Normal(loc, scale); observations sharing a loc and scale are summed up by their sufficient statistics. */
    public void normal(Expr x, Expr loc, Expr scale) {
        GroupedNormalStatement grouped = GroupedNormalStatement.of(x, loc, scale, template);
        if (grouped != null) {
            add(grouped);
            if (scale.gatherIndex != null) {
                scale.uses--;
            }
        } else {
            add(new NormalStatement(x, loc, scale, template));
        }
        if (loc.gatherIndex != null) {
            loc.uses--;
        }
    }

    /** x ~ Normal(loc, scale) with constant loc and scale. */
    public void normal(Expr x, double loc, double scale) {
        normal(x, constant(loc), constant(scale));
    }

    /** x ~ Student-t(nu, loc, scale). */
    public void studentT(Expr x, Expr nu, Expr loc, Expr scale) {
        add(new FamilyStatement(Family.STUDENT_T, x, new Expr[] {nu, loc, scale}, template));
    }

    /** x ~ Cauchy(loc, scale). */
    public void cauchy(Expr x, Expr loc, Expr scale) {
        add(new FamilyStatement(Family.CAUCHY, x, new Expr[] {loc, scale}, template));
    }

    /** x ~ half-normal(scale), for x > 0. */
    public void halfNormal(Expr x, Expr scale) {
        add(new FamilyStatement(Family.HALF_NORMAL, x, new Expr[] {scale}, template));
    }

    /** x ~ half-normal(scale) with a constant scale. */
    public void halfNormal(Expr x, double scale) {
        halfNormal(x, constant(scale));
    }

    /** x ~ half-Cauchy(scale), for x > 0. */
    public void halfCauchy(Expr x, Expr scale) {
        add(new FamilyStatement(Family.HALF_CAUCHY, x, new Expr[] {scale}, template));
    }

    /** x ~ half-Student-t(nu, scale), for x > 0. */
    public void halfStudentT(Expr x, Expr nu, Expr scale) {
        add(new FamilyStatement(Family.HALF_STUDENT_T, x, new Expr[] {nu, scale}, template));
    }

    /** x ~ Exponential(rate). */
    public void exponential(Expr x, Expr rate) {
        add(new FamilyStatement(Family.EXPONENTIAL, x, new Expr[] {rate}, template));
    }

    /** x ~ inverse-gamma(shape, scale). */
    public void inverseGamma(Expr x, Expr shape, Expr scale) {
        add(new FamilyStatement(Family.INV_GAMMA, x, new Expr[] {shape, scale}, template));
    }

    /** x ~ gamma(shape, rate). */
    public void gamma(Expr x, Expr shape, Expr rate) {
        add(new FamilyStatement(Family.GAMMA, x, new Expr[] {shape, rate}, template));
    }

    /** x ~ Uniform(lower, upper). */
    public void uniform(Expr x, Expr lower, Expr upper) {
        add(new FamilyStatement(Family.UNIFORM, x, new Expr[] {lower, upper}, template));
    }

    /** x ~ log-normal(mu, sigma). */
    public void logNormal(Expr x, Expr mu, Expr sigma) {
        add(new FamilyStatement(Family.LOG_NORMAL, x, new Expr[] {mu, sigma}, template));
    }

    /**
     * x ~ w Normal(loc1, scale1) + (1 - w) Normal(loc2, scale2), 0 < w < 1; observations sharing their arguments
     * (each a scalar or indexed by a group) are evaluated group by group.
     */
    public void normalMixture(Expr x, Expr weight, Expr loc1, Expr scale1, Expr loc2, Expr scale2) {
        GroupedNormalMixtureStatement grouped = GroupedNormalMixtureStatement.of(x, weight, loc1, scale1, loc2, scale2,
                template);
        if (grouped == null) {
            add(new NormalMixtureStatement(x, weight, loc1, scale1, loc2, scale2));
            return;
        }
        add(grouped);
        for (Expr a : new Expr[] {weight, loc1, scale1, loc2, scale2}) {
            if (a.gatherIndex != null) {
                a.uses--;
            }
        }
    }

    // ---- expressions (called by Expr) ----

    Expr binary(int kind, Expr a, Expr b) {
        checkOpen();
        checkOwn(a, b);
        if (a.size != b.size && a.size != 1 && b.size != 1) {
            throw new IllegalArgumentException("elementwise operation on vectors of " + a.size + " and " + b.size
                    + " elements");
        }
        int size = Math.max(a.size, b.size);
        int out = allocate(size);
        return add(new ArithmeticOp(kind, a, b, out, size), out, size, a.vector || b.vector,
                union(a.dependencies, b.dependencies));
    }

    Expr unary(int kind, Expr x) {
        checkOpen();
        checkOwn(x);
        int out = allocate(x.size);
        return add(new FunctionOp(kind, x, out), out, x.size, x.vector, x.dependencies);
    }

    Expr gather(Expr x, int[] index) {
        checkOpen();
        checkOwn(x);
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= x.size) {
                throw new IllegalArgumentException("index " + index[i] + " at position " + (i + 1)
                        + " is outside 0.." + (x.size - 1));
            }
        }
        int out = allocate(index.length);
        GatherOp op = new GatherOp(x, index.clone(), out);
        Expr gathered = add(op, out, index.length, true, x.dependencies);
        gathered.gatherSource = x;
        gathered.gatherIndex = op.index;
        gathers.add(gathered);
        gatherOps.add(op);
        return gathered;
    }

    /** Data-only expressions are evaluated now and become constants; the rest run on every evaluation. */
    private Expr add(Op op, int out, int size, boolean vector, BitSet dependencies) {
        if (dependencies.isEmpty()) {
            op.forward(null, template);
        } else {
            ops.add(op);
        }
        return new Expr(this, out, size, vector, (BitSet) dependencies.clone(), -1);
    }

    private static BitSet union(BitSet a, BitSet b) {
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u;
    }

    /** The model; the builder cannot be used afterwards. */
    public DeclaredModel build() {
        checkOpen();
        built = true;
        for (int k = 0; k < gathers.size(); k++) {
            if (gathers.get(k).uses == 0) {
                ops.remove(gatherOps.get(k));
            }
        }
        return new DeclaredModel(ops, parameters, statements, outputNames, outputs, auxiliary,
                Arrays.copyOf(template, slots), coordinates, elementLabels);
    }
}
