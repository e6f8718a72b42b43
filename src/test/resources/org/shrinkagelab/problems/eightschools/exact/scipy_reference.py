# Reference numbers for ExactPosteriorTest, from an independent implementation with scipy.
# Run with Debian's python3 (numpy 1.24, scipy 1.10): /usr/bin/python3 scipy_reference.py
# Output committed as scipy_reference.csv next to this file.
import numpy as np
from scipy.integrate import quad

x = np.array([28, 8, -3, 7, -1, 1, 18, 12.])
s = np.array([15, 10, 16, 11, 9, 11, 10, 18.])
mu0, k0, nu0, t0 = 0.0, 0.1, 0.1, 100.0


def at(t):
    v = s**2 + t
    w = 1 / v
    p = k0 / t + w.sum()
    muh = (k0 * mu0 / t + (w * x).sum()) / p
    vm = 1 / p
    q = (w * (x - muh)**2).sum() + k0 / t * (mu0 - muh)**2
    ll = -0.5 * np.log(v).sum() + 0.5 * np.log(vm) - 0.5 * np.log(t / k0) - 0.5 * q
    lp = -(nu0 / 2 + 1) * np.log(t) - nu0 * t0 / (2 * t)
    return ll + lp, muh, vm


peak = max(at(t)[0] for t in np.linspace(0.1, 300, 3000))


def integral(g):
    # tau^2 over (0, inf), split where the posterior lives; QUADPACK's qags/qagi.
    f = lambda t: np.exp(at(t)[0] - peak) * g(t)
    pieces = [(0, 1), (1, 10), (10, 100), (100, 1000)]
    total = sum(quad(f, a, b, epsabs=0, epsrel=1e-13, limit=500)[0] for a, b in pieces)
    return total + quad(f, 1000, np.inf, epsabs=0, epsrel=1e-13, limit=500)[0]


z = integral(lambda t: 1.0)
rows = []
e = integral(np.sqrt) / z
rows.append(("tau", e, np.sqrt(integral(lambda t: t) / z - e * e)))
m = integral(lambda t: at(t)[1]) / z
rows.append(("mu", m, np.sqrt(integral(lambda t: at(t)[2] + at(t)[1]**2) / z - m * m)))
for j in range(8):
    def mean(t, j=j):
        _, muh, vm = at(t)
        b = s[j]**2 / (s[j]**2 + t)
        return (1 - b) * x[j] + b * muh

    def second(t, j=j):
        _, muh, vm = at(t)
        b = s[j]**2 / (s[j]**2 + t)
        return s[j]**2 * t / (s[j]**2 + t) + b * b * vm + mean(t)**2
    mj = integral(mean) / z
    rows.append(("theta[%d]" % (j + 1), mj, np.sqrt(integral(second) / z - mj * mj)))
print("name,mean,sd")
for r in rows:
    print("%s,%.15g,%.15g" % r)
