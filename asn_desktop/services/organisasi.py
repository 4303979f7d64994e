"""Organisation: the unit tree, unit heads, supervisors (atasan langsung) and bulk placement.

Rules (kinerja-asn.md §7 "Kecamatan organisation", "Usual pejabat penilai"):

- Units form a tree (PP 17/2018: kecamatan → sekretariat → subbagian, seksi,
  kelurahan). A unit is never deleted: it is *archived* (``aktif`` False) or
  *merged* into another (``merged_into_id``), so old documents still name it.
- Every employee has an explicit ``atasan_id``. When none is chosen, the
  default is the head of the employee's unit; for the head himself, the head
  of the nearest ancestor unit that has one. When no such head exists (the
  Camat of the top unit), the supervisor sits outside the database and is kept
  by value in ``OfficeInfo.atasan_camat_*`` — such people are not "missing" a
  supervisor.
- A supervisor chain never loops: any change that would make someone their
  own (indirect) supervisor is refused.

Bulk operations return the previous placement of every person they touched
(:class:`Penempatan`), so the UI can offer "Urungkan" via
:func:`restore_penempatan`; the audit log keeps before/after anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from asn_desktop.db.batch import rows_in, scalars_in
from asn_desktop.db.models import Pegawai, Setting, UnitKerja
from asn_desktop.domain.enums import JenisUnit, StatusPegawai
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext, UnitOfWork, row_dict
from asn_desktop.services.errors import FieldProblem, NotFound, ValidationError
from asn_desktop.services.settings import OFFICE_KEY, OfficeInfo

AKTIF = StatusPegawai.AKTIF.value


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class UnitNode:
    """One unit as the tree editor and the filters see it."""

    id: int
    parent_id: int | None
    nama: str
    kode: str
    jenis: str
    urutan: int
    kepala_id: int | None
    kepala_nama: str
    aktif: bool
    merged_into_id: int | None
    jumlah_pegawai: int  # active employees placed directly in this unit
    depth: int
    path: str  # "Kecamatan Maulafa › Sekretariat Kecamatan"
    version_id: int

    @property
    def jenis_label(self) -> str:
        try:
            return JenisUnit(self.jenis).label
        except ValueError:
            return self.jenis


@dataclass(frozen=True, slots=True)
class Penempatan:
    """Where one person was placed before a bulk change (for undo)."""

    pegawai_id: int
    unit_id: int | None
    atasan_id: int | None


@dataclass
class BulkResult:
    """What a bulk placement did: the ids changed, their previous placement, notes for the user."""

    diubah: list[int] = field(default_factory=list)
    sebelum: list[Penempatan] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)  # Indonesian (logs, CLI)
    catatan_pesan: list[Msg] = field(default_factory=list)  # the same notes for the screen (ui/i18n.teks)

    def catat(self, pesan: Msg, *, depan: bool = False) -> None:
        """Add a note (``depan``: as the first one)."""
        at = 0 if depan else len(self.catatan)
        self.catatan.insert(at, str(pesan))
        self.catatan_pesan.insert(at, pesan)


@dataclass(frozen=True, slots=True)
class TanpaAtasan:
    """An active employee whose supervisor is missing, inactive, or outside the database."""

    id: int
    nip: str
    nama: str
    jabatan: str
    unit_nama: str
    alasan: str
    di_luar_basis_data: bool  # top of the structure: supervisor kept in OfficeInfo, not an error


# --------------------------------------------------------------------------- tree helpers


def _nama_pegawai(p: Pegawai | None) -> str:
    return "" if p is None else format_nama(p.gelar_depan, p.nama, p.gelar_belakang)


def _tree_order(units: Sequence[Any]) -> list[tuple[Any, int]]:
    """Depth-first order (children by urutan, nama) with depth; orphans of a broken tree go last.

    ``units``: anything with ``id``, ``parent_id``, ``urutan``, ``nama`` (ORM objects or rows).
    """
    children: dict[int | None, list[Any]] = {}
    ids = {u.id for u in units}
    for u in units:
        parent = u.parent_id if u.parent_id in ids else None
        children.setdefault(parent, []).append(u)
    for lst in children.values():
        lst.sort(key=lambda u: (u.urutan or 0, u.nama.casefold()))
    out: list[tuple[Any, int]] = []
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(u, 0) for u in reversed(children.get(None, []))]
    while stack:
        u, d = stack.pop()
        if u.id in seen:
            continue
        seen.add(u.id)
        out.append((u, d))
        stack.extend((c, d + 1) for c in reversed(children.get(u.id, [])))
    out.extend((u, 0) for u in units if u.id not in seen)  # a cycle in stored data: still shown
    return out


def descendant_ids(units: Iterable[UnitNode], unit_id: int) -> set[int]:
    """``unit_id`` and every unit below it (for the "incl. sub-units" filter)."""
    children: dict[int | None, list[int]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u.id)
    out = {unit_id}
    stack = [unit_id]
    while stack:
        for c in children.get(stack.pop(), []):
            if c not in out:
                out.add(c)
                stack.append(c)
    return out


def _unit_or_404(s: Session, unit_id: int) -> UnitKerja:
    u = s.get(UnitKerja, unit_id)
    if u is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Unit kerja dengan id {unit_id} tidak ditemukan (mungkin sudah dihapus di jendela lain)."),
            unit_id=unit_id,
        ))
    return u


def _pegawai_or_404(s: Session, pegawai_id: int) -> Pegawai:
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pegawai_id} tidak ditemukan."),
            pegawai_id=pegawai_id,
        ))
    return p


def _load_pegawai(s: Session, ids: Sequence[int]) -> list[Pegawai]:
    out: list[Pegawai] = []
    ids = list(dict.fromkeys(ids))
    out.extend(scalars_in(s, select(Pegawai), Pegawai.id, ids))
    found = {p.id for p in out}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "%n pegawai yang dipilih tidak ditemukan lagi; muat ulang daftar pegawai."),
            n=len(missing),
        ))
    order = {pid: k for k, pid in enumerate(ids)}
    out.sort(key=lambda p: order[p.id])
    return out


# --------------------------------------------------------------------------- supervisor rules (session level)


def default_atasan_in(s: Session, pegawai_id: int | None, unit_id: int | None) -> int | None:
    """Default atasan langsung: head of the unit, else of the nearest ancestor with a head.

    The person never becomes their own supervisor; an inactive head is skipped.
    ``None`` = the supervisor is outside the database (top of the structure).
    """
    seen: set[int] = set()
    cur = unit_id
    while cur is not None and cur not in seen:
        seen.add(cur)
        row = s.execute(select(UnitKerja.parent_id, UnitKerja.kepala_id).where(UnitKerja.id == cur)).first()
        if row is None:
            return None
        parent_id, kepala_id = row
        if kepala_id is not None and kepala_id != pegawai_id:
            status = s.scalar(select(Pegawai.status).where(Pegawai.id == kepala_id))
            if status == AKTIF:
                return kepala_id
        cur = parent_id
    return None


def _atasan_map(s: Session) -> dict[int, int | None]:
    return dict(s.execute(select(Pegawai.id, Pegawai.atasan_id)).all())


def _names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(ids))
    out: dict[int, str] = {}
    for pid, gd, nama, gb in rows_in(
        s, select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang), Pegawai.id, ids
    ):
        out[pid] = format_nama(gd, nama, gb)
    return out


def check_atasan_changes(s: Session, changes: dict[int, int | None]) -> None:
    """Refuse supervisor changes that are self-references, point at inactive people, or close a loop.

    ``changes`` maps pegawai id → new atasan id. The check runs on the whole
    supervisor graph with the changes applied, so a bulk change that loops only
    through other selected people is caught too.
    """
    if not changes:
        return
    problems: list[FieldProblem] = []
    pesan: list[Msg] = []
    targets = {a for a in changes.values() if a is not None}
    if targets:
        names = _names(s, set(targets) | set(changes))
        for pid, aid in changes.items():
            if aid is not None and aid == pid:
                pesan.append(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{nama} tidak dapat menjadi atasan dirinya sendiri."), nama=names.get(pid, pid)))
                problems.append(FieldProblem("atasan_id", str(pesan[-1])))
        statuses = dict(
            s.execute(select(Pegawai.id, Pegawai.status).where(Pegawai.id.in_(list(targets)))).all()
        )
        for aid in targets:
            if aid not in statuses:
                pesan.append(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Atasan dengan id {atasan_id} tidak ditemukan."), atasan_id=aid))
                problems.append(FieldProblem("atasan_id", str(pesan[-1])))
            elif statuses[aid] != AKTIF:
                label = StatusPegawai(statuses[aid]).label if statuses[aid] in StatusPegawai._value2member_map_ else statuses[aid]
                pesan.append(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "{nama} berstatus {status} sehingga tidak dapat menjadi atasan langsung."),
                    nama=names.get(aid, aid), status=label.lower(),
                ))
                problems.append(FieldProblem("atasan_id", str(pesan[-1])))
        if problems:
            raise ValidationError(pesan[0], problems)
    graph = _atasan_map(s)
    graph.update(changes)
    for pid in changes:
        chain = [pid]
        seen = {pid}
        cur = graph.get(pid)
        while cur is not None:
            chain.append(cur)
            if cur == pid:
                names = _names(s, chain)
                route = " → ".join(names.get(c, str(c)) for c in chain)
                atasan = names.get(chain[1], str(chain[1]))
                msg = Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Atasan ditolak karena membentuk lingkaran: {atasan} (langsung atau tidak langsung) adalah bawahan {pegawai}. Rantai atasan: {rantai}."),
                    atasan=atasan, pegawai=names.get(pid, pid), rantai=route,
                )
                raise ValidationError(msg, [FieldProblem("atasan_id", str(msg))])
            if cur in seen:
                break  # an old loop elsewhere in the data, not through this person
            seen.add(cur)
            cur = graph.get(cur)


def _clear_head_roles(uow: UnitOfWork, pegawai_id: int, keep_unit_id: int | None = None) -> list[Msg]:
    """A person who leaves (status) or moves away no longer heads their old units."""
    notes: list[str] = []
    for u in uow.session.scalars(select(UnitKerja).where(UnitKerja.kepala_id == pegawai_id)):
        if u.id == keep_unit_id:
            continue
        before = row_dict(u)
        u.kepala_id = None
        uow.audit_change(u, before, f"Kepala unit {u.nama} dikosongkan")
        notes.append(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Unit {nama} kini tanpa kepala; tetapkan kepala barunya di Struktur Organisasi."), nama=u.nama,
        ))
    return notes


# --------------------------------------------------------------------------- units: read


def list_units(ctx: AppContext, *, include_archived: bool = True) -> list[UnitNode]:
    """Every unit in tree order (depth-first), with its head and number of active employees."""
    with ctx.read(Permission.MASTER_READ) as s:
        kepala = aliased(Pegawai)
        units = s.execute(
            select(
                UnitKerja.id, UnitKerja.parent_id, UnitKerja.nama, UnitKerja.kode, UnitKerja.jenis, UnitKerja.urutan,
                UnitKerja.kepala_id, UnitKerja.aktif, UnitKerja.merged_into_id, UnitKerja.version_id,
                kepala.gelar_depan.label("k_depan"), kepala.nama.label("k_nama"), kepala.gelar_belakang.label("k_belakang"),
            ).outerjoin(kepala, kepala.id == UnitKerja.kepala_id)
        ).all()
        counts = dict(
            s.execute(
                select(Pegawai.unit_id, func.count()).where(Pegawai.status == AKTIF).group_by(Pegawai.unit_id)
            ).all()
        )
    by_id = {u.id: u for u in units}
    out: list[UnitNode] = []
    for u, depth in _tree_order(units):
        if not include_archived and not u.aktif:
            continue
        parts = [u.nama]
        cur = by_id.get(u.parent_id) if u.parent_id else None
        guard = 0
        while cur is not None and guard < 50:
            parts.append(cur.nama)
            cur = by_id.get(cur.parent_id) if cur.parent_id else None
            guard += 1
        out.append(
            UnitNode(
                id=u.id,
                parent_id=u.parent_id,
                nama=u.nama,
                kode=u.kode or "",
                jenis=u.jenis or JenisUnit.LAINNYA.value,
                urutan=u.urutan or 0,
                kepala_id=u.kepala_id,
                kepala_nama=format_nama(u.k_depan, u.k_nama, u.k_belakang) if u.k_nama else "",
                aktif=bool(u.aktif),
                merged_into_id=u.merged_into_id,
                jumlah_pegawai=counts.get(u.id, 0),
                depth=depth,
                path=" › ".join(reversed(parts)),
                version_id=u.version_id,
            )
        )
    return out


def get_unit(ctx: AppContext, unit_id: int) -> UnitNode:
    for u in list_units(ctx):
        if u.id == unit_id:
            return u
    raise NotFound(Msg.of(
        QT_TRANSLATE_NOOP("Pesan", "Unit kerja dengan id {unit_id} tidak ditemukan."),
        unit_id=unit_id,
    ))


def default_atasan_id(ctx: AppContext, pegawai_id: int | None, unit_id: int | None) -> int | None:
    """The supervisor a person in ``unit_id`` gets when none is chosen (for the editor's hint)."""
    with ctx.read(Permission.MASTER_READ) as s:
        return default_atasan_in(s, pegawai_id, unit_id)


# --------------------------------------------------------------------------- units: write


def _check_nama_unit(nama: str) -> str:
    nama = " ".join((nama or "").split())
    if not nama:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Nama unit kerja wajib diisi."),
        ), [FieldProblem("nama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama unit kerja wajib diisi.")))])
    if len(nama) > 200:
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Nama unit kerja terlalu panjang (%n karakter; paling banyak 200)."),
                n=len(nama),
            ),
            [FieldProblem("nama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Paling banyak 200 karakter.")))],
        )
    return nama


