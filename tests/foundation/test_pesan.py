"""Messages built below the UI: Indonesian source plus values, translated in the UI with plurals
by %n; audit actions and summaries shown translated (also for rows written before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.services import audit
from asn_desktop.services.audit_label import AKSI_LABEL, RINGKASAN_AUDIT, cocokkan_ringkasan, label_aksi
from asn_desktop.services.context import AppContext
from asn_desktop.ui.i18n import nama_periode, teks
from scripts import i18n


def _catalogue(tmp_path: Path, entries: list[tuple[str, list[str] | str]]) -> QTranslator:
    """A small English catalogue in the context "Pesan", built with the project's lrelease."""
    msgs = []
    for source, tr in entries:
        m = i18n.Message("Pesan", source, "", [], [], isinstance(tr, list), tr)
        msgs.append(m)
    ts = tmp_path / "pesan_en.ts"
    i18n.write_ts(ts, msgs, "en", "id")
    i18n.lrelease(ts, ts.with_suffix(".qm"))
    t = QTranslator()
    assert t.load(str(ts.with_suffix(".qm")))
    return t


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path):  # type: ignore[no-untyped-def]
    t = _catalogue(tmp_path, [
        ("%n pegawai dipindahkan ke {unit}", ["%n employee moved to {unit}", "%n employees moved to {unit}"]),
        ("Data demo dibuat: %n pegawai", ["Demo data created: %n employee", "Demo data created: %n employees"]),
        ("Profil {nama} diubah", "Profile {nama} changed"),
        ("Cadangan dibuat", "Backup created"),
        ("Berhasil", "Succeeded"),
        ("Tahunan", "Annual"),
        ("Triwulan", "Quarter"),
        ("{data} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Muat ulang data, lalu ulangi "
         "perubahan Anda.", "{data} was changed in another window or computer since you opened it. Reload, then "
                           "repeat your change."),
    ])
    qapp.installTranslator(t)
    yield t
    qapp.removeTranslator(t)


def test_a_message_reads_in_indonesian_without_the_ui_and_translates_with_plurals_in_it(english) -> None:
    one = Msg.of(QT_TRANSLATE_NOOP("Pesan", "%n pegawai dipindahkan ke {unit}"), n=1, unit="Seksi Pemerintahan")
    three = Msg.of(QT_TRANSLATE_NOOP("Pesan", "%n pegawai dipindahkan ke {unit}"), n=3, unit="Seksi Pemerintahan")
    assert str(three) == "3 pegawai dipindahkan ke Seksi Pemerintahan"  # logs and the CLI
    assert teks(one) == "1 employee moved to Seksi Pemerintahan"
    assert teks(three) == "3 employees moved to Seksi Pemerintahan"
    assert teks("Berhasil") == "Succeeded"  # a label of a stored code
    assert teks("tidak dikenal") == "tidak dikenal"  # no translation: shown as it is
    assert nama_periode("Triwulan III") == "Quarter III" and nama_periode("Tahunan") == "Annual"


def test_a_broken_translation_never_crashes() -> None:
    assert str(Msg.of("{a} dan {b}", a=1)) == "{a} dan {b}"


def test_audit_actions_have_labels_and_summaries_are_found_again_from_their_text(english) -> None:
    assert label_aksi("cadangan.buat") == "Cadangan dibuat"
    assert teks(label_aksi("cadangan.buat")) == "Backup created"
    assert label_aksi("tidak.dikenal") == "tidak.dikenal"
    msg = cocokkan_ringkasan("Data demo dibuat: 40 pegawai")
    assert msg == Msg("Data demo dibuat: %n pegawai", {"n": 40})
    assert teks(msg) == "Demo data created: 40 employees"
    assert teks(cocokkan_ringkasan("Profil Drs. Herman Lenggu, M.Si diubah")) == "Profile Drs. Herman Lenggu, M.Si changed"
    assert cocokkan_ringkasan("ditulis tangan oleh seseorang") is None
    assert len(set(RINGKASAN_AUDIT)) == len(RINGKASAN_AUDIT)


def test_every_action_the_services_write_has_a_label() -> None:
    import re

    root = Path(audit.__file__).parent
    codes = set()
    for f in root.rglob("*.py"):
        codes |= set(re.findall(r"write\(\s*\"([a-z_0-9.]+)\"", f.read_text(encoding="utf-8")))
    assert codes and codes <= set(AKSI_LABEL), sorted(codes - set(AKSI_LABEL))


def test_summaries_written_by_real_operations_are_recognised(demo_ctx: AppContext, tmp_path: Path) -> None:
    from asn_desktop.services import cadangan

    from asn_desktop.services.settings import set_setting

    cadangan.create_backup(demo_ctx, tmp_path)
    set_setting(demo_ctx, "bahasa", "en")
    rows = audit.cari_audit(demo_ctx).rows
    assert len(rows) >= 3
    unknown = [r.ringkasan for r in rows if r.ringkasan and cocokkan_ringkasan(r.ringkasan) is None]
    assert not unknown, unknown


def test_an_error_a_service_raises_reads_indonesian_in_the_log_and_english_in_the_ui(english) -> None:
    from asn_desktop.services.context import CONFLICT_MESSAGE
    from asn_desktop.services.errors import ConflictError

    e = ConflictError(Msg.of(CONFLICT_MESSAGE, data="SKP Heri, S.H."))
    assert e.message.startswith("SKP Heri, S.H. sudah diubah")
    assert e.pesan is not None and teks(e.pesan).startswith("SKP Heri, S.H. was changed in another window")
