"""Roster import (head office → kecamatan) and the employees export.

Import = parse (``excel.roster``, nothing written) → plan against the database
(new / changed with field differences / unchanged / rejected) → when asked,
one backup and ONE transaction that writes every valid row, the new units, the
supervisor links, the history entries and the audit rows, plus the change
report in ``log_pertukaran``. Strict mode writes nothing when any row is
rejected; cancelling rolls everything back.

Rules kept here:
- employees are matched by NIP; a blank cell never erases stored data;
- names, places and jabatan that differ only in letter case are unchanged
  (a DUK in capitals does not "rename" everyone);
- units are matched by name (Unit Kerja column), created when unknown, under
  the kecamatan unit; an ambiguous name in a regency database changes nothing;
- NIP Atasan is resolved against the database and the file itself;
- current golongan/jabatan/pendidikan follow the history rule of
  ``services.pegawai`` (the newest riwayat entry is the current value): a
  change adds or updates the history entry with that TMT, and a value older
  than the newest history entry is not applied (warning).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, String, Text, case, func, insert, literal, select

from asn_desktop import __version__
from asn_desktop.db.audit_chain import Same, chain_head, chain_text, chained_columns
from asn_desktop.db.batch import in_chunks
from asn_desktop.db.bulk import (
    insert_columns,
    insert_columns_new_ids,
    insert_new_ids,
    insert_rows,
    json_text_insert,
    json_texts,
    roomy_cache,
    update_rows,
)
from asn_desktop.db.models import AuditLog, Pegawai, RiwayatGolongan, RiwayatJabatan, RiwayatPendidikan, UnitKerja
from asn_desktop.db.session import driver_cursor
from asn_desktop.domain.enums import JenisJabatan, JenisUnit, JenjangFungsional, StatusPegawai
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks, pesan_dari
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal_pendek
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import FIELD_LABELS, SkippedRows, display_value
from asn_desktop.excel.roster import (
    DuplicateGroup,
    Problem,
    RosterParse,
    RosterRecord,
    SheetChoice,
    SheetChoiceNeeded,
    UnusedColumn,
    parse_roster,
)
from asn_desktop.fileio import write_text_atomic
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.pertukaran_umum import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_STRICT,
    backup_before_import,
    file_sha256,
    gc_paused,
    from_excel,
    log_only,
    write_log,
)

BARU, BERUBAH, TETAP, DITOLAK, DUPLIKAT = "baru", "berubah", "tetap", "ditolak", "duplikat"
STATUS_LABEL = {BARU: QT_TRANSLATE_NOOP("Pesan", "Baru"), BERUBAH: QT_TRANSLATE_NOOP("Pesan", "Berubah"),
                TETAP: QT_TRANSLATE_NOOP("Pesan", "Tidak berubah"), DITOLAK: QT_TRANSLATE_NOOP("Pesan", "Ditolak"),
                DUPLIKAT: QT_TRANSLATE_NOOP("Pesan", "Duplikat identik")}

#: Pegawai columns the roster sets directly (``unit`` and ``nip_atasan`` are resolved).
_DIRECT = (
    "nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
    "status_kepegawaian", "golongan", "tmt_golongan", "nama_jabatan", "jenis_jabatan", "nip_lama", "agama",
    "nik", "email", "no_hp", "alamat", "tmt_cpns", "tmt_pns", "jenjang", "tmt_jabatan", "eselon",
    "kelas_jabatan", "pendidikan_terakhir", "tahun_lulus", "tmt_pensiun", "status", "tanggal_status",
)
_CASELESS = frozenset({"nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "nama_jabatan",
                       "pendidikan_terakhir", "alamat", "email"})
#: History specs: (kind, order field on Pegawai, pegawai fields mirrored by the history)
_HISTORY = (
    ("golongan", "tmt_golongan", ("golongan",)),
    ("jabatan", "tmt_jabatan", ("nama_jabatan", "jenis_jabatan", "jenjang", "eselon")),
    ("pendidikan", "tahun_lulus", ("pendidikan_terakhir",)),
)
_HISTORY_LABEL = {"golongan": QT_TRANSLATE_NOOP("Pesan", "golongan"), "jabatan": QT_TRANSLATE_NOOP("Pesan", "jabatan"),
                  "pendidikan": QT_TRANSLATE_NOOP("Pesan", "pendidikan terakhir")}


class SheetChoiceRequired(ServiceError):
    """Several sheets hold a roster; ``choices`` lists them for the operator."""

    def __init__(self, message: str | Msg, choices: list[SheetChoice]) -> None:
        super().__init__(message)
        self.choices = choices


# --------------------------------------------------------------------------- report


def _teks(message: Msg | str) -> str:
    """A problem's message as text that keeps its Msg for the UI."""
    return Teks(message) if isinstance(message, Msg) else message


@dataclass
class FieldDiff:
    field: str
    label: str
    lama: str
    baru: str


@dataclass(slots=True)
class RowResult:
    """One data row of the file and what the import does with it."""

    sheet: str
    row: int
    status: str
    nip: str | None
    nama: str
    diffs: list[FieldDiff] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicate_of: int | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABEL[self.status]

    @property
    def keterangan(self) -> str:
        """One line for the preview table; a ``Teks`` when it came from a Msg (the UI translates
        it; a changed row lists field labels, each a catalogue entry the UI looks up itself)."""
        if self.status == DITOLAK:
            errs = [p.teks for p in self.problems if p.level == "error"]
            return _teks(errs[0]) if errs else ""
        if self.status == BERUBAH:
            return ", ".join(f"{d.label}: {d.lama} → {d.baru}" for d in self.diffs)
        if self.status == DUPLIKAT:
            return Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Sama persis dengan baris {baris}; dihitung sekali."),
                               baris=self.duplicate_of))
        warns = [p.teks for p in self.problems if p.level != "error"]
        return _teks(warns[0]) if warns else ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet, "row": self.row, "status": self.status, "nip": self.nip, "nama": self.nama,
            "perubahan": [{"kolom": d.label, "lama": d.lama, "baru": d.baru} for d in self.diffs],
            "masalah": [p.as_dict() for p in self.problems],
            **({"duplikat_dari": self.duplicate_of} if self.duplicate_of else {}),
        }