def _check_jenis(jenis: str | JenisUnit | None) -> str:
    if not jenis:
        return JenisUnit.LAINNYA.value
    try:
        return JenisUnit(jenis).value
    except ValueError:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Jenis unit '{jenis}' tidak dikenal."),
            jenis=jenis,
        )) from None


def _node(ctx: AppContext, unit_id: int) -> UnitNode:
    return get_unit(ctx, unit_id)


def create_unit(
    ctx: AppContext,
    nama: str,
    parent_id: int | None,
    jenis: str | JenisUnit | None = None,
    kode: str | None = None,
) -> UnitNode:
    """A new unit under ``parent_id`` (None = top level), placed after its siblings."""
    nama = _check_nama_unit(nama)
    jenis_v = _check_jenis(jenis)
    with ctx.write("organisasi.unit_tambah", Permission.MASTER_WRITE) as uow:
        s = uow.session
        if parent_id is not None:
            parent = _unit_or_404(s, parent_id)
            if not parent.aktif:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Unit {nama_parent} sudah diarsipkan; pulihkan dulu sebelum menambah sub-unit."),
                    nama_parent=parent.nama,
                ))
        cond = UnitKerja.parent_id.is_(None) if parent_id is None else UnitKerja.parent_id == parent_id
        urutan = (s.scalar(select(func.max(UnitKerja.urutan)).where(cond)) or 0) + 1
        u = UnitKerja(nama=nama, parent_id=parent_id, jenis=jenis_v, kode=(kode or "").strip() or None,
                      urutan=urutan, aktif=True)
        s.add(u)
        uow.audit_change(u, None, f"Unit {nama} ditambahkan")
        new_id = u.id
    return _node(ctx, new_id)


