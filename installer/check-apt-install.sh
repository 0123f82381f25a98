#!/usr/bin/env bash
# The issue's installer check, as a new user's machine sees it: unpack a clean Debian 12
# (minbase) root, `apt-get install ./consentgate_*.deb` there, run it (version, demo compound,
# headless English and Chinese compliance reports read back with pdftotext, the desktop entry's
# Exec line under Xvfb until the console window appears), then `apt-get remove` it and check
# that its files are gone.
#
#   usage (as root): installer/check-apt-install.sh DEB [BASE_TARBALL]
#     DEB           the package, e.g. from `cd build/dev && cpack -G DEB -B OUT`
#     BASE_TARBALL  a tar of `debootstrap --variant=minbase bookworm` (default: the one cached by
#                   ../shared/tools/fresh-debian-check, else one is built here with debootstrap)
#   env: APT_CHECK_DIR (work folder, default /var/tmp/apt-check), RECOMMENDS=1 (install the
#        package's Recommends too; by default they are left out, so a missing Depends shows),
#        KEEP_ROOT=1 (keep the root afterwards; it is deleted otherwise, and at the next run).
#
# The package is installed and run BEFORE any tool needed only by the check (poppler-utils,
# xvfb, xdotool) is installed, so those cannot hide a missing dependency of the command line.
# Output: the summary on stdout; the full log in $APT_CHECK_DIR/check.log and every step's own log
# (apt, demo, reports, console stderr) in $APT_CHECK_DIR/logs/; a screenshot of the
# window that the desktop entry opened in $APT_CHECK_DIR/desktop-entry.png (when ImageMagick's
# `import` is available outside the root). Exit 0 when every step passed.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 DEB [BASE_TARBALL]" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "$0: must run as root (chroot, mount)" >&2; exit 2; }
deb=$(realpath "$1")
[ -f "$deb" ] || { echo "$0: no such package: $deb" >&2; exit 2; }
work=${APT_CHECK_DIR:-/var/tmp/apt-check}
root=$work/root
log=$work/check.log
mkdir -p "$work"
work=$(realpath "$work"); root=$work/root; log=$work/check.log

tarball=${2:-}
if [ -z "$tarball" ]; then
  if [ -f /var/tmp/fresh-debian/bookworm-minbase.tar ]; then
    tarball=/var/tmp/fresh-debian/bookworm-minbase.tar
  else
    tarball=$work/bookworm-minbase.tar
  fi
fi

