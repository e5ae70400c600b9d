#!/usr/bin/env bash
# Builds TenantBridge with a trimmed Java runtime: an app image, and on Linux a .deb.
#   installer/build.sh [app-image|deb|msi|dmg]
# It uses the JDK on the PATH (the JDK 17 README names) unless JPACKAGE_JDK names another. jpackage links a
# runtime from the JDK's jmods/ (Debian and Ubuntu: apt-get install openjdk-17-jdk openjdk-17-jmods) or, from
# JDK 24 on, from a JDK built with a linkable runtime. A JDK 25 (e.g. Temurin 25) only adds the start-up cache
# (train-aot.sh): JPACKAGE_JDK=/usr/lib/jvm/temurin-25-jdk-amd64 installer/build.sh deb
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
type="${1:-app-image}"

if [ -z "${JPACKAGE_JDK:-}" ] && command -v javac >/dev/null; then
  JPACKAGE_JDK="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
if [ -z "${JPACKAGE_JDK:-}" ] || [ ! -x "$JPACKAGE_JDK/bin/jpackage" ]; then
  echo "No JDK with jpackage: install a JDK 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk" \
       "openjdk-17-jmods) or set JPACKAGE_JDK to one." >&2
  exit 2
fi
jdk_version="$("$JPACKAGE_JDK/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')"
if [ ! -d "$JPACKAGE_JDK/jmods" ] && [ "${jdk_version:-0}" -lt 24 ]; then
  echo "$JPACKAGE_JDK has no jmods/ to link a runtime from (Debian/Ubuntu: apt-get install" \
       "openjdk-${jdk_version}-jmods), or set JPACKAGE_JDK to a JDK 24+ with a linkable runtime." >&2
  exit 2
fi
echo "Packaging with the JDK $jdk_version in $JPACKAGE_JDK."

# The app image takes <os>.args; the installer made from it takes <os>-package.args.
image_args=() package_args=()
case "$(uname -s)" in
  Linux) image_args=(@linux.args); package_args=(@linux-package.args) ;;
  Darwin) image_args=(@macos.args); package_args=(@macos.args) ;;
  MINGW*|MSYS*|CYGWIN*) image_args=(); package_args=(@windows.args) ;;
esac
case "$type" in
  app-image|deb|rpm|msi|exe|dmg|pkg) ;;
  *) echo "unknown package type: $type (app-image, deb, rpm, msi, exe, dmg, pkg)" >&2; exit 2 ;;
esac

if [ ! -f "$root/target/tenantbridge.jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests package)
fi
input="$root/target/installer-input"
rm -rf "$input" "$root/target/installer"
mkdir -p "$input"
# The installers compress with xz (deb) or LZMA (msi, dmg), which packs class files far better than the jar's
# own deflate (about 19 MB instead of 96 MB for the jar), so the jar goes in stored, uncompressed.
unpacked="$root/target/installer-unpacked"
rm -rf "$unpacked" && mkdir -p "$unpacked"
(cd "$unpacked" && "$JPACKAGE_JDK/bin/jar" --extract --file "$root/target/tenantbridge.jar")
# JNA carries its native part for some 30 systems; keep this system's only.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) jna=linux-x86-64 ;; Linux-aarch64) jna=linux-aarch64 ;;
  Darwin-x86_64) jna=darwin-x86-64 ;; Darwin-arm64) jna=darwin-aarch64 ;;
  *) jna=win32-x86-64 ;;
esac
find "$unpacked/com/sun/jna" -mindepth 1 -maxdepth 1 -type d -name '*-*' ! -name "$jna" \
  -exec rm -rf {} +
"$JPACKAGE_JDK/bin/jar" --create --no-compress --file "$input/tenantbridge.jar" \
  --manifest "$unpacked/META-INF/MANIFEST.MF" -C "$unpacked" .
rm -rf "$unpacked"

extra=()
# JDK 22+ restricts native access; JavaFX needs it.
if "$JPACKAGE_JDK/bin/java" -version 2>&1 | grep -qE 'version "(2[2-9]|[3-9][0-9])'; then
  extra+=(--java-options --enable-native-access=ALL-UNNAMED)
fi

cd "$here"
out="$root/target/installer"
"$JPACKAGE_JDK/bin/jpackage" --type app-image --input "$input" --dest "$out/image" \
  @identity.args @common.args @runtime.args "${image_args[@]}" "${extra[@]}"
image="$(find "$out/image" -mindepth 1 -maxdepth 1 | head -1)"
"$here/train-aot.sh" "$image"

if [ "$type" != app-image ]; then
  "$JPACKAGE_JDK/bin/jpackage" --type "$type" --app-image "$image" --dest "$out" \
    @identity.args "${package_args[@]}"
fi
if [ "$type" = deb ]; then
  # jpackage leaves dpkg-deb at xz -6 (8 MB window); -9 sees across the whole stored jar: about 2 MB less.
  deb="$(find "$out" -maxdepth 1 -name '*.deb' | head -1)"
  tree="$out/deb-tree"
  rm -rf "$tree" && dpkg-deb -R "$deb" "$tree"
  # jpackage copied the image without its times; the JVM only takes the AOT cache with the jar it was made from,
  # which it knows by size and modification time.
  touch -r "$image/lib/app/tenantbridge.jar" "$(find "$tree" -path '*/lib/app/tenantbridge.jar')"
  # Where there is no system menu directory (a container, a server) xdg-desktop-menu exits 3, and jpackage's
  # scripts would leave the package unconfigured on install and impossible to remove; the app needs no menu entry.
  sed -i -E 's#^(.*xdg-desktop-menu (install|uninstall) .*)$#\1 || echo "TenantBridge: no menu entry (no system menu directory here)" >\&2#' \
    "$tree/DEBIAN/postinst" "$tree/DEBIAN/prerm"
  grep -q 'no menu entry' "$tree/DEBIAN/postinst" && grep -q 'no menu entry' "$tree/DEBIAN/prerm"
  dpkg-deb -Zxz -z9 --root-owner-group --build "$tree" "$deb" >/dev/null
  rm -rf "$tree"
fi
echo "Built $type in target/installer:"
ls -la "$out"
