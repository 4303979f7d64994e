"""SKP planning (PermenPANRB 6/2022 Pasal 5-20; kinerja-asn.md §2-4).

One SKP per employee and year (plus versions after approval). One module per job:

- ``types``: the dataclasses handed to the windows and printers, and the inputs;
- ``_common``: loading an SKP with what it shows, RHK numbering, status log, optimistic lock;
- ``reading``: one SKP, the list of a year, pickers, years;
- ``validation``: complete enough to submit (errors block, warnings do not);
- ``header``: the three people frozen on the SKP as snapshots (kinerja-asn.md §3) and the
  header of a draft (pejabat penilai other than the atasan: Operator/Admin with a reason);
- ``creating``: empty, copied from last year, or in bulk for a unit;
- ``rhk``: RHK / indicator editing, reorder, filling from the RHK library;
- ``perilaku``: BerAKHLAK (UU 20/2023) ekspektasi khusus and the lampiran;
- ``workflow``: Draft → Diajukan → Disetujui, or Dikembalikan (reason) → revised →
  Diajukan (Pasal 5: disusun, diajukan, disetujui); every transition is written to
  ``skp_status_log`` and the audit log. An approved SKP is read-only: a change makes
  version ``versi + 1`` and the old row becomes ``diganti``;
- ``unit_overview``: who has no SKP / which status, per unit;
- ``cascading``: the cascading tree (Pasal 9: a non-JPT RHK intervenes an RHK of the
  direct supervisor);
- ``matriks``: the matriks peran hasil and its Excel export (excel/matriks.py);
- ``printing``: PDFs through reports/skp_pdf.py.

Who may do what is decided in services/scope.py: writes need ``SKP_EDIT_ANY`` (operator,
admin) or ``SKP_EDIT_OWN`` on the actor's own SKP or, for a Penilai, on the SKPs of the
people they are pejabat penilai of. Approving and returning: only the SKP's pejabat
penilai or an admin (``scope.require_penilai_of``).

Callers use the package (``from asn_desktop.services import skp``); the names below are
its public API. The modules import each other in the order listed, never back up.
"""

from __future__ import annotations

from asn_desktop.services.indikator_input import MAX_TEKS, IndikatorInput
from asn_desktop.services.skp.types import (
    EDITABLE, MAX_LAMPIRAN, MAX_ALASAN, PersonSnap, IndikatorData, RhkData, PerilakuData, StatusLogData, SkpVersion,
    SkpPermissions, SkpDetail, SkpSummary, Problem, ValidationReport, RhkInput, HeaderInput,
)
from asn_desktop.services.skp.reading import (
    get_skp, current_skp_id, list_skp, available_years, PegawaiPilihan, pegawai_choices, SebelumnyaInfo,
    previous_skp_info, default_year,
)
from asn_desktop.services.skp.validation import validate_skp
from asn_desktop.services.skp.header import MIN_ALASAN_PENILAI, update_header, refresh_snapshots
from asn_desktop.services.skp.creating import (
    default_jenis_skp, create_skp, CopyResult, copy_from_previous, BulkResult, bulk_create,
)
from asn_desktop.services.skp.rhk import (
    ParentOption, ParentChoices, apply_templates, parent_options, save_rhk, delete_rhk, move_rhk, move_indikator,
    delete_indikator,
)
from asn_desktop.services.skp.perilaku import update_perilaku, update_lampiran
from asn_desktop.services.skp.workflow import (
    submit, BulkSubmitResult, bulk_submit, withdraw, approve, return_skp, revise, delete_skp,
)
from asn_desktop.services.skp.unit_overview import (
    STATUS_BELUM, OverviewRow, UnitCount, Overview, OVERVIEW_STATUSES, overview,
)
from asn_desktop.services.skp.cascading import (
    CascadeAwal,
    CascadeCari,
    CascadeNode,
    CascadeRingkasan,
    CascadeTree,
    cascade_anak,
    cascade_awal,
    cascade_cari,
    cascade_tanpa_induk,
    cascade_tanpa_skp,
    cascade_tree,
)
from asn_desktop.services.skp.matriks import (
    MatriksKolom, MatriksBaris, Matriks, Pemimpin, leaders, matriks_peran_hasil, export_matriks,
)
from asn_desktop.services.skp.printing import render_skp_pdf, skp_pdf_bytes, pdf_filename, BulkPdfResult, bulk_pdf

# reached by tests that look up the SKP in force inside their own session
from asn_desktop.services.skp._common import _current_skp  # noqa: F401

__all__ = [
    "MAX_TEKS", "IndikatorInput", "EDITABLE", "MAX_LAMPIRAN", "MAX_ALASAN", "PersonSnap", "IndikatorData", "RhkData",
    "PerilakuData", "StatusLogData", "SkpVersion", "SkpPermissions", "SkpDetail", "SkpSummary", "Problem",
    "ValidationReport", "RhkInput", "HeaderInput", "get_skp", "current_skp_id", "list_skp", "available_years",
    "PegawaiPilihan", "pegawai_choices", "SebelumnyaInfo", "previous_skp_info", "default_year", "validate_skp",
    "MIN_ALASAN_PENILAI", "update_header", "refresh_snapshots", "default_jenis_skp", "create_skp", "CopyResult",
    "copy_from_previous", "BulkResult", "bulk_create", "ParentOption", "ParentChoices", "apply_templates",
    "parent_options", "save_rhk", "delete_rhk", "move_rhk", "move_indikator", "delete_indikator", "update_perilaku",
    "update_lampiran", "submit", "BulkSubmitResult", "bulk_submit", "withdraw", "approve", "return_skp", "revise",
    "delete_skp", "STATUS_BELUM", "OverviewRow", "UnitCount", "Overview", "OVERVIEW_STATUSES", "overview",
    "CascadeNode", "CascadeTree", "cascade_tree", "CascadeAwal", "CascadeCari", "CascadeRingkasan", "cascade_anak",
    "cascade_awal", "cascade_cari", "cascade_tanpa_induk", "cascade_tanpa_skp", "MatriksKolom", "MatriksBaris", "Matriks", "Pemimpin", "leaders",
    "matriks_peran_hasil", "export_matriks", "render_skp_pdf", "skp_pdf_bytes", "pdf_filename", "BulkPdfResult",
    "bulk_pdf",
]
