"""The services' messages read in English in English mode: real operations refused, their
messages shown through the UI's helpers with an English catalogue built from the project's own
translations; every template of these services has English that keeps its values and plurals."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from asn_desktop.domain.messages import CONTEXT
from asn_desktop.services import akun, insentif, organisasi, pegawai
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.i18n import teks
from scripts import i18n
from tests.foundation.test_pesan_layanan_inti import _modules

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def _english() -> dict[str, str | list[str]]:
    """English of the "Pesan" context: en.json, plus the branch's new_*.json until they are merged."""
    en = json.loads((FOLDER / "en.json").read_text(encoding="utf-8"))
    out: dict[str, str | list[str]] = {k: v for k, v in en.items() if k != i18n.CONTEXT_KEY}
    out.update(en.get(i18n.CONTEXT_KEY, {}).get(CONTEXT, {}))
    for f in sorted(FOLDER.glob("new_*.json")):
        new = json.loads(f.read_text(encoding="utf-8"))
        out.update(new.get(i18n.CONTEXT_KEY, {}).get(CONTEXT, {}))
    return out


def _templates() -> dict[str, str]:
    """Every QT_TRANSLATE_NOOP("Pesan", "...") template of the converted services → where it is."""
    found: dict[str, str] = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
                    and node.args[0].value == CONTEXT):  # type: ignore[union-attr]
                found.setdefault(node.args[1].value, f"{path.name}:{node.lineno}")  # type: ignore[union-attr]
    return found


def _values(text: str) -> set[str]:
    return set(re.findall(r"(?<!\{)\{(\w+)\}(?!\})", text)) | ({"%n"} if "%n" in text else set())


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path):  # type: ignore[no-untyped-def]
    tr = _english()
    msgs = [i18n.Message(CONTEXT, src, "", [], [], "%n" in src, tr[src]) for src in _templates() if src in tr]
    ts = tmp_path / "pesan_en.ts"
    i18n.write_ts(ts, msgs, "en", "id")
    i18n.lrelease(ts, ts.with_suffix(".qm"))
    t = QTranslator()
    assert t.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(t)
    yield t
    qapp.removeTranslator(t)


def test_every_service_template_has_english_with_the_same_values() -> None:
    tr = _english()
    templates = _templates()
    assert len(templates) > 250
    missing = [f"{where}: {src}" for src, where in templates.items() if not tr.get(src)]
    assert not missing, "\n".join(missing)
    wrong = []
    for src in templates:
        forms = tr[src] if isinstance(tr[src], list) else [tr[src]]
        if "%n" in src and len(forms) != 2:
            wrong.append(f"{src}: a plural needs a singular and a plural form")
        wrong += [f"{src} → {f}" for f in forms if not _values(src) <= _values(f) | {"tanggal"}]  # type: ignore[arg-type]
    assert not wrong, "\n".join(wrong)


def test_a_missing_unit_reads_in_english_and_the_log_stays_indonesian(english, demo_ctx: AppContext) -> None:
    with pytest.raises(ServiceError) as exc:
        organisasi.get_unit(demo_ctx, 987654)
    assert exc.value.message == "Unit kerja dengan id 987654 tidak ditemukan."  # logs, CLI
    assert error_text(exc.value) == "Work unit with id 987654 not found."


def test_a_count_in_a_refusal_is_an_english_plural(english, demo_ctx: AppContext) -> None:
    unit_id = organisasi.list_units(demo_ctx)[0].id
    for ids, english_text in (([987651], "1 selected employee no longer exists"),
                              ([987651, 987652], "2 selected employees no longer exist")):
        with pytest.raises(ServiceError) as exc:
            organisasi.move_pegawai(demo_ctx, ids, unit_id)
        assert error_text(exc.value).startswith(english_text), error_text(exc.value)
        assert "pegawai yang dipilih tidak ditemukan lagi" in exc.value.message


def test_a_wrong_password_and_a_wrong_month_read_in_english(english, demo_ctx: AppContext) -> None:
    with pytest.raises(akun.LoginGagal) as exc:
        akun.login(demo_ctx, "admin", "salah-sekali")
    assert error_text(exc.value).startswith("Wrong user name or password. After ")
    assert exc.value.message.startswith("Nama pengguna atau kata sandi salah.")
    with pytest.raises(ServiceError) as exc2:
        insentif.hitung_insentif(demo_ctx, 2026, [13])
    assert error_text(exc2.value) == "Choose a month from 1 to 12."


