"""Indicators that measure themselves: an IKI bound to a measure from the office's records.

kinerja-asn.md §9 names what a kecamatan is judged by (complaint response time, services
finished on time, IKM of its services). An indicator bound to such a measure
(``Indikator.ikatan_ukuran``, registry in ``domain/ukuran.py``) gets its realisasi for a
period computed here from the SKM surveys and the service/complaint registers, with the
figure's basis in words and the computed report stored as bukti dukung. The evaluator may
override the figure with a reason; a recompute updates the computed figure and its basis
but never the override (it reports old → new).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    BuktiDukung,
    Evaluasi,
    Indikator,
    LayananStandar,
    Pegawai,
    Realisasi,
    Rhk,
    SkmSurvei,
    Skp,
    UnitKerja,
)
from asn_desktop.domain import skm as dskm
from asn_desktop.domain import ukuran as du
from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.enums import Aspek, JenisBukti, JenisRhk, StatusEvaluasi
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import nama_berkas
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.services import layanan as lay
from asn_desktop.services import scope
from asn_desktop.services.context import AppContext
from asn_desktop.services import berkas_bukti as berkas
from asn_desktop.services.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from asn_desktop.services.periode import require_periode_terbuka

IkatanUkuran = du.IkatanUkuran
MAKS_ALASAN = 2000


@dataclass(frozen=True)
class HasilUkuran:
    """One computed figure: ``nilai`` None when the records hold nothing to count."""

    ikatan: du.IkatanUkuran
    nilai: float | None
    dasar: str  # "dihitung dari register: 312 layanan, 94,2 % tepat waktu"
    rincian: tuple[tuple[str, str], ...] = ()  # label → figure, for the evidence report
    lingkup_teks: str = ""  # "Unit kerja: Seksi Pelayanan" / "Pegawai: Budi"

    @property
    def nilai_teks(self) -> str:
        u = self.ikatan.ukuran
        return "-" if u is None else du.format_nilai(u, self.nilai)


@dataclass(frozen=True)
class StatusUkuran:
    """What the evaluation editor shows for a bound indicator."""

    indikator_id: int
    ikatan: du.IkatanUkuran
    uraian: str
    satuan: str
    ukuran_nilai: float | None = None
    dasar: str = ""
    dihitung_pada: datetime | None = None
    realisasi_nilai: float | None = None
    timpa_alasan: str = ""
    timpa_oleh: str = ""
    timpa_pada: datetime | None = None

    @property
    def ditimpa(self) -> bool:
        return bool(self.timpa_alasan)

    @property
    def dihitung(self) -> bool:
        return self.dihitung_pada is not None


@dataclass(frozen=True)
class PerubahanUkuran:
    """One indicator after a (re)compute: old → new computed figure, and whether an override held."""

    indikator_id: int
    indikator: str
    lama: float | None
    baru: float | None
    dasar: str
    ditimpa: bool
    realisasi_nilai: float | None
    satuan: str = ""

    @property
    def berubah(self) -> bool:
        return self.lama != self.baru

    @property
    def teks(self) -> str:
        lama = "-" if self.lama is None else f"{format_angka(self.lama)}"
        baru = "-" if self.baru is None else f"{format_angka(self.baru)}"
        teks = f"{self.indikator}: {lama} → {baru} {self.satuan}".rstrip()
        if self.ditimpa:
            teks += f" (tetap ditimpa pejabat penilai: {format_angka(self.realisasi_nilai)} {self.satuan})".rstrip()
        return teks


@dataclass
class HasilIsi:
    perubahan: list[PerubahanUkuran] = field(default_factory=list)
    evaluasi_id: int | None = None

    @property
    def ringkasan(self) -> str:
        if not self.perubahan:
            return "Tidak ada indikator yang terikat ukuran pada SKP ini."
        n = sum(p.berubah for p in self.perubahan)
        return f"{len(self.perubahan)} indikator dihitung dari catatan kantor; {n} angka berubah."


# --------------------------------------------------------------------------- binding


def ikatan_of(value: Any) -> du.IkatanUkuran | None:
    """The binding of a stored row (``Indikator`` / ``TemplateIndikator``) or a JSON value."""
    raw = getattr(value, "ikatan_ukuran", value)
    return du.dari_json(raw)


def check_ikatan(ikatan: du.IkatanUkuran | None, where: str) -> None:
    """Refuse a binding the registry does not know, naming the indicator."""
    if ikatan is None:
        return
    problems = du.periksa(ikatan)
    if problems:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "{where}: {masalah}"), where=where, masalah=" ".join(problems),
        ))


def set_ikatan(obj: Any, ikatan: du.IkatanUkuran | None, where: str = "Indikator") -> None:
    """Store ``ikatan`` on an ``Indikator`` / ``TemplateIndikator`` (None unbinds); binding is an
    SKP edit, so the caller's edit rights are the ones that apply."""
    check_ikatan(ikatan, where)
    baru = None if ikatan is None else ikatan.ke_json()
    if (obj.ikatan_ukuran or None) != baru:
        obj.ikatan_ukuran = baru


