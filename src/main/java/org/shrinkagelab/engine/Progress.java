package org.shrinkagelab.engine;

/**
 * One progress report of a job.
 *
 * @param part     which part of the job reports (a chain index), or -1 for the job as a whole
 * @param fraction how much of that part is done, in [0, 1]
 * @param message  a short text for the status strip, such as "chain 2: warmup 300/1000"
 */
public record Progress(int part, double fraction, String message) {
}
