"""Office signing keys (kecamatan side) and trusted office keys (regency side).

Why: a results package carries ratings that decide allowances and careers; a
plain checksum anyone can recompute proves nothing. Each office signs every
package with its own Ed25519 key; the regency trusts an office's public key
once (the fingerprint is compared by phone) and from then on accepts only
packages that verify against it (docs/exchange-format.md, "Tanda tangan").

Storage (chosen and documented in docs/exchange-format.md): the office's
private key lives in the ``setting`` table of the office database
(``kantor.kunci_tanda_tangan``). It is exactly as secret as the ratings it
vouches for and lives in the same file, which is created owner-only; backups
carry it, so restoring a backup does not force the regency to re-trust the
office. It is never written to the audit log, logs, reports or exports (only
its fingerprint is).

Regency side: ``pertukaran.kantor_pengirim`` maps each office code to its
trusted key, the last package sequence number per year, the last import and
the units the office owns (the office boundary of a merge).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from asn_desktop.db import models as m
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext, UnitOfWork
from asn_desktop.services.errors import NotFound, ServiceError

#: Office side: {"privat": b64 raw 32 bytes, "publik": b64 raw 32 bytes, "dibuat_pada": iso}.
KEY_SETTING = "kantor.kunci_tanda_tangan"
#: Office side: the sequence number of the last results package exported (int).
SEQUENCE_SETTING = "kantor.nomor_paket_hasil"
#: Regency side: office code → state (see :class:`KantorPengirim`).
OFFICES_SETTING = "pertukaran.kantor_pengirim"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public_key_b64: str) -> str:
    """Short, phone-readable fingerprint of a public key: the first 16 bytes of
    SHA-256 over the raw 32-byte key, as 8 groups of 4 upper-case hex digits."""
    try:
        raw = _unb64(public_key_b64)
    except (ValueError, UnicodeEncodeError):
        raw = public_key_b64.encode("utf-8", "replace")
    h = hashlib.sha256(raw).hexdigest()[:32].upper()
    return " ".join(h[i:i + 4] for i in range(0, 32, 4))


def verify(public_key_b64: str, signature_b64: str, message: bytes) -> bool:
    """True when ``signature_b64`` is a valid Ed25519 signature of ``message`` by that key."""
    try:
        raw = _unb64(public_key_b64)
        sig = _unb64(signature_b64)
        if len(raw) != 32 or len(sig) != 64:
            return False
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, message)
        return True
    except (InvalidSignature, ValueError, UnicodeEncodeError, TypeError):
        return False


# --------------------------------------------------------------------------- office side


@dataclass
class KunciKantor:
    """The office's own key as shown in Pengaturan (never the private part)."""

    publik: str
    sidik_jari: str
    dibuat_pada: str


def _new_key() -> dict[str, str]:
    key = Ed25519PrivateKey.generate()
    priv = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"privat": _b64(priv), "publik": _b64(pub), "dibuat_pada": datetime.now().replace(microsecond=0).isoformat()}


def ensure_office_key(uow: UnitOfWork) -> dict[str, str]:
    """The office key pair, created (and audited, by fingerprint) on first use."""
    row = uow.session.get(m.Setting, KEY_SETTING)
    if row is not None and isinstance(row.value, dict) and row.value.get("privat") and row.value.get("publik"):
        return dict(row.value)
    value = _new_key()
    if row is None:
        uow.session.add(m.Setting(key=KEY_SETTING, value=value))
    else:
        row.value = value
    uow.audit("kunci_kantor", fingerprint(value["publik"]), "Kunci tanda tangan kantor dibuat (penggunaan pertama)",
              None, {"sidik_jari": fingerprint(value["publik"])})
    return value


def next_sequence(uow: UnitOfWork) -> int:
    """The next package sequence number of this office (stored at once, in the caller's transaction)."""
    row = uow.session.get(m.Setting, SEQUENCE_SETTING)
    current = row.value if row is not None and isinstance(row.value, int) else 0
    nxt = current + 1
    if row is None:
        uow.session.add(m.Setting(key=SEQUENCE_SETTING, value=nxt))
    else:
        row.value = nxt
    return nxt


