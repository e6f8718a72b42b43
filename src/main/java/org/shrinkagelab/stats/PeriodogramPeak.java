package org.shrinkagelab.stats;

/**
 * A local maximum of a periodogram, refined between its grid neighbours.
 *
 * @param frequency the refined frequency
 * @param power the exact power there
 * @param falseAlarmProbability its false-alarm probability as the highest peak, by the chosen method
 * @param aliasOf the frequency of the stronger peak it is an alias of, or NaN
 * @param alias how it relates to that peak (e.g. {@code f + 1/day}), or null
 */
public record PeriodogramPeak(double frequency, double power, double falseAlarmProbability, double aliasOf,
                              String alias) {
}
