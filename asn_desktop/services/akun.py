"""Accounts: first admin, login, lockout, password changes, user management.

- Passwords are hashed with argon2id (argon2-cffi), never stored in plain text
  or reversibly; parameters follow the OWASP minimum (19 MiB, t=2) so a login
  stays well under a second on an old office PC. Old hashes are upgraded on login.
- ``LOCK_AFTER`` wrong passwords in a row lock the account for ``LOCK_MINUTES``
  (the counter survives restarts: it is in the database). An admin can unlock.
- Penilai and Pegawai accounts are linked to an employee (``pegawai_id``):
  services/scope.py uses it to limit them to their subordinates / own data.
- Every change is audited; the hash itself never enters the audit log.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from asn_desktop.db.models import Pegawai, Pengguna
from asn_desktop.domain.enums import Role
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.roles import Permission
from asn_desktop.services.akun_sesi import sesi_of
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import FieldProblem, NotFound, PermissionDenied, Problems, ServiceError, ValidationError

LOCK_AFTER = 5
LOCK_MINUTES = 15
from asn_desktop.domain.sandi import MAX_PASSWORD, MIN_PASSWORD  # noqa: E402,F401 - re-exported
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,49}$")

#: the one answer to a wrong user name and a wrong password alike: a different answer
#: (e.g. attempts left) would tell a guesser which user names exist
LOGIN_GAGAL = Msg.of(
    QT_TRANSLATE_NOOP("Pesan", "Nama pengguna atau kata sandi salah. Setelah {kali} kali salah berturut-turut, akun dikunci {menit} menit."),
    kali=LOCK_AFTER, menit=LOCK_MINUTES,
)
#: the audit name of a failed login with a user name that does not exist: what was typed
#: stays out of the log (people type their password into the name box)
NAMA_TIDAK_DIKENAL = "(tidak dikenal)"

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# verified when the username does not exist, so a wrong name costs as long as a wrong password
_DUMMY_HASH = _hasher.hash("bukan-kata-sandi-siapa-pun")


class LoginGagal(ServiceError):
    """Wrong username or password (deliberately not saying which)."""


class AkunTerkunci(LoginGagal):
    """Too many failures; ``sampai`` is when the account opens again."""

    def __init__(self, message: str | Msg, sampai: datetime | None) -> None:
        super().__init__(message)
        self.sampai = sampai


@dataclass
class PenggunaInfo:
    """An account as shown in Pengaturan › Pengguna (never the hash)."""

    id: int
    username: str
    nama: str
    role: Role
    pegawai_id: int | None
    pegawai_nama: str
    aktif: bool
    terkunci_sampai: datetime | None
    gagal_login: int
    harus_ganti_password: bool
    login_terakhir: datetime | None

    @property
    def terkunci(self) -> bool:
        return self.terkunci_sampai is not None and self.terkunci_sampai > datetime.now()


@dataclass
class PenggunaBaru:
    username: str
    nama: str
    role: Role
    password: str
    pegawai_id: int | None = None
    harus_ganti_password: bool = True


# --------------------------------------------------------------------------- helpers


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(hash_: str, password: str) -> bool:
    try:
        return _hasher.verify(hash_, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def normalize_username(username: str) -> str:
    return unicodedata.normalize("NFKC", username or "").strip().lower()


def check_password(password: str, username: str = "", problems: Problems | None = None, fld: str = "password") -> None:
    """Password rules: long enough, not the username, not all one character."""
    p = problems or Problems()
    if len(password) < MIN_PASSWORD:
        p.error(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi minimal {min_password} karakter."), min_password=MIN_PASSWORD))
    elif len(password) > MAX_PASSWORD:
        p.error(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi maksimal {max_password} karakter."), max_password=MAX_PASSWORD))
    elif username and password.strip().lower() == username.lower():
        p.error(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi tidak boleh sama dengan nama pengguna.")))
    elif len(set(password)) < 3:
        p.error(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi terlalu mudah ditebak; gunakan campuran huruf dan angka.")))
    if problems is None:
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi belum memenuhi syarat.")))


def _check_username(username: str, problems: Problems) -> None:
    if not USERNAME_RE.match(username):
        problems.error(
            "username",
            Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama pengguna 2–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung (tanpa spasi), diawali huruf atau angka.")),
        )


def _info(u: Pengguna, pegawai_nama: str = "") -> PenggunaInfo:
    return PenggunaInfo(
        id=u.id, username=u.username, nama=u.nama or "", role=Role(u.role), pegawai_id=u.pegawai_id,
        pegawai_nama=pegawai_nama, aktif=bool(u.aktif), terkunci_sampai=u.terkunci_sampai,
        gagal_login=u.gagal_login or 0, harus_ganti_password=bool(u.harus_ganti_password),
        login_terakhir=u.login_terakhir,
    )


def _audit_row(u: Pengguna) -> dict[str, object]:
    return {
        "username": u.username, "nama": u.nama, "role": u.role, "pegawai_id": u.pegawai_id,
        "aktif": bool(u.aktif), "harus_ganti_password": bool(u.harus_ganti_password),
    }


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --------------------------------------------------------------------------- first start, login


def ada_akun(ctx: AppContext) -> bool:
    """False on a database without accounts: the GUI first asks for the admin password."""
    with ctx.read() as s:
        return (s.scalar(select(func.count()).select_from(Pengguna)) or 0) > 0


def buat_admin_pertama(ctx: AppContext, username: str, password: str, nama: str = "Administrator") -> Actor:
    """Create the first admin with a password the user chose; refused once any account exists."""
    username = normalize_username(username)
    problems = Problems()
    _check_username(username, problems)
    check_password(password, username, problems)
    problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun admin belum dapat dibuat.")))
    with ctx.write("akun.buat_admin_pertama") as uow:
        s = uow.session
        if (s.scalar(select(func.count()).select_from(Pengguna)) or 0) > 0:
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun admin pertama sudah dibuat. Masuk dengan akun yang ada."),
            ))
        u = Pengguna(
            username=username, nama=(nama or "").strip()[:200] or "Administrator",
            password_hash=hash_password(password), role=Role.ADMIN.value, aktif=True,
            gagal_login=0, harus_ganti_password=False,
        )
        s.add(u)
        s.flush()
        uow.audit("pengguna", u.id, f"Akun admin pertama '{username}' dibuat", None, _audit_row(u))
        uid = u.id
        sesi = sesi_of(u.password_hash)
    return Actor(uid, username, Role.ADMIN, None, u.nama, sesi)


def login(ctx: AppContext, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a username and password; returns the ``Actor`` to act as.

    Failures are counted in the database (every window, every restart); the
    ``LOCK_AFTER``-th locks the account for ``LOCK_MINUTES``. Successful and
    failed attempts are audited.
    """
    now = now or _now()
    username = normalize_username(username)
    if not username or not password:
        raise LoginGagal(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Isi nama pengguna dan kata sandi.")))
    if len(password) > MAX_PASSWORD:
        password = password[: MAX_PASSWORD + 1]  # still wrong, but cheap to hash
    with ctx.read() as s:
        u = s.scalar(select(Pengguna).where(Pengguna.username == username))
        hash_ = u.password_hash if u is not None else _DUMMY_HASH
    ok = _verify(hash_, password)  # outside any transaction: hashing takes time
    if u is None:
        tamu = Actor(None, NAMA_TIDAK_DIKENAL, Role.PEGAWAI)
        with ctx.as_actor(tamu).write("akun.login") as uow:
            uow.audit("pengguna", None, "Gagal masuk: nama pengguna tidak dikenal")
        raise LoginGagal(LOGIN_GAGAL)
    pelaku = Actor(u.id, u.username, Role(u.role), u.pegawai_id, u.nama or "")
    result: Actor | None = None
    error: LoginGagal | None = None
    with ctx.as_actor(pelaku).write("akun.login") as uow:
        row = uow.session.get(Pengguna, u.id)
        if row is None or not row.aktif:
            uow.audit("pengguna", u.id, "Masuk ditolak: akun nonaktif")
            # only someone who knows the password learns that the account is deactivated
            error = LoginGagal(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun ini dinonaktifkan. Hubungi admin kantor.")) if ok else LOGIN_GAGAL)
        elif row.terkunci_sampai is not None and row.terkunci_sampai > now:
            uow.audit("pengguna", u.id, "Masuk ditolak: akun terkunci")
            error = AkunTerkunci(_lock_message(row.terkunci_sampai, now), row.terkunci_sampai)
        elif not ok:
            row.gagal_login = (row.gagal_login or 0) + 1
            if row.gagal_login >= LOCK_AFTER:
                row.terkunci_sampai = now + timedelta(minutes=LOCK_MINUTES)
                row.gagal_login = 0
                uow.audit("pengguna", u.id, f"Akun dikunci {LOCK_MINUTES} menit setelah {LOCK_AFTER} kali gagal masuk")
                error = AkunTerkunci(_lock_message(row.terkunci_sampai, now), row.terkunci_sampai)
            else:
                uow.audit("pengguna", u.id, f"Gagal masuk ({row.gagal_login}×)")
                error = LoginGagal(LOGIN_GAGAL)
        else:
            row.gagal_login = 0
            row.terkunci_sampai = None
            row.login_terakhir = now
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            uow.audit("pengguna", u.id, "Masuk")
            result = Actor(row.id, row.username, Role(row.role), row.pegawai_id, row.nama or "",
                           sesi_of(row.password_hash))
    if error is not None:
        raise error
    assert result is not None
    return result


def _lock_message(sampai: datetime, now: datetime) -> Msg:
    menit = max(1, int((sampai - now).total_seconds() + 59) // 60)
    return Msg.of(
        QT_TRANSLATE_NOOP("Pesan", "Akun terkunci karena terlalu banyak percobaan kata sandi yang salah. Coba lagi pukul {jam} (±%n menit lagi), atau minta admin membuka kunci akun ini."),
        jam=f"{sampai:%H:%M}", n=menit,
    )


def harus_ganti_password(ctx: AppContext) -> bool:
    """After an admin reset the user must choose a new password before working."""
    if ctx.actor.user_id is None:
        return False
    with ctx.read() as s:
        u = s.get(Pengguna, ctx.actor.user_id)
        return bool(u is not None and u.harus_ganti_password)


def ganti_password(ctx: AppContext, lama: str, baru: str) -> Actor:
    """The logged-in user changes their own password (the old one is required).

    Returns the actor to continue with: other sessions of this account (another
    window, another PC) end at their next write because the password changed."""
    if ctx.actor.user_id is None:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun sistem tidak memiliki kata sandi.")))
    problems = Problems()
    check_password(baru, ctx.actor.username, problems, "baru")
    if lama == baru:
        problems.error("baru", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi baru harus berbeda dari kata sandi lama.")))
    problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi belum dapat diganti.")))
    with ctx.read() as s:
        u = s.get(Pengguna, ctx.actor.user_id)
        if u is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun tidak ditemukan.")))
        hash_ = u.password_hash
    if not _verify(hash_, lama):
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Kata sandi lama salah."),
        ), [FieldProblem("lama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi lama salah.")))])
    new_hash = hash_password(baru)
    with ctx.write("akun.ganti_password") as uow:
        row = uow.session.get(Pengguna, ctx.actor.user_id)
        if row is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun tidak ditemukan.")))
        row.password_hash = new_hash
        row.harus_ganti_password = False
        uow.audit("pengguna", row.id, "Kata sandi diganti oleh pemiliknya")
    return replace(ctx.actor, sesi=sesi_of(new_hash) if ctx.actor.sesi is not None else None)