def sign(key: dict[str, str], message: bytes) -> str:
    priv = Ed25519PrivateKey.from_private_bytes(_unb64(key["privat"]))
    return _b64(priv.sign(message))


def office_key(ctx: AppContext) -> KunciKantor | None:
    """This office's key for display (None before the first package was signed)."""
    with ctx.read() as s:
        row = s.get(m.Setting, KEY_SETTING)
        if row is None or not isinstance(row.value, dict) or not row.value.get("publik"):
            return None
        v = row.value
        return KunciKantor(v["publik"], fingerprint(v["publik"]), str(v.get("dibuat_pada", "")))


def create_office_key(ctx: AppContext) -> KunciKantor:
    """Create the key now (first use from Pengaturan), without replacing an existing one."""
    with ctx.write("kunci_kantor.buat", Permission.SETTINGS) as uow:
        v = ensure_office_key(uow)
    return KunciKantor(v["publik"], fingerprint(v["publik"]), v["dibuat_pada"])


def rotate_office_key(ctx: AppContext, alasan: str) -> KunciKantor:
    """Replace the office key (admin, audited with both fingerprints). The regency must then
    accept the new key explicitly; packages signed with the old key are no longer made."""
    alasan = (alasan or "").strip()
    if not alasan:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tuliskan alasan penggantian kunci (mis. komputer lama hilang).")))
    if len(alasan) > 2000:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Alasan terlalu panjang (paling banyak 2000 karakter).")))
    with ctx.write("kunci_kantor.ganti", Permission.SETTINGS) as uow:
        row = uow.session.get(m.Setting, KEY_SETTING)
        old = fingerprint(row.value["publik"]) if row is not None and isinstance(row.value, dict) and \
            row.value.get("publik") else None
        value = _new_key()
        if row is None:
            uow.session.add(m.Setting(key=KEY_SETTING, value=value))
        else:
            row.value = value
        new = fingerprint(value["publik"])
        uow.audit("kunci_kantor", new, f"Kunci tanda tangan kantor diganti: {alasan}",
                  {"sidik_jari": old}, {"sidik_jari": new})
    return KunciKantor(value["publik"], new, value["dibuat_pada"])


# --------------------------------------------------------------------------- regency side


@dataclass
class KantorPengirim:
    """What the regency knows about one sending office."""

    kode: str
    nama: str = ""
    kunci_publik: str = ""
    dipercaya_pada: str = ""
    dipercaya_oleh: str = ""
    nomor_terakhir: dict[str, int] = field(default_factory=dict)  # tahun → last accepted sequence number
    impor_terakhir: str = ""
    berkas_terakhir: str = ""
    unit: list[str] = field(default_factory=list)  # unit uids this office owns
    pegawai_tanpa_unit: list[str] = field(default_factory=list)  # employees (uid) it brought without a unit

    @property
    def sidik_jari(self) -> str:
        return fingerprint(self.kunci_publik) if self.kunci_publik else ""

    @classmethod
    def from_dict(cls, kode: str, d: dict[str, Any]) -> "KantorPengirim":
        nomor = {str(k): int(v) for k, v in (d.get("nomor_terakhir") or {}).items() if isinstance(v, int)}
        return cls(kode, str(d.get("nama") or ""), str(d.get("kunci_publik") or ""),
                   str(d.get("dipercaya_pada") or ""), str(d.get("dipercaya_oleh") or ""), nomor,
                   str(d.get("impor_terakhir") or ""), str(d.get("berkas_terakhir") or ""),
                   [str(u) for u in d.get("unit") or []], [str(u) for u in d.get("pegawai_tanpa_unit") or []])

    def as_dict(self) -> dict[str, Any]:
        return {"nama": self.nama, "kunci_publik": self.kunci_publik, "dipercaya_pada": self.dipercaya_pada,
                "dipercaya_oleh": self.dipercaya_oleh, "nomor_terakhir": dict(self.nomor_terakhir),
                "impor_terakhir": self.impor_terakhir, "berkas_terakhir": self.berkas_terakhir,
                "unit": sorted(set(self.unit)), "pegawai_tanpa_unit": sorted(set(self.pegawai_tanpa_unit))}

    def summary(self) -> dict[str, Any]:
        """For audit rows and reports: no unit lists."""
        return {"kode": self.kode, "nama": self.nama, "sidik_jari": self.sidik_jari,
                "nomor_terakhir": dict(self.nomor_terakhir), "impor_terakhir": self.impor_terakhir}