def update_unit(
    ctx: AppContext,
    unit_id: int,
    *,
    nama: str,
    jenis: str | JenisUnit | None = None,
    kode: str | None = None,
) -> UnitNode:
    """Rename a unit or change its kind/code. Signed documents keep the old name (snapshots)."""
    nama = _check_nama_unit(nama)
    jenis_v = _check_jenis(jenis)
    with ctx.write("organisasi.unit_ubah", Permission.MASTER_WRITE) as uow:
        u = _unit_or_404(uow.session, unit_id)
        before = row_dict(u)
        u.nama = nama
        u.jenis = jenis_v
        u.kode = (kode or "").strip() or None
        uow.audit_change(u, before, f"Unit {before['nama']} diubah")
    return _node(ctx, unit_id)


def move_unit(ctx: AppContext, unit_id: int, parent_id: int | None) -> UnitNode:
    """Move a unit (with its sub-units and people) under another parent; loops are refused."""
    with ctx.write("organisasi.unit_pindah", Permission.MASTER_WRITE) as uow:
        s = uow.session
        u = _unit_or_404(s, unit_id)
        if parent_id is not None:
            target = _unit_or_404(s, parent_id)
            if not target.aktif:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Unit {nama_target} sudah diarsipkan; pilih unit tujuan yang aktif."),
                    nama_target=target.nama,
                ))
            chain = [target]
            cur = target
            while cur.parent_id is not None and len(chain) < 100:
                if cur.id == unit_id:
                    break
                cur = _unit_or_404(s, cur.parent_id)
                chain.append(cur)
            if any(c.id == unit_id for c in chain):
                path = " › ".join(c.nama for c in reversed(chain[: [c.id for c in chain].index(unit_id) + 1]))
                raise ValidationError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Unit {nama} tidak dapat dipindahkan ke dalam dirinya sendiri atau sub-unitnya ({path})."),
                        nama=u.nama, path=path,
                    )
                )
        if u.parent_id != parent_id:
            before = row_dict(u)
            u.parent_id = parent_id
            u.urutan = (s.scalar(select(func.max(UnitKerja.urutan)).where(
                UnitKerja.parent_id.is_(None) if parent_id is None else UnitKerja.parent_id == parent_id)) or 0) + 1
            uow.audit_change(u, before, f"Unit {u.nama} dipindahkan")
    return _node(ctx, unit_id)


