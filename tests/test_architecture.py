"""The house rules: imports run one way (no circle, inner stages never import outer ones), no module over
600 lines, and no private internals of `re`, httpx or httpcore."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "newsclean"
#: Stages from the inside out: a module may import its own stage and those before it, never a later one.
LAYERS = ("base", "read", "engine", "html", "front", "fetching", "batch", "cli")
#: Top-level modules and the stage each belongs to (subpackages are their own stage).
TOP_LEVEL = {"article": "base", "errors": "base", "rules": "base", "dates": "base",
             "text": "front", "auto": "front", "eval": "cli", "__init__": "cli"}


def _modules() -> dict[str, Path]:
    return {".".join(path.relative_to(REPO_ROOT).with_suffix("").parts): path for path in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path) -> set[str]:
    """Every newsclean module `name` imports, at the top or inside a function."""
    found = set()
    package = name.split(".")[:-1] if not path.name == "__init__.py" else name.split(".")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package[: len(package) - node.level + 1]
                base = ".".join([*parts, *([base] if base else [])])
            if base.startswith("newsclean"):
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("newsclean"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: {m for m in _imports(name, path) if m in modules and m != name} for name, path in modules.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 2:
        return TOP_LEVEL.get(parts[1], "?")
    return parts[1]


def test_no_import_circle() -> None:
    graph = _graph()
    # a package's __init__ re-exports its modules: importing the package is importing them
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt.endswith(".__init__"):
                continue
            if state.get(nxt) == 1:
                raise AssertionError("import circle: " + " -> ".join([*stack[stack.index(nxt):], nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_imports_run_from_outer_stages_to_inner_ones() -> None:
    wrong = []
    for module, imported in _graph().items():
        if module == "newsclean.__init__":
            continue
        for target in imported:
            if LAYERS.index(_stage(target)) > LAYERS.index(_stage(module)):
                wrong.append(f"{module} ({_stage(module)}) imports {target} ({_stage(target)})")
    assert not wrong, "\n".join(sorted(wrong))


def test_every_module_has_a_stage() -> None:
    assert all(_stage(m) in LAYERS for m in _modules()), [m for m in _modules() if _stage(m) not in LAYERS]


def test_no_module_over_600_lines() -> None:
    long = {name: n for name, path in _modules().items()
            if (n := len(path.read_text().splitlines())) > 600}
    assert not long, long


PRIVATE = re.compile(r"\bre\._[a-z]|\bsre_(?:parse|compile|constants)\b|(?<!self)\._pool\b|json\.decoder\.scanstring")


def test_no_private_internals() -> None:
    used = [f"{path.relative_to(REPO_ROOT)}: {line.strip()}" for path in PACKAGE.rglob("*.py")
            for line in path.read_text().splitlines() if PRIVATE.search(line)]
    assert not used, "\n".join(used)
