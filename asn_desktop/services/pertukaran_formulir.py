"""Offline supervisor forms: generate, preview, import.

Generate: for one pejabat penilai and one period, the subordinates' current
SKPs (``evaluasi.latest_skp_map``) with their self-assessment (only when
submitted), realisasi, current ratings and feedback → ``excel.forms``. The
form id and checksum are recorded in ``log_pertukaran`` so that a form this
database never issued is refused on import (a foreign form).

Import: the form is verified (checksum over every locked cell, form id known,
same period), then compared with the database: only cells the supervisor
changed count. A rating changed in the app since the form was made and changed
again in the form is a conflict (row rejected, never silently overwritten).
The changes are previewed; applying writes all rows in ONE transaction after a
backup through ``services.evaluasi.apply_penilaian``, the same rules as the
app (scope, approved SKP, open period, not final, predikat from the matrix,
annual reason, rating-change record, leader's capaian). A rule that needs a
reason the form has no column for refuses the row and names the app as the
place to write it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from asn_desktop.db.models import (
    Evaluasi,
    LogPertukaran,
    Pegawai,
    Periode,
    Setting,
    Skp,
)
from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.enums import (
    Aspek,
    JenisPeriode,
    Predikat,
    Rating,
    StatusEvaluasi,
    StatusPeriode,
    StatusSkp,
)
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.rating import predikat_kinerja
from asn_desktop.domain.roles import Permission
from asn_desktop.excel import ExcelError
from asn_desktop.excel.forms import (
    FormBehaviour,
    FormData,
    FormEmployee,
    FormIndicator,
    FilledForm,
    PENILAIAN_COLS,
    RATING_LABELS,
    SHEET_PENILAIAN,
    new_form_id,
    now_text,
    read_form,
    write_form,
)
from asn_desktop.services.context import AppContext
from asn_desktop.services.evaluasi import PenilaianInput
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from asn_desktop.services.pertukaran_umum import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    ExchangeError,
    backup_before_import,
    file_sha256,
    from_excel,
    write_log,
)
from asn_desktop.services.settings import OFFICE_KEY, OfficeInfo

MAX_TEKS = 4000


@dataclass
class PenilaiOption:
    """A supervisor who can get a form (for the GUI's choice list)."""

    pegawai_id: int
    nip: str
    nama: str
    jabatan: str
    jumlah_bawahan: int


@dataclass
class FormInfo:
    path: Path
    form_id: str
    pegawai: int
    dapat_diisi: int
    penilai: str
    periode: str
    checksum: str


def _penilai_of(s: Any, skp: Skp) -> int | None:
    if skp.pejabat_penilai_id is not None:
        return skp.pejabat_penilai_id
    return skp.pegawai.atasan_id if skp.pegawai is not None else None


def _require_form_access(ctx: AppContext, penilai_id: int) -> None:
    if ctx.actor.can(Permission.EVAL_READ_ALL):
        return
    if ctx.actor.can(Permission.EVAL_RATE) and ctx.actor.pegawai_id == penilai_id:
        return
    raise PermissionDenied(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan",
            "Formulir penilai hanya dapat dibuat oleh admin atau oleh pejabat penilai itu "
            "sendiri.")))


def list_penilai(ctx: AppContext, tahun: int) -> list[PenilaiOption]:
    """Supervisors with at least one subordinate SKP in ``tahun`` (name order)."""
    from asn_desktop.services.evaluasi import latest_skp_map

    with ctx.read() as s:
        counts: dict[int, int] = {}
        for skp in latest_skp_map(s, tahun).values():
            pid = _penilai_of(s, skp)
            if pid is not None:
                counts[pid] = counts.get(pid, 0) + 1
        if not ctx.actor.can(Permission.EVAL_READ_ALL):
            counts = {k: v for k, v in counts.items() if k == ctx.actor.pegawai_id}
        out = []
        for p in s.scalars(select(Pegawai).where(Pegawai.id.in_(list(counts) or [-1]))):
            out.append(PenilaiOption(p.id, p.nip or "", format_nama(p.gelar_depan, p.nama, p.gelar_belakang),
                                     p.nama_jabatan or "", counts[p.id]))
        out.sort(key=lambda o: o.nama.casefold())
        return out