def reorder_unit(ctx: AppContext, unit_id: int, delta: int) -> UnitNode:
    """Move a unit up (-1) or down (+1) among its siblings (order on documents and in the tree)."""
    with ctx.write("organisasi.unit_urutan", Permission.MASTER_WRITE) as uow:
        s = uow.session
        u = _unit_or_404(s, unit_id)
        cond = UnitKerja.parent_id.is_(None) if u.parent_id is None else UnitKerja.parent_id == u.parent_id
        sibs = sorted(s.scalars(select(UnitKerja).where(cond)), key=lambda x: (x.urutan or 0, x.nama.casefold()))
        i = [x.id for x in sibs].index(u.id)
        j = max(0, min(len(sibs) - 1, i + delta))
        if i != j:
            sibs.insert(j, sibs.pop(i))
            for k, x in enumerate(sibs, start=1):
                if x.urutan != k:
                    x.urutan = k
            uow.audit("unit_kerja", u.id, f"Urutan unit {u.nama} diubah", {"posisi": i + 1}, {"posisi": j + 1})
    return _node(ctx, unit_id)


def merge_unit(ctx: AppContext, source_id: int, target_id: int) -> BulkResult:
    """Merge ``source`` into ``target``: its employees and sub-units move, the source is archived.

    Employees whose supervisor was the source's head get the target's head
    (the default rule); the source keeps its name for old documents and
    ``merged_into_id`` records where it went.
    """
    if source_id == target_id:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Unit tidak dapat digabungkan dengan dirinya sendiri."),
        ))
    res = BulkResult()
    with ctx.write("organisasi.unit_gabung", Permission.MASTER_WRITE) as uow:
        s = uow.session
        src = _unit_or_404(s, source_id)
        dst = _unit_or_404(s, target_id)
        if not dst.aktif:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Unit tujuan {nama_dst} sudah diarsipkan; pilih unit yang aktif."),
                nama_dst=dst.nama,
            ))
        cur: UnitKerja | None = dst
        guard = 0
        while cur is not None and guard < 100:
            if cur.id == src.id:
                raise ValidationError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Unit {nama_src} tidak dapat digabungkan ke sub-unitnya sendiri ({nama_dst})."),
                        nama_src=src.nama, nama_dst=dst.nama,
                    )
                )
            cur = s.get(UnitKerja, cur.parent_id) if cur.parent_id else None
            guard += 1
        old_head = src.kepala_id
        people = list(s.scalars(select(Pegawai).where(Pegawai.unit_id == src.id)))
        changes: dict[int, int | None] = {}
        for p in people:
            if p.atasan_id is not None and p.atasan_id == old_head and p.id != old_head:
                new = dst.kepala_id if dst.kepala_id != p.id else default_atasan_in(s, p.id, dst.parent_id)
                changes[p.id] = new
        check_atasan_changes(s, {k: v for k, v in changes.items() if v is not None})
        for p in people:
            res.sebelum.append(Penempatan(p.id, p.unit_id, p.atasan_id))
            before = row_dict(p)
            p.unit_id = dst.id
            if p.id in changes:
                p.atasan_id = changes[p.id]
            uow.audit_change(p, before, f"Dipindahkan karena unit {src.nama} digabung ke {dst.nama}")
            res.diubah.append(p.id)
        children = list(s.scalars(select(UnitKerja).where(UnitKerja.parent_id == src.id)))
        base = (s.scalar(select(func.max(UnitKerja.urutan)).where(UnitKerja.parent_id == dst.id)) or 0)
        for k, c in enumerate(children, start=1):
            before = row_dict(c)
            c.parent_id = dst.id
            c.urutan = base + k
            uow.audit_change(c, before, f"Sub-unit dipindahkan karena {src.nama} digabung ke {dst.nama}")
        before = row_dict(src)
        src.aktif = False
        src.merged_into_id = dst.id
        src.kepala_id = None
        uow.audit_change(src, before, f"Unit {src.nama} digabung ke {dst.nama}")
        res.catat(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "{pegawai} pegawai dan {sub_unit} sub-unit dipindahkan dari {asal} ke {tujuan}; {asal} diarsipkan."),
            pegawai=len(people), sub_unit=len(children), asal=src.nama, tujuan=dst.nama,
        ))
        if changes:
            res.catat(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Atasan langsung %n pegawai diganti menjadi kepala {unit}."),
                             n=len(changes), unit=dst.nama))
    return res


