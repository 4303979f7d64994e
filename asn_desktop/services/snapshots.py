"""What a signed document shows of a person, frozen at signing time.

kinerja-asn.md §3: SKP and evaluation headers (nama, NIP, pangkat/golongan,
jabatan, unit kerja of the employee, the pejabat penilai and the atasan pejabat
penilai) are snapshots: a later promotion or transfer must not rewrite them.
"""

from __future__ import annotations

from typing import Any

from asn_desktop.db.models import Pegawai
from asn_desktop.domain.golongan import golongan_by_kode
from asn_desktop.domain.nama import format_nama
from asn_desktop.services.settings import OfficeInfo

SNAPSHOT_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit")
ROLES = ("pegawai", "penilai", "atasan_penilai")


def pangkat_label(golongan: str | None) -> str:
    """"Penata Muda Tingkat I, III/b" for PNS, "IX" for PPPK; the raw code if unknown."""
    if not golongan:
        return ""
    try:
        return golongan_by_kode(golongan).label
    except ValueError:
        return golongan


def person_snapshot(p: Pegawai | None) -> dict[str, Any]:
    """The five header fields of a person (empty strings when unknown)."""
    if p is None:
        return {f: None for f in SNAPSHOT_FIELDS}
    return {
        "nama": format_nama(p.gelar_depan, p.nama, p.gelar_belakang),
        "nip": p.nip,
        "pangkat": pangkat_label(p.golongan),
        "jabatan": p.nama_jabatan,
        "unit": p.unit.nama if p.unit is not None else None,
    }


def office_atasan_snapshot(office: OfficeInfo) -> dict[str, Any]:
    """The Camat's own supervisor, kept by value: he sits at the regency, usually
    outside this database (kinerja-asn.md §3)."""
    return {
        "nama": office.atasan_camat_nama or None,
        "nip": office.atasan_camat_nip or None,
        "pangkat": office.atasan_camat_pangkat or None,
        "jabatan": office.atasan_camat_jabatan or None,
        "unit": office.atasan_camat_unit or None,
    }


def snapshot_columns(role: str, snap: dict[str, Any]) -> dict[str, Any]:
    """``snap`` as ``{<role>_<field>: value}``: the column names on Skp and Evaluasi."""
    assert role in ROLES
    return {f"{role}_{f}": snap.get(f) for f in SNAPSHOT_FIELDS}


def apply_snapshot(target: Any, role: str, snap: dict[str, Any]) -> None:
    """Write ``snap`` into ``target.<role>_<field>`` (Skp or Evaluasi)."""
    for column, value in snapshot_columns(role, snap).items():
        setattr(target, column, value)


def read_snapshot(source: Any, role: str) -> dict[str, Any]:
    return {f: getattr(source, f"{role}_{f}") for f in SNAPSHOT_FIELDS}