def _find_penilai(s: Any, penilai: int | str) -> Pegawai:
    if isinstance(penilai, int):
        p = s.get(Pegawai, penilai)
    else:
        digits = "".join(ch for ch in str(penilai) if ch.isdigit())
        p = s.scalar(select(Pegawai).where(Pegawai.nip == digits))
    if p is None:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pejabat penilai {penilai} tidak ditemukan di basis data."), penilai=penilai))
    return p


def find_periode(ctx: AppContext, tahun: int, nama: str) -> int:
    """Period id by year and name ("Triwulan I", "Tahunan", "tw1"…), for the CLI."""
    key = " ".join(nama.split()).casefold()
    aliases = {"tahunan": "tahunan", "annual": "tahunan"}
    for i, r in enumerate(("i", "ii", "iii", "iv"), start=1):
        aliases[f"tw{i}"] = f"triwulan {r}"
        aliases[f"tw {r}"] = f"triwulan {r}"
        aliases[f"triwulan {i}"] = f"triwulan {r}"
    for i, r in enumerate(("i", "ii"), start=1):
        aliases[f"semester {i}"] = f"semester {r}"
    key = aliases.get(key, key)
    with ctx.read() as s:
        rows = s.scalars(select(Periode).join(Periode.tahun_kinerja).where(Periode.tahun_kinerja.has(tahun=tahun))).all()
        for p in rows:
            if p.nama.casefold() == key:
                return p.id
        names = ", ".join(p.nama for p in rows) or "(belum ada periode)"
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Periode \"{nama}\" tahun {tahun} tidak ditemukan. Periode yang ada: {names}."), nama=nama, tahun=tahun, names=names))


