"""English for messages built below the UI: imports, domain checks, database and exchange errors.

The Indonesian text stays the source (``message``); the UI shows the carried ``Msg`` through
``ui/i18n.teks``. These tests keep that true for the modules that build import and domain
messages: no raise of a plain literal message, every template has English, and a roster import
error names file, sheet, row and column in English with the catalogue installed.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import Msg, Teks, pesan_dari
from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.rating import check_distribution
from asn_desktop.domain.tanggal import parse_tanggal_ketikan
from asn_desktop.excel.roster import parse_roster
from asn_desktop.services.pertukaran_hasil import Conflict, PackageResult, _ditolak
from asn_desktop.ui.i18n import teks
from scripts import i18n

from excel_helpers import NIP_A

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "asn_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"

#: The modules whose user-facing messages are built as Msgs (import, domain checks, database,
#: exchange services, office keys).
MODULES = sorted(
    [*PKG.glob("domain/*.py"), *PKG.glob("excel/*.py"), *PKG.glob("db/*.py"),
     *PKG.glob("services/pertukaran*.py"), PKG / "services" / "kunci_kantor.py"]
)
#: Programmer errors: never shown to an operator as a message of their own.
PROGRAMMER_ERRORS = {"RuntimeError", "TypeError", "AssertionError", "NotImplementedError"}
#: (module, function) raising a ValueError a caller always catches and replaces (a lookup
#: helper), or an argument check of a helper.
CAUGHT_LOOKUPS = {("domain/enums.py", "from_label"), ("db/batch.py", "in_chunks")}


def _plain_text(node: ast.expr) -> bool:
    """A literal, an f-string, or text glued together with + (no Msg)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _plain_text(node.left) or _plain_text(node.right)
    return False


def _raises(tree: ast.AST) -> Iterator[tuple[str, ast.Raise]]:
    """(enclosing function name, raise) for every raise in the module."""
    def walk(node: ast.AST, fn: str) -> Iterator[tuple[str, ast.Raise]]:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else fn
            if isinstance(child, ast.Raise):
                yield fn, child
            yield from walk(child, name)

    yield from walk(tree, "")


def test_no_raise_with_a_plain_text_message_in_the_message_modules() -> None:
    found = []
    for path in MODULES:
        rel = path.relative_to(PKG).as_posix()
        for fn, node in _raises(ast.parse(path.read_text(encoding="utf-8"))):
            call = node.exc
            if not isinstance(call, ast.Call) or not call.args:
                continue
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", None) or ""
            if name in PROGRAMMER_ERRORS or (rel, fn) in CAUGHT_LOOKUPS:
                continue
            if _plain_text(call.args[0]):
                found.append(f"{rel}:{node.lineno} raise {name}({ast.unparse(call.args[0])[:60]}…)")
    assert not found, "pesan pengguna harus Msg.of(QT_TRANSLATE_NOOP(\"Pesan\", ...)):\n" + "\n".join(found)