def list_ukuran() -> list[du.Ukuran]:
    return list(du.UKURAN.values())


def list_jenis_layanan(ctx: AppContext) -> list[str]:
    """Service type names seen in the SKM surveys and the service register (for the binding form)."""
    with ctx.read() as s:
        names = {n.strip() for n in s.scalars(select(SkmSurvei.jenis_layanan)) if n and n.strip()}
    names.update(n.strip() for n in _register_jenis(ctx) if n.strip())
    return sorted(names, key=str.casefold)


# --------------------------------------------------------------------------- computing


def _unit_subtree(s: Session, unit_id: int) -> set[int]:
    rows = list(s.execute(select(UnitKerja.id, UnitKerja.parent_id)))
    out, frontier = {unit_id}, [unit_id]
    while frontier:
        cur = frontier.pop()
        for uid, parent in rows:
            if parent == cur and uid not in out:
                out.add(uid)
                frontier.append(uid)
    return out


def _pegawai_unit(s: Session, pegawai_id: int) -> tuple[str, int | None, str]:
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pegawai_id} tidak ditemukan."),
            pegawai_id=pegawai_id,
        ))
    unit = s.get(UnitKerja, p.unit_id) if p.unit_id is not None else None
    return p.nama, p.unit_id, unit.nama if unit is not None else ""


def _lingkup_teks(ikatan: du.IkatanUkuran, pegawai: str, unit: str) -> str:
    lk = du.Lingkup(ikatan.lingkup)
    if lk is du.Lingkup.PEGAWAI:
        return f"Pegawai: {pegawai}"
    if lk is du.Lingkup.UNIT:
        return f"Unit kerja: {unit or '(pegawai belum ditempatkan pada unit)'}"
    return "Seluruh kecamatan"


def _angka(x: float | Fraction | None, places: int) -> str:
    if x is None:
        return "-"
    return f"{float(x):,.{places}f}".replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def _compute_ukuran(ctx: AppContext, ikatan: du.IkatanUkuran, *, pegawai_id: int, mulai: date,
                    selesai: date) -> HasilUkuran:
    """Compute a bound measure for an employee's indicator over ``mulai``–``selesai``. No access
    check here: the caller has checked that the user may fill or rate that evaluation."""
    check_ikatan(ikatan, "Indikator")
    u = ikatan.ukuran
    assert u is not None
    lk = du.Lingkup(ikatan.lingkup)
    with ctx.read() as s:
        nama, unit_id, unit_nama = _pegawai_unit(s, pegawai_id)
    if lk is du.Lingkup.UNIT and unit_id is None:
        return HasilUkuran(ikatan, None, f"tidak dapat dihitung: {nama} belum ditempatkan pada unit kerja.",
                           lingkup_teks=_lingkup_teks(ikatan, nama, unit_nama))
    if u.sumber is du.Sumber.SKM:
        hasil = _hitung_skm(ctx, ikatan, unit_id if lk is du.Lingkup.UNIT else None, mulai, selesai)
    elif u.sumber is du.Sumber.LAYANAN:
        hasil = _hitung_layanan(ctx, ikatan, pegawai_id, unit_id, mulai, selesai)
    else:
        hasil = _hitung_pengaduan(ctx, ikatan, pegawai_id, unit_id, mulai, selesai)
    nilai, dasar, rincian = hasil
    return HasilUkuran(ikatan, nilai, dasar, tuple(rincian), _lingkup_teks(ikatan, nama, unit_nama))