def export_form(
    ctx: AppContext, penilai: int | str, periode_id: int, path: Path | str, progress: Progress | None = None
) -> FormInfo:
    """Generate the offline form for a supervisor (id or NIP) and a period."""
    from asn_desktop.services.evaluasi import format_target, latest_skp_map

    progress = progress or Progress.none()
    path = Path(path)
    with ctx.read() as s:
        pen = _find_penilai(s, penilai)
        _require_form_access(ctx, pen.id)
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Periode {periode_id} tidak ditemukan."), periode_id=periode_id))
        tahun = periode.tahun_kinerja.tahun
        office_row = s.get(Setting, OFFICE_KEY)
        office = OfficeInfo.from_dict(office_row.value if office_row is not None else None)
        skps = [k for k in latest_skp_map(s, tahun).values() if _penilai_of(s, k) == pen.id]
        skps.sort(key=lambda k: ((k.pegawai.nama or "").casefold(), k.pegawai.nip or ""))
        if not skps:
            raise ServiceError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "{nama} tidak memiliki bawahan dengan SKP tahun {tahun}; formulir "
                        "tidak dibuat."), nama=format_nama(pen.gelar_depan, pen.nama, pen.gelar_belakang), tahun=tahun)
            )
        evs = {e.skp_id: e for e in s.scalars(select(Evaluasi).where(
            Evaluasi.periode_id == periode.id, Evaluasi.skp_id.in_([k.id for k in skps])))}
        employees: list[FormEmployee] = []
        for n, skp in enumerate(skps):
            progress.step(n, len(skps), "Menyiapkan formulir")
            peg = skp.pegawai
            ev = evs.get(skp.id)
            lock = ""
            if skp.status != StatusSkp.DISETUJUI.value:
                lock = f"SKP berstatus {StatusSkp(skp.status).label.lower()}; hanya SKP yang disetujui yang dinilai."
            elif periode.status == StatusPeriode.DITUTUP.value:
                lock = "Periode sudah ditutup; penilaian terkunci."
            elif ev is not None and ev.status == StatusEvaluasi.FINAL.value:
                lock = "Evaluasi sudah final; tidak dapat diubah."
            elif periode.status != StatusPeriode.DIBUKA.value:
                lock = "Periode belum dibuka; admin perlu membukanya sebelum formulir diimpor."
            self_ok = ev is not None and ev.self_diajukan_pada is not None
            e = FormEmployee(
                key=skp.uid, nip=peg.nip or "", nama=format_nama(peg.gelar_depan, peg.nama, peg.gelar_belakang),
                jabatan=peg.nama_jabatan or "",
                self_hasil=Rating(ev.self_rating_hasil).label if self_ok and ev.self_rating_hasil else "",
                self_perilaku=Rating(ev.self_rating_perilaku).label if self_ok and ev.self_rating_perilaku else "",
                rating_hasil=Rating(ev.rating_hasil_kerja).label if ev and ev.rating_hasil_kerja else "",
                rating_perilaku=Rating(ev.rating_perilaku).label if ev and ev.rating_perilaku else "",
                catatan=(ev.catatan_rekomendasi or "") if ev else "",
                alasan=(ev.alasan_penyesuaian or "") if ev else "",
                keterangan=lock, locked=bool(lock),
            )
            real = {r.indikator_id: r for r in (ev.realisasi if ev else [])}
            for rhk in skp.rhk:
                for ind in rhk.indikator:
                    r = real.get(ind.id)
                    nilai = ""
                    if r is not None and r.realisasi_nilai is not None:
                        nilai = f"{format_angka(r.realisasi_nilai)} {ind.satuan or ''}".strip()  # decimal comma
                    e.indikator.append(FormIndicator(
                        key=ind.uid, rhk=rhk.teks, aspek=Aspek(ind.aspek).label if ind.aspek else "",
                        indikator=ind.teks, target=format_target(ind),
                        rencana_aksi=(r.rencana_aksi or "") if r else "",
                        realisasi="; ".join(x for x in ((r.realisasi or "") if r else "", nilai) if x),
                        umpan_balik=(r.umpan_balik or "") if r else "",
                    ))
            ubp = {u.kode: u.umpan_balik or "" for u in (ev.umpan_balik_perilaku if ev else [])}
            eks = {p.kode: p.ekspektasi_khusus or "" for p in skp.perilaku}
            for b in BERAKHLAK:
                e.perilaku.append(FormBehaviour(b.kode, b.nama, eks.get(b.kode, "-"), ubp.get(b.kode, "")))
            employees.append(e)
        data = FormData(
            form_id=new_form_id(), penilai_nip=pen.nip or "",
            penilai_nama=format_nama(pen.gelar_depan, pen.nama, pen.gelar_belakang),
            penilai_jabatan=pen.nama_jabatan or "", periode_id=periode.id, periode_nama=periode.nama, tahun=tahun,
            tahunan=periode.jenis == JenisPeriode.TAHUNAN.value, kantor=office.nama_kantor or office.instansi,
            dibuat_pada=now_text(), employees=employees,
        )
    try:
        checksum = write_form(path, data)
    except ExcelError as exc:
        raise from_excel(exc) from None
    fillable = sum(1 for e in employees if not e.locked)
    with ctx.write("pertukaran.ekspor_formulir") as uow:
        write_log(uow, "ekspor_formulir", path, file_sha256(path), "ok",
                  {"pegawai": len(employees), "dapat_diisi": fillable, "periode": f"{data.periode_nama} {tahun}"},
                  {"form_id": data.form_id, "checksum": checksum, "penilai_id": pen.id,
                   "penilai_nip": data.penilai_nip, "periode_id": periode.id,
                   "skp": [e.key for e in employees]})
    return FormInfo(path, data.form_id, len(employees), fillable, data.penilai_nama,
                    f"{data.periode_nama} {tahun}", checksum)


# --------------------------------------------------------------------------- import


@dataclass
class FormChange:
    """What the form changes for one employee."""

    skp_uid: str
    nip: str
    nama: str
    row: int
    status: str = "tetap"  # "berubah" | "tetap" | "ditolak"
    perubahan: list[str] = field(default_factory=list)
    masalah: list[str] = field(default_factory=list)
    rating_hasil: str | None = None  # code, after the form
    rating_perilaku: str | None = None
    predikat: str | None = None
    catatan: str | None = None
    alasan: str | None = None
    set_hasil: bool = False
    set_perilaku: bool = False
    set_catatan: bool = False
    set_alasan: bool = False
    ub_indikator: dict[str, str] = field(default_factory=dict)  # indikator uid → text
    ub_perilaku: dict[str, str] = field(default_factory=dict)  # kode → text

    @property
    def predikat_label(self) -> str:
        return Predikat(self.predikat).label if self.predikat else ""

    def as_dict(self) -> dict[str, Any]:
        return {"nip": self.nip, "nama": self.nama, "baris": self.row, "status": self.status,
                "perubahan": self.perubahan, "masalah": self.masalah, "predikat": self.predikat_label}


