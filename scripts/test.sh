#!/usr/bin/env bash
# Set up (first time) and run the whole test suite headless. Extra arguments go to pytest.
#
# Without arguments, a second pass runs the database-backed tests (db, services, exchange,
# reliability) on a throw-away PostgreSQL cluster as well (tests/pgserver.py), when the server
# package is installed; ASN_TEST_PG=require (CI) makes a missing server a failure, and
# ASN_TEST_PG=skip leaves the pass out.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
workers="$(nproc 2>/dev/null || echo 2)"
[ "$workers" -gt 2 ] && workers=2
.venv/bin/python -m pytest -q -n "$workers" -p no:cacheprovider "$@"
[ $# -eq 0 ] || exit 0
[ "${ASN_TEST_PG:-auto}" = "skip" ] && exit 0
if ! why="$(.venv/bin/python -c 'import sys; sys.path.insert(0, "tests"); import pgserver; print(pgserver.unavailable() or "")')"; then
  why="pemeriksaan PostgreSQL gagal"
fi
if [ -n "$why" ]; then
  if [ "${ASN_TEST_PG:-auto}" = "require" ]; then
    echo "PostgreSQL diperlukan untuk pass server: $why" >&2
    exit 1
  fi
  echo ">> pass PostgreSQL dilewati: $why"
  exit 0
fi
echo ">> pass kedua: layanan, pertukaran dan keandalan pada PostgreSQL"
ASN_TEST_DB=postgresql .venv/bin/python -m pytest -q -n "$workers" -p no:cacheprovider \
  tests/foundation/test_database.py tests/skp tests/penilaian tests/pegawai tests/excel tests/reliability \
  tests/layanan tests/rapat tests/karier tests/penghargaan tests/skm
