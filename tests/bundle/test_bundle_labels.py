"""Domain labels (status, role, predikat, …) follow the interface language; printed documents stay Indonesian.

``ui/labels.label`` translates a ``LabeledEnum`` member's Indonesian label in context "label";
``scripts/i18n.py`` puts every such label into the catalogue.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from asn_desktop.domain.enums import Predikat, Role, StatusPegawai
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import periode as per
from asn_desktop.services import skp as S
from asn_desktop.services.actor import Actor
from asn_desktop.services.context import AppContext
from asn_desktop.ui.i18n import install_translations
from asn_desktop.ui.labels import CONTEXT as labels_context
from asn_desktop.ui.labels import label
from scripts import i18n
from testkit import shot_dir

SHOTS = shot_dir("labels")


def _pegawai_window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.page("pegawai") is not None)
    QApplication.processEvents()
    return win


def _status_column(win) -> set[str]:  # type: ignore[no-untyped-def]
    from asn_desktop.ui.pegawai.model import Col

    model = win.page("pegawai").model
    assert model.rowCount() > 10
    return {model.data(model.index(r, Col.STATUS), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())}


def _pdf_text(data: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


# --------------------------------------------------------------------------- the mechanism


def test_label_follows_the_language_and_the_domain_stays_indonesian(app: QApplication) -> None:
    install_translations(app, "en")
    assert label(StatusPegawai.AKTIF) == "Active"
    assert label(Predikat.BUTUH_PERBAIKAN) == "Needs Improvement"
    assert label(Role.PENILAI) == "Appraiser"
    assert label("Kuantitas") == "Quantity"  # a label a service already put in a string
    assert label(None) == "—" and label(None, "") == ""
    assert Predikat.BUTUH_PERBAIKAN.label == "Butuh Perbaikan"  # reports/ and excel/ keep the official text
    install_translations(app, "id")
    assert label(StatusPegawai.AKTIF) == "Aktif"
    assert label(Predikat.BUTUH_PERBAIKAN) == "Butuh Perbaikan"


def test_catalogue_has_every_domain_label_with_english() -> None:
    """A new LabeledEnum member without English fails here (and in i18n --check)."""
    classes = i18n.labeled_enums()
    assert {"StatusPegawai", "Role", "Predikat", "Rating", "StatusSkp", "SkemaPeriode"} <= {c.__name__ for c in classes}
    wanted = {m.label for cls in classes for m in cls}
    in_ts = {m.source: m.translation for m in i18n.read_ts(i18n.EN_TS) if m.context == labels_context}
    assert wanted <= set(in_ts), sorted(wanted - set(in_ts))
    assert [s for s in wanted if not in_ts[s]] == []
    assert in_ts["Sangat Baik"] == "Very Good" and in_ts["Di Atas Ekspektasi"] == "Above Expectations"
    assert [m.source for m in i18n.label_messages()] == sorted(wanted)  # deterministic for --check


# --------------------------------------------------------------------------- what a user sees


def test_english_pegawai_list_shows_english_status(app: QApplication, qtbot, demo_ctx: AppContext) -> None:
    install_translations(app, "en")
    win = _pegawai_window(qtbot, demo_ctx)
    assert _status_column(win) == {"Active"}  # the list opens on active employees
    page = win.page("pegawai")
    filters = [page.cb_status.itemText(i) for i in range(page.cb_status.count())]
    assert "Retired" in filters and "Pensiun" not in filters
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / "pegawai_list_en.png"))


def test_indonesian_pegawai_list_shows_indonesian_status(app: QApplication, qtbot, demo_ctx: AppContext) -> None:
    install_translations(app, "id")
    win = _pegawai_window(qtbot, demo_ctx)
    assert _status_column(win) == {"Aktif"}


def test_a_reload_after_switching_language_shows_the_new_labels(app: QApplication, qtbot,
                                                                 demo_ctx: AppContext) -> None:
    """Labels are translated when the list is (re)built, not frozen at import."""
    install_translations(app, "id")
    win = _pegawai_window(qtbot, demo_ctx)
    model = win.page("pegawai").model
    assert _status_column(win) == {"Aktif"}
    install_translations(app, "en")  # Pengaturan › Bahasa
    model.set_rows(model.all_rows())  # what a reload of the area does
    assert _status_column(win) == {"Active"}


def test_english_status_bar_names_the_role_in_english(app: QApplication, qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.main_window import MainWindow

    camat = S.leaders(demo_ctx, 2026)[0].pegawai_id
    penilai = demo_ctx.as_actor(Actor(None, "camat", Role.PENILAI, pegawai_id=camat, nama="Camat"))
    install_translations(app, "en")
    win = MainWindow(penilai)
    qtbot.addWidget(win)
    assert win.lbl_user.text() == "User: camat (Appraiser)"


# --------------------------------------------------------------------------- documents stay Indonesian


def test_printed_skp_and_evaluation_stay_indonesian_in_english_mode(app: QApplication, demo_ctx: AppContext,
                                                                     tmp_path: Path) -> None:
    install_translations(app, "en")
    assert label(Predikat.BAIK) == "Good"  # the interface is English …
    camat = S.leaders(demo_ctx, 2026)[0].pegawai_id
    buf = io.BytesIO()
    S.render_skp_pdf(demo_ctx, S.current_skp_id(demo_ctx, camat, 2026), buf)
    skp = _pdf_text(buf.getvalue())
    assert "SASARAN KINERJA PEGAWAI" in skp
    assert "Penerima Layanan" in skp or "Proses Bisnis" in skp  # JPT perspektif, as the domain labels it
    for english in ("Service Recipients", "Business Processes", "Quantity", "Quality"):
        assert english not in skp

    tw1 = per.list_tahun(demo_ctx)[0].periode[0]
    rows = [r for r in ev.list_evaluasi(demo_ctx, tw1.id) if r.predikat is not None and r.evaluasi_id]
    assert rows
    row = rows[0]
    out = lap.cetak_dokumen_evaluasi(demo_ctx, [row.evaluasi_id], tmp_path / "dok.pdf")
    dok = _pdf_text(out[0])
    assert f"PREDIKAT KINERJA PEGAWAI {row.predikat.label.upper()}" in dok
    assert "EKSPEKTASI" in dok
    for english in ("Expectations", "EXPECTATIONS", "GOOD", "Good", "Needs Improvement", "As Expected"):
        assert english not in dok