@dataclass
class FormImportReport:
    berkas: str
    form_id: str
    penilai: str
    periode: str
    rows: list[FormChange]
    dry_run: bool
    written: bool = False
    backup: str | None = None
    log_id: int | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def exit_code(self) -> int:
        if self.count("ditolak"):
            return EXIT_PARTIAL if (self.written or (self.dry_run and self.count("berubah"))) else EXIT_FAILED
        return EXIT_OK

    @property
    def ringkasan(self) -> str:
        """The one-line summary; a ``Teks`` the UI shows translated."""
        text = Msg.of(QT_TRANSLATE_NOOP("Pesan", "{berubah} pegawai berubah, {tetap} tidak berubah, {ditolak} ditolak."),
                      berubah=self.count("berubah"), tetap=self.count("tetap"), ditolak=self.count("ditolak"))
        if self.dry_run:
            return Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Uji coba (tidak disimpan): {ringkas}"), ringkas=text))
        if self.written:
            return Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Disimpan: {ringkas}"), ringkas=text))
        return Teks(text)

    def to_dict(self) -> dict[str, Any]:
        return {"format": "asn-kinerja-laporan-impor-formulir", "berkas": self.berkas, "form_id": self.form_id,
                "penilai": self.penilai, "periode": self.periode, "uji_coba": self.dry_run,
                "disimpan": self.written, "ringkasan": self.ringkasan, "cadangan": self.backup,
                "baris": [r.as_dict() for r in self.rows]}


def _rating_code(text: str) -> str | None:
    t = " ".join(text.split())
    if not t:
        return None
    try:
        return Rating.from_label(t).value
    except ValueError:
        short = t.casefold().replace("ekspektasi", "").strip()
        for r in Rating:
            if r.label.casefold().replace("ekspektasi", "").strip() == short:
                return r.value
        raise ValueError(t) from None


def _verify(s: Any, form: FilledForm) -> tuple[dict[str, Any], Periode, Pegawai]:
    """The log entry of this form id: a form this database never issued is foreign."""
    logs = s.scalars(select(LogPertukaran).where(LogPertukaran.jenis == "ekspor_formulir")).all()
    entry = next((lg.laporan for lg in logs if (lg.laporan or {}).get("form_id") == form.form_id), None)
    if entry is None:
        raise ExchangeError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Formulir \"{berkas}\" (nomor {nilai}) tidak dibuat oleh basis data ini: "
                    "mungkin formulir dari kantor atau komputer lain. Formulir ditolak; buat "
                    "formulir baru dari aplikasi ini."), berkas=form.path.name, nilai=form.form_id or '-')
        )
    if entry.get("checksum") != form.meta.get("checksum_sha256") or str(entry.get("periode_id")) != form.meta.get(
        "periode_id"
    ):
        raise ExchangeError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Formulir \"{berkas}\" tidak cocok dengan catatan pembuatannya (kendali "
                    "formulir telah diubah); formulir ditolak."), berkas=form.path.name)
        )
    periode = s.get(Periode, int(entry["periode_id"]))
    penilai = s.get(Pegawai, int(entry["penilai_id"]))
    if periode is None or penilai is None:
        raise ExchangeError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Periode atau pejabat penilai formulir ini sudah tidak ada di basis data; "
                "formulir ditolak.")))
    return entry, periode, penilai


def _ubah(ch: FormChange, skp: Skp) -> PenilaianInput:
    """What one form row asks of ``services.evaluasi.apply_penilaian``."""
    ind_by_uid = {i.uid: i.id for r in skp.rhk for i in r.indikator}
    rating = None
    if ch.set_hasil or ch.set_perilaku:
        rating = (Rating(ch.rating_hasil) if ch.rating_hasil else None,
                  Rating(ch.rating_perilaku) if ch.rating_perilaku else None)
    return PenilaianInput(
        rating=rating,
        catatan=ch.catatan if ch.set_catatan else None,
        alasan_penyesuaian=ch.alasan if ch.set_alasan else None,
        umpan_balik_indikator={ind_by_uid[u]: text for u, text in ch.ub_indikator.items() if u in ind_by_uid},
        umpan_balik_perilaku=dict(ch.ub_perilaku),
    )


