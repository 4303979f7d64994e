"""Ratings, predikat kinerja, distribution curve and angka kredit.

Sources (kinerja-asn.md §5):

* PermenPANRB 6/2022 Pasal 35–36 and lampiran — rating hasil kerja / perilaku
  kerja and the quadrant matrix that yields the predikat kinerja pegawai; no
  formula, the supervisor judges.
* SE MenPANRB 3/2023 — organisation predicate bounds the distribution of the
  unit's employee predicates (the curve). Rounding for small units is not
  specified (unconfirmed), so violations are **warnings**, never blocks.
* Peraturan BKN 3/2023 — predikat converts to angka kredit for jabatan
  fungsional: AK = bulan/12 × persentase × koefisien tahunan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from .enums import JenjangFungsional, Predikat, PredikatOrganisasi, Rating
from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks  # guidance and curve rules: the UI shows them translated

# --------------------------------------------------------------------------- matrix

#: Quadrant matrix, PermenPANRB 6/2022 lampiran: (rating hasil, rating perilaku) → predikat.
MATRIKS_PREDIKAT: dict[tuple[Rating, Rating], Predikat] = {
    (Rating.DI_ATAS, Rating.DI_BAWAH): Predikat.KURANG,
    (Rating.DI_ATAS, Rating.SESUAI): Predikat.BAIK,
    (Rating.DI_ATAS, Rating.DI_ATAS): Predikat.SANGAT_BAIK,
    (Rating.SESUAI, Rating.DI_BAWAH): Predikat.KURANG,
    (Rating.SESUAI, Rating.SESUAI): Predikat.BAIK,
    (Rating.SESUAI, Rating.DI_ATAS): Predikat.BAIK,
    (Rating.DI_BAWAH, Rating.DI_BAWAH): Predikat.SANGAT_KURANG,
    (Rating.DI_BAWAH, Rating.SESUAI): Predikat.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH, Rating.DI_ATAS): Predikat.BUTUH_PERBAIKAN,
}


def predikat_kinerja(hasil: Rating, perilaku: Rating) -> Predikat:
    """Predikat kinerja pegawai from the two ratings (PermenPANRB 6/2022 lampiran)."""
    try:
        return MATRIKS_PREDIKAT[(Rating(hasil), Rating(perilaku))]
    except ValueError:
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Rating tidak dikenal (hasil kerja: {hasil}, perilaku kerja: {perilaku}); "
                    "gunakan Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi."), hasil=repr(hasil), perilaku=repr(perilaku))
        ) from None


#: Highest first; order for sorting and reports (kinerja-asn.md §5).
PREDIKAT_ORDER: tuple[Predikat, ...] = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)
_RANK = {p: len(PREDIKAT_ORDER) - i for i, p in enumerate(PREDIKAT_ORDER)}


def predikat_rank(p: Predikat) -> int:
    """Sort key, higher is better: Sangat Baik 5 … Sangat Kurang 1."""
    return _RANK[Predikat(p)]


#: Persentase angka kredit per predikat (Peraturan BKN 3/2023).
PERSENTASE_AK: dict[Predikat, int] = {
    Predikat.SANGAT_BAIK: 150,
    Predikat.BAIK: 100,
    Predikat.BUTUH_PERBAIKAN: 75,
    Predikat.KURANG: 50,
    Predikat.SANGAT_KURANG: 25,
}

#: Guidance for rating hasil kerja (PermenPANRB 6/2022 lampiran; kinerja-asn.md §5).
PANDUAN_RATING_HASIL: dict[Rating, str] = {
    Rating.DI_ATAS: QT_TRANSLATE_NOOP(
        "Pesan",
        "Sebagian besar atau seluruh hasil kerja melebihi ekspektasi, dan tidak ada hasil kerja utama yang di bawah ekspektasi.",
    ),
    Rating.SESUAI: QT_TRANSLATE_NOOP(
        "Pesan",
        "Sebagian besar atau seluruh hasil kerja sesuai ekspektasi; hanya sebagian kecil hasil kerja utama yang di bawah ekspektasi.",
    ),
    Rating.DI_BAWAH: QT_TRANSLATE_NOOP("Pesan", "Sebagian besar atau seluruh hasil kerja di bawah ekspektasi."),
}

#: Guidance for rating perilaku kerja, measured against the BerAKHLAK panduan
#: perilaku and the ekspektasi khusus pimpinan (PermenPANRB 6/2022 lampiran).
PANDUAN_RATING_PERILAKU: dict[Rating, str] = {
    Rating.DI_ATAS: QT_TRANSLATE_NOOP(
        "Pesan",
        "Perilaku kerja secara umum melampaui panduan perilaku BerAKHLAK dan ekspektasi khusus pimpinan, serta dapat menjadi teladan bagi pegawai lain.",
    ),
    Rating.SESUAI: QT_TRANSLATE_NOOP(
        "Pesan",
        "Perilaku kerja secara umum sesuai dengan panduan perilaku BerAKHLAK dan ekspektasi khusus pimpinan.",
    ),
    Rating.DI_BAWAH: QT_TRANSLATE_NOOP(
        "Pesan",
        "Perilaku kerja secara umum belum sesuai dengan panduan perilaku BerAKHLAK atau ekspektasi khusus pimpinan, atau terdapat pelanggaran (misconduct).",
    ),
}

# --------------------------------------------------------------------------- curve

#: The rule per organisation predicate, in Bahasa Indonesia (SE MenPANRB 3/2023).
CURVE_RULES: dict[PredikatOrganisasi, str] = {
    PredikatOrganisasi.ISTIMEWA: QT_TRANSLATE_NOOP(
        "Pesan",
        "Organisasi Istimewa: predikat Sangat Baik paling banyak 70 %; sisanya predikat lain mana pun.",
    ),
    PredikatOrganisasi.BAIK: QT_TRANSLATE_NOOP(
        "Pesan",
        "Organisasi Baik: predikat Baik paling banyak 70 %; harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct; sisanya Sangat Baik dan/atau Sangat Kurang.",
    ),
    PredikatOrganisasi.BUTUH_PERBAIKAN: QT_TRANSLATE_NOOP(
        "Pesan",
        "Organisasi Butuh Perbaikan: predikat Butuh Perbaikan paling sedikit 60 %; Sangat Baik paling banyak 10 %; sisanya Baik, Kurang/Misconduct, Sangat Kurang.",
    ),
    PredikatOrganisasi.KURANG: QT_TRANSLATE_NOOP(
        "Pesan",
        "Organisasi Kurang: predikat Kurang/Misconduct paling sedikit 60 %; Butuh Perbaikan paling sedikit 10 %; Sangat Baik paling banyak 10 %; sisanya Baik, Sangat Kurang.",
    ),
    PredikatOrganisasi.SANGAT_KURANG: QT_TRANSLATE_NOOP(
        "Pesan",
        "Organisasi Sangat Kurang: predikat Sangat Kurang paling sedikit 60 %; Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10 %; sisanya Baik; tidak boleh ada Sangat Baik.",
    ),
}

_SOURCE = "SE MenPANRB 3/2023"

#: Rating hasil kerja of the person who leads a unit, from the unit's capaian
#: kinerja organisasi. SE MenPANRB 3/2023 (tahap ketiga): "apabila pimpinan
#: organisasi adalah pegawai yang dievaluasi, maka capaian kinerja satuan
#: organisasi yang dipimpin ditetapkan sebagai rating hasil kerja pegawai yang
#: bersangkutan". The five organisation levels fold into the three ratings as in
#: BKN practice (kinerja-asn.md §5). The direction is one-way: the organisation
#: predicate is an input set by the higher leader, never derived from a rating.
RATING_PIMPINAN_DARI_ORGANISASI: dict[PredikatOrganisasi, Rating] = {
    PredikatOrganisasi.ISTIMEWA: Rating.DI_ATAS,
    PredikatOrganisasi.BAIK: Rating.SESUAI,
    PredikatOrganisasi.BUTUH_PERBAIKAN: Rating.DI_BAWAH,
    PredikatOrganisasi.KURANG: Rating.DI_BAWAH,
    PredikatOrganisasi.SANGAT_KURANG: Rating.DI_BAWAH,
}


def rating_hasil_pimpinan(org: PredikatOrganisasi) -> Rating:
    """The rating hasil kerja a unit's leader gets from his unit's capaian (SE MenPANRB 3/2023)."""
    return RATING_PIMPINAN_DARI_ORGANISASI[PredikatOrganisasi(org)]



@dataclass(frozen=True)
class CurveCheck:
    """Result of checking a unit's predikat distribution against the curve.

    ``shares`` are fractions 0..1 (0.7 = 70 %). ``messages`` are warnings when
    ``ok`` is False, or an informational note when the unit is empty.
    """

    ok: bool
    total: int
    counts: dict[Predikat, int]
    shares: dict[Predikat, float]
    messages: list[str] = field(default_factory=list)
    rule_text: str = ""


def _persen(count: int, total: int) -> str:
    """"71,4 %" (Indonesian decimal comma), "70 %" when whole."""
    text = f"{count * 100 / total:.1f}".replace(".", ",")
    if text.endswith(",0"):
        text = text[:-2]
    return f"{text} %"


#: Predicate names as catalogue entries: the curve messages are shown through ui/i18n.teks.
_NAMA_PREDIKAT = {
    Predikat.SANGAT_BAIK: QT_TRANSLATE_NOOP("Pesan", "Sangat Baik"),
    Predikat.BAIK: QT_TRANSLATE_NOOP("Pesan", "Baik"),
    Predikat.BUTUH_PERBAIKAN: QT_TRANSLATE_NOOP("Pesan", "Butuh Perbaikan"),
    Predikat.KURANG: QT_TRANSLATE_NOOP("Pesan", "Kurang/Misconduct"),
    Predikat.SANGAT_KURANG: QT_TRANSLATE_NOOP("Pesan", "Sangat Kurang"),
}
_NAMA_ORGANISASI = {
    PredikatOrganisasi.ISTIMEWA: QT_TRANSLATE_NOOP("Pesan", "Istimewa"),
    PredikatOrganisasi.BAIK: QT_TRANSLATE_NOOP("Pesan", "Baik"),
    PredikatOrganisasi.BUTUH_PERBAIKAN: QT_TRANSLATE_NOOP("Pesan", "Butuh Perbaikan"),
    PredikatOrganisasi.KURANG: QT_TRANSLATE_NOOP("Pesan", "Kurang"),
    PredikatOrganisasi.SANGAT_KURANG: QT_TRANSLATE_NOOP("Pesan", "Sangat Kurang"),
}


def _names(preds: tuple[Predikat, ...]) -> Msg:
    names = [Msg(_NAMA_PREDIKAT[p]) for p in preds]
    if len(names) == 1:
        return names[0]
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{a} dan/atau {b}"), a=names[0], b=_names(preds[1:]))


def check_distribution(org: PredikatOrganisasi, counts: Mapping[Predikat, int]) -> CurveCheck:
    """Compare a unit's employee predicates with the curve for ``org`` (SE MenPANRB 3/2023).

    Limits are inclusive (exactly 70 % is allowed for "paling banyak 70 %").
    Percentages are compared in integers, so there is no floating-point edge.
    Never raises for a violation: small-unit rounding is unspecified, so the
    result is a warning the UI shows beside the distribution.
    """
    org = PredikatOrganisasi(org)
    full: dict[Predikat, int] = {p: 0 for p in PREDIKAT_ORDER}
    for key, value in counts.items():
        try:
            p = Predikat(key)
        except ValueError:
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Predikat {key} tidak dikenal pada data distribusi."), key=repr(key))) from None
        n = int(value)
        if n < 0:
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jumlah pegawai untuk predikat {label} tidak boleh negatif ({jumlah})."), label=Msg(p.label), jumlah=n))
        full[p] += n
    total = sum(full.values())
    shares = {p: (full[p] / total if total else 0.0) for p in PREDIKAT_ORDER}
    rule = CURVE_RULES[org]
    if total == 0:
        return CurveCheck(
            True,
            0,
            full,
            shares,
            [Teks(Msg(QT_TRANSLATE_NOOP(
                "Pesan", "Belum ada predikat pegawai pada unit ini; kurva distribusi belum dapat diperiksa.")))],
            rule,
        )

    # each message a Teks: Indonesian text for logs and tests, its Msg for the UI
    messages: list[str] = []
    head = Msg.of(QT_TRANSLATE_NOOP("Pesan", "Organisasi {organisasi} ({sumber})"),
                  organisasi=Msg(_NAMA_ORGANISASI[org]), sumber=_SOURCE)

    def at_most(preds: tuple[Predikat, ...], pct: int) -> None:
        n = sum(full[p] for p in preds)
        if n * 100 > pct * total:
            messages.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "{kepala}: predikat {predikat} paling banyak {batas} %, saat ini {persen} ({jumlah} dari "
                "{total} pegawai)."), kepala=head, predikat=_names(preds), batas=pct, persen=_persen(n, total),
                jumlah=n, total=total)))

    def at_least(preds: tuple[Predikat, ...], pct: int) -> None:
        n = sum(full[p] for p in preds)
        if n * 100 < pct * total:
            messages.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "{kepala}: predikat {predikat} paling sedikit {batas} %, saat ini {persen} ({jumlah} dari "
                "{total} pegawai)."), kepala=head, predikat=_names(preds), batas=pct, persen=_persen(n, total),
                jumlah=n, total=total)))

    SB, B, BP, K, SK = PREDIKAT_ORDER
    if org is PredikatOrganisasi.ISTIMEWA:
        at_most((SB,), 70)
    elif org is PredikatOrganisasi.BAIK:
        at_most((B,), 70)
        if full[BP] + full[K] == 0:
            messages.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "{kepala}: harus ada pegawai dengan predikat {predikat}, saat ini tidak ada (0 dari {total} "
                "pegawai)."), kepala=head, predikat=_names((BP, K)), total=total)))
    elif org is PredikatOrganisasi.BUTUH_PERBAIKAN:
        at_least((BP,), 60)
        at_most((SB,), 10)
    elif org is PredikatOrganisasi.KURANG:
        at_least((K,), 60)
        at_least((BP,), 10)
        at_most((SB,), 10)
    else:  # SANGAT_KURANG
        at_least((SK,), 60)
        at_least((K, BP), 10)
        if full[SB]:
            messages.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "{kepala}: tidak boleh ada predikat {predikat}, saat ini {persen} ({jumlah} dari {total} "
                "pegawai)."), kepala=head, predikat=_names((SB,)), persen=_persen(full[SB], total), jumlah=full[SB],
                total=total)))
    return CurveCheck(not messages, total, full, shares, messages, rule)


# --------------------------------------------------------------------------- angka kredit

#: Koefisien angka kredit tahunan per jenjang. Ahli Pertama 12.5 is from the
#: reference (Peraturan BKN 3/2023); the others follow PermenPANRB 1/2023
#: lampiran and are defaults the admin may override (configurable).
KOEFISIEN_TAHUNAN: dict[JenjangFungsional, float] = {
    JenjangFungsional.AHLI_PERTAMA: 12.5,
    JenjangFungsional.AHLI_MUDA: 25.0,  # PermenPANRB 1/2023 lampiran (configurable)
    JenjangFungsional.AHLI_MADYA: 37.5,  # PermenPANRB 1/2023 lampiran (configurable)
    JenjangFungsional.AHLI_UTAMA: 50.0,  # PermenPANRB 1/2023 lampiran (configurable)
    JenjangFungsional.PEMULA: 3.75,  # PermenPANRB 1/2023 lampiran (configurable)
    JenjangFungsional.TERAMPIL: 5.0,  # PermenPANRB 1/2023 lampiran (configurable)
    JenjangFungsional.MAHIR: 12.5,  # PermenPANRB 1/2023 lampiran (configurable)
    JenjangFungsional.PENYELIA: 25.0,  # PermenPANRB 1/2023 lampiran (configurable)
}


def angka_kredit(predikat: Predikat, koefisien: float, bulan: int = 12) -> float:
    """AK = bulan/12 × persentase/100 × koefisien tahunan (Peraturan BKN 3/2023).

    Rounded half-up to 3 decimals (computed exactly with fractions, so
    3 months Sangat Baik at 12.5 gives 4.688, not a float artefact).
    """
    if isinstance(bulan, bool) or not isinstance(bulan, int) or not 1 <= bulan <= 12:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jumlah bulan penilaian harus 1 sampai 12, ditemukan {bulan}."), bulan=repr(bulan)))
    if isinstance(koefisien, bool) or not isinstance(koefisien, (int, float)) or koefisien < 0:
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP("Pesan", "Koefisien angka kredit harus angka 0 atau lebih, ditemukan {koefisien}."), koefisien=repr(koefisien))
        )
    pct = PERSENTASE_AK[Predikat(predikat)]
    exact = Fraction(bulan, 12) * Fraction(pct, 100) * Fraction(str(koefisien))
    thousandths = (exact * 1000 + Fraction(1, 2)).__floor__()
    return thousandths / 1000


@dataclass(frozen=True)
class MasaJenjang:
    """Consecutive months of one period served in one jenjang (``None`` = no jenjang known or held)."""

    jenjang: JenjangFungsional | None
    bulan_mulai: int  # 1..12, calendar month
    bulan_selesai: int  # inclusive

    @property
    def bulan(self) -> int:
        return self.bulan_selesai - self.bulan_mulai + 1


def jenjang_per_bulan(
    riwayat: Sequence[tuple[date, JenjangFungsional | None]],
    tahun: int,
    bulan_mulai: int,
    bulan_selesai: int,
) -> list[MasaJenjang]:
    """The jenjang held in each month of ``tahun`` from ``bulan_mulai`` to ``bulan_selesai``, grouped.

    Peraturan BKN 3/2023 converts a predikat into angka kredit with the coefficient of the jenjang
    *held in the rated period*, in proportion to the months (bulan/12): a promotion from Ahli Pertama
    to Ahli Muda in July gives January–June at 12.5 and July–December at 25, never the whole year at
    today's jenjang. ``riwayat`` is the riwayat jabatan as (TMT, jenjang; ``None`` for a post without
    a jenjang fungsional). A month counts for the entry in force on its first day (TMT jabatan is
    normally the first of a month; a TMT later in a month starts counting in the next one). Months
    before the first TMT have no known jenjang (``None``): the history does not say what was held.
    """
    if not 1 <= bulan_mulai <= bulan_selesai <= 12:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Rentang bulan {bulan_mulai}–{bulan_selesai} tidak sah (1 sampai 12)."), bulan_mulai=bulan_mulai, bulan_selesai=bulan_selesai))
    urut = sorted(riwayat, key=lambda r: r[0])
    out: list[MasaJenjang] = []
    for bulan in range(bulan_mulai, bulan_selesai + 1):
        awal = date(tahun, bulan, 1)
        berlaku: JenjangFungsional | None = None
        for tmt, jj in urut:
            if tmt <= awal:
                berlaku = jj
            else:
                break
        if out and out[-1].jenjang == berlaku:
            out[-1] = MasaJenjang(berlaku, out[-1].bulan_mulai, bulan)
        else:
            out.append(MasaJenjang(berlaku, bulan, bulan))
    return out


def angka_kredit_masa(
    predikat: Predikat, masa: Sequence[MasaJenjang], koefisien: Mapping[JenjangFungsional, float]
) -> float | None:
    """AK of one rated period whose months may fall under different jenjang (Peraturan BKN 3/2023).

    Σ bulan/12 × persentase × koefisien of the jenjang held, summed exactly and rounded half-up once
    to 3 decimals; months without a known jenjang add nothing. ``None`` when no month has one.
    """
    pct = PERSENTASE_AK[Predikat(predikat)]
    exact = Fraction(0)
    known = False
    for m in masa:
        if m.jenjang is None:
            continue
        known = True
        exact += Fraction(m.bulan, 12) * Fraction(pct, 100) * Fraction(str(koefisien.get(m.jenjang, 0.0)))
    if not known:
        return None
    return (exact * 1000 + Fraction(1, 2)).__floor__() / 1000
