#!/usr/bin/env bash
# Records an ahead-of-time cache (JDK 25+) of the classes the wizard loads up to its first step, inside an app
# image, and points the launcher at it; the first step then shows in about half the time. The cache is made
# with the image's own runtime and options (the JVM refuses a cache made with others) and is found relative to
# the launcher, so it still applies once installed elsewhere.
#   installer/train-aot.sh <app image folder>
# Without Xvfb or with a runtime older than 25, it says so and leaves the image as it is.
set -euo pipefail
image="$1"
launcher="$(find "$image/bin" -maxdepth 1 -type f -perm -u+x | head -1)"
cfg="$(find "$image/lib/app" -maxdepth 1 -name '*.cfg' | head -1)"
version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")"
if [ "${version:-0}" -lt 25 ]; then
  echo "train-aot: the image's runtime is Java $version; an AOT cache needs 25+, so none is made." >&2
  exit 0
fi
if ! command -v Xvfb >/dev/null; then
  echo "train-aot: Xvfb is not installed (apt-get install xvfb); the image ships without an AOT cache." >&2
  exit 0
fi
display=":$((100 + RANDOM % 500))"
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
work="$(mktemp -d)"
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
cache="$image/lib/app/tenantbridge.aot"
rm -f "$cache"
# Two steps through the launcher itself (the one-step -XX:AOTCacheOutput forks bin/java, which the trimmed
# runtime does not have): record what the wizard loads up to its first step (the start-up probe quits as soon as it is drawn, so the Graph SDK that warms up after is left out:
# the cache's classes are all loaded at start),
# then assemble the cache from that record.
DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$work/app.aotconf -Dtenantbridge.startupProbe=$work/probe -Dtenantbridge.startupProbe.settleMs=0 -Dtenantbridge.graphWarmUp=false -Dtenantbridge.data=$work/data -Dtenantbridge.prefs.node=tenantbridge-aot-training" \
  "$launcher" >"$work/log" 2>&1 || true
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/app.aotconf -XX:AOTCache=$cache" \
  "$launcher" >>"$work/log" 2>&1 || true
if [ ! -s "$cache" ] || [ ! -f "$work/probe" ]; then
  echo "train-aot: the training run made no cache; the image ships without one. Its output:" >&2
  cat "$work/log" >&2
  rm -f "$cache"
  exit 0
fi
# A cache the JVM cannot use (a jar or runtime changed by hand) is skipped; it should not print to the console then.
printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/tenantbridge.aot' 'java-options=-Xlog:aot*=off' >>"$cfg"
echo "train-aot: $(du -h "$cache" | cut -f1) cache in $cache"