def test_the_allowance_notes_and_the_bulk_move_note_read_in_english(english, demo_ctx: AppContext) -> None:
    h = insentif.hitung_insentif(demo_ctx, 2026, [1])
    row = next(b for b in h.baris if "disiplin belum diisi" in b.keterangan)  # the export keeps Indonesian
    assert row.keterangan == "; ".join(str(m) for m in row.keterangan_pesan)
    assert "discipline not filled in" in "; ".join(teks(m) for m in row.keterangan_pesan)
    assert all("(valid from " in teks(m) for m in h.aturan_pesan) and h.aturan_pesan
    target = [u for u in organisasi.list_units(demo_ctx) if u.aktif][-1]
    one = next(r for r in pegawai.list_pegawai_rows(demo_ctx) if r.unit_id != target.id)
    res = organisasi.move_pegawai(demo_ctx, [one.id], target.id)
    assert res.catatan[0] == f"1 pegawai dipindahkan ke {target.nama}."
    assert teks(res.catatan_pesan[0]) == f"1 employee moved to {target.nama}."


def test_a_field_problem_reads_in_english_and_the_dialog_details_too(english, demo_ctx: AppContext,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from asn_desktop.ui.errors import show_error

    with pytest.raises(ServiceError) as exc:
        organisasi.create_unit(demo_ctx, "  ", None)
    problem = exc.value.problems[0]  # type: ignore[attr-defined]
    assert problem.message == "Nama unit kerja wajib diisi." and exc.value.details == ["nama: Nama unit kerja wajib diisi."]
    assert error_text(problem) == "The work unit's name is required."
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    show_error(None, exc.value)
    assert shown == [("The work unit's name is required.", "nama: The work unit's name is required.")]


@pytest.fixture
def app_english(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The shipped English catalogue installed, as English mode does."""
    from asn_desktop.ui.i18n import clear_translations, install_translations

    assert install_translations(qapp, "en") == "en"
    yield qapp
    install_translations(qapp, "id")
    clear_translations(qapp)


def test_allowance_months_periods_and_dates_read_in_english(app_english, demo_ctx: AppContext) -> None:
    from datetime import date

    from asn_desktop.ui.i18n import bulan_pendek, nama_bulan, nama_periode, tanggal_teks

    h = insentif.hitung_insentif(demo_ctx, 2026, [7, 8, 9], "Triwulan III 2026")
    row = next(b for b in h.baris if "(Jul, Agu, Sep)" in b.keterangan)  # the export keeps Indonesian
    shown = "; ".join(teks(m) for m in row.keterangan_pesan)
    assert "(Jul, Aug, Sep)" in shown and "Agu" not in shown, shown
    assert bulan_pendek("Agu: Baik; Okt: 80 %") == "Aug: Baik; Oct: 80 %"
    assert f"{nama_periode('Triwulan III')} 2026" == "Quarter III 2026"
    # the narrow report headers (Laporan › Riwayat predikat and Kelengkapan)
    assert nama_periode("TW I 2026") == "Q I 2026" and nama_periode("Smt II") == "Sem II"
    assert nama_periode("TWITTER TW2") == "TWITTER TW2"  # whole words only
    assert nama_bulan(8, 2026) == "August 2026" and tanggal_teks(date(2026, 1, 1)) == "1 January 2026"


def test_an_enum_label_and_a_field_label_inside_a_message_read_in_english(app_english) -> None:
    from asn_desktop.domain.errors import DomainError
    from asn_desktop.domain.enums import Predikat, PredikatOrganisasi
    from asn_desktop.domain.rating import check_distribution
    from asn_desktop.services.pegawai import periksa_riwayat

    with pytest.raises(DomainError) as exc:
        check_distribution(PredikatOrganisasi.BAIK, {Predikat.BAIK: -1})
    assert "predikat Baik tidak boleh negatif" in exc.value.message  # logs, CLI
    assert "Good" in error_text(exc.value) and "Baik" not in error_text(exc.value), error_text(exc.value)
    pr = periksa_riwayat("jabatan", [pegawai.RiwayatJabatanData(nama_jabatan="")])
    assert pr.items[0].message.startswith("Riwayat jabatan baris 1:")
    assert error_text(pr.items[0]).startswith("Position history row 1"), error_text(pr.items[0])


def test_an_allowance_rule_problem_reads_in_english(app_english) -> None:
    from datetime import date

    data = insentif.AturanInsentifData(date(2026, 1, 1), "Perkada", 60.0, {"baik": 80.0}, {5: 1000.0})
    problems = insentif.validasi_aturan(data)
    assert "Persentase untuk predikat Sangat Baik belum diisi." in problems  # the text stays Indonesian
    assert "The percentage for the predicate Very Good is not filled in." in [teks(p) for p in problems]


def test_the_damaged_database_guidance_reads_in_english_and_stays_indonesian_for_the_cli(app_english) -> None:
    from asn_desktop.services.cadangan import damage_guidance

    text = damage_guidance(Path("/kantor/kantor.db"), ["Page 7: btreeInitPage"], None)
    assert str(text).startswith("Pemeriksaan integritas basis data /kantor/kantor.db")  # the CLI and the log
    shown = teks(text)
    assert shown.startswith("The integrity check of the database /kantor/kantor.db found damage:"), shown
    assert "  • Page 7: btreeInitPage" in shown and "Restore the latest backup" in shown
    assert "asn-desktop restore BACKUP_FILE" in shown and "Pulihkan" not in shown
