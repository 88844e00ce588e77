#!/bin/sh
# recurrence-kiosk COMMAND: the kiosk's commands on a machine where the package is installed.
#   staff-pin                  set the staff area's PIN (asks twice, or reads one piped line)
#   voice-model [--from FILE]  install the speech model (download, or a local copy of the zip)
#   ask                        questions on standard input, one JSON answer a line
#   doctor                     check the kiosk and say in plain words what is wrong
# Run by root (sudo), a command runs as the kiosk's own user, so what it writes is the kiosk's.
set -eu
APP=/opt/recurrence-kiosk
DATA=/var/lib/recurrence-kiosk
KIOSK_USER=recurrence-kiosk
export KIOSK_CONFIG_FILE="${KIOSK_CONFIG_FILE:-/etc/recurrence-kiosk/kiosk.properties}"
export KIOSK_DATA_DIR="$DATA"

usage() {
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

command=${1:-}
case "$command" in
  staff-pin | voice-model | ask | doctor) ;;
  *) usage ;;
esac
shift

as_kiosk_user=""
if [ "$(id -u)" -eq 0 ]; then
  as_kiosk_user="setpriv --reuid=$KIOSK_USER --regid=$KIOSK_USER --init-groups --"
  export HOME="$DATA"
fi

upload=""
if [ "$command" = voice-model ] && [ "${1:-}" = --from ] && [ $# -eq 2 ]; then
  archive=$2
  if [ -n "$as_kiosk_user" ] && [ -f "$archive" ]; then
    # root can read the file, the kiosk's user may not: hand it over as a copy the user owns
    upload=$(mktemp "$DATA/.voice-model-XXXXXX.zip")
    trap 'rm -f "$upload"' EXIT
    cat "$archive" > "$upload"
    chown "$KIOSK_USER:" "$upload"
    archive=$upload
  fi
  set -- --from "$(realpath -m "$archive")"
fi

# the speech model goes to $DATA/voice-models, where voice-model finds its manifest
cd "$DATA" 2>/dev/null || cd /
# shellcheck disable=SC2086 # as_kiosk_user is a command prefix or nothing
$as_kiosk_user "$APP/runtime/bin/java" --enable-native-access=ALL-UNNAMED -Xshare:auto -Djna.tmpdir=/tmp \
  -jar "$APP/recurrence-kiosk.jar" "$command" "$@"
