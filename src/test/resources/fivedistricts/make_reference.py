#!/usr/bin/python3
"""Reference posterior of the hierarchical Five Districts model at the shipped data, by scipy.

Run by hand from the repository root (not in CI), with Debian's python3 (numpy, scipy):

    /usr/bin/python3 src/test/resources/fivedistricts/make_reference.py > src/test/resources/fivedistricts/reference.csv

Independent of the Java code: given (tau_D, tau_S) the joint prior of theta = (mu, beta_district[1..5],
beta[1..27]) is written as a dense 33-dimensional Gaussian, y = X theta + noise, and p(y | taus) and
E[theta | y, taus], Var[theta | y, taus] come from dense linear algebra (Cholesky of the 27 x 27
covariance of y). The posterior moments are then ratios of scipy.integrate.dblquad integrals over
(tau_D, tau_S) in [0, inf)^2.
"""
import csv
import functools
import math
import os
import sys

import numpy as np
from scipy import integrate, linalg, stats

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "data", "five_districts.csv")


def read_data(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    districts = []
    for r in rows:
        if r["district"] not in districts:
            districts.append(r["district"])
    index = np.array([districts.index(r["district"]) for r in rows])
    x = np.array([float(r["hours"]) for r in rows])
    y = np.array([float(r["improvement"]) for r in rows])
    s = np.array([float(r["stderr"]) for r in rows])
    return index, len(districts), x, y, s


INDEX, D, X, Y, S = read_data(DATA)
J = len(X)
P = 1 + D + J


def log_prior(family, arg, tau):
    if family == "half-normal":
        return math.log(2) + stats.norm.logpdf(tau, 0, arg)
    if family == "half-cauchy":
        return math.log(2) + stats.cauchy.logpdf(tau, 0, arg)
    raise ValueError(family)


class Model:
    def __init__(self, m0, s0, prior_d, prior_s):
        self.m0, self.s0 = m0, s0
        self.prior_d, self.prior_s = prior_d, prior_s
        design = np.zeros((J, P))
        design[np.arange(J), 1 + D + np.arange(J)] = X
        self.design = design
        self.mean = np.full(P, m0)
        self.cache = {}
        # Var(theta) = s0^2 ones + tau_D^2 A + tau_S^2 B: A links a district's slope and its schools', B is each school alone
        members = np.zeros((P, D))
        for d in range(D):
            members[1 + d, d] = 1
        members[1 + D + np.arange(J), INDEX] = 1
        self.ones = np.ones((P, P))
        self.a = members @ members.T
        self.b = np.zeros((P, P))
        self.b[1 + D + np.arange(J), 1 + D + np.arange(J)] = 1

    def conditional(self, td, ts):
        key = (td, ts)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        # mu = m0 + s0 z0, beta_d = mu + td z_d, beta_j = beta_d(j) + ts z_j
        sigma = self.s0 ** 2 * self.ones + td * td * self.a + ts * ts * self.b
        xs = self.design @ sigma
        cov_y = xs @ self.design.T + np.diag(S ** 2)
        chol = linalg.cho_factor(cov_y, lower=True)
        resid = Y - self.design @ self.mean
        alpha = linalg.cho_solve(chol, resid)
        logdet = 2 * np.sum(np.log(np.diag(chol[0])))
        loglik = -0.5 * (J * math.log(2 * math.pi) + logdet + resid @ alpha)
        post_mean = self.mean + xs.T @ alpha
        post_var = np.diag(sigma) - np.sum(xs * linalg.cho_solve(chol, xs), axis=0)
        value = (loglik, post_mean, post_var)
        self.cache[key] = value
        return value

    def log_weight(self, td, ts):
        return (self.conditional(td, ts)[0] + log_prior(*self.prior_d, td) + log_prior(*self.prior_s, ts))


def integral(f):
    v, err = integrate.dblquad(lambda ts, td: f(td, ts), 0, np.inf, 0, np.inf, epsabs=1e-11, epsrel=1e-9)
    return v


def moments(model, name, first, second):
    z = model.z
    m = integral(lambda td, ts: first(td, ts) * math.exp(model.log_weight(td, ts) - model.offset)) / z
    m2 = integral(lambda td, ts: second(td, ts) * math.exp(model.log_weight(td, ts) - model.offset)) / z
    return name, m, math.sqrt(max(0.0, m2 - m * m))


def run(label, model, out):
    grid = [(a, b) for a in np.linspace(0.01, 1.5, 30) for b in np.linspace(0.01, 1.5, 30)]
    model.offset = max(model.log_weight(a, b) for a, b in grid)
    model.z = integral(lambda td, ts: math.exp(model.log_weight(td, ts) - model.offset))
    print(label, "z", model.z, len(model.cache), file=sys.stderr)
    rows = [moments(model, "tau_d", lambda td, ts: td, lambda td, ts: td * td),
            moments(model, "tau_s", lambda td, ts: ts, lambda td, ts: ts * ts)]
    # mu, every district slope, and the first school of each district (the Java test checks every slope
    # against its own dense brute-force grid; these keep the scipy run to minutes)
    first_schools = [int(np.argmax(INDEX == d)) for d in range(D)]
    names = ["mu"] + ["beta_district[%d]" % (d + 1) for d in range(D)] + ["beta[%d]" % (j + 1) for j in first_schools]
    columns = list(range(1 + D)) + [1 + D + j for j in first_schools]
    for k, name in zip(columns, names):
        rows.append(moments(model, name, lambda td, ts, k=k: model.conditional(td, ts)[1][k],
                            lambda td, ts, k=k: model.conditional(td, ts)[2][k] + model.conditional(td, ts)[1][k] ** 2))
        print(label, *rows[-1], file=sys.stderr)
    for name, m, sd in rows:
        out.writerow([label, name, "%.12g" % m, "%.12g" % sd])


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["setting", "parameter", "mean", "sd"])
    run("normal:0,1|half-normal:0.5|half-normal:0.5",
        Model(0.0, 1.0, ("half-normal", 0.5), ("half-normal", 0.5)), out)
    run("normal:0,1|half-cauchy:0.5|half-cauchy:0.5",
        Model(0.0, 1.0, ("half-cauchy", 0.5), ("half-cauchy", 0.5)), out)


if __name__ == "__main__":
    main()