def _hitung_skm(ctx: AppContext, ikatan: du.IkatanUkuran, unit_id: int | None, mulai: date,
                selesai: date) -> tuple[float | None, str, list[tuple[str, str]]]:
    """IKM × 25 (PermenPANRB 14/2017) of the surveys overlapping the period; with several
    surveys the IKM of each is weighted by its respondents, as the regulation computes one
    survey and gives no rule for pooling surveys with different elements."""
    with ctx.read() as s:
        q = select(SkmSurvei).where(SkmSurvei.tanggal_mulai <= selesai, SkmSurvei.tanggal_selesai >= mulai)
        if unit_id is not None:
            q = q.where(SkmSurvei.unit_kerja_id.in_(_unit_subtree(s, unit_id)))
        surveys = [sv for sv in s.scalars(q.order_by(SkmSurvei.tanggal_mulai, SkmSurvei.id))
                   if not ikatan.jenis or sv.jenis_layanan.strip().casefold() == ikatan.jenis.casefold()]
        per: list[tuple[SkmSurvei, dskm.HasilSkm]] = []
        for sv in surveys:
            tambahan = [(str(x["kode"]), str(x["nama"])) for x in (sv.unsur_tambahan or [])]
            unsur = dskm.unsur_dengan_tambahan(tambahan, sv.bobot or {}) if tambahan else dskm.unsur_baku()
            jawaban = []
            for r in sv.responden:
                if r.tanggal is not None and not (mulai <= r.tanggal <= selesai):
                    continue  # a dated questionnaire outside the period does not count
                d: dict[str, int | None] = {f"U{i}": getattr(r, f"u{i}") for i in range(1, 10)}
                d.update(r.jawaban_tambahan or {})
                jawaban.append(d)
            try:
                per.append((sv, dskm.hitung(jawaban, unsur)))
            except DomainError:
                continue  # a survey with broken weights is reported on its own screen
    layanan = f"layanan {ikatan.jenis}" if ikatan.jenis else "semua layanan"
    dinilai = [(sv, h) for sv, h in per if h.ikm is not None and h.responden]
    if not dinilai:
        return None, f"tidak ada hasil SKM ({layanan}) pada periode ini.", []
    total = sum(h.responden for _sv, h in dinilai)
    ikm = sum((h.ikm * h.responden for _sv, h in dinilai if h.ikm is not None), Fraction(0)) / total
    konversi = ikm * dskm.FAKTOR_KONVERSI
    mutu = dskm.mutu_untuk(ikm)
    nama = ", ".join(f"{sv.jenis_layanan} {sv.periode}" for sv, _h in dinilai)
    dasar = (f"dihitung dari SKM: {len(dinilai)} survei ({nama}), {total} responden, IKM "
             f"{dskm.teks_desimal(ikm, 4, koma=True)} → {dskm.teks_desimal(konversi, 2, koma=True)} "
             f"(mutu {mutu.huruf}, {mutu.kinerja})")
    rincian = [(f"{sv.jenis_layanan} — {sv.periode}",
                f"{h.responden} responden, IKM {h.ikm_teks.replace('.', ',')}, nilai {h.konversi_teks.replace('.', ',')}")
               for sv, h in dinilai]
    rincian += [("Jumlah responden", str(total)), ("IKM gabungan (1–4)", dskm.teks_desimal(ikm, 4, koma=True)),
                ("Nilai konversi (IKM × 25)", dskm.teks_desimal(konversi, 2, koma=True)),
                ("Mutu pelayanan", f"{mutu.huruf} ({mutu.kinerja})")]
    return float(dskm._round(konversi, 2)), dasar, rincian