def archive_unit(ctx: AppContext, unit_id: int) -> UnitNode:
    """Archive an empty unit (no active employees, no active sub-units). Never deleted."""
    with ctx.write("organisasi.unit_arsip", Permission.MASTER_WRITE) as uow:
        s = uow.session
        u = _unit_or_404(s, unit_id)
        n_peg = s.scalar(
            select(func.count()).select_from(Pegawai).where(Pegawai.unit_id == unit_id, Pegawai.status == AKTIF)
        ) or 0
        n_sub = s.scalar(
            select(func.count()).select_from(UnitKerja).where(UnitKerja.parent_id == unit_id, UnitKerja.aktif.is_(True))
        ) or 0
        if n_peg or n_sub:
            parts = []
            if n_peg:
                parts.append(f"{n_peg} pegawai aktif")
            if n_sub:
                parts.append(f"{n_sub} sub-unit aktif")
            raise ValidationError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Unit {nama} masih memiliki {daftar}. Pindahkan dulu, atau gunakan \"Gabungkan\" untuk memindahkan semuanya ke unit lain sekaligus."),
                    nama=u.nama, daftar=' dan '.join(parts),
                )
            )
        before = row_dict(u)
        u.aktif = False
        u.kepala_id = None
        uow.audit_change(u, before, f"Unit {u.nama} diarsipkan")
    return _node(ctx, unit_id)


