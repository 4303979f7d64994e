"""Names with academic/religious titles, and search keys.

SIASN keeps gelar depan, nama and gelar belakang apart (kinerja-asn.md §7);
spreadsheets usually hold the full printed form "Drs. H. Yohanes Benu, M.Si".
Names keep the case they were typed in (an operator's "ABDUL RAHMAN" is not
silently rewritten); only spacing is normalised.
"""

from __future__ import annotations

import re
import unicodedata

# Prefix titles (gelar depan) as written in Indonesian personnel records:
# academic (Prof., Dr., Drs., Dra., Ir.), professional (dr., drg., Ns., apt.,
# Bd.), religious/pilgrimage (H., Hj., KH.). Alternation order matters: longer first.
_PREFIX_WITH_DOT = r"prof|drg|drh|drs|dra|dr|ir|hj|kh|h|ns|apt|bd|ust|ustadz|ustz|hc"
# Titles that are unambiguous even without their dot ("Drs Yohanes").
_PREFIX_NO_DOT = r"prof|drg|drh|drs|dra|dr|ir|hj|kh"
_PREFIX_RE = re.compile(
    rf"^(?:(?:{_PREFIX_WITH_DOT})\.|(?:{_PREFIX_NO_DOT})(?=\s))\s*", re.IGNORECASE
)
# A degree written after the name without a comma: "S.Sos", "M.Si", "A.Md",
# "S.H.", "Ph.D." (Permendikbud 154/2014 abbreviations start S., M., A., D.).
_TRAILING_DEGREE = re.compile(r"^(?:[SMAD]\.[A-Za-z][A-Za-z.]*|Ph\.D\.?)$")
#: Degrees and titles as rosters write them without dots ("Yuliana Mamahit SH", "SST", "MM"):
#: the Indonesian academic degrees (Permendikbud 154/2014 and earlier naming), compared in
#: upper case without dots. Without its dots such a token could also be part of a name, so a
#: split on one of them is reported for the operator to check.
GELAR_BELAKANG: frozenset[str] = frozenset({
    "SH", "SE", "SPD", "SPDI", "SPDSD", "SSOS", "SIP", "SKOM", "SST", "SSTP", "ST", "SSI", "SAG", "SKEP", "SFARM",
    "SKED", "SHUT", "SP", "SPT", "SPSI", "STH", "SAP", "SAN", "SIKOM", "SKM", "SKES", "SHI", "SSY", "SHUM",
    "SKEB", "SGZ", "STRKEP", "STRPAR", "SDS", "SSN", "SPI", "SIPEM", "STP",
    "AMD", "AMDKEP", "AMDKEB", "AMDFARM", "AMDKL", "AMDAK", "AMA", "AMAPD", "AMK", "AMKEB",
    "MM", "MSI", "MPD", "MKES", "MH", "MAP", "MT", "MKOM", "ME", "MSC", "MBA", "MPA", "MA", "MHUM", "MPH",
    "MSOS", "MIP", "MAG", "MKM", "MEC", "MTP", "MPDI", "MHI", "MIKOM", "MKN",
    "PHD", "LC", "DR", "DRS", "DRA",
})
#: The dotted degrees that may be glued to the last letter of a name ("SETIAWANS.Pd.").
_GLUED_DEGREE = re.compile(r"^(?P<name>[A-Za-z'\-]{2,}?)(?P<gelar>(?:[SMA])\.[A-Za-z][A-Za-z.]*)$")


def _degree_key(token: str) -> str:
    return token.replace(".", "").replace("-", "").upper()


def _collapse(text: str) -> str:
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # printable text has no blank but " ": already collapsed (15,000-row rosters)
    return " ".join(text.replace("\u00a0", " ").split())


def split_gelar(full: str) -> tuple[str, str, str]:
    """Split a printed name into (gelar_depan, nama, gelar_belakang).

    Known prefix titles at the start are gelar depan; everything after the first
    comma is gelar belakang (re-joined with ", "). Degree tokens such as "S.Sos"
    typed without a comma are still recognised. Missing parts are "".
    """
    depan, nama, belakang, _flags = split_gelar_detail(full)
    return depan, nama, belakang


def split_gelar_detail(full: str) -> tuple[str, str, str, list[str]]:
    """:func:`split_gelar` plus the splits an operator should check: a degree written
    without dots ("SH", "SST") or glued to the name ("SETIAWANS.Pd.") is taken out of
    the name, and each such token is listed (the last element), never guessed silently."""
    s = _collapse(full or "")
    if not s:
        return "", "", "", []
    head, _, tail = s.partition(",")
    belakang_parts = [p.strip() for p in tail.split(",") if p.strip()]
    flags: list[str] = []

    head = head.strip()
    depan_parts: list[str] = []
    while True:
        m = _PREFIX_RE.match(head)
        if not m or not head[m.end() :].strip():
            break  # keep at least one token as the name itself
        depan_parts.append(m.group(0).strip())
        head = head[m.end() :].strip()

    # Degrees typed before the first comma ("Heri S.H., M.Hum.", "Yuliana Mamahit SH") still belong behind.
    tokens = head.split(" ")
    trailing: list[str] = []
    while len(tokens) > 1:
        tok = tokens[-1]
        if _TRAILING_DEGREE.match(tok):
            trailing.insert(0, tokens.pop())
            continue
        if "." not in tok:
            if not (tok.isupper() and tok.isalpha() and _degree_key(tok) in GELAR_BELAKANG):
                break  # the usual case: a plain name word ends the degrees
            if len(tokens) > 2 or trailing or belakang_parts:
                trailing.insert(0, tokens.pop())
                flags.insert(0, f"\"{tok}\" (tanpa titik)")
                continue
            flags.insert(0, f"\"{tok}\" mungkin gelar, tetapi dibiarkan sebagai bagian nama")
            break
        m = _GLUED_DEGREE.match(tok)
        if m and _degree_key(m["gelar"]) in GELAR_BELAKANG:
            tokens[-1] = m["name"]
            trailing.insert(0, m["gelar"])
            flags.insert(0, f"\"{m['gelar']}\" (menempel pada nama \"{tok}\")")
            break
        break
    head = " ".join(tokens)
    belakang_parts = trailing + belakang_parts

    return " ".join(depan_parts), head, ", ".join(belakang_parts), flags