@dataclass
class ImportReport:
    """What a roster import did (or would do, for a dry run / preview)."""

    berkas: str
    sheet: str
    sha256: str
    strict: bool
    dry_run: bool
    rows: list[RowResult]
    sheet_problems: list[Problem]
    duplicates: list[DuplicateGroup]
    skipped: SkippedRows
    columns: list[tuple[str, str, str]]
    units_baru: list[str]
    #: non-empty columns of the table that import into no field, with header and a sample value
    unused: list[UnusedColumn] = field(default_factory=list)
    #: why this sheet was read when several qualified; the other candidate sheets
    sheet_reason: str = ""  # a Teks (domain/messages) when there was a choice
    choices: list[SheetChoice] = field(default_factory=list)
    written: bool = False
    status: str = "uji"
    pesan: str = ""
    backup: str | None = None
    log_id: int | None = None
    waktu: str = field(default_factory=lambda: datetime.now().replace(microsecond=0).isoformat(sep=" "))

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def counts(self) -> dict[str, int]:
        by_status = Counter(r.status for r in self.rows)  # one pass over 15,000 rows, not five
        return {
            "inserted": by_status[BARU],
            "updated": by_status[BERUBAH],
            "unchanged": by_status[TETAP],
            "rejected": by_status[DITOLAK],
            "duplicates_counted_once": by_status[DUPLIKAT],
            "units_created": len(self.units_baru),
        }

    @property
    def problems(self) -> list[Problem]:
        out = list(self.sheet_problems)
        for r in self.rows:
            out.extend(r.problems)
        return out

    @property
    def exit_code(self) -> int:
        if self.status == "ditolak_ketat":
            return EXIT_STRICT
        if self.count(DITOLAK):
            return EXIT_PARTIAL if (self.written or self.dry_run) else EXIT_FAILED
        return EXIT_OK

    @property
    def ringkasan(self) -> str:
        """The one-line summary; a ``Teks`` the UI shows translated."""
        return Teks(self.ringkasan_pesan)

    @property
    def ringkasan_pesan(self) -> Msg:
        """The one-line summary (counts per outcome) as the UI translates it."""
        c = self.counts
        dup = Msg.of(QT_TRANSLATE_NOOP("Pesan", ", {jumlah} duplikat identik dihitung sekali"),
                     jumlah=c["duplicates_counted_once"]) if c["duplicates_counted_once"] else ""
        unit = Msg.of(QT_TRANSLATE_NOOP("Pesan", ", {jumlah} unit kerja baru"),
                      jumlah=c["units_created"]) if c["units_created"] else ""
        text = Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "{baru} baru, {berubah} berubah, {tetap} tidak berubah, {ditolak} baris ditolak{duplikat}{unit}"),
            baru=c["inserted"], berubah=c["updated"], tetap=c["unchanged"], ditolak=c["rejected"], duplikat=dup,
            unit=unit)
        if self.status == "ditolak_ketat":
            return Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Mode ketat: tidak ada yang disimpan karena {ditolak} baris ditolak ({ringkas})."),
                ditolak=c["rejected"], ringkas=text)
        if self.dry_run:
            return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Uji coba (tidak ada yang disimpan): {ringkas}."), ringkas=text)
        if self.written:  # the counts come first, so the sentence starts with a digit
            return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{ringkas} — disimpan."), ringkas=text)
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tidak ada perubahan untuk disimpan ({ringkas})."), ringkas=text)

    def to_dict(self, *, all_rows: bool = True) -> dict[str, Any]:
        """The report as JSON data. ``all_rows=False`` (stored in the log) lists new rows by NIP
        only and leaves unchanged rows out, so a 15,000-row import keeps a compact log."""
        rows = self.rows if all_rows else [
            r for r in self.rows if r.status not in (TETAP, BARU) or r.problems
        ]
        extra = {} if all_rows else {"nip_baru": [r.nip for r in self.rows if r.status == BARU]}
        return {
            "format": "asn-kinerja-laporan-impor-pegawai",
            "versi_aplikasi": __version__,
            "waktu": self.waktu,
            "berkas": self.berkas,
            "lembar": self.sheet,
            "sha256": self.sha256,
            "mode_ketat": self.strict,
            "uji_coba": self.dry_run,
            "disimpan": self.written,
            "status": self.status,
            "ringkasan": self.ringkasan,
            "counts": self.counts,
            "cadangan": self.backup,
            "kolom_dikenali": [{"kolom": c, "judul": h, "isian": f} for c, h, f in self.columns],
            "kolom_tidak_dipakai": [u.as_dict() for u in self.unused],
            "alasan_lembar": str(self.sheet_reason),
            "lembar_lain": [{"lembar": ch.name, "baris": ch.data_rows, "nip_valid": ch.valid_nip}
                            for ch in self.choices if ch.name != self.sheet],
            "unit_kerja_baru": self.units_baru,
            "baris_dilewati": {
                "kosong": self.skipped.blank,
                "penomoran_kolom": self.skipped.numbering,
                "judul_berulang": self.skipped.repeated_header,
                "judul_kelompok": self.skipped.headings,
                "baris_jumlah": self.skipped.totals,
                "kaki_tanda_tangan": self.skipped.footer,
            },
            "duplikat": [
                {"nip": g.nip, "baris": g.rows, "identik": g.identical, "perbedaan": g.differences}
                for g in self.duplicates
            ],
            "problems": [p.as_dict() for p in self.problems],
            "rows": [r.as_dict() for r in rows],
            **extra,
        }

    def save_json(self, path: Path | str) -> Path:
        return write_text_atomic(path, json.dumps(self.to_dict(), ensure_ascii=False, indent=2, default=str))

    def save_xlsx(self, path: Path | str) -> Path:
        from asn_desktop.excel.import_report import write_import_report

        return write_import_report(path, self)


# --------------------------------------------------------------------------- planning

_PENDIDIKAN = (
    (r"^(S\s*-?\s*3|STRATA\s*(III|3)|DOKTOR)", "S3"),
    (r"^(S\s*-?\s*2|STRATA\s*(II|2)|MAGISTER|PASCA ?SARJANA)", "S2"),
    (r"^(S\s*-?\s*1|STRATA\s*(I|1)\b|SARJANA)", "S1"),
    (r"^(D\s*-?\s*(IV|4)|DIPLOMA\s*(IV|4))", "D-IV"),
    (r"^(D\s*-?\s*(III|3)|DIPLOMA\s*(III|3))", "D-III"),
    (r"^(D\s*-?\s*(II|2)|DIPLOMA\s*(II|2))", "D-II"),
    (r"^(D\s*-?\s*(I|1)|DIPLOMA\s*(I|1))\b", "D-I"),
    (r"^(SMA|SMU|SMK|SLTA|STM|SMEA|MA\b|SPG|SPK|PAKET C)", "SMA"),
    (r"^(SMP|SLTP|MTS|PAKET B)", "SMP"),
    (r"^(SD|SR|MI\b|PAKET A)", "SD"),
)


