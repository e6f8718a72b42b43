package org.shrinkagelab.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A model built by {@link ModelBuilder}: the log density on the unconstrained scale (Jacobians
 * included) and its gradient by one forward sweep of the declaration's vectorised operations, its
 * sampling statements, and one reverse sweep; the constrained outputs; the pointwise log-likelihood
 * of the observations; replicated data; prior draws with data simulated from them. Immutable; the
 * value and adjoint arrays are per thread, so one instance serves several chains at once and a
 * gradient allocates nothing.
 */
public final class DeclaredModel implements LogDensity, PointwiseLogLikelihood, ReplicatedData, PriorPredictive,
        Unconstrain {
    /** Draws of a parameter outside its support (a truncated prior) tried before giving up. */
    private static final int MAX_REJECTIONS = 10_000;

    /**
     * The operations other than the parameters', in declaration order. Parameters read only q, so they all
     * run first (and last on the way back), in a loop of their own that needs no dispatch.
     */
    private final Op[] expressions;
    private final ParameterOp[] parameters;
    private final Statement[] statements;
    /** The statements a gradient evaluates: {@link #statements} with common pairs fused ({@link Fusion}). */
    private final Statement[] gradientTerms;
    /**
     * The {@link #expressions} whose forward and reverse steps a gradient's sweeps take (a fused statement takes
     * some itself).
     */
    private final Op[] swept;
    /** The {@link #parameters} whose forward and reverse steps a gradient takes (a fused statement reads some from q). */
    private final ParameterOp[] sweptParameters;
    private final Statement[] observations;
    private final double[] template;
    private final int dimension;
    private final List<String> outputNames;
    private final List<String> reportedNames;
    private final int[] outputSlots;
    private final List<String> coordinateNames;
    private final int observationCount;
    private final Statement[] priorOrder;
    private final String priorProblem;
    private final ThreadLocal<Scratch> scratch;
    /** The one thread's arrays of a {@link #forThread()} copy, or null when shared (then per thread). */
    private final Scratch own;

    /**
     * One thread's values and adjoints. The reverse sweep leaves the adjoints 0 ({@link Op#backward}), so a
     * gradient clears them only after one that did not finish.
     */
    private static final class Scratch {
        final double[] values;
        final double[] adjoints;
        boolean adjointsDirty;

        Scratch(double[] template) {
            values = template.clone();
            adjoints = new double[template.length];
        }
    }

    DeclaredModel(List<Op> ops, List<ParameterOp> parameters, List<Statement> statements, List<String> outputNames,
            List<Expr> outputs, Set<String> auxiliary, double[] template, int dimension,
            Map<String, List<String>> elementLabels) {
        this.expressions = ops.stream().filter(op -> !(op instanceof ParameterOp)).toArray(Op[]::new);
        this.parameters = parameters.toArray(new ParameterOp[0]);
        this.statements = statements.toArray(new Statement[0]);
        this.observations = statements.stream().filter(Statement::isObservation).toArray(Statement[]::new);
        this.template = template;
        this.dimension = dimension;
        List<String> names = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            Expr e = outputs.get(k);
            for (int i = 0; i < e.size; i++) {
                List<String> labels = elementLabels.get(outputNames.get(k));
                String index = labels != null ? labels.get(i) : Integer.toString(i + 1);
                String name = e.vector ? outputNames.get(k) + "[" + index + "]" : outputNames.get(k);
                names.add(name);
                if (!auxiliary.contains(outputNames.get(k))) {
                    reported.add(name);
                }
                slots.add(e.offset + i);
            }
        }
        this.outputNames = List.copyOf(names);
        this.reportedNames = List.copyOf(reported);
        this.outputSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        Fusion fusion = new Fusion(this.statements, this.expressions, this.parameters, this.outputSlots);
        this.gradientTerms = fusion.terms;
        this.swept = fusion.swept;
        this.sweptParameters = fusion.sweptParameters;
        List<String> coordinates = new ArrayList<>();
        for (ParameterOp p : this.parameters) {
            for (int i = 0; i < p.size; i++) {
                coordinates.add(!p.vector ? p.coordinateName()
                        : p.coordinateName() + "[" + (i + 1) + "]");
            }
        }
        this.coordinateNames = List.copyOf(coordinates);
        int count = 0;
        for (Statement s : observations) {
            count += s.size;
        }
        this.observationCount = count;
        List<Statement> order = new ArrayList<>();
        this.priorProblem = planPriorDraws(order);
        this.priorOrder = order.toArray(new Statement[0]);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(this.template));
        this.own = null;
    }

    /** The same model conditioned on other observations. */
    private DeclaredModel(DeclaredModel model, double[] template) {
        this(model, template, false, true);
    }

    /**
     * The same model on other observations, with arrays of its own for one thread when {@code confined}, its
     * gradient {@link Fusion fused} or, when not {@code fuse}, statement by statement.
     */
    private DeclaredModel(DeclaredModel model, double[] template, boolean confined, boolean fuse) {
        this.expressions = model.expressions;
        this.parameters = model.parameters;
        this.statements = template == model.template ? model.statements
                : Arrays.stream(model.statements).map(st -> st.on(template)).toArray(Statement[]::new);
        this.observations = Arrays.stream(this.statements).filter(Statement::isObservation).toArray(Statement[]::new);
        Fusion fusion = fuse ? new Fusion(this.statements, this.expressions, this.parameters, model.outputSlots) : null;
        this.gradientTerms = fuse ? fusion.terms : this.statements;
        this.swept = fuse ? fusion.swept : this.expressions;
        this.sweptParameters = fuse ? fusion.sweptParameters : this.parameters;
        this.template = template;
        this.dimension = model.dimension;
        this.outputNames = model.outputNames;
        this.reportedNames = model.reportedNames;
        this.outputSlots = model.outputSlots;
        this.coordinateNames = model.coordinateNames;
        this.observationCount = model.observationCount;
        this.priorOrder = model.priorOrder;
        this.priorProblem = model.priorProblem;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(this.template));
        this.own = confined ? new Scratch(template) : null;
    }

    /** A copy for one thread (a chain) that keeps its arrays in a field rather than looking them up per call. */
    @Override
    public DeclaredModel forThread() {
        return new DeclaredModel(this, template, true, gradientTerms != statements);
    }

    /** This model with its gradient evaluated statement by statement, without {@link Fusion}: a test's reference. */
    DeclaredModel unfused() {
        return new DeclaredModel(this, template, false, false);
    }

    /** The statements and reverse steps a gradient takes, fewer where statements are fused. */
    int gradientSteps() {
        return gradientTerms.length + swept.length;
    }

    /** The parameters whose copy into the values and whose adjoints' copy into the gradient a gradient takes. */
    int parameterSteps() {
        return sweptParameters.length;
    }

    private Scratch scratch() {
        return own != null ? own : scratch.get();
    }

    /**
     * The patterns of a hierarchical normal model, evaluated in fewer loops with the same sums in the same
     * order (so the same numbers, bit for bit): a centered group x ~ Normal(loc, scale) directly followed by
     * its observations y ~ Normal(x, sigma) with known sigma, in one loop; as the last statement, observations
     * y ~ Normal(loc + scale z, sigma) of a non-centered group that is the last operation and that nothing else
     * reads, which take its forward and reverse steps; and those together with the offsets' prior z ~ Normal(0, 1) just
     * before them, in one loop. A fused pair whose vector (x or z) is a real parameter that nothing else reads reads it
     * from q and writes its gradient, and that parameter's steps are skipped.
     */
    private static final class Fusion {
        final Statement[] terms;
        final Op[] swept;
        final ParameterOp[] sweptParameters;

        Fusion(Statement[] statements, Op[] expressions, ParameterOp[] parameters, int[] outputSlots) {
            Statement[] own = statements.clone();
            Op skipped = null;
            int last = own.length - 1;
            if (last >= 0 && own[last] instanceof NormalStatement n && expressions.length > 0
                    && expressions[expressions.length - 1] instanceof LocScaleOp group && own[last].args[0].uses == 2) {
                // uses: the output and this statement, so the adjoint of loc + scale z is this statement's alone
                NormalStatement folded = n.foldingReverseStepOf(group);
                if (folded != null) {
                    own[last] = folded;
                    skipped = group;
                }
            }
            List<Statement> fused = new ArrayList<>();
            Set<ParameterOp> read = new HashSet<>();
            for (int k = 0; k < own.length; k++) {
                NormalStatement pair = k + 1 < own.length && own[k] instanceof NormalStatement n
                        ? n.withObservations(own[k + 1]) : null;
                ParameterOp p = pair != null && readOnlyByPair(pair.x, parameters, outputSlots)
                        ? parameters[pair.x.parameter] : null;
                NormalStatement reading = p != null ? pair.readingParameter(p) : null;
                if (reading != null) {
                    read.add(p);
                }
                fused.add(reading != null ? reading : pair != null ? pair : own[k]);
                if (pair != null) {
                    k++;
                }
            }
            Op omit = skipped;
            terms = fused.toArray(new Statement[0]);
            swept = Arrays.stream(expressions).filter(op -> op != omit).toArray(Op[]::new);
            sweptParameters = Arrays.stream(parameters).filter(p -> !read.contains(p)).toArray(ParameterOp[]::new);
        }

        /**
         * True when x is a parameter read only by the two statements of a fused pair (its left side in the first; the
         * second's loc, or the loc + scale x whose steps the second takes) and, if it is an output, by that output.
         */
        private static boolean readOnlyByPair(Expr x, ParameterOp[] parameters, int[] outputSlots) {
            if (x.parameter < 0) {
                return false;
            }
            int slot = parameters[x.parameter].slot;
            boolean output = Arrays.stream(outputSlots).anyMatch(o -> o == slot);
            return x.uses == 2 + (output ? 1 : 0);
        }
    }

    /**
     * Orders the statements that give each parameter its prior so that each comes after those of the
     * parameters its arguments use (ancestral sampling); returns why that is impossible, or null.
     */
    private String planPriorDraws(List<Statement> order) {
        Statement[] priorOf = new Statement[parameters.length];
        for (Statement s : statements) {
            if (s.isObservation()) {
                continue;
            }
            if (!s.drawable()) {
                return "a target term adds to the log density without a distribution to draw from, so the prior"
                        + " cannot be drawn ancestrally";
            }
            if (s.x.parameter < 0) {
                return "a sampling statement has an expression of parameters on its left, so the prior cannot be"
                        + " drawn ancestrally";
            }
            if (priorOf[s.x.parameter] != null) {
                return "parameter " + parameters[s.x.parameter].name + " is on the left of two sampling statements";
            }
            priorOf[s.x.parameter] = s;
        }
        for (int p = 0; p < parameters.length; p++) {
            if (priorOf[p] == null) {
                return "parameter " + parameters[p].name + " has no sampling statement (an improper prior), so it"
                        + " cannot be drawn from the prior";
            }
        }
        BitSet drawn = new BitSet();
        while (order.size() < parameters.length) {
            boolean progress = false;
            for (int p = 0; p < parameters.length; p++) {
                if (drawn.get(p)) {
                    continue;
                }
                BitSet needs = new BitSet();
                for (Expr a : priorOf[p].args) {
                    needs.or(a.dependencies);
                }
                needs.andNot(drawn);
                if (needs.isEmpty()) {
                    drawn.set(p);
                    order.add(priorOf[p]);
                    progress = true;
                }
            }
            if (!progress) {
                return "the priors depend on each other in a cycle";
            }
        }
        return null;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Names of the unconstrained coordinates, in order: {@code mu, log_tau, z[1], ...}. */
    public List<String> coordinateNames() {
        return coordinateNames;
    }

    /** The forward sweep of every operation; its value is the parameters' log Jacobians, summed in declaration order. */
    private double forward(double[] q, double[] values) {
        return forward(q, values, parameters, expressions);
    }

    /** The forward sweep of {@code params} and of {@code ops}; its value is those parameters' log Jacobians. */
    private static double forward(double[] q, double[] values, ParameterOp[] params, Op[] ops) {
        double lp = 0;
        for (ParameterOp p : params) {
            lp += p.forward(q, values);
        }
        for (Op op : ops) {
            op.forward(q, values);
        }
        return lp;
    }

    @Override
    public double logDensityGradient(double[] q, double[] gradient) {
        Scratch s = scratch();
        double[] v = s.values;
        double[] adj = s.adjoints;
        double lp = forward(q, v, sweptParameters, swept);
        if (s.adjointsDirty) {
            Arrays.fill(adj, 0);
        }
        s.adjointsDirty = true;
        for (Statement term : gradientTerms) {
            lp = term.addLogDensity(lp, q, v, adj, gradient);
        }
        for (int k = swept.length - 1; k >= 0; k--) {
            swept[k].backward(q, v, adj, gradient);
        }
        for (ParameterOp p : sweptParameters) {
            p.backward(q, v, adj, gradient);
        }
        s.adjointsDirty = false;
        return lp;
    }

    @Override
    public List<String> outputNames() {
        return outputNames;
    }

    @Override
    public List<String> reportedNames() {
        return reportedNames;
    }

    @Override
    public void outputs(double[] q, double[] out) {
        double[] v = scratch().values;
        forward(q, v);
        for (int k = 0; k < outputSlots.length; k++) {
            out[k] = v[outputSlots[k]];
        }
    }

    /**
     * The inverse of {@link #outputs}: each parameter that is an output is unconstrained from its value; the
     * offsets z of a non-centered group, which are not outputs, are solved as z = (x - loc) / scale from the
     * group's output x, group by group in declaration order so that a group's loc and scale (which may
     * depend on an earlier non-centered group) are known when it is solved.
     *
     * @throws IllegalStateException when a parameter is neither an output nor a non-centered group's offsets
     */
    @Override
    public void unconstrain(double[] outputs, double[] q) {
        if (outputs.length != outputSlots.length) {
            throw new IllegalArgumentException("need " + outputSlots.length + " outputs, got " + outputs.length);
        }
        int[] outputOfSlot = new int[template.length];
        Arrays.fill(outputOfSlot, -1);
        for (int k = 0; k < outputSlots.length; k++) {
            outputOfSlot[outputSlots[k]] = k;
        }
        BitSet known = new BitSet();
        for (ParameterOp p : parameters) {
            for (int i = 0; i < p.size; i++) {
                int k = outputOfSlot[p.slot + i];
                if (k >= 0) {
                    q[p.coordinate + i] = p.unconstrain(outputs[k]);
                    known.set(p.coordinate + i);
                }
            }
        }
        double[] v = scratch.get().values;
        for (Op op : expressions) {
            if (!(op instanceof LocScaleOp group) || outputOfSlot[group.outputSlot()] < 0) {
                continue;
            }
            ParameterOp z = parameterAtSlot(group.offsetsSlot());
            if (z == null || known.get(z.coordinate)) {
                continue;
            }
            forward(q, v);
            for (int i = 0; i < group.size(); i++) {
                q[z.coordinate + i] = group.offset(v, outputs[outputOfSlot[group.outputSlot() + i]], i);
                known.set(z.coordinate + i);
            }
        }
        if (known.cardinality() != dimension) {
            int missing = known.nextClearBit(0);
            throw new IllegalStateException("coordinate " + coordinateNames.get(missing)
                    + " cannot be recovered from the outputs");
        }
    }

    private ParameterOp parameterAtSlot(int slot) {
        for (ParameterOp p : parameters) {
            if (p.slot == slot) {
                return p;
            }
        }
        return null;
    }

    @Override
    public int observations() {
        return observationCount;
    }

    @Override
    public void logLikelihood(double[] q, double[] out) {
        double[] v = scratch().values;
        forward(q, v);
        int k = 0;
        for (Statement s : observations) {
            for (int i = 0; i < s.size; i++) {
                out[k++] = s.logDensity(v, i);
            }
        }
    }

    @Override
    public double[] observed() {
        double[] y = new double[observationCount];
        int k = 0;
        for (Statement s : observations) {
            System.arraycopy(template, s.x.offset, y, k, s.size);
            k += s.size;
        }
        return y;
    }

    @Override
    public void replicate(double[] q, UniformRandomProvider rng, double[] out) {
        double[] v = scratch().values;
        forward(q, v);
        int k = 0;
        for (Statement s : observations) {
            for (int i = 0; i < s.size; i++) {
                out[k++] = s.draw(v, i, rng);
            }
        }
    }

    /** The same model with the observations (in the order of {@link #observed()}) replaced. */
    public DeclaredModel withObserved(double[] y) {
        if (y.length != observationCount) {
            throw new IllegalArgumentException("need " + observationCount + " observations, got " + y.length);
        }
        double[] t = template.clone();
        int k = 0;
        for (Statement s : observations) {
            System.arraycopy(y, k, t, s.x.offset, s.size);
            k += s.size;
        }
        return new DeclaredModel(this, t);
    }

    /** True when every parameter has a proper prior statement of its own, so {@link #simulate} works. */
    public boolean canDrawPrior() {
        return priorProblem == null;
    }

    /**
     * Draws the parameters from the prior, statement by statement in ancestral order (a draw outside
     * a parameter's support is redrawn, which samples the truncated prior), then data given them.
     */
    @Override
    public Simulated simulate(UniformRandomProvider rng) {
        double[] q = drawPrior(rng);
        double[] truth = new double[outputSlots.length];
        outputs(q, truth);
        double[] y = new double[observationCount];
        replicate(q, rng, y);
        return new Simulated(withObserved(y), truth);
    }

    /** An unconstrained point drawn from the prior. */
    public double[] drawPrior(UniformRandomProvider rng) {
        if (priorProblem != null) {
            throw new IllegalStateException(priorProblem);
        }
        double[] q = new double[dimension];
        double[] v = scratch().values;
        for (Statement s : priorOrder) {
            forward(q, v);
            ParameterOp p = parameters[s.x.parameter];
            for (int i = 0; i < s.size; i++) {
                double x = s.draw(v, i, rng);
                int tries = 1;
                while (!p.inSupport(x)) {
                    if (++tries > MAX_REJECTIONS) {
                        throw new IllegalStateException("parameter " + p.name + ": its prior puts almost no mass"
                                + " inside its support");
                    }
                    x = s.draw(v, i, rng);
                }
                q[p.coordinate + i] = p.unconstrain(x);
            }
        }
        return q;
    }
}
