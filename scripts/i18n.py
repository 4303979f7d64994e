"""Translations: extract, fill, build.

    python -m scripts.i18n            # update .ts from the code, fill from the JSON dictionaries, build .qm
    python -m scripts.i18n --check    # change nothing; exit 1 when a string lacks a translation or a .qm is stale
    bash scripts/i18n.sh              # the same as the first line, with the project's virtualenv

Bahasa Indonesia is the source language. English lives in
``resources/translations/en.json`` (source → target; a string used with two
meanings can be translated per context under ``"_konteks": {Context: {source: target}}``):
every run re-extracts the strings with ``pyside6-lupdate`` (all of ``asn_desktop/ui``
plus any other module that calls ``QCoreApplication.translate``), adds the display
label of every ``LabeledEnum`` member of ``asn_desktop.domain`` in context ``label``
(shown through ``ui/labels.label``; lupdate cannot see them), writes
``asn_desktop_en.ts`` with the translations from the dictionary (strings added by
others appear as unfinished and are listed), and builds ``asn_desktop_en.qm`` with
``pyside6-lrelease``. Qt's own strings (dialog buttons, context menus, file
dialog) have no Indonesian catalogue in PySide6: ``qtbase_id.json`` holds ours,
keyed by Qt's exact context and source text, and becomes ``asn_desktop_qtbase_id.ts/.qm``.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import pkgutil
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "asn_desktop"
FOLDER = ROOT / "resources" / "translations"
EN_JSON = FOLDER / "en.json"
QTBASE_JSON = FOLDER / "qtbase_id.json"
EN_TS = FOLDER / "asn_desktop_en.ts"
QTBASE_TS = FOLDER / "asn_desktop_qtbase_id.ts"
CONTEXT_KEY = "_konteks"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    files: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # "file:line", for diagnostics only
    numerus: bool = False
    translation: str | list[str] | None = None


# --------------------------------------------------------------------------- tools


def qt_tool(name: str) -> list[str]:
    """``pyside6-<name>`` from this interpreter's environment (or PATH), else the binary inside PySide6."""
    here = Path(sys.executable).parent
    for cand in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if cand.exists():
            return [str(cand)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    pkg = Path(PySide6.__file__).parent
    for cand in (pkg / name, pkg / f"{name}.exe", pkg / "Qt" / "libexec" / name):
        if cand.exists():
            return [str(cand)]
    raise SystemExit(f"pyside6-{name} tidak ditemukan (pasang PySide6 di lingkungan ini)")


def sources() -> list[Path]:
    """Every module whose strings go through Qt translation."""
    found = set(PACKAGE.glob("ui/**/*.py"))
    pattern = re.compile(r"QCoreApplication\.translate|QApplication\.translate|QT_TRANSLATE_NOOP")
    for path in PACKAGE.rglob("*.py"):
        if path not in found and pattern.search(path.read_text(encoding="utf-8")):
            found.add(path)
    return sorted(found)


def extract(files: list[Path]) -> list[Message]:
    """Run lupdate into a scratch .ts and read the messages (with file:line for diagnostics)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extract.ts"
        lst = Path(tmp) / "files.lst"
        lst.write_text("\n".join(str(f) for f in files), encoding="utf-8")
        proc = subprocess.run(
            [*qt_tool("lupdate"), "-locations", "absolute", "-no-obsolete", "-source-language", "id",
             "-target-language", "en", f"@{lst}", "-ts", str(ts)],
            capture_output=True, text=True,
        )
        if proc.returncode != 0 or not ts.exists():
            raise SystemExit(f"lupdate gagal:\n{proc.stdout}\n{proc.stderr}")
        return read_ts(ts)


_TRANSLATE = r"Q(?:Core|Gui)?Application\.translate\(\s*(?:[\"']([^\"']+)[\"']|(\w+))"
_TR_LAMBDA = re.compile(r"\btr\s*=\s*lambda\s+([\w\s,]+):\s*" + _TRANSLATE)
_TR_DEF = re.compile(r"^\s*def\s+tr\s*\(([^)]*)\)[^\n]*:\s*\n(?:[^\n]*\n){0,4}?[^\n]*?" + _TRANSLATE, re.MULTILINE)
_IMPORT = re.compile(r"^from\s+([\w.]+)\s+import\s+(?:\(([^)]*)\)|([^\n]*))", re.MULTILINE)


def _tr_helper(match: re.Match[str], params: str) -> tuple[str | None, bool]:
    """(fixed context or None, context-is-first-argument) of a ``tr`` helper definition."""
    literal, name = match.group(2), match.group(3)
    first = params.split(",")[0].split(":")[0].strip()
    if literal:
        return literal, False
    return None, bool(name) and name == first


def resolve_contexts(messages: list[Message]) -> list[Message]:
    """Give lupdate's guesses the context Qt uses at run time, for the code base's idioms:

    - a module or local helper ``tr`` wrapping ``QCoreApplication.translate``: a lambda
      ``tr = lambda s: QApplication.translate("Ctx", s)`` (nearest above the call), a
      ``def tr(text)`` with a fixed context, or ``def tr(context, text)`` (lupdate reads
      that call as source + disambiguation); also when imported from another module;
    - ``dlg = SomeDialog(...)`` (or a parameter ``dlg: QDialog``) then ``dlg.tr("...")``:
      lupdate takes the variable name; Qt takes the object's class (PySide6 also looks
      in the base classes' contexts).
    A message lupdate merged from several such places splits per resolved context.
    """
    cache: dict[str, str] = {}

    def text_of(rel: str) -> str:
        if rel not in cache:
            path = ROOT / rel
            cache[rel] = path.read_text(encoding="utf-8") if path.exists() else ""
        return cache[rel]

    def module_helper(rel: str, depth: int = 0) -> tuple[str | None, bool] | None:
        text = text_of(rel)
        m = _TR_DEF.search(text)
        if m:
            return _tr_helper(m, m.group(1))
        for imp in _IMPORT.finditer(text):
            names = {n.strip().split(" as ")[0] for n in (imp.group(2) or imp.group(3) or "").split(",")}
            if "tr" in names and depth < 3:
                return module_helper(imp.group(1).replace(".", "/") + ".py", depth + 1)
        return None

    def resolve(m: Message, where: str) -> tuple[str, str, str]:
        rel, _, line = where.rpartition(":")
        if not rel or not line.isdigit():
            return m.context, m.source, m.comment
        lines = text_of(rel).splitlines()
        idx = min(int(line), len(lines)) - 1
        if not m.context:
            helper = None
            for i in range(idx, -1, -1):  # a local lambda nearest above wins
                lam = _TR_LAMBDA.search(lines[i])
                if lam:
                    helper = _tr_helper(lam, lam.group(1))
                    break
            helper = helper or module_helper(rel)
            if helper is None:
                return m.context, m.source, m.comment
            ctx, ctx_first = helper
            if ctx_first:  # tr("Ctx", "text"): lupdate saw source="Ctx", comment="text"
                return m.source, m.comment, ""
            return ctx or "", m.source, m.comment
        near = "\n".join(lines[max(0, idx - 2): idx + 3])
        if m.context[:1].islower() and f"{m.context}.tr(" in near:
            # ``dlg = SomeDialog(...)`` or a parameter ``combo: QComboBox``
            assign = re.compile(rf"\b{re.escape(m.context)}\s*(?:=\s*|:\s*)([A-Z]\w*)\b")
            for i in range(idx, -1, -1):
                found = assign.search(lines[i])
                if found:
                    return found.group(1), m.source, m.comment
        return m.context, m.source, m.comment

    out: list[Message] = []
    for m in messages:
        if m.context and not m.context[:1].islower():
            out.append(m)
            continue
        groups: dict[tuple[str, str, str], list[str]] = {}
        for where in m.lines or [""]:
            groups.setdefault(resolve(m, where), []).append(where)
        for (ctx, source, comment), wheres in groups.items():
            files = list(dict.fromkeys(w.rpartition(":")[0] for w in wheres if w))
            out.append(Message(ctx, source, comment, files, wheres, m.numerus, m.translation))
    merged: dict[tuple[str, str, str], Message] = {}
    for m in out:  # the same text may now meet a message lupdate had already put in that context
        key = (m.context, m.source, m.comment)
        if key in merged:
            merged[key].files += [f for f in m.files if f not in merged[key].files]
            merged[key].lines += m.lines
        else:
            merged[key] = m
    return list(merged.values())


def _label_context() -> str:
    """The context ``ui/labels.label`` translates in (one name for both sides)."""
    from asn_desktop.ui.labels import CONTEXT

    return CONTEXT


def labeled_enums() -> list[type]:
    """Every ``LabeledEnum`` subclass defined in ``asn_desktop.domain`` (all its modules imported), by name."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    domain = importlib.import_module("asn_desktop.domain")
    for info in pkgutil.walk_packages(domain.__path__, "asn_desktop.domain."):
        importlib.import_module(info.name)
    from asn_desktop.domain.enums import LabeledEnum

    found: dict[str, type] = {}
    todo = list(LabeledEnum.__subclasses__())
    while todo:
        cls = todo.pop()
        found[f"{cls.__module__}.{cls.__qualname__}"] = cls
        todo += cls.__subclasses__()
    return [found[k] for k in sorted(found)]


def label_messages() -> list[Message]:
    """The display labels of the domain's coded values (dynamic texts lupdate cannot see), in context
    ``label``, sorted; each lists the module(s) that define it."""
    out: dict[str, Message] = {}
    context = _label_context()
    for cls in labeled_enums():
        rel = os.path.relpath(inspect.getsourcefile(cls) or "", ROOT).replace(os.sep, "/")
        for member in cls:
            text = member.label
            if not text:
                continue
            m = out.setdefault(text, Message(context, text))
            if rel not in m.files:
                m.files.append(rel)
            where = f"{rel}:{cls.__name__}"
            if where not in m.lines:
                m.lines.append(where)
    return [out[k] for k in sorted(out)]


def add_labels(messages: list[Message]) -> list[Message]:
    """``messages`` plus the domain labels (merged with a literal lupdate may have found in that context)."""
    have = {(m.context, m.source, m.comment): m for m in messages}
    for lab in label_messages():
        m = have.get((lab.context, lab.source, ""))
        if m is None:
            messages.append(lab)
        else:
            m.files += [f for f in lab.files if f not in m.files]
            m.lines += lab.lines
    return messages


def read_ts(path: Path) -> list[Message]:
    tree = ET.parse(path)
    out: list[Message] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            m = Message(name, msg.findtext("source") or "", msg.findtext("comment") or "",
                        numerus=msg.get("numerus") == "yes")
            for loc in msg.iter("location"):
                fn = loc.get("filename", "")
                if fn:
                    rel = os.path.relpath((path.parent / fn).resolve(), ROOT)
                    if rel not in m.files:
                        m.files.append(rel)
                    m.lines.append(f"{rel}:{loc.get('line', '?')}")
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                forms = [f.text or "" for f in tr.iter("numerusform")]
                m.translation = forms if m.numerus else (tr.text or "")
            out.append(m)
    return out


def write_ts(path: Path, messages: list[Message], language: str, source_language: str) -> None:
    """A Qt TS 2.1 file, contexts in order, with file (not line) locations so diffs stay small."""
    by_ctx: dict[str, list[Message]] = {}
    for m in messages:
        by_ctx.setdefault(m.context, []).append(m)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="{source_language}">']
    q = lambda s: escape(s, {'"': "&quot;", "'": "&apos;"})  # noqa: E731
    for ctx in sorted(by_ctx):
        lines += ["<context>", f"    <name>{q(ctx)}</name>"]
        for m in sorted(by_ctx[ctx], key=lambda m: (m.source, m.comment)):
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for f in m.files:
                rel = os.path.relpath(ROOT / f, path.parent).replace(os.sep, "/")
                lines.append(f'        <location filename="{q(rel)}"/>')
            lines.append(f"        <source>{q(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{q(m.comment)}</comment>")
            tr = m.translation
            done = tr is not None and tr != "" and tr != []
            attr = "" if done else ' type="unfinished"'
            if m.numerus:
                forms = tr if isinstance(tr, list) else ([tr] if tr else [])
                lines.append(f"        <translation{attr}>")
                for f_ in forms or [""]:
                    lines.append(f"            <numerusform>{q(f_)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{attr}>{q(tr) if done else ''}</translation>")  # type: ignore[arg-type]
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    proc = subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if proc.returncode != 0 or not qm.exists():
        raise SystemExit(f"lrelease gagal untuk {ts.name}:\n{proc.stdout}\n{proc.stderr}")


# --------------------------------------------------------------------------- dictionaries


def load_dict(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save_en(d: dict) -> None:
    plain = {k: d[k] for k in sorted((k for k in d if k != CONTEXT_KEY), key=str.casefold)}
    if d.get(CONTEXT_KEY):
        plain[CONTEXT_KEY] = {c: dict(sorted(v.items())) for c, v in sorted(d[CONTEXT_KEY].items())}
    EN_JSON.write_text(json.dumps(plain, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def lookup(d: dict, m: Message) -> str | list[str] | None:
    per = d.get(CONTEXT_KEY, {}).get(m.context, {})
    if m.source in per:
        return per[m.source]
    return d.get(m.source)


def qtbase_messages(d: dict) -> list[Message]:
    return [Message(ctx, src, translation=tr) for ctx, entries in d.items() if not ctx.startswith("_")
            for src, tr in entries.items()]


def qt_catalogue() -> set[tuple[str, str]] | None:
    """(context, source) pairs Qt itself translates, read from a qtbase_*.qm of the installed PySide6."""
    try:
        from PySide6.QtCore import QLibraryInfo

        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    except ImportError:
        return None
    qm = folder / "qtbase_de.qm"
    if not qm.exists():
        candidates = sorted(folder.glob("qtbase_*.qm"), key=lambda p: p.stat().st_size, reverse=True)
        if not candidates:
            return None
        qm = candidates[0]
    return {(c, s) for c, s in read_qm_sources(qm)}


def read_qm_sources(path: Path) -> list[tuple[str, str]]:
    """(context, source text) of every message of a compiled .qm (Qt's binary format)."""
    data = path.read_bytes()
    pos, messages = 16, b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1: pos + 5])[0]
        if tag == 0x69:
            messages = data[pos + 5: pos + 5 + length]
        pos += 5 + length
    out: list[tuple[str, str]] = []
    p, ctx, src = 0, "", ""
    while p < len(messages):
        t = messages[p]
        p += 1
        if t == 1:  # end of message
            out.append((ctx, src))
            ctx = src = ""
            continue
        if t == 5:  # obsolete marker without payload
            continue
        length = struct.unpack(">I", messages[p: p + 4])[0]
        p += 4
        if length == 0xFFFFFFFF:
            continue
        if t == 6:
            src = messages[p: p + length].decode("utf-8", "replace")
        elif t == 7:
            ctx = messages[p: p + length].decode("utf-8", "replace")
        p += length
    return out


# --------------------------------------------------------------------------- main


def build(check: bool, out_dir: Path, prune: bool = False) -> int:
    problems = 0
    files = sources()
    messages = resolve_contexts(extract(files))
    no_ctx = [m for m in messages if not m.context]
    for m in no_ctx:
        print(f"GALAT: teks tanpa konteks terjemahan (lupdate tidak tahu kelasnya; pakai self.tr() di kelas "
              f"QObject atau QCoreApplication.translate('Konteks', ...)): {m.source!r} di {', '.join(m.lines)}")
    problems += len(no_ctx)
    messages = add_labels([m for m in messages if m.context])
    for m in messages:  # services mark plurals with %n (QT_TRANSLATE_NOOP has no numerus form)
        if m.context == "Pesan" and "%n" in m.source:
            m.numerus = True

    en = load_dict(EN_JSON)
    old = {(m.context, m.source): m.translation for m in read_ts(EN_TS)} if EN_TS.exists() else {}
    missing: list[Message] = []
    adopted = 0
    for m in messages:
        tr = lookup(en, m)
        if tr in (None, "", []) and old.get((m.context, m.source)):
            tr = old[(m.context, m.source)]  # translated directly in the .ts (Qt Linguist): keep and adopt
            en[m.source] = tr
            adopted += 1
        m.translation = tr
        if tr in (None, "", []):
            missing.append(m)
    used = {m.source for m in messages}
    unused = [k for k in en if k != CONTEXT_KEY and k not in used]

    qt_dict = load_dict(QTBASE_JSON)
    qt_msgs = qtbase_messages(qt_dict)
    catalogue = qt_catalogue()
    if catalogue is not None:
        for m in qt_msgs:
            if (m.context, m.source) not in catalogue:
                print(f"PERINGATAN: qtbase_id.json: Qt tidak lagi memakai {m.context} / {m.source!r}")

    out_dir.mkdir(parents=True, exist_ok=True)
    en_ts, qt_ts = out_dir / EN_TS.name, out_dir / QTBASE_TS.name
    write_ts(en_ts, messages, "en", "id")
    write_ts(qt_ts, qt_msgs, "id", "en")
    for ts in (en_ts, qt_ts):
        lrelease(ts, ts.with_suffix(".qm"))

    print(f"{len(files)} modul, {len(messages)} teks; terjemahan Inggris: {len(messages) - len(missing)} lengkap, "
          f"{len(missing)} belum; Qt (Indonesia): {len(qt_msgs)} teks.")
    if missing:
        print("Belum diterjemahkan (tambahkan ke resources/translations/en.json):")
        for m in missing:
            print(f"  [{m.context}] {m.source!r}  ({', '.join(m.lines) or '?'})")
    if unused and prune and not check:
        for k in unused:
            del en[k]
        used_ctx = {(m.context, m.source) for m in messages}
        for ctx, entries in list(en.get(CONTEXT_KEY, {}).items()):
            for src in [s_ for s_ in entries if (ctx, s_) not in used_ctx]:
                del entries[src]
            if not entries:
                del en[CONTEXT_KEY][ctx]
        save_en(en)
        print(f"{len(unused)} entri en.json yang tidak dipakai lagi dihapus.")
    elif unused:
        print(f"{len(unused)} entri en.json tidak dipakai lagi (dibiarkan; --prune menghapusnya).")

    if check:
        for name in (EN_TS.name, QTBASE_TS.name, EN_TS.with_suffix(".qm").name, QTBASE_TS.with_suffix(".qm").name):
            committed, fresh = FOLDER / name, out_dir / name
            if not committed.exists() or _content(committed) != _content(fresh):
                print(f"USANG: {committed.relative_to(ROOT)} tidak sesuai kode; jalankan `python -m scripts.i18n`.")
                problems += 1
        problems += len(missing)
        return 1 if problems else 0
    if adopted:
        save_en(en)
    return 1 if no_ctx else 0


def _content(path: Path) -> bytes:
    """What must match between the committed and a fresh catalogue: everything but the
    <location> lines of a .ts (a string moving to another file changes no translation)."""
    data = path.read_bytes()
    if path.suffix != ".ts":
        return data
    return b"\n".join(line for line in data.splitlines() if not line.strip().startswith(b"<location "))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m scripts.i18n", description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="tidak mengubah berkas; kode 1 bila ada yang kurang/usang")
    p.add_argument("--prune", action="store_true", help="hapus entri en.json yang tidak dipakai kode lagi")
    a = p.parse_args(argv)
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            return build(True, Path(tmp))
    return build(False, FOLDER, prune=a.prune)


if __name__ == "__main__":
    sys.exit(main())
