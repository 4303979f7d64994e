"""PySide6 user interface. Talks only to ``asn_desktop.services``."""

from asn_desktop.ui import qt_compat as _qt_compat

_qt_compat.apply()
