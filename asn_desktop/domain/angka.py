"""Numbers and targets as Indonesian documents print them (decimal comma, dot thousands).

One formatter for the SKP, the Dokumen Evaluasi, follow-up lists and forms, so the
same indicator target reads the same on every signed document.
"""

from __future__ import annotations


def format_angka(x: float | None, desimal: int = 3) -> str:
    """12 → "12", 12.5 → "12,5", 1500 → "1.500", 4.688 → "4,688" (up to ``desimal`` decimals)."""
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    text = f"{x:,.{desimal}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


#: targets are printed with at most two decimals (the SKP layout)
DESIMAL_TARGET = 2


def format_target(
    target_min: float | None,
    target_max: float | None,
    satuan: str | None,
    target_teks: str | None,
    kualitatif: bool = False,
) -> str:
    """The target as printed: "12 dokumen", "1 – 2 hari kerja", or the description (kualitatif)."""
    if kualitatif or (target_min is None and target_max is None) or (target_min is None and target_teks):
        return (target_teks or "").strip()
    if target_min is None:
        angka = format_angka(target_max, DESIMAL_TARGET)
    else:
        angka = format_angka(target_min, DESIMAL_TARGET)
        if target_max is not None and target_max != target_min:
            angka = f"{angka} – {format_angka(target_max, DESIMAL_TARGET)}"
    return f"{angka} {(satuan or '').strip()}".strip()
