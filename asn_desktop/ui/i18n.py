"""Interface language. Bahasa Indonesia is the source language; English ships as
``resources/translations/asn_desktop_en.qm`` (built from the .ts in the repo)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from asn_desktop.paths import resources_dir

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for ``lang`` ("id" or "en"); returns the language in use."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang or "id"
    if lang == "id":
        # Qt's own buttons (OK/Cancel/...) have no Indonesian translation in PySide6:
        # ours ships as asn_desktop_qtbase_id.qm when present.
        names = ["asn_desktop_qtbase_id"]
    else:
        names = [f"asn_desktop_{lang}"]
    folder = resources_dir() / "translations"
    for name in names:
        tr = QTranslator(app)
        if tr.load(name, str(folder)):
            app.installTranslator(tr)
            _installed.append(tr)
    return lang