def _templates() -> dict[str, str]:
    """Every "Pesan" template marked in the modules → "file:line"."""
    out: dict[str, str] = {}
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
                    and node.args[0].value == "Pesan"):
                out.setdefault(node.args[1].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return out


def _english() -> dict[str, str | list[str]]:
    """Source → English for the context "Pesan": the merged catalogue plus the pending new_*.json
    files (context entries first, then the plain ones, as scripts/i18n looks them up)."""
    plain: dict[str, str | list[str]] = {}
    pesan: dict[str, str | list[str]] = {}
    for path in [TRANSLATIONS / "en.json", *sorted(TRANSLATIONS.glob("new_*.json"))]:
        d = json.loads(path.read_text(encoding="utf-8"))
        pesan.update(d.get("_konteks", {}).get("Pesan", {}))
        plain.update({k: v for k, v in d.items() if k != "_konteks"})
    return {**plain, **pesan}


def test_every_message_template_has_english() -> None:
    english = _english()
    missing = [f"{where}: {src!r}" for src, where in _templates().items() if not english.get(src)]
    assert not missing, "tambahkan terjemahan Inggris (resources/translations/new_*.json):\n" + "\n".join(missing)


def test_the_english_keeps_every_placeholder() -> None:
    import re

    english = _english()
    ph = lambda s: sorted(set(re.findall(r"\{[^}]*\}|%n", s)))  # noqa: E731
    wrong = [src for src in _templates() if isinstance(english.get(src), str) and ph(src) != ph(english[src])]
    assert not wrong


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The English "Pesan" catalogue of these modules, built with the project's lrelease."""
    en = _english()
    msgs = [i18n.Message("Pesan", src, "", [], [], isinstance(en[src], list), en[src])
            for src in _templates() if src in en]
    ts = tmp_path / "pesan_en.ts"
    i18n.write_ts(ts, msgs, "en", "id")
    i18n.lrelease(ts, ts.with_suffix(".qm"))
    t = QTranslator()
    assert t.load(str(ts.with_suffix(".qm")))
    QCoreApplication.installTranslator(t)
    yield
    QCoreApplication.removeTranslator(t)


def test_roster_import_error_in_english_names_file_sheet_row_column(xlsx, english) -> None:
    path = xlsx([["NO", "NIP", "NAMA"], [1, NIP_A, "Budi Santoso"], [2, "19850214201001200", "Sari Dewi"]],
                name="duk_kecamatan.xlsx")
    res = parse_roster(path)
    bad = next(r for r in res.records if not r.ok)
    p = bad.errors[0]
    # Indonesian as before (logs, CLI, the report files)
    assert p.message.startswith("NIP 17 digit (19850214201001200), seharusnya 18 digit")
    assert p.where == 'lembar "Data", baris 3, kolom B (NIP)'
    line = teks(p.di_berkas(path.name))
    assert line == ('File "duk_kecamatan.xlsx", sheet "Data", row 3, column B (NIP): NIP of 17 digits '
                    "(19850214201001200), it should have 18 digits; check for missing or extra digits.")


def test_a_warning_composed_of_label_reason_and_consequence_is_english_in_each_part(xlsx, english) -> None:
    path = xlsx([["NIP", "NAMA", "TGL LAHIR"], [NIP_A, "Budi Santoso", "31-02-1980"]])
    (p,) = parse_roster(path).records[0].warnings
    assert p.message.startswith('Tanggal Lahir: "31-02-1980" bukan tanggal yang valid')
    assert p.message.endswith("Kolom ini dikosongkan; data lain pada baris ini tetap diimpor.")
    shown = teks(p.teks)
    assert shown.startswith('Date of birth: "31-02-1980" is not a valid date: Februari 1980 has no day 31; use for '
                            "example 01-02-1980 or 1 February 1980.")
    assert shown.endswith("This column is left empty; the other data of this row is still imported.")


def test_domain_errors_keep_their_msg_and_indonesian_text(english) -> None:
    with pytest.raises(DomainError) as e:
        parse_nip("1985021420100120")
    assert e.value.message == str(e.value) and "harus 18 digit, ditemukan 16 digit" in e.value.message
    assert isinstance(pesan_dari(e.value), Msg)
    assert teks(pesan_dari(e.value)) == "NIP must have 18 digits, found 16 digits (a 9-digit old NIP is also accepted)."
    with pytest.raises(DomainError) as e:
        parse_tanggal_ketikan("01202026")
    assert e.value.message.startswith('"01202026" bukan tanggal yang valid: bulan 20 tidak ada; ketik tanggal')
    assert teks(e.value.pesan) == ('"01202026" is not a valid date: month 20 does not exist; type the date as '
                                   "dd-mm-yyyy, for example 01-10-2026, 01102026, 01/10/26 or 1 Oct 2026.")


def test_package_refusal_and_curve_warning_in_english(english) -> None:
    pkg = PackageResult("hasil.xlsx")
    pkg.set_pesan(_ditolak(Msg("kode kantor pengirim terlalu panjang.")))
    assert pkg.pesan == "Paket ditolak: kode kantor pengirim terlalu panjang."
    assert teks(pkg.teks) == "Package refused: the sending office code is too long."
    c = Conflict("hasil.xlsx", "Paket", "K1", pkg.pesan_msg)  # type: ignore[arg-type]
    assert c.pesan == pkg.pesan and teks(c.teks) == teks(pkg.teks)
    check = check_distribution("baik", {"baik": 8, "sangat_baik": 2})
    (w,) = [m for m in check.messages if "paling banyak" in m]
    assert isinstance(w, Teks) and "predikat Baik paling banyak 70 %, saat ini 80 %" in w
    assert teks(w) == "Organisation Good (SE MenPANRB 3/2023): predicate Good at most 70 %, now 80 % (8 of 10 employees)."