@lru_cache(maxsize=4096)
def normalise_pendidikan(text: str) -> str:
    """"S-1 Ilmu Pemerintahan" → "S1", "SLTA" → "SMA" (the profile's jenjang list); else as typed."""
    t = " ".join(text.upper().split())
    for pattern, code in _PENDIDIKAN:
        if re.match(pattern, t):
            return code
    return text


def _fold(v: Any) -> Any:
    if isinstance(v, str):
        v = " ".join(v.split())
        return v or None
    return v


def _same(fld: str, a: Any, b: Any) -> bool:
    a, b = _fold(a), _fold(b)
    if fld in _CASELESS and isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return a == b


def _show(fld: str, v: Any) -> str:
    if v in (None, ""):
        return "(kosong)"
    if isinstance(v, date):
        return format_tanggal_pendek(v)
    if fld in ("nip", "nip_atasan"):
        return format_nip(str(v))
    if fld == "jenis_jabatan":
        try:
            return JenisJabatan(v).label
        except ValueError:
            return str(v)
    if fld == "jenjang":
        try:
            return JenjangFungsional(v).label
        except ValueError:
            return str(v)
    if fld == "status":
        try:
            return StatusPegawai(v).label
        except ValueError:
            return str(v)
    return str(v)


def _unit_jenis(nama: str) -> str:
    n = nama.casefold()
    for prefix, jenis in (("sekretariat", JenisUnit.SEKRETARIAT), ("sub bagian", JenisUnit.SUBBAGIAN),
                          ("subbagian", JenisUnit.SUBBAGIAN), ("subbag", JenisUnit.SUBBAGIAN),
                          ("seksi", JenisUnit.SEKSI), ("kelurahan", JenisUnit.KELURAHAN),
                          ("kecamatan", JenisUnit.KECAMATAN)):
        if n.startswith(prefix):
            return jenis.value
    return JenisUnit.LAINNYA.value


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class _Existing:
    id: int
    version_id: int
    values: dict[str, Any]
    unit_id: int | None
    atasan_id: int | None


@dataclass(slots=True)
class _Planned:
    rec: RosterRecord
    result: RowResult
    existing: _Existing | None = None
    changes: dict[str, Any] = field(default_factory=dict)  # pegawai column → new value
    unit_key: str | None = None  # a unit to create (by key) for this row
    atasan_nip: str | None = None  # resolve after inserts
    history: list[tuple[str, Any, dict[str, Any]]] = field(default_factory=list)  # (kind, order value, values)


@dataclass
class _Plan:
    rows: list[_Planned]
    new_units: dict[str, str]  # key → display name
    unit_parent: int | None
    id_by_nip: dict[str, int] = field(default_factory=dict)  # employees already in the database


def _load_existing(s: Any) -> tuple[dict[str, _Existing], dict[int, str]]:
    t = Pegawai.__table__
    cols = [t.c.id, t.c.version_id, t.c.nip, t.c.unit_id, t.c.atasan_id] + [t.c[f] for f in _DIRECT]
    by_nip: dict[str, _Existing] = {}
    nip_by_id: dict[int, str] = {}
    for row in s.execute(select(*cols)):
        m = row._mapping
        if m["nip"]:
            by_nip[m["nip"]] = _Existing(m["id"], m["version_id"], {f: m[f] for f in _DIRECT}, m["unit_id"],
                                         m["atasan_id"])
            nip_by_id[m["id"]] = m["nip"]
    return by_nip, nip_by_id


def _newest_history(s: Any, pegawai_ids: set[int]) -> dict[tuple[str, int], tuple[Any, dict[str, Any]]]:
    """(kind, pegawai_id) → (order value of the newest entry, its values)."""
    out: dict[tuple[str, int], tuple[Any, dict[str, Any]]] = {}
    if not pegawai_ids:
        return out
    specs = (
        ("golongan", RiwayatGolongan, RiwayatGolongan.tmt, {"golongan": RiwayatGolongan.golongan}),
        ("jabatan", RiwayatJabatan, RiwayatJabatan.tmt, {
            "nama_jabatan": RiwayatJabatan.nama_jabatan, "jenis_jabatan": RiwayatJabatan.jenis_jabatan,
            "jenjang": RiwayatJabatan.jenjang, "eselon": RiwayatJabatan.eselon}),
        ("pendidikan", RiwayatPendidikan, RiwayatPendidikan.tahun_lulus,
         {"pendidikan_terakhir": RiwayatPendidikan.jenjang}),
    )
    ids = sorted(pegawai_ids)
    for kind, model, order_col, fields_ in specs:
        for chunk in in_chunks(ids):
            q = select(model.pegawai_id, model.id, order_col, *fields_.values()).where(model.pegawai_id.in_(chunk))
            for row in s.execute(q):
                pid, rid, order = row[0], row[1], row[2]
                key = (order is not None, order if order is not None else 0, rid)
                cur = out.get((kind, pid))
                if cur is None or key > cur[0]:
                    out[(kind, pid)] = (key, {k: row[3 + n] for n, k in enumerate(fields_)})
    return {k: (v[0][1] if v[0][0] else None, v[1]) for k, v in out.items()}