def format_nama(gelar_depan: str | None, nama: str, gelar_belakang: str | None) -> str:
    """Printed form "Drs. H. Yohanes Benu, M.Si" (Tata Naskah Dinas); empty parts skipped.

    Called once or twice per row of a regency's lists (15,000 employees): empty parts cost nothing."""
    depan = _collapse(gelar_depan) if gelar_depan else ""
    inti = _collapse(nama) if nama else ""
    belakang = _collapse(gelar_belakang).strip(" ,") if gelar_belakang else ""
    text = f"{depan} {inti}" if depan and inti else depan or inti
    if belakang:
        text = f"{text}, {belakang}" if text else belakang
    return text


_APOSTROPHES = re.compile(r"['\u2018\u2019`\u00b4\u02bc]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def search_key(*parts: str | None) -> str:
    """Case- and accent-insensitive key for instant search.

    NFKD + drop combining marks, casefold, apostrophes removed ("Ma'ruf" →
    "maruf"), other punctuation → single spaces. Non-Latin letters are dropped.
    """
    text = " ".join(p for p in parts if p)
    if not text.isascii():  # ASCII has no accents to strip: skip the per-character pass (15,000-row lists)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = _APOSTROPHES.sub("", text)
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def digits_only(text: str | None) -> str:
    """ASCII digits of ``text`` (e.g. NIP/NIK typed with separators); "" for None."""
    if not text:
        return ""
    return "".join(c for c in str(text) if c in "0123456789")


# A sentence that ends on an abbreviation already ending in a period ("… kepada Heri, S.H.") must
# not get a second one; "..." (an ellipsis) is left alone.
_DOUBLE_PERIOD = re.compile(r"(?<=[A-Za-z])\.\.(?!\.)")


def rapikan_titik(text: str) -> str:
    """Collapse the doubled period a name like "Heri, S.H." leaves at the end of a sentence.

    Messages are composed as "… {nama}." (Indonesian sentences end with a period); a gelar
    belakang ends with its own period, which gave "S.H..". Applied where banners, status lines and
    service messages are shown, so no template has to know how a name ends.
    """
    return _DOUBLE_PERIOD.sub(".", text) if ".." in text else text


_UNSAFE_IN_FILENAME = re.compile(r"[^0-9A-Za-z.-]+")
#: Device names Windows reserves in every folder, also with an extension (Microsoft, "Naming
#: Files, Paths, and Namespaces"); asn_desktop/fileio.py checks whole paths against this list.
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
)


def nama_berkas(*parts: str | None, ext: str = "", batas: int = 80) -> str:
    """A file name safe on Windows from display parts: "Dokumen_Evaluasi_Heri_S.H.pdf".

    The one place where names become file names: characters other than letters, digits, "." and "-"
    become "_", runs of periods and the periods at either end of a part are dropped (a name ending
    in "S.H." gave "S.H..pdf", which Windows Explorer shows oddly and some tools refuse), and a
    name that is one of Windows' reserved device names ("CON", "NUL", "COM1") gets a "_" appended.
    The result never ends in a period or space and holds none of ``< > : " / \\ | ? *``.
    """
    cleaned: list[str] = []
    for part in parts:
        if not part:
            continue
        s = _UNSAFE_IN_FILENAME.sub("_", part)
        s = re.sub(r"\.{2,}", ".", s)
        s = re.sub(r"\._+|_+\.", "_", s).strip("._-")
        s = re.sub(r"_+", "_", s)
        if s:
            cleaned.append(s[:batas].rstrip("._-"))
    base = "_".join(cleaned) or "pegawai"
    head, dot, rest = base.partition(".")
    if head.upper() in WINDOWS_RESERVED:
        base = f"{head}_{dot}{rest}"  # "NUL.pdf" or "con.xlsx" opens a device on Windows, not a file
    suffix = "." + _UNSAFE_IN_FILENAME.sub("", ext.lstrip(".")) if ext else ""
    return base + suffix


def nama_berkas_dari(nama_file: str, *, batas: int = 80) -> str:
    """A suggested file name ("Distribusi_Predikat_Semester 1/2026.xlsx") made safe by
    :func:`nama_berkas`, keeping its extension: every default name a save dialog offers goes
    through here, so a period, office or employee name never yields a name Windows refuses."""
    stem, dot, ext = nama_file.rpartition(".")
    if not dot or not ext.isalnum() or len(ext) > 5:
        stem, ext = nama_file, ""
    return nama_berkas(stem, ext=ext, batas=batas)
