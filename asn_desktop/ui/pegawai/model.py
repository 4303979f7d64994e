"""The employee list model: sorting and filtering done on Python lists.

Measured: ``QSortFilterProxyModel`` needs seconds for 50,000 rows;
sorting plain lists with precomputed keys and filtering on a precomputed
search key takes milliseconds. So this model keeps

- ``_rows``: every :class:`PegawaiRow` from one service call,
- ``_order``: row indices in the current sort order (keys computed once per column),
- ``_view``: ``_order`` filtered — what the view shows.

Display strings are built lazily in :meth:`data` (only visible rows are painted).
The benchmark (benchmarks/run.py) drives :meth:`set_rows`, :meth:`set_filter_text` and :meth:`sort`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from asn_desktop.domain.enums import JenisJabatan, StatusPegawai
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.golongan import golongan_by_kode
from asn_desktop.domain.nama import digits_only, search_key
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.tanggal import format_tanggal_pendek
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.ui.labels import label

_Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    NIP = 0
    NAMA = 1
    GOLONGAN = 2
    JABATAN = 3
    UNIT = 4
    ATASAN = 5
    STATUS = 6


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("PegawaiTableModel", "NIP"),
        QCoreApplication.translate("PegawaiTableModel", "Nama"),
        QCoreApplication.translate("PegawaiTableModel", "Gol."),
        QCoreApplication.translate("PegawaiTableModel", "Jabatan"),
        QCoreApplication.translate("PegawaiTableModel", "Unit Kerja"),
        QCoreApplication.translate("PegawaiTableModel", "Atasan Langsung"),
        QCoreApplication.translate("PegawaiTableModel", "Status"),
    ]


_NCOLS = len(Col)
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.AccessibleTextRole,
})
_STATUS_ORDER = {s.value: i for i, s in enumerate(StatusPegawai)}
_GOL_KEYS: dict[str, tuple[int, int]] = {}
_GOL_LABEL: dict[str, str] = {}
_GREY = QBrush(QColor("#80868b"))
_ITALIC = QFont()
_ITALIC.setItalic(True)


def _gol_key(kode: str) -> tuple[int, int]:
    k = _GOL_KEYS.get(kode)
    if k is None:
        try:
            k = golongan_by_kode(kode).sort_key
        except DomainError:
            k = (2, 0)  # unknown or empty codes sort last
        _GOL_KEYS[kode] = k
    return k


def _gol_label(kode: str) -> str:
    if kode not in _GOL_LABEL:
        try:
            _GOL_LABEL[kode] = golongan_by_kode(kode).label
        except DomainError:
            _GOL_LABEL[kode] = kode
    return _GOL_LABEL[kode]


_SORT_KEYS: dict[int, Callable[[PegawaiRow], Any]] = {
    Col.NIP: lambda r: r.nip_digits,
    Col.NAMA: lambda r: r.nama_inti.casefold(),
    Col.GOLONGAN: lambda r: _gol_key(r.golongan),
    Col.JABATAN: lambda r: r.jabatan.casefold(),
    Col.UNIT: lambda r: r.unit_nama.casefold(),
    Col.ATASAN: lambda r: r.atasan_nama.casefold(),
    Col.STATUS: lambda r: _STATUS_ORDER.get(r.status, 99),
}


class PegawaiTableModel(QAbstractTableModel):
    """Employee rows with in-model sorting and filtering (see module docstring)."""

    filtered = Signal()  # the visible row set changed (filter or reload)

    def __init__(self, rows: Sequence[PegawaiRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._status_label: dict[str, str] = {}
        self._jenis_label: dict[str, str] = {}
        self._rows: list[PegawaiRow] = []
        self._pos: dict[int, int] = {}
        self._hay: list[str] = []
        self._keys: dict[int, list[Any]] = {}
        self._order: list[int] = []
        self._view: list[int] = []
        self._sort_col: int = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # filters
        self._text = ""
        self._tokens: list[str] = []
        self._digits = ""
        self._units: frozenset[int] | None = None
        self._statuses: frozenset[str] | None = None
        self._golongan: frozenset[str] | None = None
        self._jenis: frozenset[str] | None = None
        self._mask: list[bool] | None = None  # non-text filters, one bit per row
        self.set_rows(rows)

    # -- loading -------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PegawaiRow]) -> None:
        """Replace everything (after a load); keeps the current sort and filters."""
        self.beginResetModel()
        # texts in the language installed now: a reload after Pengaturan › Bahasa shows the new one
        self._titles = column_titles()
        self._status_label = {s.value: label(s) for s in StatusPegawai}
        self._jenis_label = {j.value: label(j) for j in JenisJabatan}
        self._rows = list(rows)
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self._hay = [f"{r.kunci} {r.nip_digits}" for r in self._rows]
        self._keys.clear()
        self._order = list(range(len(self._rows)))
        if self._sort_col >= 0:
            self._sort_indices()
        self._rebuild_mask()
        self._view = self._filtered(self._order)
        self.endResetModel()
        self.filtered.emit()

    def upsert_rows(self, rows: Iterable[PegawaiRow]) -> None:
        """Update rows in place after an edit (no reload of 15,000 rows).

        A row that still passes the filters stays where it is (no jump while the
        operator works); one that no longer passes disappears; a new one is
        appended at the end of the view.
        """
        rows = list(rows)
        if len(rows) > 50:  # a bulk action: cheaper to rebuild the view once
            for row in rows:
                self._put(row)
            self._refilter()
            return
        for row in rows:
            is_new = row.id not in self._pos
            i = self._put(row)
            if is_new:
                if self._match(i):
                    n = len(self._view)
                    self.beginInsertRows(QModelIndex(), n, n)
                    self._view.append(i)
                    self.endInsertRows()
                continue
            try:
                vrow = self._view.index(i)
            except ValueError:
                vrow = -1
            if self._match(i):
                if vrow >= 0:
                    self.dataChanged.emit(self.index(vrow, 0), self.index(vrow, _NCOLS - 1))
            elif vrow >= 0:
                self.beginRemoveRows(QModelIndex(), vrow, vrow)
                del self._view[vrow]
                self.endRemoveRows()
        self.filtered.emit()

    def _put(self, row: PegawaiRow) -> int:
        """Store a row (new or replacing) with its keys and mask bit; returns its index."""
        i = self._pos.get(row.id)
        if i is None:
            i = len(self._rows)
            self._rows.append(row)
            self._pos[row.id] = i
            self._hay.append("")
            for keys in self._keys.values():
                keys.append(None)
            self._order.append(i)
            if self._mask is not None:
                self._mask.append(False)
        self._rows[i] = row
        self._hay[i] = f"{row.kunci} {row.nip_digits}"
        for col, keys in self._keys.items():
            keys[i] = _SORT_KEYS[col](row)
        if self._mask is not None:
            self._mask[i] = self._passes_base(row)
        return i

    # -- filters ---------------------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        """Search across name, NIP and jabatan; case/accent-insensitive; NIP with or without spaces.

        Typing on (the new text extends the old one) narrows the current view
        instead of scanning every row again.
        """
        text = text or ""
        if text == self._text:
            return
        narrowing = bool(self._text) and text.startswith(self._text)
        self._text = text
        self._tokens = search_key(text).split()
        has_letters = any(c.isalpha() for c in text)
        self._digits = "" if has_letters else digits_only(text)
        self.beginResetModel()
        self._view = self._text_filtered(self._view if narrowing else self._base_order())
        self.endResetModel()
        self.filtered.emit()

    def filter_text(self) -> str:
        return self._text

    def set_unit_filter(self, unit_ids: Iterable[int] | None) -> None:
        """Only these unit ids (the page passes a unit with its sub-units); None = all."""
        self.set_filters(units=unit_ids)

    def set_status_filter(self, statuses: Iterable[str] | None) -> None:
        self.set_filters(statuses=statuses)

    def set_golongan_filter(self, codes: Iterable[str] | None) -> None:
        self.set_filters(golongan=codes)

    def set_jenis_filter(self, jenis: Iterable[str] | None) -> None:
        self.set_filters(jenis=jenis)

    _KEEP: Any = object()

    def set_filters(self, *, units: Any = _KEEP, statuses: Any = _KEEP, golongan: Any = _KEEP,
                    jenis: Any = _KEEP) -> None:
        """Several filters at once, one refilter (the page's filter row)."""
        keep = PegawaiTableModel._KEEP
        if units is not keep:
            self._units = None if units is None else frozenset(units)
        if statuses is not keep:
            self._statuses = None if statuses is None else frozenset(statuses)
        if golongan is not keep:
            self._golongan = None if golongan is None else frozenset(golongan)
        if jenis is not keep:
            self._jenis = None if jenis is None else frozenset(jenis)
        self._rebuild_mask()
        self._refilter()

    def _passes_base(self, r: PegawaiRow) -> bool:
        return (
            (self._statuses is None or r.status in self._statuses)
            and (self._units is None or r.unit_id in self._units)
            and (self._golongan is None or r.golongan in self._golongan)
            and (self._jenis is None or r.jenis_jabatan in self._jenis)
        )

    def _rebuild_mask(self) -> None:
        """One bool per row for the non-text filters, computed when they change (not per keystroke)."""
        if self._statuses is None and self._units is None and self._golongan is None and self._jenis is None:
            self._mask = None
        else:
            self._mask = [self._passes_base(r) for r in self._rows]

    def _base_order(self) -> list[int]:
        mask = self._mask
        return list(self._order) if mask is None else [i for i in self._order if mask[i]]

    def _match(self, i: int) -> bool:
        return (self._mask is None or self._mask[i]) and bool(self._text_filtered([i]))

    def _text_filtered(self, indices: list[int]) -> list[int]:
        tokens = self._tokens
        digits = self._digits
        if not tokens and not digits:
            return list(indices)
        hay = self._hay
        rows = self._rows
        if digits and len(tokens) <= 1:
            return [i for i in indices if digits in rows[i].nip_digits or (tokens and tokens[0] in hay[i])]
        if digits:
            return [i for i in indices if digits in rows[i].nip_digits or all(t in hay[i] for t in tokens)]
        if len(tokens) == 1:
            t0 = tokens[0]
            return [i for i in indices if t0 in hay[i]]
        return [i for i in indices if all(t in hay[i] for t in tokens)]

    def _filtered(self, indices: list[int]) -> list[int]:
        mask = self._mask
        base = list(indices) if mask is None else [i for i in indices if mask[i]]
        return self._text_filtered(base)

    def _refilter(self) -> None:
        self.beginResetModel()
        self._view = self._filtered(self._order)
        self.endResetModel()
        self.filtered.emit()

    # -- sorting -----------------------------------------------------------------------
    def _sort_indices(self) -> None:
        col = self._sort_col
        keys = self._keys.get(col)
        if keys is None:
            fn = _SORT_KEYS[col]
            keys = self._keys[col] = [fn(r) for r in self._rows]
        # stable: equal keys keep the previous order (a second click sorts within the first)
        self._order.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401
        """Sort by any column in Python (precomputed keys; golongan by rank); selection is kept."""
        if column < 0 or column >= _NCOLS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = [p for p in self.persistentIndexList() if 0 <= p.row() < len(self._view)]
        old = [(p, self._view[p.row()]) for p in persistent]
        self._sort_col = column
        self._sort_order = order
        self._sort_indices()
        self._view = self._filtered(self._order)
        if old:
            if len(old) < 40:
                view = self._view
                where = {i: view.index(i) for _p, i in old}
            else:
                wanted = {i for _p, i in old}
                where = {i: r for r, i in enumerate(self._view) if i in wanted}
            for p, i in old:
                r = where.get(i)
                self.changePersistentIndex(p, self.index(r, p.column()) if r is not None else QModelIndex())
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_col

    # -- access ------------------------------------------------------------------------
    def row_at(self, view_row: int) -> PegawaiRow:
        return self._rows[self._view[view_row]]

    def view_row_of(self, pegawai_id: int) -> int:
        """Row in the view of an employee, -1 when hidden by the filters."""
        i = self._pos.get(pegawai_id)
        if i is None:
            return -1
        try:
            return self._view.index(i)
        except ValueError:
            return -1

    def visible_rows(self) -> list[PegawaiRow]:
        return [self._rows[i] for i in self._view]

    def all_rows(self) -> list[PegawaiRow]:
        return list(self._rows)

    def find(self, pegawai_id: int) -> PegawaiRow | None:
        i = self._pos.get(pegawai_id)
        return None if i is None else self._rows[i]

    def total_count(self) -> int:
        return len(self._rows)

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else _NCOLS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks ~6 roles per cell: answer fast
            return None
        r = self._rows[self._view[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.NIP:
                return format_nip(r.nip)
            if col == Col.NAMA:
                return r.nama
            if col == Col.GOLONGAN:
                return r.golongan
            if col == Col.JABATAN:
                return r.jabatan
            if col == Col.UNIT:
                return r.unit_nama
            if col == Col.ATASAN:
                return r.atasan_nama or "—"
            if col == Col.STATUS:
                text = self._status_label.get(r.status, r.status)
                return f"{text} {format_tanggal_pendek(r.tanggal_status)}" if r.tanggal_status else text
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Col.GOLONGAN and r.golongan:
                return _gol_label(r.golongan)
            if col == Col.JABATAN and r.jenis_jabatan:
                return f"{r.jabatan} ({self._jenis_label.get(r.jenis_jabatan, r.jenis_jabatan)})"
            if col == Col.NIP:
                return ("NI PPPK " if "PPPK" in r.status_kepegawaian else "NIP ") + format_nip(r.nip)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and r.status != "aktif":
            return _GREY
        if role == Qt.ItemDataRole.FontRole and r.status != "aktif" and col == Col.STATUS:
            return _ITALIC
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.nama}, {format_nip(r.nip)}"
        return None