def _plan(s: Any, parsed: RosterParse) -> _Plan:
    existing, nip_by_id = _load_existing(s)
    units = s.execute(select(UnitKerja.id, UnitKerja.nama, UnitKerja.parent_id, UnitKerja.jenis,
                             UnitKerja.aktif)).all()
    unit_name = {u.id: u.nama for u in units}
    units_by_key: dict[str, list[Any]] = {}
    for u in units:
        units_by_key.setdefault(_key(u.nama), []).append(u)
    roots = [u for u in units if u.parent_id is None]
    kec_roots = [u for u in roots if u.jenis == JenisUnit.KECAMATAN.value]
    unit_parent = kec_roots[0].id if len(kec_roots) == 1 else (roots[0].id if len(roots) == 1 else None)
    records = parsed.records
    file_nips = {nip for r in records
                 if (nip := r.values.get("nip")) and r.duplicate_of is None and (not r.problems or r.ok)}
    touched = {existing[nip].id for r in records
               if (nip := r.values.get("nip")) in existing and (not r.problems or r.ok)} if existing else set()
    newest = _newest_history(s, touched)
    plan = _Plan([], {}, unit_parent, {nip: e.id for nip, e in existing.items()})
    # the employee fields this file states at all, in _DIRECT order (a roster fills ~10 of 28)
    stated: set[str] = set()
    for rec in parsed.records:
        stated.update(rec.values)
        stated.update(rec.derived)
    direct = [f for f in _DIRECT if f in stated]
    unit_keys: dict[str, str] = {}  # unit text → key
    unit_found: dict[str, tuple[int | None, int]] = {}  # unit key → (the one matching unit, candidates)

    def warn(rec: RosterRecord, res: RowResult, fld: str | None, message: Msg, value: Any = None) -> None:
        res.problems.append(Problem(rec.sheet, rec.row, "", FIELD_LABELS.get(fld or "", ""),
                                    display_value(value), message, "warning"))

    add = plan.rows.append
    for rec in parsed.records:
        v = rec.values
        nip = v.get("nip")
        probs = rec.problems
        res = RowResult(rec.sheet, rec.row, DITOLAK, nip,
                        format_nama(v.get("gelar_depan"), v.get("nama") or "", v.get("gelar_belakang")), [],
                        list(probs), rec.duplicate_of)
        p = _Planned(rec, res)
        add(p)
        if probs and not rec.ok:
            continue
        if rec.duplicate_of is not None:
            res.status = DUPLIKAT
            continue

        ex = existing.get(nip or "")
        p.existing = ex
        if ex is None:
            # a new employee: the stated values, else the derived ones; blanks say nothing
            d = rec.derived
            wanted = {f: x for f in direct
                      if (x := v[f] if f in v else d.get(f)) is not None and x != ""}
        else:
            wanted = {f: v[f] for f in direct if f in v}
        pend = wanted.get("pendidikan_terakhir")
        if pend and not (ex is not None and _same("pendidikan_terakhir", ex.values.get("pendidikan_terakhir"), pend)):
            wanted["pendidikan_terakhir"] = normalise_pendidikan(pend)
        # jenjang belongs to jabatan fungsional only (services.pegawai rule)
        jj = wanted.get("jenis_jabatan", ex.values.get("jenis_jabatan") if ex else None)
        if wanted.get("jenjang") and jj and not str(jj).startswith("fungsional"):
            if "jenjang" in v:
                warn(rec, res, "jenjang", Msg(QT_TRANSLATE_NOOP(
                    "Pesan", "Jenjang hanya untuk jabatan fungsional; kolom Jenjang tidak diimpor.")), v["jenjang"])
            wanted.pop("jenjang")
        # status other than aktif needs its date
        if wanted.get("status") and wanted["status"] != StatusPegawai.AKTIF.value:
            has_date = wanted.get("tanggal_status") or (ex and ex.values.get("tanggal_status"))
            if not has_date:
                warn(rec, res, "status", Msg(QT_TRANSLATE_NOOP(
                    "Pesan", "Status selain Aktif memerlukan Tanggal Status; status tidak diubah.")), wanted["status"])
                wanted.pop("status")

        # unit by name
        unit_id: int | None = None
        if "unit" in v and v["unit"]:
            text = v["unit"]
            key = unit_keys.get(text)
            if key is None:
                key = unit_keys[text] = _key(text)
            cur = ex.unit_id if ex else None
            if cur is not None and _key(unit_name.get(cur, "")) == key:
                unit_id = cur
            else:
                found = unit_found.get(key)
                if found is None:
                    cands = units_by_key.get(key, [])
                    active = [u for u in cands if u.aktif] or cands
                    found = unit_found[key] = (active[0].id if len(active) == 1 else None, len(active))
                if found[1] == 1:
                    unit_id = found[0]
                elif found[1] > 1:
                    warn(rec, res, "unit", Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan", "Ada {jumlah} unit kerja bernama \"{unit}\"; unit kerja tidak diubah. Atur unit kerja "
                        "pegawai ini di menu Pegawai."), jumlah=found[1], unit=text), text)
                else:
                    if key not in plan.new_units:
                        plan.new_units[key] = " ".join(text.split())
                    p.unit_key = key

        # supervisor by NIP
        atasan_nip = v.get("nip_atasan")
        if atasan_nip:
            if atasan_nip == nip:
                warn(rec, res, "nip_atasan", Msg(QT_TRANSLATE_NOOP(
                    "Pesan", "NIP atasan sama dengan NIP pegawai sendiri; atasan tidak diubah.")), atasan_nip)
                atasan_nip = None
            elif atasan_nip not in existing and atasan_nip not in file_nips:
                warn(rec, res, "nip_atasan", Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "NIP atasan {nip} tidak ditemukan di basis data maupun di berkas ini; atasan tidak "
                    "diubah."), nip=format_nip(atasan_nip)), atasan_nip)
                atasan_nip = None
        p.atasan_nip = atasan_nip

        if ex is None:
            # its first history entries are copied from the stored row when it is written (_new_history)
            res.status = BARU
            p.changes = wanted
            if unit_id is not None:
                wanted["unit_id"] = unit_id
            continue

        # existing employee: only fields the file states, only real differences
        changes: dict[str, Any] = {}
        diffs: list[FieldDiff] = []
        for f, val in wanted.items():
            if not _same(f, ex.values.get(f), val):
                changes[f] = val
        for kind, order_f, flds in _HISTORY:
            if not any(f in changes for f in flds + (order_f,)):
                continue
            after = {f: changes.get(f, ex.values.get(f)) for f in flds + (order_f,)}
            if not after.get(flds[0]):
                continue
            order = after[order_f]
            nw = newest.get((kind, ex.id))
            if nw is not None:
                n_order, n_vals = nw
                older = (order is None and n_order is not None) or (
                    order is not None and n_order is not None and order < n_order
                )
                if older and any(not _same(f, n_vals.get(f), after.get(f)) for f in flds):
                    shown = ", ".join(str(after.get(f)) for f in flds if after.get(f))
                    when = _show(order_f, n_order)
                    warn(rec, res, flds[0], Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan", "Riwayat {jenis} yang lebih baru sudah tercatat (TMT/tahun {tmt}); {jenis} dari "
                        "berkas ({isi}) tidak diterapkan. Lengkapi kolom TMT atau catat di riwayat pegawai."),
                        jenis=Msg(_HISTORY_LABEL[kind]), tmt=when, isi=shown), shown)
                    for f in flds + (order_f,):
                        changes.pop(f, None)
                    continue
            p.history.append((kind, order, {f: after.get(f) for f in flds}))
        for f, val in changes.items():
            diffs.append(FieldDiff(f, FIELD_LABELS.get(f, f), _show(f, ex.values.get(f)), _show(f, val)))
        if p.unit_key is not None or (unit_id is not None and unit_id != ex.unit_id):
            changes["unit_id"] = unit_id
            new_name = plan.new_units.get(p.unit_key or "") or unit_name.get(unit_id or -1, "")
            diffs.append(FieldDiff("unit", "Unit Kerja", unit_name.get(ex.unit_id or -1, "") or "(kosong)",
                                   new_name + (" (unit baru)" if p.unit_key else "")))
        if atasan_nip:
            cur_nip = nip_by_id.get(ex.atasan_id or -1)
            if cur_nip != atasan_nip:
                diffs.append(FieldDiff("nip_atasan", "NIP Atasan", _show("nip_atasan", cur_nip),
                                       _show("nip_atasan", atasan_nip)))
            else:
                p.atasan_nip = None
        p.changes = changes
        res.diffs = diffs
        res.status = BERUBAH if diffs else TETAP
        if res.status == TETAP:
            p.history = []
    return plan