# What the supervisor can do about a refused row. The form carries only the annual reason; for a
# reason it cannot carry, what to do comes first (the preview cell shows the start of the text).
_SARAN_FORMULIR = {
    "alasan_penyesuaian": "Isi kolom Alasan Penyesuaian (Tahunan) pada formulir.",
}
_SARAN_APLIKASI = {
    "alasan_perubahan": ("Perlu alasan tertulis yang tidak dapat dimuat formulir: ubah rating ini di aplikasi "
                         "(Penilaian) beserta alasannya, atau minta pejabat penilai sendiri mengimpor formulirnya."),
    "alasan_rating_pimpinan": ("Perlu alasan tertulis yang tidak dapat dimuat formulir: isi rating ini beserta "
                               "alasannya di aplikasi (Penilaian), atau pilih rating yang sesuai capaian kinerja "
                               "organisasi."),
}


def _pesan_formulir(exc: ServiceError) -> str:
    """The rule's own message, with what to do about it when the form is where it was refused."""
    fields = [p.field for p in getattr(exc, "problems", [])]
    lebih_dulu = next((_SARAN_APLIKASI[f] for f in fields if f in _SARAN_APLIKASI), "")
    sesudah = next((_SARAN_FORMULIR[f] for f in fields if f in _SARAN_FORMULIR), "")
    return " ".join(x for x in (lebih_dulu, exc.message, sesudah) if x)


#: The column letter of each rating on the "Penilaian" sheet, for messages that point at the cell.
_RATING_COL = {c[1]: chr(ord("A") + i) for i, c in enumerate(PENILAIAN_COLS) if c[1].startswith("rating_")}


