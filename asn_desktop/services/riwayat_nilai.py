"""Importing past appraisal results into ``penilaian_historis`` (read-only history, kinerja-asn.md §6).

Same discipline as the roster import: a preview first (every row: new,
changed, unchanged or rejected with file/sheet/row/column and what is wrong),
then one transaction that writes only the accepted rows, with an audit entry
and an exchange-log row. Rows are matched to employees by NIP (an old 9-digit
NIP matches ``nip_lama``). A result is identified by employee, year, scheme
and period, so importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from asn_desktop.db.batch import scalars_in
from asn_desktop.db.models import Pegawai, PenilaianHistoris
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.roles import Permission
from asn_desktop.excel import ExcelError
from asn_desktop.excel.riwayat_nilai import Masalah, NilaiLama, PastParse, parse_past_results
from asn_desktop.services.context import AppContext
from asn_desktop.services.pertukaran_umum import (
    ExchangeError,
    backup_before_import,
    file_sha256,
    from_excel,
    log_only,
    write_log,
)

JENIS_LOG = "impor_nilai_lama"

SKEMA_LABEL = {
    "pp46_2011": "PP 46/2011",
    "pp30_2019": "PP 30/2019",
    "permenpanrb8_2021": "PermenPANRB 8/2021",
    "permenpanrb6_2022": "e-Kinerja (PermenPANRB 6/2022)",
    "dp3_pp10_1979": "DP3 (PP 10/1979)",
}

STATUS_BARU, STATUS_UBAH, STATUS_SAMA, STATUS_TOLAK = "baru", "diperbarui", "sama", "ditolak"


@dataclass
class BarisNilaiLama:
    """One result of the file with what the import does with it."""

    rec: NilaiLama
    status: str
    pegawai_id: int | None = None
    pegawai_nama: str = ""
    masalah: list[Masalah] = field(default_factory=list)  # errors (rejected) and warnings


@dataclass
class HasilNilaiLama:
    path: Path
    parse: PastParse
    rows: list[BarisNilaiLama]
    dry_run: bool
    written: int = 0
    log_id: int | None = None
    backup: Path | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def summary(self) -> str:
        rejected = self.count(STATUS_TOLAK)
        problems = sum(1 for r in self.rows for m in r.masalah if m.level == "error")
        return (f"{len(self.rows)} baris nilai: {self.count(STATUS_BARU)} baru, {self.count(STATUS_UBAH)} "
                f"diperbarui, {self.count(STATUS_SAMA)} sudah ada (tidak berubah), {rejected} baris ditolak"
                + (f" ({problems} masalah)" if rejected else "") + ".")


@dataclass
class NilaiLamaView:
    """A stored past result as the employee's history shows it."""

    id: int
    tahun: int
    skema: str
    skema_label: str
    periode: str
    nilai_skp: float | None
    nilai_perilaku: float | None
    nilai_akhir: float | None
    kategori: str | None
    sumber: str


def _values(rec: NilaiLama) -> dict[str, Any]:
    detail = dict(rec.detail)
    detail["periode"] = rec.periode
    return {"nilai_skp": rec.nilai_skp, "nilai_perilaku": rec.nilai_perilaku, "nilai_akhir": rec.nilai_akhir,
            "kategori": rec.kategori, "detail": detail}


def _periode_of(h: PenilaianHistoris) -> str:
    return str((h.detail or {}).get("periode") or "tahunan")


def _plan(ctx: AppContext, parse: PastParse) -> list[BarisNilaiLama]:
    nips = {r.nip for r in parse.records if r.nip}
    with ctx.read(Permission.MASTER_READ) as s:
        pegawai = s.execute(select(Pegawai.id, Pegawai.nip, Pegawai.nip_lama, Pegawai.gelar_depan, Pegawai.nama,
                                   Pegawai.gelar_belakang)).all()
        by_nip = {p.nip: p for p in pegawai if p.nip in nips}
        by_lama = {p.nip_lama: p for p in pegawai if p.nip_lama}
        ids = [p.id for p in by_nip.values()]
        existing = {
            (h.pegawai_id, h.tahun, h.skema, _periode_of(h)): h
            for h in scalars_in(s, select(PenilaianHistoris), PenilaianHistoris.pegawai_id, ids)
        } if ids else {}
        existing_vals = {k: {"nilai_skp": h.nilai_skp, "nilai_perilaku": h.nilai_perilaku,
                             "nilai_akhir": h.nilai_akhir, "kategori": h.kategori, "detail": dict(h.detail or {})}
                         for k, h in existing.items()}
    rows: list[BarisNilaiLama] = []
    for rec in parse.records:
        row = BarisNilaiLama(rec, STATUS_TOLAK, masalah=list(rec.problems))
        rows.append(row)
        if not rec.ok:
            continue
        p = by_nip.get(rec.nip or "") or by_lama.get(rec.nip or "")
        if p is None:
            row.masalah.append(Masalah(rec.sheet, rec.row, "", "NIP", rec.nip or "", (
                f"NIP {rec.nip} tidak terdaftar pada basis data ini. Impor daftar pegawai dahulu, atau periksa NIP."
            )))
            continue
        row.pegawai_id = p.id
        row.pegawai_nama = format_nama(p.gelar_depan, p.nama, p.gelar_belakang)
        key = (p.id, rec.tahun, rec.skema, rec.periode)
        before = existing_vals.get(key)
        if before is None:
            row.status = STATUS_BARU
        else:
            new = _values(rec)
            new["detail"]["sumber"] = before["detail"].get("sumber")
            row.status = STATUS_SAMA if new == before else STATUS_UBAH
    return rows


