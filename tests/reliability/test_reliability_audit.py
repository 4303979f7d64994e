"""Audit log: who/when/what/before-after, filters, Excel export."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from reliability_helpers import Kantor
from openpyxl import load_workbook
from sqlalchemy import update

from asn_desktop.db.models import AuditLog
from asn_desktop.services import audit
from asn_desktop.services.errors import PermissionDenied, ServiceError
from asn_desktop.services.settings import get_office, set_office


def _seed(k: Kantor) -> None:
    """A few writes by different users, on different days."""
    admin = k.as_("admin")
    office = get_office(admin)
    office.atasan_camat_nama = "=HYPERLINK(\"http://jahat.example\",\"klik\")"
    set_office(admin, office)
    with k.ctx.write("uji.rumus") as uow:  # text typed by users that looks like a formula
        uow.audit("pegawai", "+6281234", '=HYPERLINK("http://jahat.example","klik")', None, {"no_hp": "@halo"})
    with k.ctx.write("uji.lama") as uow:
        uow.audit("pegawai", 7, "Perubahan 50% gaji_pokok", {"nama": "A_B"}, {"nama": "A\x07B"})
    with k.ctx.db.session() as s:  # move that row back in time
        s.execute(update(AuditLog).where(AuditLog.aksi == "uji.lama").values(waktu=datetime(2026, 1, 15, 8, 0)))
        s.commit()


def test_every_write_records_who_when_what_before_after(kantor_berakun: Kantor) -> None:
    _seed(kantor_berakun)
    page = audit.cari_audit(kantor_berakun.as_("admin"), audit.AuditFilter(aksi="pengaturan.ubah"))
    assert page.total == 1
    e = page.rows[0]
    assert e.username == "admin" and e.entitas == "setting" and e.entitas_id == "office"
    assert (datetime.now() - e.waktu) < timedelta(minutes=5)
    assert e.sebelum["value"]["atasan_camat_nama"].startswith("Dr. Fahrensy")
    assert e.sesudah["value"]["atasan_camat_nama"].startswith("=HYPERLINK")
    # the viewer shows only the changed field of the office record
    assert e.perubahan.startswith("value.atasan_camat_nama: Dr. Fahrensy")
    assert "→ =HYPERLINK" in e.perubahan and "kode_kantor" not in e.perubahan


def test_filters_user_action_entity_dates_text(kantor_berakun: Kantor) -> None:
    _seed(kantor_berakun)
    a = kantor_berakun.as_("admin")
    everything = audit.cari_audit(a).total
    assert everything >= 7  # demo, first admin, 3 accounts, settings, uji.rumus, uji.lama
    assert {r.username for r in audit.cari_audit(a, audit.AuditFilter(username="admin")).rows} == {"admin"}
    akun_rows = audit.cari_audit(a, audit.AuditFilter(aksi="akun.")).rows
    assert akun_rows and all(r.aksi.startswith("akun.") for r in akun_rows)
    assert audit.cari_audit(a, audit.AuditFilter(entitas="pegawai")).total == 2
    jan = audit.cari_audit(a, audit.AuditFilter(dari=date(2026, 1, 15), sampai=date(2026, 1, 15)))
    assert [r.aksi for r in jan.rows] == ["uji.lama"]
    assert audit.cari_audit(a, audit.AuditFilter(sampai=date(2026, 1, 14))).total == 0
    # text search is literal: % and _ are not wildcards; values inside before/after are searched
    assert [r.aksi for r in audit.cari_audit(a, audit.AuditFilter(teks="50%")).rows] == ["uji.lama"]
    assert [r.aksi for r in audit.cari_audit(a, audit.AuditFilter(teks="A_B")).rows] == ["uji.lama"]
    assert audit.cari_audit(a, audit.AuditFilter(teks="5_%")).total == 0
    assert audit.cari_audit(a, audit.AuditFilter(teks="jahat.example")).total == 2
    assert audit.cari_audit(a, audit.AuditFilter(teks="x" * 5000)).total == 0  # huge input: no error
    with pytest.raises(ServiceError, match="sebelum atau sama"):
        audit.cari_audit(a, audit.AuditFilter(dari=date(2026, 2, 1), sampai=date(2026, 1, 1)))
    choices = audit.pilihan_filter(a)
    assert "admin" in choices.usernames and "akun.buat" in choices.aksi and "pengguna" in choices.entitas


def test_paging_newest_first(kantor_berakun: Kantor) -> None:
    a = kantor_berakun.as_("admin")
    for i in range(30):
        with kantor_berakun.ctx.write("uji.massal") as uow:
            uow.audit("uji", i, f"baris {i}")
    first = audit.cari_audit(a, audit.AuditFilter(aksi="uji.massal"), limit=20)
    rest = audit.cari_audit(a, audit.AuditFilter(aksi="uji.massal"), limit=20, offset=20)
    assert first.total == 30 and len(first.rows) == 20 and len(rest.rows) == 10
    ids = [r.entitas_id for r in first.rows + rest.rows]
    assert ids == [str(i) for i in range(29, -1, -1)]


def test_export_to_excel_keeps_formula_like_text_as_text(kantor_berakun: Kantor, tmp_path: Path) -> None:
    _seed(kantor_berakun)
    a = kantor_berakun.as_("admin")
    out = tmp_path / "log.xlsx"
    n = audit.ekspor_audit(a, out)
    assert n == audit.cari_audit(a).total - 1  # the export's own row is written after
    wb = load_workbook(out)
    ws = wb["Log Audit"]
    assert [c.value for c in ws[1]] == ["No", "Waktu", "Pengguna", "Aksi", "Entitas", "ID", "Ringkasan",
                                        "Perubahan (sebelum → sesudah)"]
    assert ws.max_row == n + 1
    cells = [c for row in ws.iter_rows(min_row=2) for c in row]
    assert not any(c.data_type == "f" for c in cells)  # no formula anywhere
    starts = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+@"]
    assert {c.value for c in starts} >= {'=HYPERLINK("http://jahat.example","klik")', "+6281234"}
    assert all(c.data_type == "s" for c in starts)
    control = next(c.value for c in cells if isinstance(c.value, str) and "nama: A_B" in c.value)
    assert "\x07" not in control and "A\ufffdB" in control
    assert isinstance(ws.cell(2, 2).value, datetime)
    # the export itself is audited
    last = audit.cari_audit(a, limit=1).rows[0]
    assert last.aksi == "audit.ekspor" and str(out) in str(last.sesudah)


def test_export_filtered_and_bad_names(kantor_berakun: Kantor, tmp_path: Path) -> None:
    _seed(kantor_berakun)
    a = kantor_berakun.as_("admin")
    out = tmp_path / "akun.xlsx"
    n = audit.ekspor_audit(a, out, audit.AuditFilter(aksi="akun."))
    ws = load_workbook(out).active
    assert n >= 4 and all(str(r[3].value).startswith("akun.") for r in ws.iter_rows(min_row=2))
    with pytest.raises(ServiceError, match=".xlsx"):
        audit.ekspor_audit(a, tmp_path / "log.csv")
    blocker = tmp_path / "folder.xlsx"
    blocker.mkdir()  # a name that cannot be written as a file
    with pytest.raises(ServiceError, match="tidak dapat ditulis"):
        audit.ekspor_audit(a, blocker)
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("role", ["operator", "penilai", "pegawai"])
def test_audit_log_is_admin_only(kantor_berakun: Kantor, role: str, tmp_path: Path) -> None:
    c = kantor_berakun.as_(role)
    with pytest.raises(PermissionDenied):
        audit.cari_audit(c)
    with pytest.raises(PermissionDenied):
        audit.ekspor_audit(c, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