def restore_unit(ctx: AppContext, unit_id: int) -> UnitNode:
    """Bring an archived unit back (its parent must be active)."""
    with ctx.write("organisasi.unit_pulihkan", Permission.MASTER_WRITE) as uow:
        s = uow.session
        u = _unit_or_404(s, unit_id)
        if u.parent_id is not None:
            parent = _unit_or_404(s, u.parent_id)
            if not parent.aktif:
                raise ValidationError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Unit induknya ({nama_parent}) juga diarsipkan; pulihkan unit induk dulu atau pindahkan unit ini."),
                        nama_parent=parent.nama,
                    )
                )
        before = row_dict(u)
        u.aktif = True
        u.merged_into_id = None
        uow.audit_change(u, before, f"Unit {u.nama} dipulihkan")
    return _node(ctx, unit_id)


def set_unit_head(
    ctx: AppContext, unit_id: int, pegawai_id: int | None, *, update_atasan: bool = True
) -> BulkResult:
    """Make ``pegawai_id`` head of the unit (None = vacant).

    With ``update_atasan``, people who followed the default rule (their
    supervisor was the previous head, or nobody) get the new head; the new
    head's own supervisor becomes the head above. Returns who changed.
    """
    res = BulkResult()
    with ctx.write("organisasi.kepala_unit", Permission.MASTER_WRITE) as uow:
        s = uow.session
        u = _unit_or_404(s, unit_id)
        if not u.aktif:
            raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Unit {nama} sudah diarsipkan."), nama=u.nama))
        old = u.kepala_id
        if pegawai_id is not None:
            p = _pegawai_or_404(s, pegawai_id)
            if p.status != AKTIF:
                raise ValidationError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "{nama_pegawai} tidak aktif lagi ({status}) sehingga tidak dapat menjadi kepala unit."),
                        nama_pegawai=_nama_pegawai(p), status=p.status,
                    )
                )
        before = row_dict(u)
        u.kepala_id = pegawai_id
        uow.audit_change(u, before, f"Kepala unit {u.nama} diubah")
        s.flush()
        if not update_atasan or old == pegawai_id:
            return res
        changes: dict[int, int | None] = {}
        followers: list[Pegawai] = []
        # members of the unit, and heads of the direct sub-units, follow the default rule
        # when their supervisor was the previous head or nobody; the new head always does.
        members = list(s.scalars(select(Pegawai).where(Pegawai.unit_id == unit_id, Pegawai.status == AKTIF)))
        candidates: list[tuple[Pegawai, int]] = [(p, unit_id) for p in members]
        if pegawai_id is not None and all(p.id != pegawai_id for p in members):
            candidates.append((_pegawai_or_404(s, pegawai_id), unit_id))
        for sub_id, head_id in s.execute(select(UnitKerja.id, UnitKerja.kepala_id).where(
                UnitKerja.parent_id == unit_id, UnitKerja.aktif.is_(True), UnitKerja.kepala_id.is_not(None))):
            candidates.append((_pegawai_or_404(s, head_id), sub_id))
        for p, home in candidates:
            if p.id == pegawai_id or p.atasan_id in (old, None):
                new = default_atasan_in(s, p.id, home)
                if new != p.atasan_id and p.id not in changes:
                    changes[p.id] = new
                    followers.append(p)
        check_atasan_changes(s, changes)
        for p in followers:
            if p.id in changes:
                res.sebelum.append(Penempatan(p.id, p.unit_id, p.atasan_id))
                b = row_dict(p)
                p.atasan_id = changes[p.id]
                uow.audit_change(p, b, f"Atasan mengikuti kepala unit {u.nama}")
                res.diubah.append(p.id)
        if res.diubah:
            res.catat(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Atasan langsung %n pegawai disesuaikan dengan kepala unit baru."),
                             n=len(res.diubah)))
    return res


