"""The session fingerprint of an account (kept apart from ``services/akun.py`` so the
unit of work can use it without importing argon2)."""

from __future__ import annotations

import hashlib


def sesi_of(password_hash: str | None) -> str:
    """A short digest of the stored password hash: changes whenever the password does
    (owner's change, admin reset), never reveals the hash itself."""
    return hashlib.sha256((password_hash or "").encode("utf-8")).hexdigest()[:32]
