#!/usr/bin/python3
"""Times astropy's LombScargle on the bench periodogram cases: method='fast' (Press-Rybicki,
approximate) and method='slow' (exact), median of repeats, wall clock and process CPU time.

Same data shape as `bench periodogram` (N uniform times over 120 days, a 0.8/day sinusoid plus
noise, dy in [0.8, 1.2]) at M evenly spaced frequencies from 0.01 to 5 per day.
Usage: /usr/bin/python3 bench/periodogram_astropy.py [--repeats R] [--cases 1000x10000,...]
"""
import argparse
import time
import numpy as np
from astropy.timeseries import LombScargle


def data(n, rng):
    t = 120 * rng.random(n)
    dy = 0.8 + 0.4 * rng.random(n)
    y = 100 + np.sin(2 * np.pi * 0.8 * t) + dy * (rng.random(n) - 0.5) * 3.4
    return t, y, dy


def timed(fn, repeats):
    wall, cpu = [], []
    fn()  # warm-up
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return 1e3 * np.median(wall), 1e3 * np.median(cpu)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=11)
    ap.add_argument("--cases", default="1000x10000,100x10000,10000x10000,1000x1000,1000x100000")
    ap.add_argument("--slow-max-pairs", type=float, default=2e7, help="skip slow above N*M pairs")
    args = ap.parse_args()
    rng = np.random.default_rng(20261201)
    print(f"{'case':<14} {'method':<6} {'median wall ms':>15} {'median cpu ms':>14} {'max |fast - slow|':>18}")
    for case in args.cases.split(","):
        n, m = map(int, case.split("x"))
        t, y, dy = data(n, rng)
        f = np.linspace(0.01, 5, m)
        ls = LombScargle(t, y, dy)
        fast = ls.power(f, method="fast")
        wall, cpu = timed(lambda: ls.power(f, method="fast"), args.repeats)
        err = ""
        if n * m <= args.slow_max_pairs:
            slow = ls.power(f, method="slow")
            err = f"{np.max(np.abs(fast - slow)):.2e}"
        print(f"{case:<14} {'fast':<6} {wall:15.3f} {cpu:14.3f} {err:>18}", flush=True)
        if n * m <= args.slow_max_pairs:
            wall, cpu = timed(lambda: ls.power(f, method="slow"), max(3, args.repeats // 3))
            print(f"{case:<14} {'slow':<6} {wall:15.3f} {cpu:14.3f}", flush=True)


if __name__ == "__main__":
    main()
