import os
import sys

# The windowed bundle (ASN-Kinerja.exe, PyInstaller console=False) has no console:
# sys.stdout/sys.stderr are None there, and code that calls .isatty() or .write()
# on them would fail. Messages go nowhere instead (the GUI shows its own dialogs;
# the console program asn-desktop.exe keeps real streams).
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process lifetime
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from asn_desktop.cli import main  # noqa: E402

raise SystemExit(main())