# --------------------------------------------------------------------------- administration


def daftar_pengguna(ctx: AppContext) -> list[PenggunaInfo]:
    with ctx.read(Permission.USERS) as s:
        rows = s.execute(
            select(Pengguna, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang)
            .outerjoin(Pegawai, Pegawai.id == Pengguna.pegawai_id)
            .order_by(Pengguna.aktif.desc(), Pengguna.username)
        ).all()
        return [_info(u, format_nama(gd, n, gb) if n else "") for u, gd, n, gb in rows]


def _load(uow_session, user_id: int) -> Pengguna:  # type: ignore[no-untyped-def]
    u = uow_session.get(Pengguna, user_id)
    if u is None:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun dengan id {user_id} tidak ditemukan."), user_id=user_id))
    return u


def _check_link(s, role: Role, pegawai_id: int | None, problems: Problems, user_id: int | None = None) -> None:  # type: ignore[no-untyped-def]
    if role in (Role.PENILAI, Role.PEGAWAI) and pegawai_id is None:
        problems.error("pegawai_id", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun berperan {label} harus ditautkan ke seorang pegawai."), label=Msg(role.label)))
    if pegawai_id is not None:
        p = s.get(Pegawai, pegawai_id)
        if p is None:
            problems.error("pegawai_id", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai yang ditautkan tidak ditemukan.")))
        else:
            other = s.scalar(
                select(Pengguna.username).where(
                    Pengguna.pegawai_id == pegawai_id, Pengguna.aktif.is_(True),
                    Pengguna.id != (user_id or -1),
                )
            )
            if other:
                problems.error("pegawai_id", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai ini sudah ditautkan ke akun '{akun}'."), akun=other))


def buat_pengguna(ctx: AppContext, data: PenggunaBaru) -> PenggunaInfo:
    username = normalize_username(data.username)
    problems = Problems()
    _check_username(username, problems)
    check_password(data.password, username, problems)
    role = Role(data.role)
    new_hash = hash_password(data.password) if not problems.errors else ""
    with ctx.write("akun.buat", Permission.USERS) as uow:
        s = uow.session
        if s.scalar(select(Pengguna.id).where(Pengguna.username == username)) is not None:
            problems.error("username", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama pengguna '{username}' sudah dipakai."), username=username))
        _check_link(s, role, data.pegawai_id, problems)
        problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun belum dapat dibuat.")))
        u = Pengguna(
            username=username, nama=(data.nama or "").strip()[:200], password_hash=new_hash, role=role.value,
            pegawai_id=data.pegawai_id, aktif=True, gagal_login=0,
            harus_ganti_password=bool(data.harus_ganti_password),
        )
        s.add(u)
        s.flush()
        uow.audit("pengguna", u.id, f"Akun '{username}' ({role.label}) dibuat", None, _audit_row(u))
        info = _info(u)
    return info


def ubah_pengguna(
    ctx: AppContext, user_id: int, *, nama: str, role: Role, pegawai_id: int | None
) -> PenggunaInfo:
    """Change name, role and employee link of an account."""
    role = Role(role)
    problems = Problems()
    with ctx.write("akun.ubah", Permission.USERS) as uow:
        s = uow.session
        u = _load(s, user_id)
        before = _audit_row(u)
        if u.role == Role.ADMIN.value and role != Role.ADMIN:
            _require_other_admin(s, u.id, "menurunkan peran")
        _check_link(s, role, pegawai_id, problems, u.id)
        problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun belum dapat diubah.")))
        u.nama = (nama or "").strip()[:200]
        u.role = role.value
        u.pegawai_id = pegawai_id
        after = _audit_row(u)
        b = {k: v for k, v in before.items() if after[k] != v}
        uow.audit("pengguna", u.id, f"Akun '{u.username}' diubah", b, {k: after[k] for k in b})
        return _info(u)


def _require_other_admin(s, user_id: int, what: str) -> None:  # type: ignore[no-untyped-def]
    others = s.scalar(
        select(func.count()).select_from(Pengguna).where(
            Pengguna.role == Role.ADMIN.value, Pengguna.aktif.is_(True), Pengguna.id != user_id
        )
    )
    if not others:
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tidak dapat {what} admin terakhir yang aktif; buat admin lain terlebih dahulu."),
            what=what,
        ))


def atur_aktif(ctx: AppContext, user_id: int, aktif: bool) -> PenggunaInfo:
    """Deactivate (or reactivate) an account. Accounts are never deleted: the audit log names them."""
    with ctx.write("akun.nonaktifkan" if not aktif else "akun.aktifkan", Permission.USERS) as uow:
        s = uow.session
        u = _load(s, user_id)
        if not aktif:
            if u.id == ctx.actor.user_id:
                raise ServiceError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Anda tidak dapat menonaktifkan akun Anda sendiri."),
                ))
            if u.role == Role.ADMIN.value:
                _require_other_admin(s, u.id, "menonaktifkan")
        elif u.pegawai_id is not None:
            problems = Problems()
            _check_link(s, Role(u.role), u.pegawai_id, problems, u.id)
            problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun belum dapat diaktifkan.")))
        if bool(u.aktif) != aktif:
            u.aktif = aktif
            uow.audit(
                "pengguna", u.id, f"Akun '{u.username}' {'diaktifkan' if aktif else 'dinonaktifkan'}",
                {"aktif": not aktif}, {"aktif": aktif},
            )
        return _info(u)


