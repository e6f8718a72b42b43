#!/bin/sh
# Times our exact periodogram (`bench periodogram`) and astropy's LombScargle fast and slow methods
# in the same sitting, on the same case shapes (N points over 120 days, M frequencies 0.01..5/day).
# Usage: bench/periodogram_side_by_side.sh [RUNS]   (from the repository root, after mvn package)
set -e
RUNS=${1:-21}
# wall times mean little on a loaded machine: the load is printed before and after
echo "== load: $(uptime) =="
echo "== astropy $(/usr/bin/python3 -c 'import astropy; print(astropy.__version__)') (median of $RUNS) =="
/usr/bin/python3 bench/periodogram_astropy.py --repeats "$RUNS"
echo "== shrinkage-lab bench periodogram (median of $RUNS after warm-up) =="
java -jar target/shrinkage-lab.jar bench periodogram --runs "$RUNS"
echo "== load: $(uptime) =="