# The registers (service requests and complaints, services/layanan.py) are read through their
# session-level statistics, which check no rights: the caller (fill_realisasi_terukur) has checked that the
# user may fill or rate this evaluation, and the evaluation shows figures, not register rows.


def _register_jenis(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        return [n for n in s.scalars(select(LayananStandar.nama)) if n]


def _jenis_id(s: Session, nama: str) -> int | None:
    """The register's service standard of that name (case-insensitive), None when unknown."""
    for sid, n in s.execute(select(LayananStandar.id, LayananStandar.nama)):
        if (n or "").strip().casefold() == nama.casefold():
            return int(sid)
    return None


def _filter(ikatan: du.IkatanUkuran, pegawai_id: int, unit_id: int | None) -> dict[str, Any]:
    lk = du.Lingkup(ikatan.lingkup)
    if lk is du.Lingkup.PEGAWAI:
        return {"pegawai_id": pegawai_id}
    if lk is du.Lingkup.UNIT:
        return {"unit_id": unit_id}
    return {}


def _hitung_layanan(ctx: AppContext, ikatan: du.IkatanUkuran, pegawai_id: int, unit_id: int | None,
                    mulai: date, selesai: date) -> tuple[float | None, str, list[tuple[str, str]]]:
    kw = _filter(ikatan, pegawai_id, unit_id)
    layanan = f"layanan {ikatan.jenis}" if ikatan.jenis else "semua layanan"
    with ctx.read() as s:
        if ikatan.jenis:
            jid = _jenis_id(s, ikatan.jenis)
            if jid is None:
                return None, f"jenis layanan '{ikatan.jenis}' tidak ada di standar pelayanan register layanan.", []
            kw["jenis_id"] = jid
        st = lay.hitung_statistik_layanan(s, mulai=mulai, selesai=selesai, **kw)
    jumlah, sel, tepat = int(st.jumlah or 0), int(st.selesai or 0), int(st.tepat_waktu or 0)
    persen = st.persen_tepat_waktu
    rincian = [("Permohonan diterima", str(jumlah)), ("Selesai", str(sel)), ("Selesai tepat waktu", str(tepat)),
               ("Belum selesai dan lewat batas waktu", str(int(getattr(st, "terlambat", 0) or 0))),
               ("% tepat waktu", "-" if persen is None else f"{_angka(persen, 1)} %"),
               ("Median waktu proses (jam kerja)", _angka(st.median_jam, 1)),
               ("Persentil ke-90 waktu proses (jam kerja)", _angka(st.p90_jam, 1))]
    if ikatan.kunci == "jumlah_layanan_selesai":
        dasar = (f"dihitung dari register ({layanan}): {sel} layanan selesai dari {jumlah} permohonan, "
                 f"{tepat} tepat waktu")
        return float(sel), dasar, rincian
    if persen is None:
        return None, f"belum ada layanan ({layanan}) yang dapat dinilai ketepatan waktunya pada periode ini.", rincian
    dasar = f"dihitung dari register ({layanan}): {sel} layanan, {_angka(persen, 1)} % tepat waktu"
    return round(float(persen), 1), dasar, rincian


def _hitung_pengaduan(ctx: AppContext, ikatan: du.IkatanUkuran, pegawai_id: int, unit_id: int | None,
                      mulai: date, selesai: date) -> tuple[float | None, str, list[tuple[str, str]]]:
    with ctx.read() as s:
        st = lay.hitung_statistik_pengaduan(s, mulai=mulai, selesai=selesai, **_filter(ikatan, pegawai_id, unit_id))
    jumlah, direspon = int(st.jumlah or 0), int(st.direspon or 0)
    rincian = [("Pengaduan diterima", str(jumlah)), ("Sudah direspon", str(direspon)),
               ("Selesai", str(int(st.selesai or 0))),
               ("Rata-rata waktu respon (jam kerja)", _angka(st.rata_respon_jam, 1)),
               ("Median waktu respon (jam kerja)", _angka(st.median_respon_jam, 1)),
               ("Persentil ke-90 waktu respon (jam kerja)", _angka(st.p90_respon_jam, 1)),
               ("Rata-rata waktu penyelesaian (jam kerja)", _angka(st.rata_selesai_jam, 1))]
    if not direspon or st.rata_respon_jam is None:
        return None, "tidak ada pengaduan yang direspon pada periode ini di register.", rincian
    dasar = (f"dihitung dari register pengaduan: {direspon} dari {jumlah} pengaduan direspon, rata-rata "
             f"{_angka(st.rata_respon_jam, 1)} jam kerja")
    return round(float(st.rata_respon_jam), 1), dasar, rincian


# --------------------------------------------------------------------------- evaluation


def _nama_indikator(ind: Indikator, nomor: dict[int, str]) -> str:
    try:
        aspek = Aspek(ind.aspek).label
    except ValueError:
        aspek = ind.aspek
    return f"{nomor.get(ind.rhk_id, '')} {aspek} — {ind.teks[:80]}".strip()


def _nomor_rhk(ev: Evaluasi) -> dict[int, str]:
    out: dict[int, str] = {}
    counters: dict[str, int] = {}
    for r in sorted(ev.skp.rhk, key=lambda r: (0 if r.jenis == JenisRhk.UTAMA.value else 1, r.urutan, r.id)):
        counters[r.jenis] = counters.get(r.jenis, 0) + 1
        out[r.id] = f"{'A' if r.jenis == JenisRhk.UTAMA.value else 'B'}.{counters[r.jenis]}"
    return out


def _load(s: Session, evaluasi_id: int) -> Evaluasi:
    ev = s.get(Evaluasi, evaluasi_id)
    if ev is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Evaluasi dengan id {evaluasi_id} tidak ditemukan (mungkin sudah dihapus)."),
            evaluasi_id=evaluasi_id,
        ))
    return ev


