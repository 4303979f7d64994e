"""The employee list model: filtering and sorting in Python."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from asn_desktop.domain.nama import format_nama, search_key
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.ui.pegawai.model import Col, PegawaiTableModel


def _row(pid: int, nama: str, nip: str, gol: str, jab: str, unit_id: int = 1, status: str = "aktif",
         jenis: str = "pelaksana", depan: str = "", belakang: str = "") -> PegawaiRow:
    full = format_nama(depan, nama, belakang)
    return PegawaiRow(pid, nip, full, nama, gol, jab, jenis, unit_id, f"Unit {unit_id}", None, "", status, "PNS",
                      search_key(full, jab), nip)


ROWS = [
    _row(1, "José Émerson Ndolu", "198609262015051001", "III/b", "Penata Layanan Operasional"),
    _row(2, "Maria Benu", "199001012019032002", "IV/a", "Camat Maulafa", unit_id=2, jenis="administrator",
         depan="Dra.", belakang="M.Si"),
    _row(3, "Ma'ruf Amin", "197505052000031003", "II/c", "Pengadministrasi Perkantoran", unit_id=3),
    _row(4, "Yohanes Lau", "198001012005011004", "IX", "Operator Layanan Operasional", status="pensiun"),
    _row(5, "Andi Baso", "198501012010011005", "I/d", "Pranata Komputer Terampil", jenis="fungsional_keterampilan"),
]


def _names(m: PegawaiTableModel) -> list[str]:
    return [m.row_at(i).nama_inti for i in range(m.rowCount())]


def test_search_is_case_and_accent_insensitive_and_reads_nip_with_or_without_spaces(qtbot) -> None:
    m = PegawaiTableModel(ROWS)
    m.set_filter_text("jose emerson")
    assert _names(m) == ["José Émerson Ndolu"]
    m.set_filter_text("MARUF")
    assert _names(m) == ["Ma'ruf Amin"]
    m.set_filter_text("19860926 2015")
    assert _names(m) == ["José Émerson Ndolu"]
    m.set_filter_text("198609262015")
    assert _names(m) == ["José Émerson Ndolu"]
    m.set_filter_text("19860926 201505 1 001")
    assert _names(m) == ["José Émerson Ndolu"]
    m.set_filter_text("layanan operasional")  # jabatan
    assert sorted(_names(m)) == ["José Émerson Ndolu", "Yohanes Lau"]
    m.set_filter_text("dra maria")  # gelar are part of the printed name
    assert _names(m) == ["Maria Benu"]
    m.set_filter_text("tidak ada orang ini")
    assert m.rowCount() == 0
    m.set_filter_text("")
    assert m.rowCount() == len(ROWS)


def test_filters_combine_status_unit_golongan_and_jenis(qtbot) -> None:
    m = PegawaiTableModel(ROWS)
    m.set_status_filter({"aktif"})
    assert "Yohanes Lau" not in _names(m)
    m.set_status_filter({"pensiun"})
    assert _names(m) == ["Yohanes Lau"]
    m.set_status_filter(None)
    m.set_unit_filter({1})
    assert sorted(_names(m)) == ["Andi Baso", "José Émerson Ndolu", "Yohanes Lau"]
    m.set_golongan_filter({"III/a", "III/b", "III/c", "III/d"})
    assert _names(m) == ["José Émerson Ndolu"]
    m.set_golongan_filter(None)
    m.set_jenis_filter({"fungsional_keterampilan"})
    assert _names(m) == ["Andi Baso"]


def test_sort_golongan_by_rank_and_names_without_gelar(qtbot) -> None:
    m = PegawaiTableModel(ROWS)
    m.sort(Col.GOLONGAN, Qt.SortOrder.AscendingOrder)
    # PNS by rank (I/d < II/c < III/b < IV/a), PPPK after PNS
    assert [m.row_at(i).golongan for i in range(m.rowCount())] == ["I/d", "II/c", "III/b", "IV/a", "IX"]
    m.sort(Col.GOLONGAN, Qt.SortOrder.DescendingOrder)
    assert m.row_at(0).golongan == "IX"
    m.sort(Col.NAMA, Qt.SortOrder.AscendingOrder)
    assert _names(m)[:3] == ["Andi Baso", "José Émerson Ndolu", "Ma'ruf Amin"]  # "Dra." does not sort first
    m.set_filter_text("a")
    m.sort(Col.NIP, Qt.SortOrder.AscendingOrder)
    nips = [m.row_at(i).nip for i in range(m.rowCount())]
    assert nips == sorted(nips)


def test_upsert_updates_one_row_in_place_and_respects_filters(qtbot) -> None:
    m = PegawaiTableModel(ROWS)
    m.set_status_filter({"aktif"})
    m.sort(Col.NAMA, Qt.SortOrder.AscendingOrder)
    n = m.rowCount()
    changed = replace(ROWS[0], jabatan="Analis Kebijakan", kunci=search_key(ROWS[0].nama, "Analis Kebijakan"))
    m.upsert_rows([changed])
    assert m.rowCount() == n and m.row_at(m.view_row_of(1)).jabatan == "Analis Kebijakan"
    m.upsert_rows([replace(ROWS[2], status="meninggal")])
    assert m.rowCount() == n - 1 and m.view_row_of(3) == -1
    new = _row(6, "Zakaria Baru", "199101012020011006", "III/a", "Penata Layanan Operasional")
    m.upsert_rows([new])
    assert m.rowCount() == n and m.row_at(m.rowCount() - 1).id == 6 and m.total_count() == 6
    m.set_filter_text("zakaria")
    assert _names(m) == ["Zakaria Baru"]


def test_display_formats_nip_and_greys_inactive_people(qtbot) -> None:
    m = PegawaiTableModel(ROWS)
    m.sort(Col.NIP, Qt.SortOrder.AscendingOrder)
    r = m.view_row_of(1)
    assert m.data(m.index(r, Col.NIP)) == "19860926 201505 1 001"
    assert m.data(m.index(r, Col.GOLONGAN), Qt.ItemDataRole.ToolTipRole) == "Penata Muda Tingkat I, III/b"
    r4 = m.view_row_of(4)
    assert m.data(m.index(r4, Col.STATUS)) == "Pensiun"
    assert m.data(m.index(r4, Col.NAMA), Qt.ItemDataRole.ForegroundRole) is not None
    assert m.data(m.index(r, Col.NAMA), Qt.ItemDataRole.ForegroundRole) is None


def test_typing_on_narrows_the_same_way_as_a_fresh_search(qtbot) -> None:
    rows = ROWS + [_row(10 + i, f"Nama {c}{c} Contoh", f"19{i:02d}0101200501100{i % 10}", "III/a", "Staf")
                   for i, c in enumerate("abcdefgh")]
    typed = PegawaiTableModel(rows)
    typed.set_status_filter({"aktif"})
    typed.sort(Col.NAMA, Qt.SortOrder.AscendingOrder)
    for word in ("jose emerson", "1986 0926", "ma'ruf", "nama bb"):
        for i in list(range(1, len(word) + 1)) + list(range(len(word) - 1, -1, -1)):
            typed.set_filter_text(word[:i])
            fresh = PegawaiTableModel(rows)
            fresh.set_status_filter({"aktif"})
            fresh.sort(Col.NAMA, Qt.SortOrder.AscendingOrder)
            fresh.set_filter_text(word[:i])
            assert [r.id for r in typed.visible_rows()] == [r.id for r in fresh.visible_rows()], word[:i]
