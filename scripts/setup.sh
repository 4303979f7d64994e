#!/usr/bin/env bash
# Prepare everything ASN Kinerja Desktop needs on Debian/Ubuntu, idempotently:
#   scripts/setup.sh gui   -> system libraries for a real Qt window + the app
#   scripts/setup.sh test  -> system libraries for offscreen Qt + the app with test extras
#   scripts/setup.sh build -> system libraries for offscreen Qt + the app with build tools (PyInstaller)
# Re-running when nothing changed takes about a second (stamp file per mode).
set -euo pipefail
mode="${1:-gui}"
cd "$(dirname "$0")/.."
root="$(pwd)"

# Qt 6 needs these even offscreen (measured on bare Debian 12: without libglib/libGL
# `import PySide6.QtCore` fails); a real window adds the xcb set.
pkgs_offscreen="libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core"
pkgs_window="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
pkgs_python="python3 python3-venv python3-pip"
case "$mode" in
  gui) pkgs="$pkgs_python $pkgs_offscreen $pkgs_window" ;;
  # postgresql: the server tests start a throw-away cluster of their own (tests/pgserver.py)
  test) pkgs="$pkgs_python $pkgs_offscreen poppler-utils postgresql" ;;
  build) pkgs="$pkgs_python $pkgs_offscreen" ;;
  *) echo "pemakaian: $0 gui|test|build" >&2; exit 2 ;;
esac

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo ">> memasang paket sistem:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

py="${PYTHON:-python3}"
if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
  echo "ASN Kinerja Desktop membutuhkan Python 3.11 atau lebih baru ($("$py" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo ">> membuat .venv"
  "$py" -m venv .venv
fi
extras=""
[ "$mode" = "test" ] && extras="[test]"
[ "$mode" = "build" ] && extras="[dev]"
stamp=".venv/.setup-stamp-$mode"
want="$(cat pyproject.toml | sha256sum | cut -c1-16)-$mode"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo ">> memasang paket Python ($mode)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
  echo "$want" > "$stamp"
fi