def _writable(ev: Evaluasi, apa: str) -> None:
    require_periode_terbuka(ev.periode, apa)
    if ev.status == StatusEvaluasi.FINAL.value:
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "{apa} ditolak: evaluasi {pegawai_nama} ({nama_periode}) sudah final."),
            apa=apa, pegawai_nama=ev.skp.pegawai_nama, nama_periode=ev.periode.nama,
        ))


def _boleh_isi(ctx: AppContext, ev: Evaluasi) -> bool:
    a = ctx.actor
    pemilik = ((a.can(Permission.EVAL_SELF) or a.can(Permission.SKP_EDIT_ANY))
               and scope.boleh_ubah_milik(a, ev.skp.pegawai_id))
    return pemilik or _boleh_timpa(ctx, ev)


def _boleh_timpa(ctx: AppContext, ev: Evaluasi) -> bool:
    return ctx.actor.can(Permission.EVAL_RATE) and scope.bertindak_sebagai_penilai(ctx.actor, ev.skp)


def _bound(ev: Evaluasi) -> list[Indikator]:
    return [i for r in ev.skp.rhk for i in r.indikator if ikatan_of(i) is not None]


def get_status_ukuran(ctx: AppContext, skp_id: int, evaluasi_id: int | None) -> dict[int, StatusUkuran]:
    """Bound indicators of an SKP with their computed figure in one evaluation (if any)."""
    with ctx.read() as s:
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan."), skp_id=skp_id))
        if not scope.boleh_lihat_evaluasi(ctx.actor, skp):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak melihat evaluasi pegawai ini."),
            ))
        inds = s.scalars(select(Indikator).join(Rhk).where(Rhk.skp_id == skp_id)).all()
        real: dict[int, Realisasi] = {}
        if evaluasi_id is not None:
            real = {r.indikator_id: r for r in s.scalars(select(Realisasi).where(Realisasi.evaluasi_id == evaluasi_id))}
        out: dict[int, StatusUkuran] = {}
        for i in inds:
            ik = ikatan_of(i)
            if ik is None:
                continue
            r = real.get(i.id)
            out[i.id] = StatusUkuran(
                i.id, ik, ik.uraian, (i.satuan or (ik.ukuran.satuan if ik.ukuran else "")),
                r.ukuran_nilai if r else None, (r.ukuran_dasar or "") if r else "",
                r.ukuran_dihitung_pada if r else None, r.realisasi_nilai if r else None,
                (r.timpa_alasan or "") if r else "", (r.timpa_oleh or "") if r else "", r.timpa_pada if r else None)
        return out


