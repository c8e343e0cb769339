"""``audit`` sits under every other app: it imports nothing above ``lib`` (DESIGN.md)."""

import ast
from pathlib import Path

AUDIT = Path(__file__).resolve().parents[1]
ALLOWED = ("afterglow.lib", "afterglow.audit")


def runtime_imports(tree: ast.AST) -> list[str]:
    """Modules imported outside ``if TYPE_CHECKING:`` blocks (those are for the type checker)."""
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            node.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_audit_imports_nothing_above_lib():
    offending = []
    for path in AUDIT.rglob("*.py"):
        if "tests" in path.parts:
            continue
        for name in runtime_imports(ast.parse(path.read_text())):
            if name.startswith("afterglow") and not name.startswith(ALLOWED):
                offending.append(f"{path.relative_to(AUDIT)}: {name}")
    assert offending == []