def _fingerprint(s: Any) -> tuple[Any, ...]:
    """Cheap summary of what a plan depends on; equal → the plan made outside the write lock still holds."""
    from sqlalchemy import text

    q = ("SELECT (SELECT count(*) FROM pegawai), (SELECT max(id) FROM pegawai), "
         "(SELECT max(updated_at) FROM pegawai), (SELECT sum(version_id) FROM pegawai), "
         "(SELECT count(*) FROM unit_kerja), (SELECT max(id) FROM unit_kerja), "
         "(SELECT max(updated_at) FROM unit_kerja), (SELECT max(id) FROM riwayat_golongan), "
         "(SELECT max(id) FROM riwayat_jabatan), (SELECT max(id) FROM riwayat_pendidikan)")
    return tuple(s.execute(text(q)).one())


def _report(parsed: RosterParse, plan: _Plan, sha: str, *, strict: bool, dry_run: bool) -> ImportReport:
    return ImportReport(
        berkas=str(parsed.path), sheet=parsed.sheet, sha256=sha, strict=strict, dry_run=dry_run,
        rows=[p.result for p in plan.rows], sheet_problems=list(parsed.sheet_problems),
        duplicates=parsed.duplicates, skipped=parsed.skipped, columns=parsed.columns,
        units_baru=sorted(plan.new_units.values()), unused=list(parsed.unused), sheet_reason=parsed.sheet_reason,
        choices=list(parsed.choices),
    )


# --------------------------------------------------------------------------- apply

_DATE_COLS = frozenset(c.key for c in Pegawai.__table__.c if isinstance(c.type, Date))
#: What an inserted employee's audit row shows (``sesudah``): the stored values, nulls left out.
_AUDIT_NEW_COLS = (*_DIRECT, "unit_id", "uid", "nip")
_HISTORY_MODEL = {"golongan": RiwayatGolongan, "jabatan": RiwayatJabatan, "pendidikan": RiwayatPendidikan}
_HISTORY_ORDER = {"golongan": "tmt", "jabatan": "tmt", "pendidikan": "tahun_lulus"}
#: Pegawai field → history column, per kind.
_HISTORY_MAP = {
    "golongan": {"golongan": "golongan"},
    "jabatan": {"nama_jabatan": "nama_jabatan", "jenis_jabatan": "jenis_jabatan", "jenjang": "jenjang",
                "eselon": "eselon"},
    "pendidikan": {"pendidikan_terakhir": "jenjang"},
}
_HISTORY_NOTE = "Dicatat dari impor daftar pegawai"


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def _iso_texts(values: list[Any]) -> list[str | None]:
    """Dates as ISO text (None stays None), each distinct date converted once."""
    text = {v: v.isoformat() for v in set(values) if v is not None}
    return list(map(text.get, values))


