"""The input of one indicator and its checks, shared by SKP editing (services/skp.py) and the
RHK library (services/template_rhk.py), so the library needs nothing from the SKP service."""

from __future__ import annotations

from dataclasses import dataclass

from asn_desktop.domain.enums import Aspek
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.ukuran import IkatanUkuran, periksa
from asn_desktop.services.errors import Problems

MAX_TEKS = 2000  # an RHK / indicator text longer than this is a paste accident


@dataclass
class IndikatorInput:
    """One indicator of an RHK; ``id`` None = new. Kuantitatif: ``target_min``
    (+ ``target_max`` for a range) and ``satuan``; kualitatif: ``target_teks``."""

    teks: str
    aspek: str = Aspek.KUANTITAS.value
    target_min: float | None = None
    target_max: float | None = None
    satuan: str = ""
    target_teks: str = ""
    lebih_rendah_lebih_baik: bool = False
    id: int | None = None
    ikatan: IkatanUkuran | None = None  # realisasi measured from the office's records (domain/ukuran.py)



def bersihkan(text: str | None) -> str:
    """Trim and drop control characters (a paste from PDF or Word brings them along)."""
    if not text:
        return ""
    text = "".join(ch for ch in str(text) if ch in "\n\t" or ord(ch) >= 32)
    return text.strip()



def check_indikator(k: int, ind: IndikatorInput, kual: bool, problems: Problems) -> None:
    """Problems of one indicator (``k``: its number in the form), for SKP editing and the RHK library."""
    where = f"Indikator {k}"
    if not bersihkan(ind.teks):
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "uraian indikator wajib diisi.")))
    elif len(ind.teks) > MAX_TEKS:
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "uraian terlalu panjang (%n karakter; maksimal {max_teks})."), n=len(ind.teks), max_teks=MAX_TEKS))
    try:
        Aspek(ind.aspek)
    except ValueError:
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "aspek '{aspek}' tidak dikenal (Kuantitas, Kualitas, Waktu, Biaya)."), aspek=ind.aspek))
    for name, val in (("target minimum", ind.target_min), ("target maksimum", ind.target_max)):
        if val is not None:
            try:
                v = float(val)
            except (TypeError, ValueError):
                problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{name} harus berupa angka, bukan '{val}'."), name=name, val=val))
                continue
            if v != v or v in (float("inf"), float("-inf")):
                problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{name} harus berupa angka."), name=name))
            elif abs(v) > 1e12:
                problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{name} terlalu besar ({val})."), name=name, val=val))
    if ind.target_min is None and ind.target_max is not None:
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "isi target minimum bila target berupa rentang.")))
    if (ind.target_min is not None and ind.target_max is not None
            and isinstance(ind.target_min, (int, float)) and isinstance(ind.target_max, (int, float))
            and ind.target_max < ind.target_min):
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "target minimum harus lebih kecil atau sama dengan target maksimum.")))
    if len(ind.satuan or "") > 100:
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "satuan terlalu panjang (maksimal 100 karakter).")))
    if len(ind.target_teks or "") > MAX_TEKS:
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "uraian target terlalu panjang (maksimal {max_teks} karakter)."), max_teks=MAX_TEKS))
    for p in periksa(ind.ikatan) if ind.ikatan is not None else ():
        problems.error(where, p)
    if kual and ind.ikatan is not None:
        problems.error(where, Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP kualitatif: target berupa uraian, tidak dapat dihitung dari catatan kantor.")))