# --------------------------------------------------------------------------- people: bulk placement


def move_pegawai(
    ctx: AppContext,
    pegawai_ids: Sequence[int],
    unit_id: int,
    *,
    atasan_ikut_kepala: bool = True,
    progress: Progress | None = None,
) -> BulkResult:
    """Move the selected people to ``unit_id``.

    With ``atasan_ikut_kepala`` their supervisor becomes the default of the new
    unit (its head, or the head above for the head himself). A person who
    headed their old unit stops heading it.
    """
    progress = progress or Progress.none()
    if not pegawai_ids:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Belum ada pegawai yang dipilih.")))
    res = BulkResult()
    with ctx.write("organisasi.pindah_unit", Permission.MASTER_WRITE) as uow:
        s = uow.session
        unit = _unit_or_404(s, unit_id)
        if not unit.aktif:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Unit {nama_unit} sudah diarsipkan; pilih unit tujuan yang aktif."),
                nama_unit=unit.nama,
            ))
        people = _load_pegawai(s, pegawai_ids)
        changes: dict[int, int | None] = {}
        if atasan_ikut_kepala:
            for p in people:
                new = default_atasan_in(s, p.id, unit_id)
                if new != p.atasan_id:
                    changes[p.id] = new
            check_atasan_changes(s, changes)
        total = len(people)
        for k, p in enumerate(people, start=1):
            progress.step(k, total, f"Memindahkan pegawai ({k} dari {total})")
            if p.unit_id == unit_id and p.id not in changes:
                continue
            res.sebelum.append(Penempatan(p.id, p.unit_id, p.atasan_id))
            before = row_dict(p)
            if p.unit_id != unit_id:
                for note in _clear_head_roles(uow, p.id, keep_unit_id=unit_id):
                    res.catat(note)
            p.unit_id = unit_id
            if p.id in changes:
                p.atasan_id = changes[p.id]
            uow.audit_change(p, before, f"Dipindahkan ke {unit.nama}")
            res.diubah.append(p.id)
        res.catat(Msg.of(QT_TRANSLATE_NOOP("Pesan", "%n pegawai dipindahkan ke {unit}."), n=len(res.diubah), unit=unit.nama),
                  depan=True)
    return res


