#!/usr/bin/env bash
# Builds the .deb from a configured build folder, unpacks it into a throwaway
# root and checks its file list, dependencies, desktop entry and metainfo, and
# that the packaged binary runs.   usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/consentgate_*.deb)
dpkg-deb -x "$deb" "$work/root"

fail=0
expect() { [ -e "$work/root/$1" ] || { echo "missing from package: /$1"; fail=1; }; }
expect usr/bin/consentgate
expect usr/share/applications/org.consentgate.ConsentGate.desktop
expect usr/share/metainfo/org.consentgate.ConsentGate.metainfo.xml
expect usr/share/icons/hicolor/scalable/apps/consentgate.svg
expect usr/share/consentgate/translations/consentgate_zh_CN.qm

outside=$(cd "$work/root" && find . -mindepth 1 -not -path './usr' -not -path './usr/*' | head -5)
[ -z "$outside" ] || { echo "files outside /usr: $outside"; fail=1; }
leaked=$(cd "$work/root" && find . -name '*.sqlite' -o -name '*.key' -o -name 'tst_*' | head -5)
[ -z "$leaked" ] || { echo "test files or data in the package: $leaked"; fail=1; }

depends=$(dpkg-deb -f "$deb" Depends)
required=(libqt6widgets6 libqt6sql6-sqlite libsodium23 fonts-wqy-microhei qt6-qpa-plugins)
# Libraries the binary links must appear too (dpkg-shlibdeps found them).
linked=$(ldd "$work/root/usr/bin/consentgate")
grep -q libopencv_dnn <<<"$linked" && required+=(libopencv-dnn)
grep -q libqrencode <<<"$linked" && required+=(libqrencode4)
for dep in "${required[@]}"; do
  grep -q "$dep" <<<"$depends" || { echo "Depends lacks $dep: $depends"; fail=1; }
done

desktop-file-validate "$work/root/usr/share/applications/org.consentgate.ConsentGate.desktop" || fail=1
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/org.consentgate.ConsentGate.metainfo.xml" >"$work/as.log" 2>&1 \
  || { cat "$work/as.log"; fail=1; }

got=$("$work/root/usr/bin/consentgate" --version)
[ "$got" = "consentgate $version" ] || { echo "packaged binary says '$got', expected 'consentgate $version'"; fail=1; }

[ $fail = 0 ] || exit 1
echo "package ok: $(basename "$deb"), $(cd "$work/root" && find . -type f | wc -l) files, $(du -k "$deb" | cut -f1) KiB"
