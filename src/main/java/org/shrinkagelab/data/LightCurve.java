package org.shrinkagelab.data;

/**
 * One object's brightness series: times (days), values and their uncertainties (null when the
 * file has none), as read and checked by {@link LightCurveCsv}.
 *
 * @param name the object's name, or the file name for a single-series file
 * @param time the observation times
 * @param flux the measured values
 * @param fluxError the one-sigma uncertainties, all positive, or null
 */
public record LightCurve(String name, double[] time, double[] flux, double[] fluxError) {
}