def set_atasan(
    ctx: AppContext, pegawai_ids: Sequence[int], atasan_id: int | None, *, progress: Progress | None = None
) -> BulkResult:
    """Set the atasan langsung of the selected people (None = clear). Loops are refused."""
    progress = progress or Progress.none()
    if not pegawai_ids:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Belum ada pegawai yang dipilih.")))
    res = BulkResult()
    with ctx.write("organisasi.atasan", Permission.MASTER_WRITE) as uow:
        s = uow.session
        people = _load_pegawai(s, pegawai_ids)
        changes = {p.id: atasan_id for p in people if p.atasan_id != atasan_id}
        check_atasan_changes(s, changes)
        nama = _names(s, [atasan_id]).get(atasan_id, "") if atasan_id else ""
        total = len(people)
        for k, p in enumerate(people, start=1):
            progress.step(k, total, f"Menetapkan atasan ({k} dari {total})")
            if p.id not in changes:
                continue
            res.sebelum.append(Penempatan(p.id, p.unit_id, p.atasan_id))
            before = row_dict(p)
            p.atasan_id = atasan_id
            uow.audit_change(p, before, f"Atasan langsung: {nama or '(dikosongkan)'}")
            res.diubah.append(p.id)
        if atasan_id:
            res.catat(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Atasan langsung %n pegawai kini {nama}."), n=len(res.diubah), nama=nama))
        else:
            res.catat(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Atasan langsung %n pegawai dikosongkan."), n=len(res.diubah)))
    return res


def atasan_ke_kepala_unit(
    ctx: AppContext, pegawai_ids: Sequence[int], *, progress: Progress | None = None
) -> BulkResult:
    """Give each selected person the default supervisor of their own unit (the head rule)."""
    progress = progress or Progress.none()
    if not pegawai_ids:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Belum ada pegawai yang dipilih.")))
    res = BulkResult()
    with ctx.write("organisasi.atasan_kepala_unit", Permission.MASTER_WRITE) as uow:
        s = uow.session
        people = _load_pegawai(s, pegawai_ids)
        changes: dict[int, int | None] = {}
        outside = 0
        for p in people:
            new = default_atasan_in(s, p.id, p.unit_id)
            if new is None:
                outside += 1
                continue  # top of the structure: the supervisor is outside the database
            if new != p.atasan_id:
                changes[p.id] = new
        check_atasan_changes(s, changes)
        total = len(people)
        for k, p in enumerate(people, start=1):
            if p.id in changes:
                res.sebelum.append(Penempatan(p.id, p.unit_id, p.atasan_id))
                before = row_dict(p)
                p.atasan_id = changes[p.id]
                uow.audit_change(p, before, "Atasan langsung = kepala unit")
                res.diubah.append(p.id)
            progress.step(k, total, f"Menetapkan atasan ({k} dari {total})")
        res.catat(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Atasan langsung %n pegawai kini kepala unitnya."), n=len(res.diubah)))
        if outside:
            res.catat(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "%n pegawai tidak punya kepala unit di atasnya dalam basis data (atasan di luar basis data)."),
                n=outside,
            ))
    return res


def restore_penempatan(ctx: AppContext, sebelum: Sequence[Penempatan]) -> BulkResult:
    """Undo a bulk placement: put every person back in the recorded unit with the recorded supervisor."""
    res = BulkResult()
    if not sebelum:
        return res
    with ctx.write("organisasi.urungkan", Permission.MASTER_WRITE) as uow:
        s = uow.session
        people = {p.id: p for p in _load_pegawai(s, [x.pegawai_id for x in sebelum])}
        check_atasan_changes(
            s, {x.pegawai_id: x.atasan_id for x in sebelum if people[x.pegawai_id].atasan_id != x.atasan_id}
        )
        for x in sebelum:
            p = people[x.pegawai_id]
            if x.unit_id is not None and s.get(UnitKerja, x.unit_id) is None:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Unit asal sudah tidak ada; perubahan tidak dapat diurungkan."),
                ))
            res.sebelum.append(Penempatan(p.id, p.unit_id, p.atasan_id))
            before = row_dict(p)
            p.unit_id = x.unit_id
            p.atasan_id = x.atasan_id
            uow.audit_change(p, before, "Perubahan penempatan diurungkan")
            res.diubah.append(p.id)
        res.catat(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Penempatan %n pegawai dikembalikan seperti semula."), n=len(res.diubah)))
    return res


# --------------------------------------------------------------------------- people: supervisor report


def pegawai_tanpa_atasan(ctx: AppContext) -> list[TanpaAtasan]:
    """Active employees with no supervisor, or whose supervisor is no longer active.

    People at the top of the structure (no head above them in the tree) are
    listed with ``di_luar_basis_data`` True: their supervisor (e.g. the Camat's,
    at the regency) is kept in the office settings, not in this database.
    """
    with ctx.read(Permission.MASTER_READ) as s:
        atasan = select(Pegawai.id, Pegawai.status).subquery()
        rows = s.execute(
            select(
                Pegawai.id, Pegawai.nip, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang,
                Pegawai.nama_jabatan, Pegawai.unit_id, UnitKerja.nama, Pegawai.atasan_id, atasan.c.status,
            )
            .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_id)
            .outerjoin(atasan, atasan.c.id == Pegawai.atasan_id)
            .where(Pegawai.status == AKTIF)
            .where((Pegawai.atasan_id.is_(None)) | (atasan.c.status.is_(None)) | (atasan.c.status != AKTIF))
        ).all()
        office = OfficeInfo.from_dict((s.get(Setting, OFFICE_KEY) or Setting(value=None)).value)
        if office.atasan_camat_nama:
            luar_text = f"Atasan di luar basis data: {office.atasan_camat_nama}" + (
                f", {office.atasan_camat_jabatan}" if office.atasan_camat_jabatan else "")
        else:
            luar_text = "Atasan di luar basis data (isi di Pengaturan › Identitas kantor)"
        out: list[TanpaAtasan] = []
        for pid, nip, gd, nama, gb, jab, unit_id, unit_nama, atasan_id, atasan_status in rows:
            if atasan_id is not None and atasan_status is not None:
                label = (StatusPegawai(atasan_status).label if atasan_status in StatusPegawai._value2member_map_
                         else atasan_status)
                alasan, luar = f"Atasan langsung berstatus {label.lower()}", False
            elif atasan_id is not None:
                alasan, luar = "Atasan langsung tidak ditemukan", False
            elif unit_id is None:
                alasan, luar = "Belum ditempatkan di unit kerja dan belum punya atasan", False
            else:
                default = default_atasan_in(s, pid, unit_id)
                if default is None:
                    alasan, luar = luar_text, True
                else:
                    alasan, luar = "Belum ada atasan langsung", False
            out.append(
                TanpaAtasan(pid, nip or "", format_nama(gd, nama, gb), jab or "", unit_nama or "", alasan, luar)
            )
        out.sort(key=lambda r: (r.di_luar_basis_data, r.unit_nama.casefold(), r.nama.casefold()))
        return out