def fill_realisasi_terukur(ctx: AppContext, evaluasi_id: int, *, version_id: int | None = None,
                     indikator_ids: Sequence[int] | None = None) -> HasilIsi:
    """Fill (or refill) the realisasi of every bound indicator of the evaluation from the records.

    The computed figure and its basis are stored; ``realisasi_nilai`` follows the figure unless the
    evaluator overrode it, in which case the override stays and the result says old → new. The
    realisasi text is set to the basis while it is empty or still the previous basis (the
    employee's own words are never replaced). The computed report becomes the indicator's
    generated bukti dukung (the previous one is replaced).
    """
    with ctx.read() as s:
        ev = _load(s, evaluasi_id)
        if not _boleh_isi(ctx, ev):
            raise PermissionDenied(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak mengisi realisasi evaluasi {pegawai_nama}."),
                    username=ctx.actor.username, pegawai_nama=ev.skp.pegawai_nama,
                ))
        _writable(ev, "Pengisian realisasi dari catatan")
        pegawai_id = ev.skp.pegawai_id
        mulai, selesai = ev.periode.tanggal_mulai, ev.periode.tanggal_selesai
        tahun = ev.periode.tahun_kinerja.tahun
        nomor = _nomor_rhk(ev)
        targets = [(i.id, ikatan_of(i), _nama_indikator(i, nomor), (i.satuan or "")) for i in _bound(ev)
                   if indikator_ids is None or i.id in set(indikator_ids)]
        kepala = {
            "pegawai": ev.skp.pegawai_nama, "nip": ev.skp.pegawai_nip or "", "jabatan": ev.skp.pegawai_jabatan or "",
            "periode": f"{ev.periode.nama} {tahun} ({format_tanggal(mulai)} s.d. {format_tanggal(selesai)})",
        }
    hasil: list[tuple[int, HasilUkuran, str, str]] = []
    for iid, ik, nama, satuan in targets:
        assert ik is not None
        try:
            h = _compute_ukuran(ctx, ik, pegawai_id=pegawai_id, mulai=mulai, selesai=selesai)
        except ValidationError as exc:
            h = HasilUkuran(ik, None, f"tidak dapat dihitung: {exc.message}")
        hasil.append((iid, h, nama, satuan))
    now = datetime.now().replace(microsecond=0)
    files = {iid: _tulis_laporan(ctx, tahun, kepala, nama, h, now) for iid, h, nama, _sat in hasil}
    out = HasilIsi(evaluasi_id=evaluasi_id)
    lepas: list[tuple[str | None, str | None]] = []
    with ctx.write("evaluasi.ukuran_isi") as uow:
        s = uow.session
        ev = _load(s, evaluasi_id)
        if not _boleh_isi(ctx, ev):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak mengisi realisasi evaluasi ini."),
                username=ctx.actor.username,
            ))
        if version_id is not None and ev.version_id != version_id:
            raise ConflictError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Evaluasi {pegawai_nama} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Muat ulang, lalu ulangi."),
                    pegawai_nama=ev.skp.pegawai_nama,
                ))
        _writable(ev, "Pengisian realisasi dari catatan")
        by_ind = {r.indikator_id: r for r in ev.realisasi}
        for iid, h, nama, satuan in hasil:
            row = by_ind.get(iid)
            if row is None:
                row = Realisasi(indikator_id=iid)
                ev.realisasi.append(row)
                by_ind[iid] = row
            before = {"ukuran_nilai": row.ukuran_nilai, "ukuran_dasar": row.ukuran_dasar,
                      "realisasi_nilai": row.realisasi_nilai, "realisasi": row.realisasi}
            lama_dasar = row.ukuran_dasar
            lama = row.ukuran_nilai
            row.ukuran_nilai = h.nilai
            row.ukuran_dasar = h.dasar
            row.ukuran_dihitung_pada = now
            ditimpa = bool(row.timpa_alasan)
            if not ditimpa:
                row.realisasi_nilai = h.nilai
            if not (row.realisasi or "").strip() or row.realisasi == lama_dasar:
                row.realisasi = _kapital(h.dasar)
            for b in [b for b in row.bukti if b.otomatis]:
                lepas.append((b.sha256, b.path_relatif))
                row.bukti.remove(b)
            isi, nama_berkas = files[iid]
            berkas.record(s, isi)
            row.bukti.append(BuktiDukung(jenis=JenisBukti.FILE.value, nama_asli=nama_berkas, path_relatif=isi.rel,
                                         sha256=isi.sha256, ukuran=isi.ukuran, otomatis=True,
                                         keterangan="Laporan perhitungan otomatis"))
            s.flush()
            uow.audit("realisasi", f"{ev.id}/{iid}",
                      f"Realisasi \"{nama}\" dihitung dari catatan ({ev.skp.pegawai_nama}, {ev.periode.nama}): "
                      f"{h.dasar}" + ("; angka tetap ditimpa pejabat penilai" if ditimpa else ""),
                      before, {"ukuran_nilai": row.ukuran_nilai, "ukuran_dasar": row.ukuran_dasar,
                               "realisasi_nilai": row.realisasi_nilai, "realisasi": row.realisasi})
            out.perubahan.append(PerubahanUkuran(iid, nama, lama, h.nilai, h.dasar, ditimpa, row.realisasi_nilai,
                                                 satuan or (h.ikatan.ukuran.satuan if h.ikatan.ukuran else "")))
        if hasil:
            uow.touch(ev)
        s.flush()
        gone = berkas.release(s, lepas)
    berkas.unlink(ctx, gone)
    return out


