package org.shrinkagelab.charts;

import org.jfree.chart.JFreeChart;

/**
 * A chart with the file name it is saved under.
 *
 * @param name  the file stem, problem id first, e.g. {@code eight-schools-exact-tau-posterior}
 * @param chart the chart; the GUI shows this same object and only updates its datasets
 */
public record Figure(String name, JFreeChart chart) {
}
