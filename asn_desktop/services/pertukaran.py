"""Excel exchange with head office: the use cases, as plain functions.

- Roster import: :func:`preview_roster`, :func:`import_roster` (pertukaran_pegawai)
- Employees export: :func:`export_employees`
- Results package: :func:`export_results`, :func:`import_results` (pertukaran_hasil)
- Offline supervisor forms: :func:`export_form`, :func:`preview_form`, :func:`import_form`
  (pertukaran_formulir)
- Exchange log: :func:`list_log`, :func:`get_log_report`

Every import writes in ONE transaction after a backup and records its report in
``log_pertukaran``; every export writes its file only when complete. Long work
takes a ``domain.progress.Progress`` (report + cancel). The benchmarks
call these functions directly.
"""

from __future__ import annotations

from asn_desktop.services.pertukaran_formulir import (
    FormImportReport,
    FormInfo,
    PenilaiOption,
    export_form,
    import_form,
    list_penilai,
    preview_form,
)
from asn_desktop.services.pertukaran_hasil import (
    Conflict,
    ExportResult,
    PackageResult,
    ResultsImportReport,
    export_results,
    import_results,
    read_package,
)
from asn_desktop.services.pertukaran_pegawai import (
    BARU,
    BERUBAH,
    DITOLAK,
    DUPLIKAT,
    TETAP,
    FieldDiff,
    ImportReport,
    RowResult,
    SheetChoiceRequired,
    export_employees,
    import_roster,
    preview_roster,
)
from asn_desktop.services.pertukaran_umum import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_STRICT,
    ExchangeError,
    LogEntry,
    get_log_report,
    list_log,
)

__all__ = [
    "BARU", "BERUBAH", "DITOLAK", "DUPLIKAT", "TETAP", "EXIT_FAILED", "EXIT_OK", "EXIT_PARTIAL", "EXIT_STRICT",
    "Conflict", "ExchangeError", "ExportResult", "FieldDiff", "FormImportReport", "FormInfo", "ImportReport",
    "LogEntry", "PackageResult", "PenilaiOption", "ResultsImportReport", "RowResult", "SheetChoiceRequired",
    "export_employees", "export_form", "export_results", "get_log_report", "import_form", "import_results",
    "import_roster", "list_log", "list_penilai", "preview_form", "preview_roster", "read_package",
]