def reset_password(ctx: AppContext, user_id: int, baru: str, *, harus_ganti: bool = True) -> PenggunaInfo:
    """Admin sets a new password (e.g. forgotten); also unlocks. The user changes it at next login."""
    with ctx.read(Permission.USERS) as s:
        u = _load(s, user_id)
        username = u.username
    check_password(baru, username)
    new_hash = hash_password(baru)
    with ctx.write("akun.reset_password", Permission.USERS) as uow:
        u = _load(uow.session, user_id)
        u.password_hash = new_hash
        u.harus_ganti_password = bool(harus_ganti) and u.id != ctx.actor.user_id
        u.gagal_login = 0
        u.terkunci_sampai = None
        uow.audit("pengguna", u.id, f"Kata sandi akun '{u.username}' disetel ulang oleh admin")
        return _info(u)


def buka_kunci(ctx: AppContext, user_id: int) -> PenggunaInfo:
    with ctx.write("akun.buka_kunci", Permission.USERS) as uow:
        u = _load(uow.session, user_id)
        before = {"terkunci_sampai": u.terkunci_sampai.isoformat() if u.terkunci_sampai else None,
                  "gagal_login": u.gagal_login}
        u.terkunci_sampai = None
        u.gagal_login = 0
        uow.audit("pengguna", u.id, f"Kunci akun '{u.username}' dibuka", before,
                  {"terkunci_sampai": None, "gagal_login": 0})
        return _info(u)


def cari_pengguna(ctx: AppContext, username: str) -> PenggunaInfo:
    """One account by name (CLI: ``users reset-password NAME``)."""
    username = normalize_username(username)
    with ctx.read(Permission.USERS) as s:
        u = s.scalar(select(Pengguna).where(Pengguna.username == username))
        if u is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak ditemukan."), username=username))
        return _info(u)


@dataclass
class PegawaiPilihan:
    """An employee offered in the 'tautkan ke pegawai' combo."""

    id: int
    label: str


def pilihan_pegawai(ctx: AppContext) -> list[PegawaiPilihan]:
    """Active employees for linking Penilai/Pegawai accounts, by name."""
    with ctx.read(Permission.USERS) as s:
        rows = s.execute(
            select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
                   Pegawai.nama_jabatan)
            .where(Pegawai.status == "aktif")
            .order_by(Pegawai.nama)
        ).all()
    out = []
    for pid, gd, nama, gb, nip, jab in rows:
        label = format_nama(gd, nama, gb)
        if nip:
            label += f" — {nip}"
        if jab:
            label += f" ({jab})"
        out.append(PegawaiPilihan(pid, label))
    return out
