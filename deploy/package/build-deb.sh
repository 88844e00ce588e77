#!/usr/bin/env bash
# Builds the kiosk's two Debian packages from the production jar (`./kiosk deb` runs the jar build,
# then this; it needs JAVA_HOME set to a JDK 21+ and Debian's dpkg-deb):
#   target/recurrence-kiosk_<version>_amd64.deb        the app with its own Java runtime (jlink),
#       its settings in /etc/recurrence-kiosk (conffiles), its systemd unit and its commands
#   target/recurrence-kiosk-session_<version>_all.deb  the kiosk screen: cage + Chromium on tty1,
#       and Chromium's managed policy
# DEB_VERSION overrides the version (default: the project's; a snapshot gets the build time, so
# each build upgrades the one before).
set -euo pipefail
cd "$(dirname "$0")/../.."
umask 022
: "${JAVA_HOME:?JAVA_HOME must name a JDK 21 or newer (./kiosk deb sets it)}"
here=deploy/package
out=target/deb

jar=$(ls target/recurrence-kiosk-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
[ -n "$jar" ] || { echo "No target/recurrence-kiosk-*.jar: build it first (./kiosk deb does)" >&2; exit 1; }
project_version=${jar#target/recurrence-kiosk-}
project_version=${project_version%.jar}
case "$project_version" in
  *-SNAPSHOT) default_version="${project_version%-SNAPSHOT}~snapshot.$(date -u +%Y%m%d%H%M%S)" ;;
  *) default_version=$project_version ;;
esac
version=${DEB_VERSION:-$default_version}

# The Java modules the app uses: `jdeps --print-module-deps --ignore-missing-deps` over the
# extracted jars (java.base ... jdk.unsupported), less jdk.incubator.vector (Lucene runs without
# it), plus jdk.zipfs and jdk.charsets that libraries load by name.
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http
modules+=,java.prefs,java.scripting,java.security.jgss,java.sql,jdk.jfr,jdk.unsupported,jdk.zipfs,jdk.charsets

runtime=$out/runtime
stamp="$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 2 | tr '\n' ' ') $modules"
if [ ! -f "$runtime.stamp" ] || [ "$(cat "$runtime.stamp")" != "$stamp" ]; then
  echo "Making the Java runtime ($("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
  rm -rf "$runtime" "$runtime.stamp"
  mkdir -p "$out"
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$runtime" \
    --strip-debug --no-header-files --no-man-pages
  echo "$stamp" > "$runtime.stamp"
fi

app=$out/recurrence-kiosk
session=$out/recurrence-kiosk-session
rm -rf "$app" "$session"

# --- the app -------------------------------------------------------------------------------------
opt=$app/opt/recurrence-kiosk
# Spring Boot's extracted layout: recurrence-kiosk.jar (its manifest lists lib/*.jar), starts faster
# than the single jar and lets the libraries be trimmed
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$opt" \
  --application-filename recurrence-kiosk.jar > /dev/null
"$JAVA_HOME/bin/java" "$here/StripForeignNatives.java" "$opt"/lib/*.jar
cp -a "$runtime" "$opt/runtime"
install -D -m 0644 -t "$opt/voice-models" voice-models/manifest.properties voice-models/README.md

# The clinic's settings: kiosk-config/ with its paths pointed at /etc and /var/lib
etc=$app/etc/recurrence-kiosk
mkdir -p "$etc"
cp -r kiosk-config/. "$etc/"
for file in "$etc"/*.properties; do
  sed -i \
    -e 's|^kiosk\.data-dir=.*|# kiosk.data-dir is /var/lib/recurrence-kiosk, set by the service (KIOSK_DATA_DIR): it may write nowhere else|' \
    -e 's|=kiosk-config/|=/etc/recurrence-kiosk/|' \
    -e 's|=voice-models/|=/var/lib/recurrence-kiosk/voice-models/|' \
    -e 's|relative to the folder the kiosk is started from|installed by the recurrence-kiosk package|' \
    -e 's|java -jar recurrence-kiosk\.jar |recurrence-kiosk |g' \
    "$file"
  if grep -nE '^kiosk\.[a-z.-]+=(kiosk-config|voice-models|data)(/|$)' "$file"; then
    echo "$file still has a path relative to the source folder (above): teach build-deb.sh its place" >&2
    exit 1
  fi
done

install -D -m 0644 "$here/recurrence-kiosk.service" "$app/lib/systemd/system/recurrence-kiosk.service"
install -D -m 0755 "$here/recurrence-kiosk.sh" "$app/usr/bin/recurrence-kiosk"
install -D -m 0644 README.md "$app/usr/share/doc/recurrence-kiosk/README.md"
install -D -m 0644 "$here/copyright" "$app/usr/share/doc/recurrence-kiosk/copyright"

# --- the kiosk screen ----------------------------------------------------------------------------
install -D -m 0644 "$here/recurrence-kiosk-session.service" \
  "$session/lib/systemd/system/recurrence-kiosk-session.service"
install -D -m 0755 "$here/kiosk-session.sh" "$session/usr/share/recurrence-kiosk/kiosk-session.sh"
install -D -m 0755 deploy/kiosk-browser.sh "$session/usr/share/recurrence-kiosk/kiosk-browser.sh"
install -D -m 0644 "$here/session.conf" "$session/etc/recurrence-kiosk/session.conf"
install -D -m 0644 "$here/chromium-policy.json" "$session/etc/chromium/policies/managed/recurrence-kiosk.json"
install -D -m 0644 "$here/pam-session" "$session/etc/pam.d/recurrence-kiosk-session"
install -D -m 0644 "$here/copyright" "$session/usr/share/doc/recurrence-kiosk-session/copyright"

# --- control files -------------------------------------------------------------------------------
control() { # ROOT NAME: DEBIAN/ with control, conffiles, md5sums and the maintainer scripts
  local root=$1 name=$2 size
  mkdir -p "$root/DEBIAN"
  size=$(du -s -k --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s|@VERSION@|$version|" -e "s|@INSTALLED_SIZE@|$size|" "$here/$name.control" > "$root/DEBIAN/control"
  (cd "$root" && find etc -type f | sort | sed 's|^|/|') > "$root/DEBIAN/conffiles"
  (cd "$root" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -print0 | sort -z \
    | xargs -0 md5sum | sed 's|  \./|  |') > "$root/DEBIAN/md5sums"
  install -m 0755 "$here/$name.postinst" "$root/DEBIAN/postinst"
  install -m 0755 "$here/$name.prerm" "$root/DEBIAN/prerm"
  install -m 0755 "$here/$name.postrm" "$root/DEBIAN/postrm"
}
control "$app" recurrence-kiosk
control "$session" recurrence-kiosk-session

# zstd level 9 (dpkg 1.21.18+, Debian 12): 85 MB in about 4 s of CPU; xz, Debian's usual, makes
# 80 MB in about 90 s (measured on the 2-core development machine)
dpkg-deb --root-owner-group -Zzstd -z9 --build "$app" "target/recurrence-kiosk_${version}_amd64.deb" > /dev/null
dpkg-deb --root-owner-group -Zzstd -z9 --build "$session" "target/recurrence-kiosk-session_${version}_all.deb" > /dev/null
ls -l "target/recurrence-kiosk_${version}_amd64.deb" "target/recurrence-kiosk-session_${version}_all.deb"