def new_uids(n: int) -> list[str]:
    """``n`` random version-4 UUIDs as 32 hex digits (what ``models.new_uid`` gives), from one
    ``os.urandom`` call: 15,000 ``uuid4()`` objects cost more than the rest of their row."""
    import os

    raw = bytearray(os.urandom(16 * n))
    for i in range(6, 16 * n, 16):
        raw[i] = (raw[i] & 0x0F) | 0x40  # version 4
        raw[i + 2] = (raw[i + 2] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    return [text[i:i + 32] for i in range(0, 32 * n, 32)]


def _apply(uow: Any, plan: _Plan, progress: Progress, report: ImportReport) -> None:
    """Write the plan in the unit of work's transaction through SQLAlchemy Core (db/bulk.py).

    Every statement writes many rows (db/bulk); the database assigns the ids of new units and
    employees (read back in one query per insert), which history, supervisor links and
    audit rows then use. The audit rows are ordinary rows of ``audit_log``: the new
    employees' are hashed as they are written (``_audit_new``), and ``ctx.write`` seals the
    others into the hash chain before commit, like every other write.
    """
    conn = uow.session.connection()
    pt, ut = Pegawai.__table__, UnitKerja.__table__
    now = datetime.now().replace(microsecond=0)
    actor = uow.actor
    head = {"waktu": now, "user_id": actor.user_id, "username": actor.username, "aksi": uow.aksi}
    audits: list[dict[str, Any]] = []  # in the order they were made: units, new, changed, supervisors

    def audit(entitas: str, entitas_id: int, ringkasan: str, sebelum: dict[str, Any] | None,
              sesudah: dict[str, Any]) -> None:
        audits.append({**head, "entitas": entitas, "entitas_id": str(entitas_id), "ringkasan": ringkasan,
                       "sebelum": sebelum, "sesudah": sesudah})

    # 1. units (the kecamatan unit first when the database has none: it heads the new tree)
    unit_ids: dict[str, int] = {}
    if plan.new_units:
        parent = plan.unit_parent
        order = sorted(plan.new_units.items(), key=lambda kv: kv[1])
        kec = [kv for kv in order if _unit_jenis(kv[1]) == JenisUnit.KECAMATAN.value]
        if parent is None and len(kec) == 1:
            order = kec + [kv for kv in order if kv not in kec]
        last_urutan: dict[int | None, int] = {
            p_id: u or 0 for p_id, u in conn.execute(
                select(ut.c.parent_id, func.max(ut.c.urutan)).group_by(ut.c.parent_id))
        }
        uids = iter(new_uids(len(order)))
        # one insert for all of them, but the kecamatan unit that heads a new tree comes first
        # on its own: the others go under its id
        heads = parent is None and len(kec) == 1
        for batch in ([order[:1], order[1:]] if heads else [order]):
            rows: list[dict[str, Any]] = []
            made: list[tuple[str, str, int | None, str]] = []
            for key, nama in batch:
                under = None if (parent is None and kec and key == kec[0][0]) else parent
                urutan = last_urutan.get(under, 0) + 1
                last_urutan[under] = urutan
                jenis = _unit_jenis(nama)
                rows.append({"uid": next(uids), "parent_id": under, "nama": nama[:200], "jenis": jenis,
                             "urutan": urutan, "aktif": True, "version_id": 1, "created_at": now, "updated_at": now})
                made.append((key, nama, under, jenis))
            for (key, nama, under, jenis), uid_id in zip(made, insert_new_ids(conn, ut, rows)):
                unit_ids[key] = uid_id
                audit("unit_kerja", uid_id, f"Unit {nama} dibuat oleh impor daftar pegawai", None,
                      {"nama": nama, "parent_id": under, "jenis": jenis})
            if heads and parent is None:
                parent = unit_ids[kec[0][0]]

    todo = [p for p in plan.rows if p.result.status in (BARU, BERUBAH)]
    total = max(1, len(todo)) * 2
    done = 0
    id_by_nip = dict(plan.id_by_nip)
    history: dict[str, list[dict[str, Any]]] = {k: [] for k in _HISTORY_MODEL}

    # 2. new employees: only the columns this file fills (a roster fills ~10 of the 36), built
    #    column by column (no dict per employee), their audit rows likewise, with the JSON
    #    text of ``sesudah`` made per column (json_texts: the text the JSON type would store)
    baru = [p for p in todo if p.result.status == BARU]
    new_ids: list[int] = []
    if baru:
        n_baru = len(baru)
        changes = [p.changes for p in baru]
        filled: set[str] = set()
        for ch in changes:
            filled.update(ch)
        direct = [f for f in _DIRECT if f in filled and f not in ("status_kepegawaian", "status")]
        default_status = StatusPegawai.AKTIF.value
        cols: dict[str, list[Any]] = {
            "uid": new_uids(n_baru),
            "nip": [p.rec.values.get("nip") for p in baru],
            "status_kepegawaian": [ch.get("status_kepegawaian") or "PNS" for ch in changes],
            "status": [ch.get("status") or default_status for ch in changes],
        }
        get = dict.get
        for f in direct:
            cols[f] = list(map(get, changes, repeat(f)))
        cols["unit_id"] = [unit_ids[p.unit_key] if p.unit_key else p.changes.get("unit_id") for p in baru]
        cols["version_id"] = [1] * n_baru
        cols["created_at"] = cols["updated_at"] = [now] * n_baru

        insert_rows(conn, AuditLog.__table__, audits)  # the units' rows first: ids follow the order made
        audits.clear()
        cur = driver_cursor(uow.session)
        try:
            chain = chain_head(cur)
        finally:
            cur.close()
        new_ids = insert_columns_new_ids(conn, pt, cols)
        # the new employees' first history entries: three INSERT … SELECT in the database (a worker
        # thread overlapping them with the audit rows below saved ~40 ms of 1 s: not worth sharing
        # the connection between threads)
        _new_history(conn, new_ids, sorted(unit_ids.values()), now)
        shown = {c: _iso_texts(cols[c]) if c in _DATE_COLS else cols[c] for c in _AUDIT_NEW_COLS if c in cols}
        ringkasan = [f"Pegawai {nama} ditambahkan dari impor daftar pegawai"
                     for nama in cols.get("nama") or [None] * n_baru]
        audit_new = _audit_new(head, chain, new_ids, ringkasan, json_texts(shown))
        at = AuditLog.__table__
        insert_columns(conn, at, audit_new, stmt=json_text_insert(conn, at, ["sesudah"]))
        done += n_baru
        progress.step(done, total, "Menyimpan pegawai baru")
        for nip, pid in zip(cols["nip"], new_ids):
            if nip:
                id_by_nip[nip] = pid

    # 3. updates, one executemany per set of changed columns
    changed: list[dict[str, Any]] = []
    for p in todo:
        if p.result.status != BERUBAH or p.existing is None:
            continue
        ch = dict(p.changes)
        if p.unit_key:
            ch["unit_id"] = unit_ids[p.unit_key]
        if ch:
            keys = tuple(sorted(ch))
            changed.append({"id": p.existing.id, **{k: ch[k] for k in keys}, "updated_at": now})
            before = {k: _plain(p.existing.values.get(k)) if k != "unit_id" else p.existing.unit_id for k in keys}
            audit("pegawai", p.existing.id, f"Pegawai {p.result.nama} diperbarui dari impor daftar pegawai", before,
                  {k: _plain(v) for k, v in ch.items()})
        done += 1
        if done % 200 == 0 or done == total:
            progress.step(done, total, "Memperbarui pegawai")
    # the version moves with the row, as an ORM update's version_id_col does
    update_rows(conn, pt, changed, extra={"version_id": pt.c.version_id + 1})

    # 4. supervisors (after inserts: the atasan may be new in the same file)
    links: list[dict[str, Any]] = []
    for p in todo:
        if not p.atasan_nip:
            continue
        pid = id_by_nip.get(p.rec.nip or "")
        aid = id_by_nip.get(p.atasan_nip)
        if pid is None or aid is None:
            continue
        links.append({"id": pid, "atasan_id": aid})
        if p.result.status == BERUBAH:
            audit("pegawai", pid, f"Atasan {p.result.nama} diatur dari impor daftar pegawai",
                  {"atasan_id": p.existing.atasan_id if p.existing else None}, {"atasan_id": aid})
    # the link alone leaves the row's time and version as they were (the import always did)
    update_rows(conn, pt, links, extra={"updated_at": pt.c.updated_at})
    progress.step(done, total, "Mencatat riwayat")

    # 5. history entries (current = newest entry, services.pegawai rule): the new employees' were
    #    copied with their insert (step 2), then changed employees' in file order
    _changed_history(uow.session, conn, history, plan, id_by_nip, now)
    for kind, hrows in history.items():
        insert_rows(conn, _HISTORY_MODEL[kind].__table__, hrows)

    # 6. the audit rows, in the order they were made
    insert_rows(conn, AuditLog.__table__, audits)


def _audit_new(head: dict[str, Any], chain: tuple[int, str], new_ids: list[int], ringkasan: list[str],
               sesudah: list[str]) -> dict[str, list[Any]]:
    """The new employees' audit rows as columns, sealed before they are written: the chain
    continues from its head (``chain``: ``audit_chain.chain_head`` taken after the rows written
    before these) over the values stored (``sesudah`` as its JSON text), with the ids after
    the head's; ``ctx.write``'s seal then chains the rows written after them."""
    n = len(new_ids)
    last_id, prev = chain
    ids = list(range(last_id + 1, last_id + 1 + n))
    entitas_id = [str(pid) for pid in new_ids]
    hashes = chained_columns(prev, n, {
        "id": ids, "waktu": Same(chain_text(head["waktu"])), "user_id": Same(head["user_id"]),
        "username": Same(head["username"]), "aksi": Same(head["aksi"]), "entitas": Same("pegawai"),
        "entitas_id": entitas_id, "ringkasan": ringkasan, "sebelum": Same(None), "sesudah": sesudah})
    return {"id": ids, **{k: [v] * n for k, v in head.items()}, "entitas": ["pegawai"] * n,
            "entitas_id": entitas_id, "ringkasan": ringkasan, "sesudah": sesudah, "chain_hash": hashes}


def _new_history(conn: Any, new_ids: list[int], new_unit_ids: list[int], now: datetime) -> None:
    """The first history entries of the employees just inserted (``new_ids``, ascending), copied by
    the database from their stored rows in one ``INSERT … SELECT`` per table: an entry when the
    golongan / jabatan name / pendidikan is filled; the unit's name on a jabatan entry only when
    the unit is new (as for changed employees)."""
    if not new_ids:
        return
    pt, ut = Pegawai.__table__, UnitKerja.__table__
    note, stamp = literal(_HISTORY_NOTE, Text), literal(now, DateTime)

    def rows_with(col: Any) -> Any:
        return (pt.c.id.between(new_ids[0], new_ids[-1]), col.is_not(None), col != "")

    unit_nama: Any = literal(None, String)
    if new_unit_ids:
        unit_nama = case((pt.c.unit_id.in_(new_unit_ids),
                          select(ut.c.nama).where(ut.c.id == pt.c.unit_id).scalar_subquery()))
    g, j, d = (m.__table__ for m in (RiwayatGolongan, RiwayatJabatan, RiwayatPendidikan))
    conn.execute(insert(g).from_select(
        ["pegawai_id", "golongan", "tmt", "keterangan", "created_at", "updated_at"],
        select(pt.c.id, pt.c.golongan, pt.c.tmt_golongan, note, stamp, stamp)
        .where(*rows_with(pt.c.golongan)).order_by(pt.c.id)))
    conn.execute(insert(j).from_select(
        ["pegawai_id", "nama_jabatan", "jenis_jabatan", "jenjang", "eselon", "tmt", "unit_nama", "keterangan",
         "created_at", "updated_at"],
        select(pt.c.id, pt.c.nama_jabatan, pt.c.jenis_jabatan, pt.c.jenjang, pt.c.eselon, pt.c.tmt_jabatan,
               unit_nama, note, stamp, stamp)
        .where(*rows_with(pt.c.nama_jabatan)).order_by(pt.c.id)))
    conn.execute(insert(d).from_select(
        ["pegawai_id", "jenjang", "tahun_lulus", "created_at", "updated_at"],
        select(pt.c.id, pt.c.pendidikan_terakhir, pt.c.tahun_lulus, stamp, stamp)
        .where(*rows_with(pt.c.pendidikan_terakhir)).order_by(pt.c.id)))


def _changed_history(s: Any, conn: Any, history: dict[str, list[dict[str, Any]]], plan: _Plan,
                     id_by_nip: dict[str, int], now: datetime) -> None:
    """History entries of changed employees, in file order: an entry with the same TMT/year
    is updated, otherwise one is added to ``history`` (same rule as ``services.pegawai``)."""
    todo = [p for p in plan.rows if p.history and p.result.status == BERUBAH
            and id_by_nip.get(p.rec.nip or "") is not None]
    if not todo:
        return
    current = _history_entries(s, {id_by_nip[p.rec.nip or ""] for p in todo})
    updates: dict[str, list[dict[str, Any]]] = {k: [] for k in _HISTORY_MODEL}
    new_units = plan.new_units
    for p in todo:
        pid = id_by_nip[p.rec.nip or ""]
        for kind, order, vals in p.history:
            match = current.get((kind, pid, order))
            if match is not None:
                rid, stored = match
                new = {_HISTORY_MAP[kind][f]: vals.get(f) for f in _HISTORY_MAP[kind]}
                diff = {k: v for k, v in new.items() if stored.get(k) != v}
                if diff:
                    updates[kind].append({"id": rid, **diff, "updated_at": now})
                continue
            get = vals.get
            if kind == "golongan":
                history[kind].append({"pegawai_id": pid, "golongan": get("golongan"), "tmt": order,
                                      "keterangan": _HISTORY_NOTE, "created_at": now, "updated_at": now})
            elif kind == "jabatan":
                history[kind].append({
                    "pegawai_id": pid, "nama_jabatan": get("nama_jabatan"), "jenis_jabatan": get("jenis_jabatan"),
                    "jenjang": get("jenjang"), "eselon": get("eselon"), "tmt": order,
                    "unit_nama": new_units.get(p.unit_key) if p.unit_key else None, "keterangan": _HISTORY_NOTE,
                    "created_at": now, "updated_at": now})
            else:
                history[kind].append({"pegawai_id": pid, "jenjang": get("pendidikan_terakhir"), "tahun_lulus": order,
                                      "created_at": now, "updated_at": now})
    for kind, rows in updates.items():
        update_rows(conn, _HISTORY_MODEL[kind].__table__, rows)


def _history_entries(s: Any, pegawai_ids: set[int]) -> dict[tuple[str, int, Any], tuple[int, dict[str, Any]]]:
    """(kind, pegawai id, TMT/year) → (id, values) of the newest stored entry with that TMT/year."""
    models = {"golongan": RiwayatGolongan, "jabatan": RiwayatJabatan, "pendidikan": RiwayatPendidikan}
    out: dict[tuple[str, int, Any], tuple[int, dict[str, Any]]] = {}
    ids = sorted(pegawai_ids)
    for kind, model in models.items():
        cols = list(_HISTORY_MAP[kind].values())
        fields_ = [getattr(model, c) for c in cols]
        order_col = getattr(model, _HISTORY_ORDER[kind])
        for chunk in in_chunks(ids):
            q = (select(model.id, model.pegawai_id, order_col, *fields_)
                 .where(model.pegawai_id.in_(chunk)).order_by(model.id))
            for row in s.execute(q):
                out[(kind, row[1], row[2])] = (row[0], dict(zip(cols, row[3:])))  # later ids win
    return out


# --------------------------------------------------------------------------- entry points


def _parse(path: Path, sheet: str | None, progress: Progress) -> RosterParse:
    try:
        return parse_roster(path, sheet, progress=lambda d, t, m: progress.step(d, max(t, 1), m))
    except SheetChoiceNeeded as exc:
        raise SheetChoiceRequired(pesan_dari(exc), exc.choices) from None
    except ExcelError as exc:
        raise from_excel(exc) from None


def import_roster(
    ctx: AppContext,
    path: Path | str,
    *,
    strict: bool = False,
    dry_run: bool = False,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a head-office roster workbook (see module docstring).

    ``dry_run``: plan only (the GUI preview). ``strict``: write nothing when a
    row is rejected. Raises ``ExchangeError`` for an unusable file and
    ``SheetChoiceRequired`` when several sheets qualify and ``sheet`` is None.
    """
    with gc_paused():
        return _import_roster(ctx, Path(path), strict=strict, dry_run=dry_run, sheet=sheet,
                              progress=progress or Progress.none())


def _import_roster(ctx: AppContext, path: Path, *, strict: bool, dry_run: bool, sheet: str | None,
                   progress: Progress) -> ImportReport:
    ctx.require(Permission.EXCHANGE)
    if not dry_run:
        ctx.require(Permission.MASTER_WRITE)
    progress.step(0, 1, "Memeriksa berkas")
    parsed = _parse(path, sheet, progress)
    sha = file_sha256(path)
    progress.step(0, 1, "Membandingkan dengan basis data")
    with ctx.read() as s:
        print_before = _fingerprint(s)
        plan = _plan(s, parsed)
    report = _report(parsed, plan, sha, strict=strict, dry_run=dry_run)
    if dry_run:
        report.status = "uji"
        return report
    c = report.counts
    if strict and c["rejected"]:
        report.status = "ditolak_ketat"
        report.log_id = log_only(ctx, "impor_pegawai", path, sha, report.status, c, report.to_dict(all_rows=False))
        return report
    if not (c["inserted"] or c["updated"]):
        report.status = "sebagian" if c["rejected"] else "ok"
        report.log_id = log_only(ctx, "impor_pegawai", path, sha, report.status, c, report.to_dict(all_rows=False))
        return report

    progress.step(0, 1, "Membuat cadangan basis data")
    backup = backup_before_import(ctx)
    with ctx.write("pertukaran.impor_pegawai", Permission.EXCHANGE, Permission.MASTER_WRITE) as uow:
        if _fingerprint(uow.session) != print_before:
            # the database changed since the plan was made: plan again under the write lock
            plan = _plan(uow.session, parsed)
            report = _report(parsed, plan, sha, strict=strict, dry_run=False)
            if strict and report.count(DITOLAK):  # pragma: no cover - same parse, same rejections
                raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Mode ketat: ada baris yang ditolak; tidak ada yang disimpan.")))
        report.backup = str(backup) if backup else None
        with roomy_cache(uow.session.connection()):
            _apply(uow, plan, progress, report)
        report.written = True
        c = report.counts
        report.status = "sebagian" if c["rejected"] else "ok"
        report.log_id = write_log(uow, "impor_pegawai", path, sha, report.status, c, report.to_dict(all_rows=False))
        progress.step(1, 1, "Menyelesaikan")
    return report


def preview_roster(ctx: AppContext, path: Path | str, *, sheet: str | None = None,
                   progress: Progress | None = None) -> ImportReport:
    """What :func:`import_roster` would do; nothing is written."""
    return import_roster(ctx, path, dry_run=True, sheet=sheet, progress=progress)


# --------------------------------------------------------------------------- employees export


@dataclass
class ExportResult:
    path: Path
    rows: int
    detik: float
    log_id: int | None = None
    sheets: dict[str, int] = field(default_factory=dict)


def export_employees(
    ctx: AppContext,
    path: Path | str,
    *,
    include_inactive: bool = True,
    progress: Progress | None = None,
) -> ExportResult:
    """The "Pegawai" exchange sheet (docs/exchange-format.md); re-imports unchanged."""
    import time

    from asn_desktop.excel.exchange import write_employees_workbook
    from asn_desktop.services.pertukaran_hasil import employee_rows, office_meta

    t0 = time.perf_counter()
    progress = progress or Progress.none()
    path = Path(path)
    with ctx.read(Permission.EXCHANGE, Permission.MASTER_READ) as s:
        rows = employee_rows(s, include_inactive=include_inactive)
        meta = office_meta(s)
    progress.step(0, max(1, len(rows)), "Menulis daftar pegawai")
    try:
        write_employees_workbook(path, rows, meta, progress=progress)
    except ExcelError as exc:
        raise from_excel(exc) from None
    res = ExportResult(path, len(rows), round(time.perf_counter() - t0, 2), sheets={"Pegawai": len(rows)})
    res.log_id = log_only(ctx, "ekspor_pegawai", path, file_sha256(path), "ok", {"pegawai": len(rows)})
    return res


ProgressFn = Callable[[int, int, str], None]
