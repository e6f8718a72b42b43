"""Peer reference for the sample estimators (run with Debian's /usr/bin/python3: numpy 1.24.2, scipy 1.10.1).

Writes knn_reference_samples.csv (columns sample,x,y: 300 draws from p and 250 from q, numpy seed 7)
and knn_reference_values.csv (name,value) holding, on those samples:
  histogram_bins_B   the course's histogram estimate of D(p||q): numpy.histogram2d with density=True on
                     B x B bins spanning both samples, 1e-10 added to both densities, sum p log(p/q) * area
  knn_k_K            the Wang-Kulkarni-Verdu k-NN estimate of D(p||q) (scipy cKDTree)
  kl_entropy_k_K     the Kozachenko-Leonenko entropy of the p-sample (scipy cKDTree, scipy digamma)
"""
import numpy as np
from scipy.spatial import cKDTree
from scipy.special import digamma, gammaln

rng = np.random.default_rng(7)
p = rng.multivariate_normal([10, 12], [[3, 0.5], [0.5, 2]], size=300)
q = rng.multivariate_normal([14, 10], [[2, 0.3], [0.3, 1]], size=250)


def histogram(p, q, bins):
    both = np.vstack([p, q])
    rng2 = [[both[:, 0].min(), both[:, 0].max()], [both[:, 1].min(), both[:, 1].max()]]
    hp, ex, ey = np.histogram2d(p[:, 0], p[:, 1], bins=bins, range=rng2, density=True)
    hq, _, _ = np.histogram2d(q[:, 0], q[:, 1], bins=bins, range=rng2, density=True)
    area = (ex[1] - ex[0]) * (ey[1] - ey[0])
    hp = hp + 1e-10
    hq = hq + 1e-10
    return float(np.sum(hp * np.log(hp / hq)) * area)


def knn(p, q, k):
    n, d = p.shape
    m = q.shape[0]
    rho = cKDTree(p).query(p, k=k + 1)[0][:, k]
    nu = cKDTree(q).query(p, k=k)[0]
    nu = nu if k == 1 else nu[:, k - 1]
    return float(d * np.mean(np.log(nu / rho)) + np.log(m / (n - 1)))


def kl_entropy(x, k):
    n, d = x.shape
    eps = cKDTree(x).query(x, k=k + 1)[0][:, k]
    log_ball = 0.5 * d * np.log(np.pi) - gammaln(0.5 * d + 1)
    return float(digamma(n) - digamma(k) + log_ball + d * np.mean(np.log(eps)))


with open("knn_reference_samples.csv", "w") as f:
    f.write("sample,x,y\n")
    for name, s in (("p", p), ("q", q)):
        for x, y in s:
            f.write(f"{name},{x!r},{y!r}\n")
with open("knn_reference_values.csv", "w") as f:
    f.write("name,value\n")
    for b in (5, 30):
        f.write(f"histogram_bins_{b},{histogram(p, q, b)!r}\n")
    for k in (1, 3):
        f.write(f"knn_k_{k},{knn(p, q, k)!r}\n")
        f.write(f"kl_entropy_k_{k},{kl_entropy(p, k)!r}\n")
