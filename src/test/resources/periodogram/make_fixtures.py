#!/usr/bin/python3
"""Reference periodograms, false-alarm probabilities and levels from astropy 5.2.1 for LombScargleTest.

Run with Debian's python3 (numpy, astropy): /usr/bin/python3 make_fixtures.py
Writes one JSON file per case in this directory. The data are simulated here with a fixed seed.
"""
import json
import numpy as np
import astropy
from astropy.timeseries import LombScargle

NORMS = ["standard", "model", "log", "psd"]
FAP_METHODS = ["baluev", "davies", "naive"]
PROBS = [0.01, 0.05, 0.5]


def slow_power(t, y, dy, freq, norm, **kw):
    """astropy's exact slow method, in chunks of frequencies so N = 5000 fits in memory."""
    ls = LombScargle(t, y, dy, normalization=norm, **kw)
    out = [ls.power(freq[i:i + 200], method="slow") for i in range(0, len(freq), 200)]
    return np.concatenate(out)


def case(name, rng, n, dy_kind, grid, baseline=100.0):
    t = np.sort(rng.uniform(0, baseline, n))
    y = 10 + 1.5 * np.sin(2 * np.pi * 0.37 * t + 0.4) + rng.normal(0, 1.0, n)
    if dy_kind == "none":
        dy = None
    elif dy_kind == "constant":
        dy = np.full(n, 0.8)
    else:
        dy = rng.uniform(0.3, 2.0, n)
        y = y + rng.normal(0, 1, n) * dy
    settings = {}
    if grid == "auto":
        freq = LombScargle(t, y, dy).autofrequency()
        fap_kw = {}
    else:
        fmin, fmax, nf = grid
        freq = np.linspace(fmin, fmax, nf)
        settings = {"fmin": fmin, "fmax": fmax, "n": nf}
        fap_kw = {"minimum_frequency": fmin, "maximum_frequency": fmax}
    out = {"name": name, "astropy": astropy.__version__, "t": t.tolist(), "y": y.tolist(),
           "dy": None if dy is None else dy.tolist(), "grid": settings, "frequency": freq.tolist(),
           "power": {}, "fap": {}}
    for norm in NORMS:
        p = slow_power(t, y, dy, freq, norm)
        out["power"][norm] = p.tolist()
        if norm == "psd" and dy is None:
            continue  # astropy's FAP for psd needs dy
        ls = LombScargle(t, y, dy, normalization=norm)
        fmax_used = ls.autofrequency(return_freq_limits=True, **fap_kw)[1]
        z = [float(p.max()), float(np.quantile(p, 0.99)), float(np.median(p))]
        entry = {"fmax": float(fmax_used), "z": z, "probability": {}, "level": {}, "p": PROBS}
        for m in FAP_METHODS:
            entry["probability"][m] = np.atleast_1d(ls.false_alarm_probability(z, method=m, **fap_kw)).tolist()
            entry["level"][m] = np.ravel(ls.false_alarm_level(PROBS, method=m, **fap_kw)).tolist()
        if n <= 200:
            kw = {"n_bootstraps": 1000, "random_seed": 42}
            entry["probability"]["bootstrap"] = np.atleast_1d(
                ls.false_alarm_probability(z, method="bootstrap", method_kwds=kw, **fap_kw)).tolist()
            entry["level"]["bootstrap"] = np.ravel(np.asarray(
                ls.false_alarm_level(PROBS, method="bootstrap", method_kwds=kw, **fap_kw))).tolist()
        out["fap"][norm] = entry
    # the window function as astropy's documentation computes it
    window = LombScargle(t, np.ones_like(t), fit_mean=False, center_data=False)
    out["window"] = np.concatenate([window.power(freq[i:i + 200], method="slow")
                                    for i in range(0, len(freq), 200)]).tolist()
    with open(name + ".json", "w") as f:
        json.dump(out, f)


rng = np.random.default_rng(20261201)
case("n10_hetero", rng, 10, "hetero", "auto", baseline=30.0)
case("n200_constant", rng, 200, "constant", "auto")
case("n200_nody", rng, 200, "none", "auto")
case("n150_hetero_linspace", rng, 150, "hetero", (0.05, 3.0, 3001))
case("n5000_hetero", rng, 5000, "hetero", (0.01, 5.0, 2000), baseline=1000.0)
