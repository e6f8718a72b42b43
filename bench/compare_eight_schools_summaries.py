#!/usr/bin/python3
"""Compares `summary eight-schools-mcmc --format json` of two builds (before and after a change to the
model code) on the same seeds and settings. Per configuration it says whether the whole summary is
bit-identical, whether the parameter summaries are, and otherwise the largest difference of a
parameter's mean in units of the difference's standard error sqrt(mcse_before^2 + mcse_after^2)
(two chains that have parted are independent realizations: |z| is then about |N(0, 1)|) and in
units of the before run's MCSE. Exits non-zero if some |z| exceeds 4.

usage: bench/compare_eight_schools_summaries.py BEFORE.jar AFTER.jar
"""
import json
import math
import subprocess
import sys

CONFIGS = [
    [],
    ["--parameterization", "centered"],
    ["--sampler", "hmc"],
    ["--sampler", "rwm"],
    ["--parameterization", "centered", "--sampler", "hmc"],
    ["--parameterization", "centered", "--sampler", "rwm"],
    ["--tau-prior", "half-normal:5"],
    ["--parameterization", "centered", "--tau-prior", "half-normal:5"],
    ["--tau-prior", "uniform:0,50"],
    ["--population", "student-t:4"],
    ["--parameterization", "centered", "--population", "student-t:4", "--tau-prior", "inv-gamma:2,3"],
]


def summary(jar, options):
    out = subprocess.run(["java", "-jar", jar, "summary", "eight-schools-mcmc", "--format", "json"] + options,
                         check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    seconds = result["sampler"].pop("seconds", float("nan"))
    return result, seconds


def main():
    before_jar, after_jar = sys.argv[1], sys.argv[2]
    worst_z = 0.0
    for options in CONFIGS:
        before, before_seconds = summary(before_jar, options)
        after, after_seconds = summary(after_jar, options)
        if before == after:
            verdict = "bit-identical"
        elif before["parameters"] == after["parameters"]:
            verdict = "parameters bit-identical"
        else:
            verdict = "differs"
        largest_z, largest_mcse, name = 0.0, 0.0, ""
        for b, a in zip(before["parameters"], after["parameters"]):
            assert b["name"] == a["name"]
            diff = abs(b["mean"] - a["mean"])
            z = diff / math.hypot(b["mcse_mean"], a["mcse_mean"])
            if z > largest_z:
                largest_z, name = z, b["name"]
            largest_mcse = max(largest_mcse, diff / b["mcse_mean"])
        worst_z = max(worst_z, largest_z)
        print("%-90s %-25s max |z| = %.2f (%s), max |diff| / mcse = %.2f, seconds %.2f -> %.2f" % (
            " ".join(options) or "(defaults)", verdict, largest_z, name, largest_mcse, before_seconds,
            after_seconds))
    print("worst |z| %.2f" % worst_z)
    return 0 if worst_z <= 4 else 1


if __name__ == "__main__":
    sys.exit(main())