def impor_nilai_lama(ctx: AppContext, path: Path | str, *, sheet: str | None = None,
                     dry_run: bool = False) -> HasilNilaiLama:
    """Read past results from ``path`` and (unless ``dry_run``) store the accepted rows in one transaction.

    Rejected rows never block the others; a file that cannot be read at all
    raises :class:`ExchangeError` and changes nothing.
    """
    ctx.require(Permission.EXCHANGE)
    if not dry_run:
        ctx.require(Permission.MASTER_WRITE)
    path = Path(path)
    try:
        parse = parse_past_results(path, sheet)
    except ExcelError as exc:
        if not dry_run:
            log_only(ctx, JENIS_LOG, path, None, "ditolak", {"pesan": exc.message[:500]})
        raise from_excel(exc) from None
    rows = _plan(ctx, parse)
    result = HasilNilaiLama(path, parse, rows, dry_run)
    if dry_run:
        return result
    sha = file_sha256(path)
    todo = [r for r in rows if r.status in (STATUS_BARU, STATUS_UBAH)]
    if todo:
        result.backup = backup_before_import(ctx)
    with ctx.write("riwayat_nilai.impor", Permission.EXCHANGE, Permission.MASTER_WRITE) as uow:
        s = uow.session
        ids = sorted({r.pegawai_id for r in todo if r.pegawai_id is not None})
        existing = {
            (h.pegawai_id, h.tahun, h.skema, _periode_of(h)): h
            for h in scalars_in(s, select(PenilaianHistoris), PenilaianHistoris.pegawai_id, ids)
        } if ids else {}
        for r in todo:
            vals = _values(r.rec)
            vals["detail"]["sumber"] = f"{path.name}, lembar \"{r.rec.sheet}\" baris {r.rec.row}"
            key = (r.pegawai_id, r.rec.tahun, r.rec.skema, r.rec.periode)
            h = existing.get(key)
            if h is None:
                h = PenilaianHistoris(pegawai_id=r.pegawai_id, tahun=r.rec.tahun, skema=r.rec.skema, **vals)
                s.add(h)
                existing[key] = h
            else:
                for k, v in vals.items():
                    setattr(h, k, v)
            result.written += 1
        uow.audit("penilaian_historis", None, f"Impor nilai kinerja lama dari {path.name}: "
                  f"{result.count(STATUS_BARU)} baru, {result.count(STATUS_UBAH)} diperbarui",
                  None, {"file": path.name, "sha256": sha, "baris": result.written})
        result.log_id = write_log(uow, JENIS_LOG, path, sha, "selesai" if not result.count(STATUS_TOLAK)
                                  else "sebagian", {"baru": result.count(STATUS_BARU),
                                                    "diperbarui": result.count(STATUS_UBAH),
                                                    "sama": result.count(STATUS_SAMA),
                                                    "ditolak": result.count(STATUS_TOLAK)},
                                  {"masalah": [m.as_dict() for r in rows for m in r.masalah][:500]})
    return result


def pratinjau_nilai_lama(ctx: AppContext, path: Path | str, *, sheet: str | None = None) -> HasilNilaiLama:
    """What :func:`impor_nilai_lama` would do; nothing is written."""
    return impor_nilai_lama(ctx, path, sheet=sheet, dry_run=True)


def nilai_lama_pegawai(ctx: AppContext, pegawai_id: int) -> list[NilaiLamaView]:
    """Stored past results of one employee, newest first (for the employee's history).

    Ratings are confidential: only readers of every rating, or the employee himself, see them.
    """
    actor = ctx.actor
    if not (actor.can(Permission.EVAL_READ_ALL) or actor.can(Permission.MASTER_WRITE)
            or actor.pegawai_id == pegawai_id):
        return []
    with ctx.read() as s:
        rows = s.scalars(select(PenilaianHistoris).where(PenilaianHistoris.pegawai_id == pegawai_id)).all()
        out = [NilaiLamaView(h.id, h.tahun, h.skema, SKEMA_LABEL.get(h.skema, h.skema), _periode_of(h),
                             h.nilai_skp, h.nilai_perilaku, h.nilai_akhir, h.kategori,
                             str((h.detail or {}).get("sumber") or "")) for h in rows]
    return sorted(out, key=lambda v: (-v.tahun, v.periode))


__all__ = ["ExchangeError", "HasilNilaiLama", "BarisNilaiLama", "NilaiLamaView", "impor_nilai_lama",
           "pratinjau_nilai_lama", "nilai_lama_pegawai", "SKEMA_LABEL"]
