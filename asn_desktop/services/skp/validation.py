"""Whether an SKP is complete enough to submit (PermenPANRB 6/2022 lampiran).

Errors block submitting and approving; warnings are shown but do not block.
"""

from __future__ import annotations

from asn_desktop.db.models import Skp
from asn_desktop.domain.enums import JenisRhk, JenisSkp, Pendekatan
from asn_desktop.services.context import AppContext
from asn_desktop.services.indikator_input import bersihkan as _clean
from asn_desktop.services import scope
from asn_desktop.domain.angka import DESIMAL_TARGET, format_angka
from asn_desktop.services.skp.types import Problem, ValidationReport
from asn_desktop.services.skp._common import _load_skp, _ordered_rhk, _rhk_numbers


def _validate(skp: Skp) -> ValidationReport:
    """PermenPANRB 6/2022 lampiran: every RHK has indicators; at least one RHK utama;
    kuantitatif targets are numbers with a unit (a range needs min ≤ max); kualitatif
    targets are descriptions."""
    out: list[Problem] = []
    kual = skp.pendekatan == Pendekatan.KUALITATIF.value
    jpt = skp.jenis_skp == JenisSkp.JPT.value
    rhks = _ordered_rhk(skp)
    nums = _rhk_numbers(skp)
    if not rhks:
        out.append(Problem("SKP belum memiliki Rencana Hasil Kerja (RHK). Tambahkan minimal satu RHK utama."))
    elif not any(r.jenis == JenisRhk.UTAMA.value for r in rhks):
        out.append(Problem("SKP harus memiliki minimal satu RHK utama (bagian A)."))
    for r in rhks:
        nomor = nums[r.id]
        if not _clean(r.teks):
            out.append(Problem(f"RHK {nomor}: uraian RHK masih kosong.", rhk_id=r.id))
        inds = sorted(r.indikator, key=lambda i: i.urutan)
        if not inds:
            out.append(Problem(f"RHK {nomor} belum memiliki indikator kinerja individu.", rhk_id=r.id))
        for k, i in enumerate(inds, start=1):
            where = f"RHK {nomor}, indikator {k}"
            if not _clean(i.teks):
                out.append(Problem(f"{where}: uraian indikator masih kosong.", rhk_id=r.id))
            if kual:
                if not _clean(i.target_teks):
                    out.append(Problem(f"{where}: target (uraian kualitatif) belum diisi.", rhk_id=r.id))
            else:
                if i.target_min is None:
                    out.append(Problem(f"{where}: target belum diisi (angka, atau rentang min–maks).", rhk_id=r.id))
                elif i.target_max is not None and i.target_max < i.target_min:
                    out.append(Problem(
                        f"{where}: rentang target terbalik ({format_angka(i.target_min, DESIMAL_TARGET)} – "
                        f"{format_angka(i.target_max, DESIMAL_TARGET)}); nilai minimum harus ≤ maksimum.", rhk_id=r.id))
                if not _clean(i.satuan):
                    out.append(Problem(f"{where}: satuan target belum diisi (mis. dokumen, %, bulan).", rhk_id=r.id))
        if jpt and r.jenis == JenisRhk.UTAMA.value and not r.perspektif:
            out.append(Problem(f"RHK {nomor}: perspektif belum dipilih.", peringatan=True, rhk_id=r.id))
        if (not jpt and r.jenis == JenisRhk.UTAMA.value and r.parent_rhk_id is None
                and not _clean(r.rhk_atasan_teks) and skp.pejabat_penilai_id is not None):
            out.append(Problem(
                f"RHK {nomor} belum mengintervensi RHK atasan (cascading).", peringatan=True, rhk_id=r.id))
    if not skp.penilai_nama:
        out.append(Problem("Pejabat penilai belum ditetapkan.", peringatan=True))
    return ValidationReport(out)


def validate_skp(ctx: AppContext, skp_id: int) -> ValidationReport:
    with ctx.read() as s:
        skp = _load_skp(s, skp_id)
        scope.require_baca_skp(ctx.actor, skp)
        return _validate(skp)
