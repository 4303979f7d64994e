#!/usr/bin/env bash
# Update the translation catalogues (see scripts/i18n.py): extract with pyside6-lupdate,
# fill English from resources/translations/en.json, build the .qm files.
#   bash scripts/i18n.sh            # update; lists the strings still missing an English translation
#   bash scripts/i18n.sh --check    # change nothing; exit 1 when something is missing or stale
set -euo pipefail
cd "$(dirname "$0")/.."
py=".venv/bin/python"
[ -x "$py" ] || py="${PYTHON:-python3}"
exec "$py" -m scripts.i18n "$@"
