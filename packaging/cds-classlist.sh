#!/usr/bin/env bash
# Regenerates packaging/cds/shrinkage-lab.classlist, the classes the AppCDS archive holds: those loaded by
# `summary eight-schools-mcmc` and by the window up to its first painted content (under Xvfb), merged.
#   packaging/cds-classlist.sh [JAR]        (default target/shrinkage-lab.jar; needs xvfb-run for the window part)
# Rerun it when start-up code changes much; a stale list still works (missing classes are skipped at dump time,
# classes not in it load as usual).
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-target/shrinkage-lab.jar}"
cli=$(mktemp)
gui=$(mktemp)
java -XX:DumpLoadedClassList="$cli" -jar "$jar" summary eight-schools-mcmc > /dev/null
if command -v xvfb-run > /dev/null; then
  xvfb-run -a -s "-screen 0 1400x900x24" java -XX:DumpLoadedClassList="$gui" -Dshrinkagelab.startupLog=true \
      -Dshrinkagelab.exitWhenPainted=true -jar "$jar" > /dev/null
else
  echo "cds-classlist: no xvfb-run, the list has the command line's classes only" >&2
fi
# Each line once: JDK 17's -Xshare:dump crashes on a repeated @lambda-proxy line (in
# adjust_lambda_proxy_class_dictionary), which two alike method references in one class give (Cli's converters).
# Annotation proxies (jdk/proxy*) are generated at run time and cannot be archived.
{
  echo "# AppCDS class list of Shrinkage Lab: written by packaging/cds-classlist.sh, read by packaging/cds-archive.sh"
  cat "$cli" "$gui" | grep -v -e '^#' -e '^jdk/proxy' | awk '!seen[$0]++'
} > packaging/cds/shrinkage-lab.classlist
rm -f "$cli" "$gui"
wc -l packaging/cds/shrinkage-lab.classlist
