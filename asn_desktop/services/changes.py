"""What a write changed, so the views that show that data refresh and no others.

Every write is one named operation (``ctx.write("skp.setujui", ...)``). The kinds of
data each operation touches are declared here, once, as a small set of flags; the
unit of work carries them and ``AppContext`` hands them, after the commit, to whoever
subscribed (the main window). Each area of the window declares the flags it shows
and reloads only for those. The model is Anki's ``OpChanges``: an operation reports
what it changed, screens decide from that whether they need to redraw.

No Qt here: services, the CLI and tests use this module as plain Python.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Flag, auto


class Change(Flag):
    """Kinds of data a committed write can have changed."""

    NONE = 0
    PEGAWAI = auto()  # profiles, placement, supervisor, status
    ORGANISASI = auto()  # the unit kerja tree and its heads
    SKP = auto()  # SKPs, their RHK, indicators, status and snapshots
    PUSTAKA_RHK = auto()  # the RHK template library
    PERIODE = auto()  # years, periods, schemes, organisation predicates
    EVALUASI = auto()  # evaluations: realisasi, ratings, evidence, final state
    RIWAYAT = auto()  # past appraisal results imported into employees' history
    KANTOR = auto()  # office identity and settings
    AKUN = auto()  # user accounts
    PERTUKARAN = auto()  # the exchange log (imports, exports, offline forms)
    CADANGAN = auto()  # backups
    AUDIT = auto()  # the audit log (written by every operation)
    SKM = auto()  # public-service satisfaction surveys and their questionnaires
    LAYANAN = auto()  # service and complaint registers, service standards, holidays

    @classmethod
    def everything(cls) -> "Change":
        out = cls.NONE
        for member in cls:
            out |= member
        return out


_C = Change

#: Operation name (``aksi``) → what it changes. An exact name wins; otherwise the part
#: before the first dot. Unknown operations count as changing everything: a view
#: reloading once too often is better than one showing stale data.
OPERATION_CHANGES: dict[str, Change] = {
    "pegawai": _C.PEGAWAI,
    "organisasi": _C.PEGAWAI | _C.ORGANISASI,  # names of units appear in employee rows
    "skp": _C.SKP,
    "skp.ekspor_matriks": _C.NONE,  # only the audit row
    "pustaka_rhk": _C.PUSTAKA_RHK,
    "skp.isi_dari_pustaka": _C.SKP,
    "periode": _C.PERIODE,
    "periode.predikat_organisasi": _C.PERIODE | _C.EVALUASI,  # the curve and the ratings' bounds
    "periode.tutup": _C.PERIODE | _C.EVALUASI,  # closing freezes the evaluations
    "periode.buka_kembali": _C.PERIODE | _C.EVALUASI,
    "evaluasi": _C.EVALUASI,
    "evaluasi.frasa_tambah": _C.NONE,  # the phrase library is read when a dialog opens
    "riwayat_nilai": _C.RIWAYAT,
    "pengaturan": _C.KANTOR,
    "kunci_kantor": _C.KANTOR,  # the office's signing key, shown in Pengaturan
    "skm": _C.SKM,
    "layanan": _C.LAYANAN,  # simpan_/hapus_standar, simpan_/hapus_libur, simpan_permohonan, simpan_pengaduan
    "akun": _C.AKUN,
    "cadangan": _C.CADANGAN,  # backups and their folder, shown together
    "audit": _C.NONE,
    "pertukaran": _C.PERTUKARAN,
    "pertukaran.impor_pegawai": _C.PERTUKARAN | _C.PEGAWAI | _C.ORGANISASI,
    "pertukaran.impor_hasil": _C.PERTUKARAN | _C.EVALUASI | _C.SKP | _C.PERIODE | _C.PEGAWAI | _C.ORGANISASI,
    "pertukaran.impor_hasil.uji": _C.NONE,  # a dry run, rolled back
    "pertukaran.impor_formulir": _C.PERTUKARAN | _C.EVALUASI,
    "demo": Change.everything(),
}


def changes_of(aksi: str) -> Change:
    """The flags of one operation; every operation also writes an audit row."""
    found = OPERATION_CHANGES.get(aksi)
    if found is None:
        found = OPERATION_CHANGES.get(aksi.split(".", 1)[0], Change.everything())
    return found | Change.AUDIT


# -- who asked ------------------------------------------------------------------------
# A view that made a change updates itself from the operation's result (the Pegawai list
# replaces only the touched rows); the others reload. Background jobs run on another
# thread, so the originating view is remembered per thread while the job runs.

_local = threading.local()


@contextmanager
def origin(name: str | None) -> Iterator[None]:
    """Writes on this thread inside the block are made on behalf of ``name`` (a view key)."""
    previous = getattr(_local, "origin", None)
    _local.origin = name
    try:
        yield
    finally:
        _local.origin = previous


def current_origin() -> str | None:
    """The view on whose behalf this thread writes (None = not stated)."""
    return getattr(_local, "origin", None)
