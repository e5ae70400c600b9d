#!/usr/bin/env bash
# Builds TenantBridge with a trimmed Java runtime: an app image, and on Linux a .deb.
#   JPACKAGE_JDK=/usr/lib/jvm/temurin-25-jdk-amd64 installer/build.sh [app-image|deb|msi|dmg]
# jpackage needs a JDK that can link a runtime: one with jmods/, or a JDK 24+ built with a linkable
# runtime (Temurin 25). Debian's OpenJDK 17 has neither, so the JDK is taken from JPACKAGE_JDK.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
type="${1:-app-image}"

if [ -z "${JPACKAGE_JDK:-}" ] || [ ! -x "$JPACKAGE_JDK/bin/jpackage" ]; then
  echo "Set JPACKAGE_JDK to a JDK with bin/jpackage and jmods/ or a linkable runtime" \
       "(e.g. JPACKAGE_JDK=/usr/lib/jvm/temurin-25-jdk-amd64)." >&2
  exit 2
fi

# Options for the image come from <os>.args; installer-only options from <os>-package.args.
os_args=()
case "$(uname -s)-$type" in
  Linux-app-image) os_args=(@linux.args) ;;
  Linux-deb|Linux-rpm) os_args=(@linux.args @linux-package.args) ;;
  *-msi|*-exe) os_args=(@windows.args) ;;
  Darwin-*) os_args=(@macos.args) ;;
  *-app-image) os_args=() ;;
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
# Class-data-sharing archives were tried: the runtime's own (jlink --generate-cds-archive) added 5 MB for no
# measurable gain, and one of the app's classes is tied to the path it was made at, so neither is shipped.
"$JPACKAGE_JDK/bin/jpackage" --type "$type" --input "$input" --dest "$out" \
  @identity.args @common.args "${os_args[@]}" "${extra[@]}"
echo "Built $type in target/installer:"
ls -la "$root/target/installer"
