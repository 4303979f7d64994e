"""Fixtures for users, roles and reliability: the demo office with one account per role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_desktop.db.session import open_database
from asn_desktop.domain.enums import Role
from asn_desktop.services import akun
from asn_desktop.services.context import Actor, AppContext
from reliability_helpers import PASSWORDS, Kantor
from testkit import copy_database, on_server, server_db


@pytest.fixture(scope="session")
def _kantor_akun_template(_demo_template: Path | str, tmp_path_factory: pytest.TempPathFactory,
                          request: pytest.FixtureRequest) -> tuple[Path | str, dict]:
    if on_server():  # a template database on the throw-away cluster
        cluster = request.getfixturevalue("pg_cluster")
        cluster.psql(f'CREATE DATABASE "akun_template" TEMPLATE "{_demo_template}"')
        path: Path | str = "akun_template"
        db = open_database(cluster.url("akun_template"))
    else:
        path = tmp_path_factory.mktemp("akun") / "kantor.db"
        copy_database(Path(_demo_template), path)
        db = open_database(path)
    ctx = AppContext(db, Actor.system("penguji"))
    admin = akun.buat_admin_pertama(ctx, "admin", PASSWORDS["admin"], "Admin Kantor")
    actx = ctx.as_actor(admin)
    with ctx.read() as s:
        from sqlalchemy import select

        from asn_desktop.db.models import Pegawai

        from asn_desktop.db.models import Skp

        rows = s.execute(select(Pegawai.id, Pegawai.atasan_id).order_by(Pegawai.id)).all()
        approved = set(s.scalars(select(Skp.pegawai_id).where(Skp.status == "disetujui")))
    camat = next(pid for pid, atasan in rows if atasan is None)
    bawahan = [pid for pid, atasan in rows if atasan == camat]
    # a staff member two levels down whose SKP is approved (so they can self-assess)
    staf = next(pid for pid, atasan in rows if atasan in bawahan and pid in approved)
    ids = {}
    for role, pid in (("operator", None), ("penilai", camat), ("pegawai", staf)):
        info = akun.buat_pengguna(
            actx, akun.PenggunaBaru(role, role.title(), Role(role), PASSWORDS[role], pid, harus_ganti_password=False)
        )
        ids[role] = (info.id, pid)
    db.dispose()
    meta = {"admin": (admin.user_id, None), **ids, "bawahan": bawahan[0],
            "bukan": next(pid for pid, atasan in rows
                          if pid not in (camat, staf) and atasan != camat and pid in approved)}
    return path, meta


@pytest.fixture
def kantor_berakun(_kantor_akun_template: tuple[Path | str, dict], tmp_path: Path,
                   request: pytest.FixtureRequest) -> Iterator[Kantor]:
    """A copy of the demo office with one account per role (admin, operator, penilai, pegawai)."""
    src, meta = _kantor_akun_template
    if on_server():
        db = open_database(server_db(request, template=str(src)))
    else:
        dest = tmp_path / "kantor.db"
        copy_database(Path(src), dest)
        db = open_database(dest)
    ctx = AppContext(db, Actor.system("penguji"))

    def actor(role: str) -> Actor:
        uid, pid = meta[role]
        return Actor(uid, role, Role(role), pid, role.title())

    yield Kantor(ctx, actor("admin"), actor("operator"), actor("penilai"), actor("pegawai"),
                 meta["bawahan"], meta["bukan"])
    db.dispose()
