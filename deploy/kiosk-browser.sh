#!/usr/bin/env bash
# Starts Chromium full-screen on the kiosk, pointed at the local kiosk app, once the app answers.
# Run it from the kiosk user's graphical session (for example from ~/.config/autostart); the
# recurrence-kiosk-session package runs it inside the cage kiosk compositor instead.
#   KIOSK_URL            the kiosk's address (default http://127.0.0.1:8080/)
#   KIOSK_BROWSER_FLAGS  extra Chromium switches
set -euo pipefail
URL=${KIOSK_URL:-http://127.0.0.1:8080/}
PROFILE=${KIOSK_BROWSER_PROFILE:-$HOME/.cache/recurrence-kiosk-browser}

for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$URL" && break
  sleep 1
done

# A fresh profile each start: no history, cache or form data carried over.
rm -rf "$PROFILE"
mkdir -p "$PROFILE"

# shellcheck disable=SC2086 # KIOSK_BROWSER_FLAGS is a list of switches
exec chromium \
  --kiosk "$URL" \
  --user-data-dir="$PROFILE" \
  --no-first-run --noerrdialogs --disable-infobars --disable-translate \
  --disable-session-crashed-bubble --disable-features=Translate,TouchpadOverscrollHistoryNavigation \
  --overscroll-history-navigation=0 --disable-pinch \
  --disable-background-networking --disable-component-update --disable-sync \
  --autoplay-policy=no-user-gesture-required \
  --incognito \
  ${WAYLAND_DISPLAY:+--ozone-platform=wayland} \
  ${KIOSK_BROWSER_FLAGS:-}
