"""The evaluation of an approved SKP: one package, one module per job.

- ``penilaian``: the evaluation itself — listing, the detail a form shows, realisasi, ratings and
  their rules (``check_penilaian``/``apply_penilaian``, also looped by the offline-form import),
  finalisation, self-assessment, the annual suggestion;
- ``bukti_dukung``: evidence files and links per indicator;
- ``masukan360``: 360° input from peers and subordinates, shown to the supervisor as an aggregate;
- ``frasa``: the shared library of feedback phrases;
- ``_common``: what all of them check before writing (load, version, period open and not final,
  who may fill in or rate) — one copy, which is why these are a package and not sibling modules.

Callers use the package (``from asn_desktop.services import evaluasi``): everything public is
re-exported here.
"""

from __future__ import annotations

from asn_desktop.domain.angka import format_angka  # the UI and follow-up lists format numbers alike
from asn_desktop.services.evaluasi.penilaian import (
    apply_penilaian,
    BarisEvaluasi,
    check_penilaian,
    compute_saran_tahunan,
    create_evaluasi,
    detail_evaluasi,
    ensure_evaluasi,
    EvaluasiDetail,
    finalize,
    finalize_evaluasi,
    get_evaluasi,
    Hak,
    IndikatorEval,
    latest_skp_map,
    list_evaluasi,
    PENGISI_PENILAIAN,
    PENGISI_PENILAIAN_DIRI,
    PENGISI_REALISASI,
    PenilaianDiri,
    PenilaianInput,
    PerilakuEval,
    PerubahanRating,
    RealisasiInput,
    RhkEval,
    saran_tahunan,
    SaranTahunan,
    save_penilaian_diri,
    save_realisasi,
    set_penilaian,
    skp_ref,
    skp_terkini,
    SkpRingkas,
    unfinalize_evaluasi,
)
from asn_desktop.services.evaluasi.bukti_dukung import (
    add_bukti_file,
    add_bukti_tautan,
    bukti_path,
    BuktiInfo,
    delete_bukti,
    MAKS_UKURAN_BUKTI,
    MAKS_URL,
)
from asn_desktop.services.evaluasi.masukan360 import (
    Agregat360Nilai,
    Kandidat360,
    kandidat_360,
    list_my_permintaan_360,
    MIN_MASUK_360,
    Permintaan360,
    request_masukan_360,
    Ringkasan360,
    ringkasan_360,
    submit_masukan_360,
)
from asn_desktop.services.evaluasi.frasa import (
    add_frasa,
    KATEGORI_FRASA,
    list_frasa,
)
from asn_desktop.services.evaluasi._common import (
    format_target,
    MAKS_TEKS,
)

__all__ = [
    "add_bukti_file",
    "add_bukti_tautan",
    "add_frasa",
    "Agregat360Nilai",
    "apply_penilaian",
    "BarisEvaluasi",
    "bukti_path",
    "BuktiInfo",
    "check_penilaian",
    "compute_saran_tahunan",
    "create_evaluasi",
    "delete_bukti",
    "detail_evaluasi",
    "ensure_evaluasi",
    "EvaluasiDetail",
    "finalize",
    "finalize_evaluasi",
    "format_angka",
    "format_target",
    "get_evaluasi",
    "Hak",
    "IndikatorEval",
    "Kandidat360",
    "kandidat_360",
    "KATEGORI_FRASA",
    "latest_skp_map",
    "list_evaluasi",
    "list_frasa",
    "list_my_permintaan_360",
    "MAKS_TEKS",
    "MAKS_UKURAN_BUKTI",
    "MAKS_URL",
    "MIN_MASUK_360",
    "PENGISI_PENILAIAN",
    "PENGISI_PENILAIAN_DIRI",
    "PENGISI_REALISASI",
    "PenilaianDiri",
    "PenilaianInput",
    "PerilakuEval",
    "Permintaan360",
    "PerubahanRating",
    "RealisasiInput",
    "request_masukan_360",
    "RhkEval",
    "Ringkasan360",
    "ringkasan_360",
    "saran_tahunan",
    "SaranTahunan",
    "save_penilaian_diri",
    "save_realisasi",
    "set_penilaian",
    "skp_ref",
    "skp_terkini",
    "SkpRingkas",
    "submit_masukan_360",
    "unfinalize_evaluasi",
]