def _plan(ctx: AppContext, s: Any, form: FilledForm) -> FormImportReport:
    from asn_desktop.services.evaluasi import check_penilaian

    entry, periode, penilai = _verify(s, form)
    skps = {k.uid: k for k in s.scalars(select(Skp).where(Skp.uid.in_(entry.get("skp") or ["-"])))}
    evs = {e.skp_id: e for e in s.scalars(select(Evaluasi).where(
        Evaluasi.periode_id == periode.id, Evaluasi.skp_id.in_([k.id for k in skps.values()] or [-1])))}
    rep = FormImportReport(str(form.path), form.form_id,
                           format_nama(penilai.gelar_depan, penilai.nama, penilai.gelar_belakang),
                           f"{periode.nama} {periode.tahun_kinerja.tahun}", [], True)
    by_skp: dict[str, FormChange] = {}
    for fr in form.penilaian:
        v = fr.values
        ch = FormChange(v.get("key", ""), v.get("nip", ""), v.get("nama", ""), fr.row)
        by_skp[ch.skp_uid] = ch
        rep.rows.append(ch)
    for fr in form.hasil:
        skp_uid, _, ind_uid = fr.values.get("key", "").partition("|")
        ch = by_skp.get(skp_uid)
        if ch is not None and fr.values.get("umpan_balik", "") != fr.values.get("orig", ""):
            ch.ub_indikator[ind_uid] = fr.values.get("umpan_balik", "")[:MAX_TEKS]
    for fr in form.perilaku:
        skp_uid, _, kode = fr.values.get("key", "").partition("|")
        ch = by_skp.get(skp_uid)
        if ch is not None and fr.values.get("umpan_balik", "") != fr.values.get("orig", ""):
            ch.ub_perilaku[kode] = fr.values.get("umpan_balik", "")[:MAX_TEKS]
    for fr in form.penilaian:
        v = fr.values
        ch = by_skp[v.get("key", "")]
        skp = skps.get(ch.skp_uid)
        if skp is None:
            ch.status, ch.masalah = "ditolak", ["SKP pegawai ini sudah tidak ada di basis data."]
            continue
        ev = evs.get(skp.id)
        cur_h = ev.rating_hasil_kerja if ev else None
        cur_p = ev.rating_perilaku if ev else None
        cur_c = (ev.catatan_rekomendasi or "") if ev else ""
        cur_a = (ev.alasan_penyesuaian or "") if ev else ""
        problems: list[str] = []
        changes: list[str] = []
        try:
            new_h = _rating_code(v.get("rating_hasil", ""))
        except ValueError:
            problems.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Rating hasil kerja \"{rating}\" (lembar \"{lembar}\" baris {baris}, kolom {kolom}) tidak "
                "dikenal; pilih dari daftar: {pilihan}."), rating=v.get("rating_hasil"), lembar=SHEET_PENILAIAN,
                baris=fr.row, kolom=_RATING_COL["rating_hasil"], pilihan=", ".join(RATING_LABELS))))
            new_h = cur_h
        try:
            new_p = _rating_code(v.get("rating_perilaku", ""))
        except ValueError:
            problems.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Rating perilaku kerja \"{rating}\" (lembar \"{lembar}\" baris {baris}, kolom {kolom}) tidak "
                "dikenal; pilih dari daftar: {pilihan}."), rating=v.get("rating_perilaku"), lembar=SHEET_PENILAIAN,
                baris=fr.row, kolom=_RATING_COL["rating_perilaku"], pilihan=", ".join(RATING_LABELS))))
            new_p = cur_p
        orig_h = _rating_code(v.get("orig_hasil", "")) if v.get("orig_hasil") else None
        orig_p = _rating_code(v.get("orig_perilaku", "")) if v.get("orig_perilaku") else None
        edited_h, edited_p = new_h != orig_h, new_p != orig_p
        edited_c = v.get("catatan", "") != v.get("orig_catatan", "")
        edited_a = v.get("alasan", "") != v.get("orig_alasan", "")
        for label, edited, cur, orig in ((QT_TRANSLATE_NOOP("Pesan", "Rating hasil kerja"), edited_h, cur_h, orig_h),
                                         (QT_TRANSLATE_NOOP("Pesan", "Rating perilaku kerja"), edited_p, cur_p, orig_p),
                                         (QT_TRANSLATE_NOOP("Pesan", "Catatan"), edited_c, cur_c,
                                          v.get("orig_catatan", "")),
                                         (QT_TRANSLATE_NOOP("Pesan", "Alasan penyesuaian"), edited_a, cur_a,
                                          v.get("orig_alasan", ""))):
            if edited and (cur or "") != (orig or ""):
                problems.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "{isian} diubah di aplikasi setelah formulir dibuat; perubahan dari formulir tidak "
                    "diterapkan agar tidak menimpa penilaian terbaru."), isian=Msg(label))))
        if edited_h and new_h != cur_h:
            ch.set_hasil, ch.rating_hasil = True, new_h
            changes.append(f"Rating hasil kerja: {Rating(cur_h).label if cur_h else '-'} → "
                           f"{Rating(new_h).label if new_h else '(kosong)'}")
        if edited_p and new_p != cur_p:
            ch.set_perilaku, ch.rating_perilaku = True, new_p
            changes.append(f"Rating perilaku kerja: {Rating(cur_p).label if cur_p else '-'} → "
                           f"{Rating(new_p).label if new_p else '(kosong)'}")
        fin_h = new_h if ch.set_hasil else cur_h
        fin_p = new_p if ch.set_perilaku else cur_p
        ch.rating_hasil, ch.rating_perilaku = fin_h, fin_p
        ch.predikat = predikat_kinerja(Rating(fin_h), Rating(fin_p)).value if fin_h and fin_p else None
        if edited_c and v.get("catatan", "") != cur_c:
            ch.set_catatan, ch.catatan = True, v.get("catatan", "")[:MAX_TEKS]
            changes.append(Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "Catatan/rekomendasi diubah"))))
        if edited_a and v.get("alasan", "") != cur_a:
            ch.set_alasan, ch.alasan = True, v.get("alasan", "")[:MAX_TEKS]
            changes.append(Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "Alasan penyesuaian diubah"))))
        cur_ind = {r.indikator_id: r.umpan_balik or "" for r in (ev.realisasi if ev else [])}
        ind_by_uid = {i.uid: i for r in skp.rhk for i in r.indikator}
        for uid_, text in list(ch.ub_indikator.items()):
            ind = ind_by_uid.get(uid_)
            if ind is None:
                problems.append(Teks(Msg(QT_TRANSLATE_NOOP(
                    "Pesan", "Umpan balik untuk indikator yang sudah tidak ada di SKP diabaikan."))))
                del ch.ub_indikator[uid_]
            elif cur_ind.get(ind.id, "") == text:
                del ch.ub_indikator[uid_]
        if ch.ub_indikator:
            changes.append(Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Umpan balik hasil kerja: {jumlah} indikator"),
                                       jumlah=len(ch.ub_indikator))))
        cur_ub = {u.kode: u.umpan_balik or "" for u in (ev.umpan_balik_perilaku if ev else [])}
        for kode, text in list(ch.ub_perilaku.items()):
            if cur_ub.get(kode, "") == text:
                del ch.ub_perilaku[kode]
        if ch.ub_perilaku:
            changes.append(Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Umpan balik perilaku: {jumlah} nilai BerAKHLAK"),
                                       jumlah=len(ch.ub_perilaku))))
        if changes and not problems:
            try:  # the rules of the app's own rating, checked before anything is written
                check_penilaian(s, ctx.actor, skp, periode, ev, _ubah(ch, skp))
            except ServiceError as exc:
                problems.append(_pesan_formulir(exc))
        ch.perubahan = changes
        ch.masalah = problems
        ch.status = "ditolak" if problems else ("berubah" if changes else "tetap")
    return rep


