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
# JDK 17's -Xshare:dump crashes on this app's lambda-proxy lines (in adjust_lambda_proxy_class_dictionary);
# proxies and other generated classes have no class file to archive. The @lambda-form-invoker lines stay:
# they pregenerate the method-handle forms that lambdas and string concatenation need.
{
  echo "# AppCDS class list of Shrinkage Lab: written by packaging/cds-classlist.sh, read by packaging/cds-archive.sh"
  cat "$cli" "$gui" | grep -v -e '^#' -e '^@lambda-proxy' -e '^jdk/proxy' -e '\$\$Lambda' -e '/0x' | awk '!seen[$0]++'
} > packaging/cds/shrinkage-lab.classlist
rm -f "$cli" "$gui"
wc -l packaging/cds/shrinkage-lab.classlist
