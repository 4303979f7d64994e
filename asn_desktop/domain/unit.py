"""How a unit kerja is named where many offices share one database.

A kecamatan office knows its units by their own names ("Seksi Pemerintahan"). A regency
database (BKPSDM consolidating every kecamatan, or one PostgreSQL server for all of them)
holds that name once per kecamatan, so wherever a unit is listed it carries the kecamatan it
belongs to: "Seksi Pemerintahan — Kecamatan Maulafa" (kecamatan as a perangkat daerah,
PP 17/2018 Pasal 2).
"""

from __future__ import annotations

from collections.abc import Iterable

from asn_desktop.domain.enums import JenisUnit

#: between a unit's own name and its kecamatan
PEMISAH = " — "


def nama_dengan_kecamatan(units: Iterable[tuple[int, int | None, str, str]]) -> dict[int, str]:
    """unit id → the name to show, from (id, parent id, nama, jenis) of every unit.

    With more than one kecamatan (units of jenis ``kecamatan``, or else more than one top unit —
    each top unit is then an office) every unit below one carries its name after ``PEMISAH``; a
    kecamatan itself and the units above the kecamatans keep their own name. One kecamatan: the
    names as they are."""
    rows = list(units)
    parent = {uid: pid for uid, pid, _n, _j in rows}
    nama = {uid: n for uid, _p, n, _j in rows}
    kec = {uid for uid, _p, _n, jenis in rows if jenis == JenisUnit.KECAMATAN.value}
    if len(kec) <= 1:
        kec = {uid for uid, pid, _n, _j in rows if pid is None or pid not in parent}
    if len(kec) <= 1:
        return dict(nama)
    out: dict[int, str] = {}
    for uid in nama:
        seen: set[int] = set()
        cur = parent.get(uid)
        while cur is not None and cur not in kec and cur not in seen and cur in parent:
            seen.add(cur)
            cur = parent.get(cur)
        out[uid] = nama[uid] if uid in kec or cur not in kec else f"{nama[uid]}{PEMISAH}{nama[cur]}"
    return out
