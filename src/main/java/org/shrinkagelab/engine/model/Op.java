package org.shrinkagelab.engine.model;

/**
 * One vectorised step of a declared model's evaluation: it fills its output slots from its inputs'
 * values (forward) and passes its output slots' adjoints back to its inputs (reverse), as a node of
 * a reverse-mode tape whose values and adjoints live in two primitive arrays.
 */
interface Op {

    /** Computes the output values from q (parameters) and the input values; returns its log Jacobian (0 if none). */
    double forward(double[] q, double[] values);

    /**
     * Adds the output adjoints, times the local partials, into the inputs' adjoints (or into the gradient for
     * parameters), and sets the output adjoints back to 0: the sweep leaves every adjoint 0 for the next gradient.
     */
    void backward(double[] q, double[] values, double[] adjoints, double[] gradient);
}