def _kapital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tulis_laporan(ctx: AppContext, tahun: int, kepala: dict[str, str], indikator: str, h: HasilUkuran,
                   waktu: datetime) -> tuple[berkas.Isi, str]:
    """Render the computed report into the content-addressed evidence store (as bukti files are)."""
    # imported here: reportlab costs ~0.3 s, paid by every area that merely lists evaluations
    from asn_desktop.reports.ukuran_pdf import LaporanUkuran, render_laporan_ukuran

    u = h.ikatan.ukuran
    data = render_laporan_ukuran(LaporanUkuran(
        pegawai=kepala["pegawai"], nip=kepala["nip"], jabatan=kepala["jabatan"], periode=kepala["periode"],
        indikator=indikator, ukuran=u.label if u else h.ikatan.kunci, lingkup=h.lingkup_teks,
        jenis_layanan=h.ikatan.jenis or "Semua layanan", sumber=u.sumber.label if u else "",
        keterangan=u.keterangan if u else "", nilai=h.nilai_teks, dasar=_kapital(h.dasar), rincian=list(h.rincian),
        dihitung_pada=waktu.strftime("%d-%m-%Y %H:%M"), dihitung_oleh=ctx.actor.username,
    ))
    isi = berkas.stage_bytes(ctx, data, tahun, ".pdf")
    return isi, nama_berkas("Perhitungan", h.ikatan.kunci, kepala["pegawai"][:40], ext=".pdf")


