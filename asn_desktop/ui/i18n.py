"""Interface language. Bahasa Indonesia is the source language; English ships as
``resources/translations/asn_desktop_en.qm`` (built from the .ts in the repo by
``python -m scripts.i18n``).

Qt's own texts (dialog buttons, line-edit context menu, file dialog) are English
in Qt and PySide6 ships no Indonesian catalogue for them, so ours,
``asn_desktop_qtbase_id.qm``, is installed for "id"; for "en" Qt's ``qtbase_en``
(plural forms) joins the app's catalogue.

Installing translators sends ``LanguageChange`` to every widget: the main window
retranslates its navigation, menus and status bar at once; areas and dialogs
opened afterwards come up in the new language; areas already open switch on the
next start (the setting ``bahasa`` is read at start by ``ui/app.run_gui``).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from asn_desktop.paths import resources_dir

SUPPORTED = ("id", "en")

_PLACEHOLDER = re.compile(r"%([1-9])")


def fmt(template: str, *values: object) -> str:
    """Fill Qt-style placeholders %1…%9 in one pass, as QString.arg does (PySide6 has no arg()).

    Chained ``.replace("%1", a).replace("%2", b)`` rewrites inside ``a`` when a
    name contains "%2"; here a value is never read again. A placeholder without a
    value stays as it is.
    """

    def one(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return str(values[i - 1]) if i <= len(values) else m.group(0)

    return _PLACEHOLDER.sub(one, template)

_installed: list[QTranslator] = []


def _catalogues(lang: str) -> list[tuple[str, str]]:
    """(file name without .qm, folder) of the catalogues for ``lang``, in install order."""
    ours = str(resources_dir() / "translations")
    if lang == "id":
        return [("asn_desktop_qtbase_id", ours)]
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [(f"qtbase_{lang}", qt), (f"asn_desktop_{lang}", ours)]


def clear_translations(app: QCoreApplication) -> None:
    """Remove the translators this module installed (Qt's built-in English texts again)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()


def install_translations(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for ``lang`` ("id" or "en"); returns the language in use.

    An unknown code (a damaged setting) falls back to Bahasa Indonesia.
    """
    clear_translations(app)
    lang = lang if lang in SUPPORTED else "id"
    for name, folder in _catalogues(lang):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            _installed.append(tr)
    return lang


def installed_catalogues() -> list[str]:
    """File paths of the catalogues in use (About box, tests)."""
    return [t.filePath() for t in _installed]


def teks(message: object) -> str:
    """The text of a message built below the UI, in the installed language.

    ``Msg`` (domain/messages): its Indonesian template is looked up in the context "Pesan"
    (a ``%n`` template as a plural of its ``n``), then filled with its values, which are
    translated too when they are messages. A plain string marked with QT_TRANSLATE_NOOP("Pesan",
    ...) (a label of a stored code) is looked up as it is; anything else is shown as it is.
    """
    from asn_desktop.domain.messages import CONTEXT, Msg

    if isinstance(message, Msg):
        n = message.n
        template = QCoreApplication.translate(CONTEXT, message.template, None, -1 if n is None else n)
        params = {k: teks(v) if isinstance(v, Msg) else v for k, v in message.params.items()}
        return Msg(message.template, params).render(template.replace("%n", str(n)) if n is not None else template)
    if isinstance(message, str):
        pesan = getattr(message, "pesan", None)  # domain/messages.Teks: a text that kept its Msg
        if isinstance(pesan, Msg):
            return teks(pesan)
        return QCoreApplication.translate(CONTEXT, message) if message else message
    return str(message)


_PERIODE_KATA = re.compile(r"\b(Triwulan|Semester|Tahunan|TW|Smt)\b")


def nama_periode(nama: str) -> str:
    """A period's stored name ("Triwulan I", "Tahunan 2026") in the installed language: the kind
    word is translated in the context "Pesan" (domain/periode marks it), the numbering stays."""
    if not nama:
        return nama or ""
    return _PERIODE_KATA.sub(lambda m: QCoreApplication.translate("Pesan", m.group(1)), nama)


def nama_bulan(bulan: int, tahun: int | None = None) -> str:
    """A month's name ("Agustus" / "August"), with its year when given, in the installed language."""
    from asn_desktop.domain.tanggal import NAMA_BULAN

    nama = QCoreApplication.translate("Pesan", NAMA_BULAN[bulan - 1])
    return nama if tahun is None else f"{nama} {tahun}"


def tanggal_teks(d: date | None) -> str:
    """A date written out ("1 Januari 2026" / "1 January 2026") in the installed language; "" for None."""
    return "" if d is None else f"{d.day} {nama_bulan(d.month)} {d.year}"


_BULAN_PENDEK = re.compile(r"\b(Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des):")


def bulan_pendek(text: str) -> str:
    """A per-month summary ("Jan: Baik; Agu: 80 %") with the month abbreviations translated."""
    return _BULAN_PENDEK.sub(lambda m: QCoreApplication.translate("Pesan", m.group(1)) + ":", text)