def load_offices(session: Any) -> dict[str, KantorPengirim]:
    row = session.get(m.Setting, OFFICES_SETTING)
    data = row.value if row is not None and isinstance(row.value, dict) else {}
    return {k: KantorPengirim.from_dict(k, v) for k, v in data.items() if isinstance(v, dict)}


def save_offices(session: Any, offices: dict[str, KantorPengirim]) -> None:
    value = {k: o.as_dict() for k, o in sorted(offices.items())}
    row = session.get(m.Setting, OFFICES_SETTING)
    if row is None:
        session.add(m.Setting(key=OFFICES_SETTING, value=value))
    else:
        row.value = value


def list_offices(ctx: AppContext) -> list[KantorPengirim]:
    """Every office this database has trusted, by code (admin view: key, last sequence, last import)."""
    with ctx.read(Permission.EXCHANGE, Permission.EVAL_READ_ALL) as s:
        return sorted(load_offices(s).values(), key=lambda o: o.kode)


def trust_in(uow: UnitOfWork, kode: str, nama: str, public_key_b64: str) -> KantorPengirim:
    """Trust (or re-key) office ``kode`` inside the caller's transaction, audited.
    A re-key keeps the sequence numbers and owned units: only the key changes."""
    offices = load_offices(uow.session)
    cur = offices.get(kode)
    before = cur.summary() if cur is not None else None
    o = cur or KantorPengirim(kode)
    o.nama = nama or o.nama
    o.kunci_publik = public_key_b64
    o.dipercaya_pada = datetime.now().replace(microsecond=0).isoformat()
    o.dipercaya_oleh = uow.actor.username
    offices[kode] = o
    save_offices(uow.session, offices)
    what = "diganti" if cur is not None else "dipercaya"
    uow.audit("kantor_pengirim", kode, f"Kunci kantor {nama or kode} {what}; sidik jari {o.sidik_jari}",
              before, o.summary())
    return o


def trust_office(ctx: AppContext, kode: str, nama: str, public_key_b64: str) -> KantorPengirim:
    """Admin: trust a never-seen office's key, or replace the key of a known office (its key rotation)."""
    if not kode:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Paket tidak menyebut kode kantor; kuncinya tidak dapat dipercaya.")))
    if not verify_key_format(public_key_b64):
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kunci publik pada paket tidak valid.")))
    with ctx.write("pertukaran.percayai_kantor", Permission.SETTINGS, Permission.EXCHANGE) as uow:
        return trust_in(uow, kode, nama, public_key_b64)


def reset_office(ctx: AppContext, kode: str, alasan: str = "") -> None:
    """Admin: forget an office's key, sequence numbers and owned units (audited), e.g. after a
    wrongly trusted key. Its next package is treated as from a never-seen office."""
    with ctx.write("pertukaran.reset_kantor", Permission.SETTINGS, Permission.EXCHANGE) as uow:
        offices = load_offices(uow.session)
        cur = offices.pop(kode, None)
        if cur is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kantor dengan kode \"{kode}\" belum pernah dipercaya di basis data ini."), kode=kode))
        save_offices(uow.session, offices)
        uow.audit("kantor_pengirim", kode,
                  f"Status kantor {cur.nama or kode} diatur ulang" + (f": {alasan.strip()[:500]}" if alasan else ""),
                  cur.summary(), None)


def verify_key_format(public_key_b64: str) -> bool:
    try:
        return len(_unb64(public_key_b64)) == 32
    except (ValueError, UnicodeEncodeError):
        return False


__all__ = [
    "KEY_SETTING", "SEQUENCE_SETTING", "OFFICES_SETTING", "KunciKantor", "KantorPengirim", "fingerprint", "verify",
    "sign", "ensure_office_key", "next_sequence", "office_key", "create_office_key", "rotate_office_key",
    "load_offices", "save_offices", "list_offices", "trust_in", "trust_office", "reset_office",
]
