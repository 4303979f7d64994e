#!/usr/bin/env bash
# Set up (first time) and start ASN Kinerja Desktop. Extra arguments go to the app,
# e.g. `scripts/start.sh --db /tmp/d.db`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh gui
if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    echo "Tidak ada layar; menjalankan di layar virtual (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/asn-desktop "$@"
  fi
  echo "Tidak ada layar (DISPLAY kosong). Jalankan dari sesi desktop, atau pasang xvfb (apt-get install xvfb) untuk layar virtual." >&2
  exit 2
fi
exec .venv/bin/asn-desktop "$@"
