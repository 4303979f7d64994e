#!/usr/bin/env bash
# Set up (first time) and run the whole test suite headless. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
workers="$(nproc 2>/dev/null || echo 2)"
[ "$workers" -gt 2 ] && workers=2
exec .venv/bin/python -m pytest -q -n "$workers" -p no:cacheprovider "$@"
