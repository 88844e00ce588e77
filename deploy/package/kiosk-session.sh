#!/bin/sh
# The kiosk screen: cage (a Wayland kiosk compositor: one full-screen application, nothing else)
# showing Chromium on the kiosk's page. recurrence-kiosk-session.service starts it; inside cage,
# Chromium is started again (with a fresh profile) whenever it ends.
#   KIOSK_SCREEN_ROTATION  0, 90, 180 or 270 (from /etc/recurrence-kiosk/session.conf)
set -eu
BROWSER=${KIOSK_BROWSER_SCRIPT:-/usr/share/recurrence-kiosk/kiosk-browser.sh}

if [ "${1:-}" = --inside-cage ]; then
  while :; do
    "$BROWSER" || echo "Chromium ended (exit $?); starting it again" >&2
    sleep 1
  done
fi

case "${KIOSK_SCREEN_ROTATION:-0}" in
  0) rotate="" ;;
  90) rotate="-r" ;;
  180) rotate="-r -r" ;;
  270) rotate="-r -r -r" ;;
  *) echo "KIOSK_SCREEN_ROTATION must be 0, 90, 180 or 270, not '$KIOSK_SCREEN_ROTATION'" >&2; exit 2 ;;
esac
# -d: no window decorations; -r: rotate the output 90 degrees clockwise (cage 0.1.x)
# shellcheck disable=SC2086
exec cage -d $rotate -- "$0" --inside-cage
