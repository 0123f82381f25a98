#!/usr/bin/env bash
# Look at what users see on the camera pages: builds nothing, uses build/dev/app/consentgate.
# Makes four 640x480 videos from ../shared/facedata photos (ffmpeg), registers them
# as cameras in a fresh demo database, signs in on a virtual X screen and saves
#   live-<lang>.png         the Live view, 2x2 grid, faces blurred
#   devices-<lang>.png      the Devices page (camera editor)
#   camera-test-<lang>.png  the camera's Test: blurred snapshot, codec, size, frame rate, faces found
#   door-lint-<lang>.png    a door with only a face reader: refused on save
# MODELS=DIR picks the detector models (default ../shared/models; a folder with
# only the BlazeFace model, or an empty one for Haar, shows the whole-frame mode).
# for English and Chinese into OUT_DIR (default build/screenshots-vision).
#   bash tests/liveview_screenshots.sh [OUT_DIR]      (SECONDS_LIVE=12 to wait longer)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/screenshots-vision}")
shared=${CG_SHARED_DIR:-$(realpath -m ../shared)}
bin=$(realpath "${CONSENTGATE:-build/dev/app/consentgate}")
for t in Xvfb xdotool import ffmpeg; do command -v $t >/dev/null || { echo "needs $t" >&2; exit 2; }; done
[ -x "$bin" ] || { echo "build the console first (cmake --build --preset dev --target consentgate)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset QT_QPA_PLATFORM

# Four clips, each a slideshow of different photos (every 4th one), 2 s per photo.
mapfile -t photos < <(ls "$shared"/facedata/wider_public/images/*.jpg "$shared"/facedata/dlib_faces/images/*.jpg 2>/dev/null | sort)
[ ${#photos[@]} -ge 8 ] || { echo "no photos in $shared/facedata" >&2; exit 2; }
for cam in 0 1 2 3; do
  list=$work/cam$cam.txt
  : >"$list"
  for ((i = cam + ${OFFSET:-0}; i < ${#photos[@]} && i < cam + ${OFFSET:-0} + 40; i += 4)); do
    printf "file '%s'\nduration 2\n" "${photos[$i]}" >>"$list"
  done
  ffmpeg -v error -y -f concat -safe 0 -i "$list" -vf "scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,fps=25" \
    -c:v libx264 -pix_fmt yuv420p "$work/cam$cam.mp4"
done

password="screenshot password"
printf '%s\n' "$password" >"$work/password"
db=(--database "$work/demo.sqlite" --key-dir "$work/keys")
"$bin" init "${db[@]}" --admin admin --password-file "$work/password" >/dev/null
"$bin" demo "${db[@]}" --residents 300 --events 3000 --lang en >/dev/null
names=("Gate 1" "Building 3 lobby" "Car park" "Lift hall")
for cam in 0 1 2 3; do
  "$bin" camera add "${db[@]}" --name "${names[$cam]}" --kind file --source "$work/cam$cam.mp4" >/dev/null
done

Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=:$(cat "$work/display")
for lang in en zh_CN; do
  QT_QPA_PLATFORM=xcb "$bin" "${db[@]}" --models "${MODELS:-$shared/models}" --lang $lang >"$out/console-$lang.log" 2>&1 &
  app=$!
  sleep 4
  xdotool type --delay 30 admin
  xdotool key Tab
  xdotool type --delay 30 "$password"
  xdotool key Return
  sleep 2
  # The page list on the left: Live view is the 4th entry, Devices the 5th.
  xdotool mousemove 80 185 click 1
  sleep "${SECONDS_LIVE:-10}"
  import -window root "$out/live-$lang.png"
  xdotool mousemove 80 234 click 1
  sleep 2
  import -window root "$out/devices-$lang.png"
  # The camera's Test button (Alt+T): a blurred snapshot with codec, size and frame rate.
  xdotool key alt+t
  sleep "${SECONDS_TEST:-5}"
  import -window root "$out/camera-test-$lang.png"
  # Doors and lifts tab (Alt+D)
  xdotool key alt+d
  sleep 1
  # A door whose only reader is face: the compliance lint refuses to save it.
  xdotool mousemove 300 97 click 1
  sleep 0.5
  xdotool key Tab space Tab space Tab space Tab space
  sleep 0.5
  xdotool mousemove 597 407 click 1
  sleep 1
  import -window root "$out/door-lint-$lang.png"
  kill $app; wait $app 2>/dev/null || true
done
ls -1 "$out"/*.png
