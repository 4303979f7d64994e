"""Perilaku kerja (BerAKHLAK, UU 20/2023) ekspektasi khusus and the lampiran texts
of a draft SKP (kinerja-asn.md §3-4)."""

from __future__ import annotations

from typing import Any

from asn_desktop.db.models import PerilakuSkp
from asn_desktop.domain.berakhlak import BERAKHLAK, nilai_by_kode
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.services.context import AppContext, row_dict
from asn_desktop.services.errors import Problems, ValidationError, pesan_dari
from asn_desktop.services.indikator_input import MAX_TEKS
from asn_desktop.services.indikator_input import bersihkan as _clean
from asn_desktop.services.skp.types import MAX_LAMPIRAN, SkpDetail
from asn_desktop.services.skp._common import _load_skp, _require_edit, _expect
from asn_desktop.services.skp.reading import get_skp


def update_perilaku(ctx: AppContext, skp_id: int, ekspektasi: dict[str, str], *,
                    expected_version: int | None = None) -> SkpDetail:
    """Ekspektasi khusus pimpinan per BerAKHLAK value ("-" when none; kinerja-asn.md §4)."""
    with ctx.write("skp.ubah_perilaku") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        problems = Problems()
        for kode, teks in ekspektasi.items():
            try:
                nilai_by_kode(kode)
            except ValueError as exc:
                problems.error(kode, pesan_dari(exc))
            if len(teks or "") > MAX_TEKS:
                problems.error(kode, Msg.of(QT_TRANSLATE_NOOP("Pesan", "ekspektasi khusus terlalu panjang (maksimal {max_teks} karakter)."), max_teks=MAX_TEKS))
        problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Ekspektasi khusus belum dapat disimpan.")))
        rows = {p.kode: p for p in skp.perilaku}
        changed: dict[str, Any] = {}
        for b in BERAKHLAK:
            if b.kode not in ekspektasi:
                continue
            val = _clean(ekspektasi[b.kode]) or "-"
            row = rows.get(b.kode)
            if row is None:
                row = PerilakuSkp(skp_id=skp.id, nomor=b.nomor, kode=b.kode)
                s.add(row)
            if row.ekspektasi_khusus != val:
                changed[b.kode] = (row.ekspektasi_khusus, val)
                row.ekspektasi_khusus = val
        if changed:
            uow.audit("skp", skp.id, f"Ekspektasi khusus SKP {skp.pegawai_nama} diubah",
                      {k: v[0] for k, v in changed.items()}, {k: v[1] for k, v in changed.items()})
            uow.touch(skp)
    return get_skp(ctx, skp_id)


def update_lampiran(ctx: AppContext, skp_id: int, dukungan_sumber_daya: str, skema_pertanggungjawaban: str,
                    konsekuensi: str, *, expected_version: int | None = None) -> SkpDetail:
    """Lampiran SKP: three free texts (PermenPANRB 6/2022 lampiran; kinerja-asn.md §3)."""
    with ctx.write("skp.ubah_lampiran") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id, full=False)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        for name, val in (("Dukungan sumber daya", dukungan_sumber_daya),
                          ("Skema pertanggungjawaban", skema_pertanggungjawaban), ("Konsekuensi", konsekuensi)):
            if len(val or "") > MAX_LAMPIRAN:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "{name} terlalu panjang (%n karakter; maksimal {maks})."),
                    name=name, n=len(val), maks=MAX_LAMPIRAN,
                ))
        before = row_dict(skp)
        skp.lampiran_dukungan_sumber_daya = _clean(dukungan_sumber_daya) or None
        skp.lampiran_skema_pertanggungjawaban = _clean(skema_pertanggungjawaban) or None
        skp.lampiran_konsekuensi = _clean(konsekuensi) or None
        uow.audit_change(skp, before, f"Lampiran SKP {skp.pegawai_nama} diubah")
    return get_skp(ctx, skp_id)
