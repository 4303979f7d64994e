#!/usr/bin/env bash
# Build the onedir bundle dist/ASN-Kinerja/ (PyInstaller, build.spec) and check it:
#   bash scripts/build.sh            # sets up .venv with the build tools first (scripts/setup.sh build)
#   VENV=/path/to/venv bash scripts/build.sh   # use an existing environment instead
#   bash scripts/build.sh --no-zip   # CI: build and self-test only
# Ends with the bundle's own `self-test` offscreen (exit code 0 = the bundle runs) and
# a zip beside it, dist/ASN-Kinerja-<versi>-<sistem>.zip, ready to hand to an office.
# On Windows build natively (PyInstaller does not cross-compile): see README, "Windows".
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${VENV:-}" ]; then
  py="$VENV/bin/python"
else
  bash scripts/setup.sh build
  py=".venv/bin/python"
fi
version="$("$py" -c 'import asn_desktop; print(asn_desktop.__version__)')"
echo ">> membangun ASN-Kinerja $version"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo ">> uji mandiri bundel"
QT_QPA_PLATFORM=offscreen dist/ASN-Kinerja/asn-desktop self-test
QT_QPA_PLATFORM=offscreen dist/ASN-Kinerja/ASN-Kinerja self-test >/dev/null
if [ "${1:-}" = "--no-zip" ]; then
  exit 0
fi
system="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
zip_name="dist/ASN-Kinerja-$version-$system.zip"
rm -f "$zip_name"
"$py" - "$zip_name" <<'PY'
import shutil, sys
from pathlib import Path
out = Path(sys.argv[1])
shutil.make_archive(str(out.with_suffix("")), "zip", root_dir="dist", base_dir="ASN-Kinerja")
print(f">> {out} ({out.stat().st_size // 1_000_000} MB)")
PY
