# Reference for GridPosteriorTest: the course convention (left Riemann sums) in numpy, and scipy quad.
# Run with /usr/bin/python3; it printed: left 4.458798663369739 2.5407802941914337 (grid E, Std of tau).
import numpy as np
x=np.array([28,8,-3,7,-1,1,18,12.]); s=np.array([15,10,16,11,9,11,10,18.])
def logpost(t, mu0=0,k0=0.1,nu0=0.1,t0=100):
    V=s**2+t; w=1/V
    P=k0/t+w.sum(); muh=(k0*mu0/t+(w*x).sum())/P; v=1/P
    Q=(w*(x-muh)**2).sum()+k0/t*(mu0-muh)**2
    ll=-0.5*np.log(V).sum()+0.5*np.log(v)-0.5*np.log(t/k0)-0.5*Q
    lp=-(nu0/2+1)*np.log(t)-nu0*t0/(2*t)
    return ll+lp
for n in [1000]:
  t=np.linspace(0.1,256,n)
  lp=np.array([logpost(a) for a in t]); p=np.exp(lp-lp.max())
  for variant in ['left','all']:
    if variant=='left': p2=p/np.sum(p[:-1]*np.diff(t))
    else: p2=p/np.sum(p*(t[1]-t[0]))
    tau=np.sqrt(t); pt=2*tau*p2
    E=np.sum(pt[:-1]*np.diff(tau)*tau[:-1]); S=np.sqrt(np.sum(pt[:-1]*np.diff(tau)*(tau[:-1]-E)**2))
    print(variant,E,S)
from scipy.integrate import quad
f=lambda t: np.exp(logpost(t)-lp.max())
Z=quad(f,0,np.inf,limit=500,epsabs=0,epsrel=1e-12)[0]
E=quad(lambda t: f(t)*np.sqrt(t),0,np.inf,limit=500,epsabs=0,epsrel=1e-12)[0]/Z
E2=quad(lambda t: f(t)*t,0,np.inf,limit=500,epsabs=0,epsrel=1e-12)[0]/Z
print(Z,E,np.sqrt(E2-E*E))
# pooled
w=1/s**2; xb=(w*x).sum()/w.sum(); print('pooled',xb,1/np.sqrt(w.sum()), 'Q',(w*(x-xb)**2).sum())
