#!/usr/bin/env bash
# One command for a person to look at what users see: builds the console, seeds a
# demo compound in a temporary folder, and saves a PNG of every page of the real,
# fully composed main window in English and in Chinese,
# drawn on a virtual X screen (xvfb-run). Not part of ctest.
#   bash tests/screenshots.sh [OUT_DIR]        (default: build/screenshots)
#   SCALE=2 bash tests/screenshots.sh          (200 % scaling; SCALE=1.5 for 150 %)
# Files: NN-<page>-en.png, NN-<page>-zh_CN.png, then the first-run wizard's four pages
# (NN-firstrun-<step>-<lang>.png, on a database that does not exist), then Qt's own dialogs
# (message box with standard buttons, file dialog) per language (see ui/screenshottour.h).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/screenshots}")
command -v xvfb-run >/dev/null || { echo "screenshots: needs xvfb-run (apt-get install xvfb xauth)" >&2; exit 2; }
[ -f build/dev/build.ninja ] || cmake --preset dev >/dev/null
cmake --build --preset dev --target consentgate >/dev/null
bin=build/dev/app/consentgate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.png
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_SCALE_FACTOR=${SCALE:-1}
unset QT_QPA_PLATFORM
command -v xdotool >/dev/null || { echo "screenshots: needs xdotool" >&2; exit 2; }
# The tour starts after a real sign-in, so it signs in as a person would: by typing.
password="screenshot tour password"
printf '%s\n' "$password" >"$work/password"
"$bin" init --database "$work/demo.sqlite" --key-dir "$work/keys" --admin admin --password-file "$work/password" >/dev/null
"$bin" demo --database "$work/demo.sqlite" --key-dir "$work/keys" --residents 1500 --events 15000 --lang en >/dev/null
# Xvfb chooses a free display itself (-displayfd), so it never collides with
# another X server, including one in a neighbouring container.
# The screen grows with the scale, as a 4K monitor at 200 % does: the same
# 1600x1000 logical desktop at every scale.
screen=$(awk -v s="${SCALE:-1}" 'BEGIN { printf "%dx%d", 1600 * s, 1000 * s }')
Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
display=:$(cat "$work/display")
DISPLAY=$display QT_QPA_PLATFORM=xcb CG_SCREENSHOT_DIR=$out \
  "$bin" --database "$work/demo.sqlite" --key-dir "$work/keys" --lang en &
app=$!
sleep 4
DISPLAY=$display xdotool type --delay 30 admin
DISPLAY=$display xdotool key Tab
DISPLAY=$display xdotool type --delay 30 "$password"
DISPLAY=$display xdotool key Return
wait $app
ls -1 "$out"/*.png
echo "screenshots in $out (open them with an image viewer)"