def override_realisasi(ctx: AppContext, evaluasi_id: int, indikator_id: int, nilai: float | None, alasan: str = "",
                    *, version_id: int | None = None) -> StatusUkuran:
    """The evaluator sets the realisasi of a bound indicator by hand, with the reason; ``nilai``
    None withdraws the override (the computed figure applies again). Kept on every recompute."""
    alasan = (alasan or "").strip()
    if nilai is not None:
        try:
            nilai = float(nilai)
        except (TypeError, ValueError):
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Angka penimpaan '{nilai}' bukan angka."),
                nilai=nilai,
            )) from None
        if nilai != nilai or abs(nilai) > 1e12:
            raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Angka penimpaan di luar jangkauan.")))
        if not alasan:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Alasan penimpaan wajib diisi: angka dari catatan kantor hanya diganti dengan alasan."),
            ))
        if len(alasan) > MAKS_ALASAN:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Alasan terlalu panjang (%n karakter; maksimal {maks})."),
                n=len(alasan), maks=MAKS_ALASAN,
            ))
    with ctx.write("evaluasi.ukuran_timpa", Permission.EVAL_RATE) as uow:
        s = uow.session
        ev = _load(s, evaluasi_id)
        if not _boleh_timpa(ctx, ev):
            raise PermissionDenied(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Hanya pejabat penilai {pegawai_nama} (atau admin) yang dapat menimpa angka dari catatan."),
                    pegawai_nama=ev.skp.pegawai_nama,
                ))
        if version_id is not None and ev.version_id != version_id:
            raise ConflictError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Evaluasi {pegawai_nama} sudah diubah di tempat lain; muat ulang."),
                pegawai_nama=ev.skp.pegawai_nama,
            ))
        _writable(ev, "Penimpaan realisasi")
        ind = next((i for r in ev.skp.rhk for i in r.indikator if i.id == indikator_id), None)
        if ind is None:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Indikator {indikator_id} bukan bagian dari SKP {pegawai_nama}."),
                indikator_id=indikator_id, pegawai_nama=ev.skp.pegawai_nama,
            ))
        if ikatan_of(ind) is None:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Indikator ini tidak terikat ukuran; isi realisasinya seperti biasa."),
            ))
        row = next((r for r in ev.realisasi if r.indikator_id == indikator_id), None)
        if row is None:
            row = Realisasi(indikator_id=indikator_id)
            ev.realisasi.append(row)
        before = {"realisasi_nilai": row.realisasi_nilai, "timpa_alasan": row.timpa_alasan,
                  "timpa_oleh": row.timpa_oleh}
        if nilai is None:
            row.realisasi_nilai = row.ukuran_nilai
            row.timpa_alasan = row.timpa_oleh = row.timpa_pada = None
            ringkasan = f"Penimpaan realisasi \"{ind.teks[:60]}\" dicabut; angka dari catatan berlaku lagi"
        else:
            row.realisasi_nilai = nilai
            row.timpa_alasan = alasan
            row.timpa_oleh = ctx.actor.username
            row.timpa_pada = datetime.now().replace(microsecond=0)
            ringkasan = (f"Realisasi \"{ind.teks[:60]}\" ditimpa: {format_angka(row.ukuran_nilai)} → "
                         f"{format_angka(nilai)} ({ev.skp.pegawai_nama}); alasan: {alasan[:200]}")
        s.flush()
        uow.audit("realisasi", f"{ev.id}/{indikator_id}", ringkasan, before,
                  {"realisasi_nilai": row.realisasi_nilai, "timpa_alasan": row.timpa_alasan,
                   "timpa_oleh": row.timpa_oleh})
        uow.touch(ev)
        skp_id = ev.skp_id
    return get_status_ukuran(ctx, skp_id, evaluasi_id)[indikator_id]


def refuse_manual_angka(row: Realisasi | None, indikator: Indikator | None, nilai: float | None) -> None:
    """Used by realisasi saving: the number of a bound indicator comes from the records, and only
    the evaluator changes it (with a reason), so a typed change is refused, not silently kept."""
    if indikator is None or ikatan_of(indikator) is None:
        return
    lama = row.realisasi_nilai if row is not None else None
    if nilai != lama and not (lama is not None and nilai is not None and abs(nilai - lama) < 1e-9):
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Realisasi angka indikator \"{teks}\" dihitung dari catatan kantor; gunakan 'Hitung dari catatan'. Pejabat penilai dapat menimpanya dengan alasan."),
                teks=indikator.teks[:80],
            ))
