"""What a signed document shows of a person, frozen at signing time.

kinerja-asn.md §3: SKP and evaluation headers (nama, NIP, pangkat/golongan,
jabatan, unit kerja of the employee, the pejabat penilai and the atasan pejabat
penilai) are snapshots: a later promotion or transfer must not rewrite them.
"""

from __future__ import annotations

import dataclasses
import typing
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


# --------------------------------------------------------------------------- the whole printed document


def dokumen_ke_data(dok: Any) -> dict[str, Any]:
    """A ``reports.evaluasi_pdf.DokumenEvaluasi`` as JSON-ready data (``Evaluasi.dokumen_final``).

    The printed document itself is what is frozen at finalisation, so the renderer
    stays one code path for draft and final and a reprint gives the same text.
    """
    data = dataclasses.asdict(dok)
    data["_versi"] = 1
    return data


def _kosong(tp: Any) -> Any:
    """An empty value of a field type, for a field the stored document predates."""
    origin = typing.get_origin(tp)
    if tp is str:
        return ""
    if tp is bool:
        return False
    if origin is tuple or tp is tuple:
        return ()
    if dataclasses.is_dataclass(tp):
        return _dari(tp, {})
    return None


def _nilai(tp: Any, value: Any) -> Any:
    if value is None:
        return _kosong(tp) if tp in (str, bool) else None
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return _dari(tp, value)
    origin = typing.get_origin(tp)
    if origin is tuple and isinstance(value, (list, tuple)):
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_nilai(args[0], v) for v in value)
        if args:
            return tuple(_nilai(a, v) for a, v in zip(args, value, strict=False))
        return tuple(value)
    return value


def _dari(cls: Any, data: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        tp = hints.get(f.name, Any)
        if f.name in data:
            kwargs[f.name] = _nilai(tp, data[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            kwargs[f.name] = _kosong(tp)
    return cls(**kwargs)


def dokumen_dari_data(data: dict[str, Any]) -> Any:
    """The frozen ``DokumenEvaluasi`` back from ``dokumen_ke_data`` (fields added later take their defaults)."""
    from asn_desktop.reports.evaluasi_pdf import DokumenEvaluasi

    return _dari(DokumenEvaluasi, {k: v for k, v in data.items() if not k.startswith("_")})