# Stop whatever still runs inside the root (the console, Xvfb), then unmount everything mounted
# below it, deepest first. Runs on every exit, including Ctrl+C and failures.
cleanup() {
  local p r m
  for p in /proc/[0-9]*; do
    r=$(readlink "$p/root" 2>/dev/null) || continue
    [ "$r" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null
  done
  sleep 0.5
  for m in $(findmnt -rn -o TARGET | grep "^$root/" | sort -r); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || echo "apt-check: could not unmount $m" >&2
  done
}
# Never delete a root while anything is still mounted below it (rm would follow into /proc, /dev).
remove_root() {
  if [ -d "$root" ] && findmnt -rn -o TARGET | grep -q "^$root/"; then
    echo "apt-check: refusing to delete $root: something is still mounted below it" >&2; exit 3
  fi
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cleanup

if [ ! -f "$tarball" ]; then
  command -v debootstrap >/dev/null || { echo "apt-check: needs debootstrap (apt-get install -y debootstrap) or a BASE_TARBALL" >&2; exit 2; }
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  remove_root
  echo "apt-check: building a clean Debian 12 base with debootstrap (once)..."
  debootstrap --variant=minbase bookworm "$root" ${mirror:+"$mirror"} >"$work/debootstrap.log" 2>&1
  tar -C "$root" -cf "$tarball" .
fi

remove_root
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666
mount -t tmpfs shm "$root/dev/shm"
# Downloaded .deb files are kept between runs in this check's own folder (every package is still
# installed from scratch each time).
mkdir -p "$work/apt-archives/partial" "$root/var/cache/apt/archives"
mount --bind "$work/apt-archives" "$root/var/cache/apt/archives"
mkdir -p "$root/tmp/check"
cp "$deb" "$root/tmp/check/"

# A display number that no X server on this machine uses: Xvfb in the root listens on an abstract
# socket too, and those are shared with the host (and its other X servers).
display=
for n in $(shuf -i 200-899 -n 50); do
  if [ ! -e "/tmp/.X$n-lock" ] && ! grep -q "@/tmp/.X11-unix/X$n\$" /proc/net/unix; then display=$n; break; fi
done
[ -n "$display" ] || { echo "apt-check: no free X display number" >&2; exit 1; }

cat >"$root/tmp/check/run.sh" <<'EOF'
#!/bin/bash
# Runs inside the clean root. Each step prints "PASS ..." or "FAIL ..."; the last line is the verdict.
set -u
export DEBIAN_FRONTEND=noninteractive
fails=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
step() { echo; echo "=== $*"; }
deb=$(ls /tmp/check/consentgate_*.deb)
recommends=--no-install-recommends
[ "${RECOMMENDS:-0}" = 1 ] && recommends=

step "apt-get update && apt-get install $recommends ./$(basename "$deb")"
apt-get update -q >/tmp/check/apt-update.log 2>&1 || { tail -5 /tmp/check/apt-update.log; fail "apt-get update"; }
cd /tmp/check
before=$(dpkg-query -W -f '${Package}\n' | wc -l)
if apt-get install -y -q $recommends "./$(basename "$deb")" >/tmp/check/apt-install.log 2>&1; then
  after=$(dpkg-query -W -f '${Package}\n' | wc -l)
  pass "apt-get install: $((after - before)) packages installed with it ($(grep -o '[0-9.,]* [kMG]B of additional disk space' /tmp/check/apt-install.log || echo '?'))"
else
  tail -20 /tmp/check/apt-install.log; fail "apt-get install"; echo "VERDICT: $fails step(s) failed"; exit 1
fi
dpkg -s consentgate | grep -E '^(Status|Version):'

step "the installed command line (as an ordinary user, no display)"
useradd -m -s /bin/bash clerk
as_clerk() { runuser -u clerk -- env -i HOME=/home/clerk LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"; }
[ -x /usr/bin/consentgate ] && pass "/usr/bin/consentgate installed" || fail "/usr/bin/consentgate missing"
version=$(as_clerk consentgate --version 2>&1); rc=$?
[ $rc = 0 ] && [ "$version" = "consentgate $(dpkg-query -W -f '${Version}' consentgate)" ] \
  && pass "consentgate --version: $version" || fail "consentgate --version (exit $rc): $version"
as_clerk consentgate --help >/tmp/check/help.txt 2>&1 && pass "consentgate --help ($(wc -l </tmp/check/help.txt) lines)" \
  || { cat /tmp/check/help.txt; fail "consentgate --help"; }
# A library that is linked but not installed shows here already, before any command runs.
missing=$(ldd /usr/bin/consentgate | grep 'not found' || true)
[ -z "$missing" ] && pass "ldd: every linked library is installed" || fail "ldd: $missing"

db=/home/clerk/demo.sqlite
if as_clerk consentgate demo --database $db --key-dir /home/clerk/keys --residents 300 --events 3000 >/tmp/check/demo.log 2>&1; then
  pass "consentgate demo: $(tail -1 /tmp/check/demo.log)"
else
  cat /tmp/check/demo.log; fail "consentgate demo"
fi
as_clerk consentgate audit verify --database $db --key-dir /home/clerk/keys >/tmp/check/verify.log 2>&1 \
  && pass "consentgate audit verify: $(tail -1 /tmp/check/verify.log)" || { cat /tmp/check/verify.log; fail "audit verify"; }
for lang in en zh_CN; do
  if as_clerk consentgate report compliance --database $db --key-dir /home/clerk/keys --lang $lang \
       --out /home/clerk/compliance-$lang.pdf >/tmp/check/report-$lang.log 2>&1 && [ -s /home/clerk/compliance-$lang.pdf ]; then
    pass "consentgate report compliance --lang $lang: $(stat -c %s /home/clerk/compliance-$lang.pdf) bytes"
  else
    cat /tmp/check/report-$lang.log; fail "consentgate report compliance --lang $lang"
  fi
done
# Drawing (reports with charts) needs no display: the report command uses Qt's offscreen platform.
grep -iE 'could not|cannot|failed to|not loaded|qt\.qpa' /tmp/check/report-*.log /tmp/check/demo.log | sed 's/^/  stderr: /' || true

step "tools for the check only: poppler-utils xvfb xauth xdotool (installed after the checks above)"
apt-get install -y -q --no-install-recommends poppler-utils xvfb xauth xdotool >/tmp/check/apt-tools.log 2>&1 \
  && pass "check tools installed" || { tail -5 /tmp/check/apt-tools.log; fail "installing the check tools"; }

step "the reports read back"
text=$(pdftotext -layout /home/clerk/compliance-en.pdf - 2>/dev/null)
grep -q 'Compliance' <<<"$text" && pass "English PDF has text: $(grep -m1 -o '[^ ].*Compliance[^ ]*.*' <<<"$text" | head -c 80)" \
  || fail "English PDF: no 'Compliance' in pdftotext output"
text=$(pdftotext -layout /home/clerk/compliance-zh_CN.pdf - 2>/dev/null)
grep -q '合规' <<<"$text" && pass "Chinese PDF has searchable Chinese text: $(grep -m1 -o '[^ ]*合规[^ ]*' <<<"$text" | head -c 80)" \
  || fail "Chinese PDF: no 合规 in pdftotext output"
pdffonts /home/clerk/compliance-zh_CN.pdf 2>/dev/null | grep -qi 'wenquanyi\|wqy' && pass "Chinese PDF embeds WenQuanYi Micro Hei (fonts-wqy-microhei)" \
  || { pdffonts /home/clerk/compliance-zh_CN.pdf; fail "Chinese PDF: WenQuanYi font not embedded"; }

step "the desktop entry launches the console (Xvfb :$DISPLAY_NUMBER)"
desktop=/usr/share/applications/org.consentgate.ConsentGate.desktop
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -1 | sed 's/ *%[fFuUik]//g')
echo "Exec line: $exec_line"
Xvfb :$DISPLAY_NUMBER -screen 0 1600x1000x24 -nolisten tcp >/tmp/check/xvfb.log 2>&1 &
xvfb=$!
for _ in $(seq 1 100); do [ -e /tmp/.X11-unix/X$DISPLAY_NUMBER ] && break; sleep 0.1; done
chmod 1777 /tmp/.X11-unix 2>/dev/null
# The user's session environment: no QT_QPA_PLATFORM, no --database: the first start.
runuser -u clerk -- env -i HOME=/home/clerk LANG=C.UTF-8 PATH=/usr/bin:/bin DISPLAY=:$DISPLAY_NUMBER \
  sh -c "exec $exec_line" >/tmp/check/console.log 2>&1 &
app=$!
win=$(DISPLAY=:$DISPLAY_NUMBER timeout 60 xdotool search --sync --onlyvisible --class consentgate 2>/dev/null | head -1)
if [ -n "$win" ]; then
  title=$(DISPLAY=:$DISPLAY_NUMBER xdotool getwindowname "$win")
  geometry=$(DISPLAY=:$DISPLAY_NUMBER xdotool getwindowgeometry "$win" | sed -n 's/^ *Geometry: //p')
  pass "window of class consentgate is shown: \"$title\" ($geometry)"
  echo "$win" >/tmp/check/window
else
  fail "no window of class consentgate within 60 s"
fi
kill -0 $app 2>/dev/null && pass "the console is still running" || fail "the console exited: $(tail -5 /tmp/check/console.log)"
[ -s /tmp/check/console.log ] && sed 's/^/  console stderr: /' /tmp/check/console.log | head -20
# Signal the outside to take the screenshot, wait for it (at most 20 s), then stop the console.
touch /tmp/check/shown
for _ in $(seq 1 200); do [ -e /tmp/check/shot-done ] && break; sleep 0.1; done
kill $app 2>/dev/null; wait $app 2>/dev/null
kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null

step "apt-get remove -y consentgate"
apt-get remove -y -q consentgate >/tmp/check/apt-remove.log 2>&1 && pass "apt-get remove" || { tail -5 /tmp/check/apt-remove.log; fail "apt-get remove"; }
[ ! -e /usr/bin/consentgate ] && pass "/usr/bin/consentgate is gone" || fail "/usr/bin/consentgate is still there"
left=$(find /usr/share/consentgate /usr/share/applications/org.consentgate.ConsentGate.desktop \
            /usr/share/metainfo/org.consentgate.ConsentGate.metainfo.xml /usr/share/icons/hicolor/scalable/apps/consentgate.svg 2>/dev/null)
[ -z "$left" ] && pass "no packaged file left behind" || fail "left behind: $left"
status=$(dpkg-query -W -f '${db:Status-Abbrev}' consentgate 2>/dev/null || echo 'not known')
pass "dpkg status after remove: '$status'"
[ -f /home/clerk/demo.sqlite ] && pass "the user's data is kept (remove never deletes a database)"

echo
[ $fails = 0 ] && echo "VERDICT: all steps passed" || echo "VERDICT: $fails step(s) failed"
exit $fails
EOF
chmod +x "$root/tmp/check/run.sh"

echo "apt-check: $(basename "$deb") in a clean Debian 12 root at $root (base: $tarball; log: $log)"
start=$(date +%s)
set +e
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DISPLAY_NUMBER=$display RECOMMENDS=${RECOMMENDS:-0} \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  /tmp/check/run.sh >"$log" 2>&1 &
check=$!
# Screenshot of the window the desktop entry opened, taken from outside the root through the X
# server's abstract socket (the root holds no screenshot tool).
rm -f "$work/desktop-entry.png"
while kill -0 $check 2>/dev/null; do
  if [ -e "$root/tmp/check/shown" ] && [ ! -e "$root/tmp/check/shot-done" ]; then
    command -v import >/dev/null && import -display ":$display" -window root "$work/desktop-entry.png" 2>>"$log"
    touch "$root/tmp/check/shot-done"
  fi
  sleep 0.2
done
wait $check
rc=$?
set -e
rm -rf "$work/logs"; cp -r "$root/tmp/check" "$work/logs"; rm -f "$work/logs"/*.deb
cleanup
# The root (about 1 GiB) is only kept for a look inside when asked (KEEP_ROOT=1).
[ "${KEEP_ROOT:-0}" = 1 ] || remove_root
grep -E '^(===|PASS|FAIL|VERDICT|Exec line|Status|Version|  )' "$log"
[ -f "$work/desktop-entry.png" ] && echo "screenshot of the desktop entry's window: $work/desktop-entry.png"
echo "apt-check: exited $rc after $(( $(date +%s) - start )) s"
exit $rc