def _read(path: Path | str) -> FilledForm:
    try:
        return read_form(path)
    except ExcelError as exc:
        raise from_excel(exc) from None


def preview_form(ctx: AppContext, path: Path | str) -> FormImportReport:
    """What importing the filled form would change; nothing is written."""
    form = _read(path)
    with ctx.read() as s:
        return _plan(ctx, s, form)


def import_form(
    ctx: AppContext, path: Path | str, *, dry_run: bool = False, progress: Progress | None = None
) -> FormImportReport:
    """Import a filled form: verify, plan, then (unless dry run) write in one transaction after a backup."""
    from asn_desktop.services.evaluasi import apply_penilaian, create_evaluasi

    progress = progress or Progress.none()
    form = _read(path)
    with ctx.read() as s:
        rep = _plan(ctx, s, form)
    if dry_run or not rep.count("berubah"):
        rep.dry_run = dry_run
        if not dry_run:
            with ctx.write("pertukaran.impor_formulir") as uow:
                rep.log_id = write_log(uow, "impor_formulir", path, file_sha256(path),
                                       "sebagian" if rep.count("ditolak") else "ok",
                                       {"berubah": 0, "ditolak": rep.count("ditolak")}, rep.to_dict())
        return rep
    ctx.require(Permission.EVAL_RATE)
    progress.step(0, 1, "Membuat cadangan basis data")
    bk = backup_before_import(ctx)
    with ctx.write("pertukaran.impor_formulir", Permission.EVAL_RATE) as uow:
        s = uow.session
        rep = _plan(ctx, s, form)  # again inside the transaction
        rep.dry_run = False
        rep.backup = str(bk) if bk else None
        _entry, periode, _pen = _verify(s, form)
        todo = [r for r in rep.rows if r.status == "berubah"]
        for n, ch in enumerate(todo):
            progress.step(n, len(todo), f"Menyimpan penilaian {ch.nama}")
            skp = s.scalar(select(Skp).where(Skp.uid == ch.skp_uid))
            assert skp is not None
            ev = s.scalar(select(Evaluasi).where(Evaluasi.skp_id == skp.id, Evaluasi.periode_id == periode.id))
            if ev is None:
                ev = create_evaluasi(s, skp, periode)
                uow.audit("evaluasi", ev.id, f"Evaluasi {skp.pegawai_nama} {periode.nama} dibuat dari formulir", None,
                          {"skp_id": skp.id, "periode_id": periode.id})
            apply_penilaian(uow, ctx.actor, ev, _ubah(ch, skp), asal=" dari formulir")
        rep.written = True
        rep.log_id = write_log(uow, "impor_formulir", path, file_sha256(path),
                               "sebagian" if rep.count("ditolak") else "ok",
                               {"berubah": rep.count("berubah"), "ditolak": rep.count("ditolak")}, rep.to_dict())
    return rep


__all__ = ["FormInfo", "FormImportReport", "FormChange", "PenilaiOption", "export_form", "import_form",
           "preview_form", "list_penilai", "find_periode", "EXIT_OK", "EXIT_FAILED"]
