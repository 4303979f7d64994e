"""Reading the service and complaint registers from Excel (one row per request or complaint).

The header row names the columns (``KOLOM_LAYANAN`` / ``KOLOM_PENGADUAN`` list what is recognised, in
Indonesian as front desks write it); title rows above it and blank rows are skipped. Opening goes through
the project's bounded reader with ``MAX_BARIS`` rows at most. Every value that cannot be used is named
by file, sheet, row, column and what was expected (the roster's ``Problem`` record), and its row is
rejected as a whole, so no request is stored half-read; nothing is written here at all.

Date-time cells may be real Excel date-times, a date column plus a separate time column ("Jam
diterima"), or text "05-12-2026 08:30" (day-first; without a time the start of service hours).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from asn_desktop.domain import layanan as dl
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, pesan_dari
from asn_desktop.domain.tanggal import excel_serial_to_date, parse_tanggal
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import HEADER_SCAN_ROWS, Workbook, col_letter, display_value, is_blank
from asn_desktop.excel.roster import Problem

#: A register is a few thousand rows a quarter; more than this is not a register.
MAX_BARIS = 50_000

#: field → (label shown to the user, header words that mean it, required)
KOLOM_LAYANAN: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "nomor": ("Nomor", ("no register", "nomor register", "no. register", "nomor", "no", "no.", "no urut"), False),
    "diterima": ("Tanggal diterima", ("tanggal diterima", "diterima", "tgl diterima", "tanggal masuk", "masuk",
                                      "waktu diterima", "tanggal permohonan"), True),
    "jam_diterima": ("Jam diterima", ("jam diterima", "jam masuk", "pukul diterima"), False),
    "selesai": ("Tanggal selesai", ("tanggal selesai", "selesai", "tgl selesai", "waktu selesai",
                                    "tanggal penyerahan"), False),
    "jam_selesai": ("Jam selesai", ("jam selesai", "pukul selesai"), False),
    "jenis": ("Jenis layanan", ("jenis layanan", "layanan", "jenis"), True),
    "petugas": ("Petugas (NIP atau nama)", ("petugas", "nip petugas", "nama petugas", "pelaksana", "operator"),
                True),
    "pemohon": ("Pemohon", ("pemohon", "nama pemohon"), False),
    "catatan": ("Catatan", ("catatan", "keterangan", "ket"), False),
}

KOLOM_PENGADUAN: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "nomor": ("Nomor", ("no register", "nomor register", "nomor", "no", "no.", "no urut", "nomor tiket"), False),
    "saluran": ("Saluran", ("saluran", "media", "sumber pengaduan", "kanal", "media pengaduan"), True),
    "diterima": ("Diterima", ("tanggal diterima", "diterima", "tgl diterima", "waktu diterima", "tanggal pengaduan",
                              "tanggal masuk"), True),
    "jam_diterima": ("Jam diterima", ("jam diterima", "jam masuk"), False),
    "direspon": ("Respon pertama", ("respon pertama", "tanggal respon", "direspon", "ditanggapi", "tanggapan pertama",
                                    "waktu respon"), False),
    "jam_direspon": ("Jam respon", ("jam respon", "jam ditanggapi"), False),
    "diselesaikan": ("Selesai", ("tanggal selesai", "selesai", "diselesaikan", "tuntas", "waktu selesai"), False),
    "jam_diselesaikan": ("Jam selesai", ("jam selesai",), False),
    "petugas": ("Petugas (NIP atau nama)", ("petugas", "nip petugas", "nama petugas", "penanggung jawab"), False),
    "pelapor": ("Pelapor", ("pelapor", "nama pelapor", "pengadu"), False),
    "perihal": ("Perihal", ("perihal", "isi pengaduan", "uraian", "pokok pengaduan", "isi"), False),
}

_TANPA_JAM = ("jam_diterima", "jam_selesai", "jam_direspon", "jam_diselesaikan")


@dataclass
class BarisRegister:
    """One row read; ``nilai`` holds field → parsed value; ``masalah`` non-empty = rejected."""

    baris: int
    nilai: dict[str, Any]
    masalah: list[Problem] = field(default_factory=list)

    @property
    def diterima_ok(self) -> bool:
        return not self.masalah


@dataclass
class BacaanRegister:
    berkas: str
    sheet: str
    header_row: int
    kolom: dict[str, str]  # field → column letter
    judul: dict[str, str]  # field → header text
    baris: list[BarisRegister] = field(default_factory=list)
    tidak_dipakai: list[str] = field(default_factory=list)  # headers not recognised

    @property
    def diterima(self) -> list[BarisRegister]:
        return [b for b in self.baris if not b.masalah]

    @property
    def ditolak(self) -> list[BarisRegister]:
        return [b for b in self.baris if b.masalah]

    def teks_masalah(self, p: Problem) -> str:
        """"register.xlsx, lembar "Register", baris 7, kolom C (Tanggal selesai) [31-02-2026]: …"."""
        return str(self.pesan_masalah(p))

    def pesan_masalah(self, p: Problem) -> Msg:
        """``teks_masalah`` as the UI translates it (location and reason each once)."""
        nilai = f" [{p.value}]" if p.value else ""
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{berkas}, {lokasi}{nilai}: {alasan}"), berkas=self.berkas,
                      lokasi=p.lokasi, nilai=nilai, alasan=p.teks)


def _norm(text: Any) -> str:
    return " ".join(str(text or "").lower().replace("_", " ").replace(":", " ").split()).strip(" .*")


def _match(judul: str, kolom: Mapping[str, tuple[str, tuple[str, ...], bool]]) -> str | None:
    t = _norm(judul)
    if not t:
        return None
    for fld, (_label, words, _req) in kolom.items():  # exact first: "jam diterima" before "diterima"
        if t in words:
            return fld
    for fld, (_label, words, _req) in kolom.items():
        if any(len(w) > 3 and t.startswith(w) for w in words):
            return fld
    return None


def _find_header(rows: list[list[Any]], kolom: Mapping[str, tuple[str, tuple[str, ...], bool]]
                 ) -> tuple[int, dict[str, int]] | None:
    required = [f for f, (_l, _w, req) in kolom.items() if req]
    for r in range(min(len(rows), HEADER_SCAN_ROWS)):
        found: dict[str, int] = {}
        for c, v in enumerate(rows[r]):
            fld = _match(display_value(v), kolom)
            if fld and fld not in found:
                found[fld] = c
        if all(f in found for f in required):
            return r, found
    return None


def _waktu(v: Any, jam: Any) -> datetime | None:
    """A date-time from a cell (and an optional separate time cell); None for a blank cell."""
    if is_blank(v):
        return None
    if isinstance(v, datetime):
        base = v
    elif isinstance(v, date):
        base = datetime.combine(v, dl.JAM_BUKA)
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        day = excel_serial_to_date(float(int(v)))
        frac = float(v) - int(v)
        base = datetime.combine(day, time()) + timedelta(seconds=round(frac * 86400))
        if frac == 0:
            base = datetime.combine(day, dl.JAM_BUKA)
    else:
        base = dl.parse_waktu_ketikan(str(v), parse_tanggal=lambda s, _h: parse_tanggal(s))
    if not is_blank(jam):
        base = datetime.combine(base.date(), _jam(jam))
    return base


def _jam(v: Any) -> time:
    if isinstance(v, datetime):
        return v.time().replace(microsecond=0)
    if isinstance(v, time):
        return v.replace(microsecond=0)
    if isinstance(v, float) and 0 <= v < 1:  # Excel stores a time alone as a fraction of a day
        secs = round(v * 86400)
        return time(secs // 3600 % 24, secs % 3600 // 60)
    t = dl._parse_jam(str(v))  # noqa: SLF001 - the same reading as the entry form
    if t is None:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jam \"{v}\" tidak terbaca; gunakan jj:mm, misalnya 08:30."), v=v))
    return t


def _teks(v: Any, limit: int) -> str | None:
    t = "" if is_blank(v) else " ".join(display_value(v).split()) if not isinstance(v, str) else v.strip()
    if len(t) > limit:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Isian terlalu panjang: paling banyak {limit} karakter."), limit=limit))
    return t or None


def _baca(path: Path | str, sheet: str | None, kolom: Mapping[str, tuple[str, tuple[str, ...], bool]],
          apa: str, parse_row: Callable[[BarisRegister, Callable[[str], Any], Callable[[str, str], None]], None],
          ) -> BacaanRegister:
    path = Path(path)
    if not path.is_file():
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas \"{berkas}\" tidak ditemukan."), berkas=path))
    with Workbook(path, max_rows=MAX_BARIS) as wb:
        names = [sheet] if sheet else [s.name for s in wb.sheets if s.visible] or wb.sheet_names
        found = None
        for name in names:
            data = wb.read(name)
            hit = _find_header(data.rows, kolom)
            if hit is not None:
                found = (data, *hit)
                break
    if found is None:
        wajib = ", ".join(label for label, _w, req in kolom.values() if req)
        where = (Msg.of(QT_TRANSLATE_NOOP("Pesan", "lembar \"{lembar}\""), lembar=sheet) if sheet
                 else Msg(QT_TRANSLATE_NOOP("Pesan", "lembar mana pun")))
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Tabel {apa} tidak ditemukan pada {where} di \"{berkas}\": seharusnya ada "
                    "baris judul dalam {HEADER_SCAN_ROWS} baris pertama dengan kolom {wajib}."), apa=Msg(apa), where=where, berkas=path.name, HEADER_SCAN_ROWS=HEADER_SCAN_ROWS, wajib=wajib)
        )
    data, hr, cols = found
    header = data.rows[hr]
    out = BacaanRegister(path.name, data.name, hr + 1, {f: col_letter(c) for f, c in cols.items()},
                         {f: display_value(header[c]) for f, c in cols.items()})
    used = set(cols.values())
    out.tidak_dipakai = [f"{col_letter(c)} ({display_value(v)})" for c, v in enumerate(header)
                         if c not in used and not is_blank(v)]
    for r in range(hr + 1, data.height):
        row = data.rows[r]
        if all(is_blank(row[c]) if c < len(row) else True for c in cols.values()):
            continue
        b = BarisRegister(r + 1, {})

        def cell(fld: str, row: list[Any] = row) -> Any:
            c = cols.get(fld)
            return row[c] if c is not None and c < len(row) else None

        def bad(fld: str, msg: str, b: BarisRegister = b, cell: Callable[[str], Any] = cell) -> None:
            c = cols.get(fld)
            b.masalah.append(Problem(data.name, b.baris, col_letter(c) if c is not None else "",
                                     out.judul.get(fld, kolom[fld][0]), display_value(cell(fld)), msg))

        parse_row(b, cell, bad)
        out.baris.append(b)
    return out


def _datetime_field(b: BarisRegister, cell: Callable[[str], Any], bad: Callable[[str, str], None], fld: str,
                    jam_fld: str, wajib: bool) -> None:
    try:
        b.nilai[fld] = _waktu(cell(fld), cell(jam_fld))
    except DomainError as exc:
        target = jam_fld if not is_blank(cell(jam_fld)) and "Jam" in exc.message else fld
        bad(target, pesan_dari(exc))
        return
    if wajib and b.nilai[fld] is None:
        bad(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Wajib diisi: tanggal dan jam, misalnya 05-12-2026 08:30.")))


def baca_register_layanan(path: Path | str, sheet: str | None = None, *, standar: Mapping[str, int],
                          petugas: Callable[[str], tuple[int | None, str]]) -> BacaanRegister:
    """Read a service register. ``standar``: service type name (lower case) → standard id;
    ``petugas(text)`` → (pegawai id or None, message when not found or ambiguous)."""

    def parse_row(b: BarisRegister, cell: Callable[[str], Any], bad: Callable[[str, str], None]) -> None:
        _datetime_field(b, cell, bad, "diterima", "jam_diterima", True)
        _datetime_field(b, cell, bad, "selesai", "jam_selesai", False)
        if b.nilai.get("diterima") and b.nilai.get("selesai"):
            msg = dl.periksa_urutan([("Diterima", b.nilai["diterima"]), ("Selesai", b.nilai["selesai"])])
            if msg:
                bad("selesai", msg)
        jenis = " ".join(display_value(cell("jenis")).split())
        b.nilai["jenis"] = jenis
        if not jenis:
            bad("jenis", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Wajib diisi: jenis layanan seperti pada tabel standar pelayanan.")))
        elif jenis.lower() not in standar:
            bad("jenis", "Jenis layanan tidak ada pada tabel standar pelayanan; tambahkan dulu standarnya atau "
                         "tulis persis seperti di tabel (" + ", ".join(sorted(standar)[:8]) + ").")
        else:
            b.nilai["standar_id"] = standar[jenis.lower()]
        _petugas(b, cell, bad, petugas, wajib=True)
        for fld, limit in (("nomor", 50), ("pemohon", 200), ("catatan", 4000)):
            try:
                b.nilai[fld] = _teks(cell(fld), limit)
            except DomainError as exc:
                bad(fld, pesan_dari(exc))

    return _baca(path, sheet, KOLOM_LAYANAN, QT_TRANSLATE_NOOP("Pesan", "register layanan"), parse_row)


def _petugas(b: BarisRegister, cell: Callable[[str], Any], bad: Callable[[str, str], None],
             petugas: Callable[[str], tuple[int | None, str]], *, wajib: bool) -> None:
    teks = " ".join(display_value(cell("petugas")).split())
    b.nilai["pegawai_id"] = None
    b.nilai["petugas"] = teks
    if not teks:
        if wajib:
            bad("petugas", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Wajib diisi: NIP atau nama petugas seperti pada daftar pegawai.")))
        return
    pid, msg = petugas(teks)
    if pid is None:
        bad("petugas", msg)
    b.nilai["pegawai_id"] = pid


def baca_register_pengaduan(path: Path | str, sheet: str | None = None, *,
                            petugas: Callable[[str], tuple[int | None, str]]) -> BacaanRegister:
    """Read a complaint register (channel, received, first response, resolved, officer, …)."""

    def parse_row(b: BarisRegister, cell: Callable[[str], Any], bad: Callable[[str, str], None]) -> None:
        try:
            saluran = dl.parse_saluran(display_value(cell("saluran")))
            b.nilai["saluran"], b.nilai["saluran_label"] = saluran.value, saluran.label
        except DomainError as exc:
            bad("saluran", pesan_dari(exc))
        _datetime_field(b, cell, bad, "diterima", "jam_diterima", True)
        _datetime_field(b, cell, bad, "direspon", "jam_direspon", False)
        _datetime_field(b, cell, bad, "diselesaikan", "jam_diselesaikan", False)
        pairs = [("Diterima", b.nilai.get("diterima")), ("Respon pertama", b.nilai.get("direspon")),
                 ("Selesai", b.nilai.get("diselesaikan"))]
        msg = dl.periksa_urutan(pairs) if b.nilai.get("diterima") else None
        if msg:
            bad("direspon" if msg.startswith("Respon") else "diselesaikan", msg)
        elif b.nilai.get("diselesaikan") and not b.nilai.get("direspon"):
            bad("direspon", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pengaduan yang sudah selesai harus punya waktu respon pertama.")))
        _petugas(b, cell, bad, petugas, wajib=False)
        for fld, limit in (("nomor", 50), ("pelapor", 200), ("perihal", 4000)):
            try:
                b.nilai[fld] = _teks(cell(fld), limit)
            except DomainError as exc:
                bad(fld, pesan_dari(exc))

    return _baca(path, sheet, KOLOM_PENGADUAN, QT_TRANSLATE_NOOP("Pesan", "register pengaduan"), parse_row)


def tulis_contoh(path: Path | str, jenis: str) -> Path:
    """An empty register workbook with the recognised headers (for the front desk to fill)."""
    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel

    kolom = KOLOM_LAYANAN if jenis == "layanan" else KOLOM_PENGADUAN
    cols = [Kolom(label, 22) for f, (label, _w, _r) in kolom.items() if f not in _TANPA_JAM]
    judul = "Register layanan" if jenis == "layanan" else "Register pengaduan"
    return tulis_tabel(path, Tabel(judul, judul, cols, [], blok_judul=False))
