#!/usr/bin/python3
"""Compares `summary eight-schools-mcmc --format json` of two builds (before and after a change to the
model code) on the same seeds and settings: reports, per configuration, whether every number is
bit-identical and otherwise the largest difference of a parameter's mean in units of its MCSE.

usage: bench/compare_eight_schools_summaries.py BEFORE.jar AFTER.jar
"""
import json
import subprocess
import sys

CONFIGS = [
    [],
    ["--parameterization", "centered"],
    ["--sampler", "hmc"],
    ["--sampler", "rwm"],
    ["--parameterization", "centered", "--sampler", "hmc"],
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
    result["sampler"].pop("seconds", None)
    return result


def main():
    before_jar, after_jar = sys.argv[1], sys.argv[2]
    worst = 0.0
    for options in CONFIGS:
        before = summary(before_jar, options)
        after = summary(after_jar, options)
        identical = before == after
        largest = 0.0
        for b, a in zip(before["parameters"], after["parameters"]):
            assert b["name"] == a["name"]
            largest = max(largest, abs(b["mean"] - a["mean"]) / b["mcse_mean"])
        worst = max(worst, largest)
        print("%-80s %s  max |mean diff| / mcse = %.3f" % (" ".join(options) or "(defaults)",
              "bit-identical" if identical else "differs      ", largest))
    print("worst %.3f MCSE" % worst)
    return 0 if worst <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
