#!/usr/bin/env bash
# Cold start to the first step, and resident memory, under a virtual display (Xvfb).
#   installer/measure-startup.sh [runs] [launcher]
# launcher: default "java -jar target/tenantbridge.jar"; e.g. /opt/tenantbridge/bin/TenantBridge for the .deb.
# Each run starts a fresh process with a fresh data folder; the app writes its own figures and quits.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
launcher="${2:-java -jar $root/target/tenantbridge.jar}"
command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt-get install xvfb)" >&2; exit 2; }
display=":$((100 + RANDOM % 500))"
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
work="$(mktemp -d)"
printf '%-4s %12s %14s %14s %10s\n' run firstStepMs rssFirstMb rssSettledMb wallMs
for i in $(seq 1 "$runs"); do
  probe="$work/probe-$i"
  start=$(date +%s%N)
  # JAVA_TOOL_OPTIONS reaches the JVM inside a jpackage launcher too.
  DISPLAY="$display" JAVA_TOOL_OPTIONS="-Dtenantbridge.startupProbe=$probe -Dtenantbridge.data=$work/data-$i -Dtenantbridge.prefs.node=tenantbridge-startup-probe -Dprism.order=sw" \
    $launcher >/dev/null 2>&1 || true
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ ! -f "$probe" ]; then echo "run $i: the app wrote no figures" >&2; exit 1; fi
  . "$probe"
  printf '%-4s %12s %14s %14s %10s\n' "$i" "$firstStepMs" "$rssAtFirstStepMb" "$rssSettledMb" "$((wall - 3000))"
done
rm -rf "$work"
