"""The services' messages to the user carry a translatable template (domain/messages.Msg), so an
English operator reads English: no raise of a user-facing error with a bare Indonesian text."""

from __future__ import annotations

import ast
from pathlib import Path

import asn_desktop.services as services_pkg

SERVICES = Path(services_pkg.__file__).parent

#: Programmer errors: never shown as a sentence to the operator (the crash dialog handles them).
PROGRAMMER_ERRORS = {"RuntimeError", "AssertionError", "TypeError", "ValueError", "KeyError", "NotImplementedError",
                     "AttributeError", "IndexError"}


def _modules() -> list[Path]:
    """The service modules whose messages are converted here (the exchange modules and the
    office key are converted with the excel/ and domain/ messages)."""
    out = sorted((SERVICES / "evaluasi").glob("*.py")) + sorted((SERVICES / "skp").glob("*.py"))
    for p in sorted(SERVICES.glob("*.py")):
        if p.name.startswith("pertukaran") or p.name == "kunci_kantor.py":
            continue
        out.append(p)
    return out


def _is_text(node: ast.expr) -> bool:
    """A sentence built right there: a literal, an f-string, a concatenation or a .format()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def _bare_raises(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
            continue
        f = node.exc.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if name in PROGRAMMER_ERRORS:
            continue
        if _is_text(node.exc.args[0]):
            found.append(f"{path.relative_to(SERVICES.parent.parent)}:{node.lineno}: raise {name}(...) with a bare text")
    return found


def test_the_walk_finds_a_bare_message() -> None:
    src = 'def f(x):\n    raise ValidationError(f"Nilai {x} salah.")\n'
    tree = ast.parse(src)
    raise_node = next(n for n in ast.walk(tree) if isinstance(n, ast.Raise))
    assert _is_text(raise_node.exc.args[0])  # type: ignore[union-attr]
    assert not _is_text(ast.parse('Msg.of(QT_TRANSLATE_NOOP("Pesan", "x"))', mode="eval").body)


def test_service_errors_carry_a_translatable_message() -> None:
    modules = _modules()
    assert len(modules) > 40
    problems = [p for m in modules for p in _bare_raises(m)]
    assert not problems, "\n".join(problems)
