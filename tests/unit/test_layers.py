"""The layer rules: which package may import which, no circles between features, no Qt below
ui/, and modules small enough to find one's way in."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "organiser"
QT = ("PySide6", "PyQt6", "PyQt5", "shiboken6")

# The allowed arrows between the top-level packages: each may import only what its row names.
# core ← domain ← store ← services ← ui, cli; documents take plain data (or a Protocol they
# declare) and so import only core; sync sits beside the areas and sees their writes through
# the change log.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "domain": {"core"},
    "documents": {"core"},
    # store installs the change capture of sync when it opens or migrates a database
    "store": {"core", "domain", "sync"},
    "sync": {"core", "domain", "store"},
    "services": {"core", "domain", "store", "documents", "sync"},  # sync: see SERVICES_USING_SYNC
    "ui": {"core", "domain", "store", "services"},
    # the CLI opens the data folder itself (store) and starts the window only when asked (app)
    "cli": {"core", "domain", "store", "services", "documents", "sync", "app"},
    "app": {"core", "store", "services", "ui"},
    "__main__": {"cli"},
}
# Finer rules inside an arrow: ui holds a Store and passes units of work, and nothing else of
# the store (locks, backups, opening go through services.safety).
UI_STORE_MODULES = {"organiser.store.db"}
# The areas (people, desk, agenda, …) never call sync: it sees their writes through the change
# log. Two parts of the services do: `sync` itself (the services behind the Sync place and
# `organiser sync`: change files, keys, conflicts) and `safety` (erasing a person (PDPA) also
# forgets their values in the change log).
SERVICES_USING_SYNC = {"safety", "sync"}

MAX_LINES = 800
# Modules allowed beyond MAX_LINES, and why.
TOO_LONG_ON_PURPOSE = {
    "store/migrations/versions/0001_initial_schema.py",  # generated once, never edited
}


def imports_of(path: Path, placed: Path | None = None, names: bool = False) -> list[str]:
    """Every module this file imports (absolute names, relative ones resolved as if the file
    were at `placed`, by default where it is)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["organiser", *(placed or path).relative_to(SRC).parent.parts]
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            elif node.module:
                module = node.module
            else:
                continue
            found.append(module)
            if names:  # `from organiser.store import backup` imports organiser.store.backup
                found += [f"{module}.{a.name}" for a in node.names]
    return found


def qt_imports(path: Path, placed: Path | None = None) -> list[str]:
    return [m for m in imports_of(path, placed) if m.split(".")[0] in QT]


def top_level(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def source_files() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "versions" not in p.relative_to(SRC).parts)


def test_nothing_below_ui_imports_qt() -> None:
    offenders = {
        str(p.relative_to(SRC)): qt_imports(p)
        for p in source_files()
        if "ui" not in p.relative_to(SRC).parts and p.name != "app.py" and qt_imports(p)
    }
    assert offenders == {}


def test_the_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text(
        "from PySide6.QtCore import QObject\nimport PySide6.QtGui\nfrom . import ids\n"
    )
    placed = SRC / "core" / "x.py"  # read as if it lived in core/
    assert qt_imports(sample, placed) == ["PySide6.QtCore", "PySide6.QtGui"]
    assert "organiser.core" in imports_of(sample, placed)


def arrows() -> dict[str, dict[str, set[str]]]:
    """top-level package -> the packages it imports -> the files that do."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in source_files():
        here = top_level(path)
        for module in imports_of(path):
            parts = module.split(".")
            if parts[0] == "organiser" and len(parts) > 1 and parts[1] != here:
                found[here][parts[1]].add(str(path.relative_to(SRC)))
    return found


def test_every_package_has_a_row_in_the_table() -> None:
    packages = {top_level(p) for p in source_files()} - {"__init__"}
    assert packages <= set(ALLOWED), packages - set(ALLOWED)


def test_no_arrow_runs_up() -> None:
    wrong = {
        f"{here} -> {there}": sorted(files)
        for here, targets in arrows().items()
        for there, files in targets.items()
        if there not in ALLOWED.get(here, set())
    }
    assert wrong == {}


def test_ui_reaches_the_store_through_services() -> None:
    wrong = {
        str(p.relative_to(SRC)): m
        for p in source_files()
        if top_level(p) == "ui"
        for m in imports_of(p, names=True)
        if m.startswith("organiser.store.")
        and not any(m == ok or m.startswith(ok + ".") for ok in UI_STORE_MODULES)
    }
    assert wrong == {}


def test_the_areas_never_call_sync() -> None:
    wrong = {
        str(p.relative_to(SRC)): m
        for p in source_files()
        if top_level(p) == "services" and p.relative_to(SRC).parts[1] not in SERVICES_USING_SYNC
        for m in imports_of(p)
        if m.startswith("organiser.sync")
    }
    assert wrong == {}


def feature_graph(layer: str) -> dict[str, set[str]]:
    """For services/ or documents/: feature package -> the feature packages it imports."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in source_files():
        rel = path.relative_to(SRC)
        if rel.parts[0] != layer or len(rel.parts) < 3:
            continue
        here = rel.parts[1]
        for module in imports_of(path):
            parts = module.split(".")
            if parts[:2] == ["organiser", layer] and len(parts) > 2 and parts[2] != here:
                graph[here].add(parts[2])
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One circle in the graph (its nodes, the first repeated at the end), or []."""
    state: dict[str, int] = {}  # 1 visiting, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_the_cycle_check_can_fail() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_no_circle_between_features() -> None:
    assert find_cycle(feature_graph("services")) == []
    assert find_cycle(feature_graph("documents")) == []
    assert find_cycle(feature_graph("ui")) == []


def test_feature_packages_hold_no_code_in_init() -> None:
    """An __init__ holds a docstring and re-exports at most, so a name has one home."""
    offenders = []
    for path in source_files():
        if path.name != "__init__.py" or top_level(path) not in ("services", "documents"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                offenders.append(f"{path.relative_to(SRC)}: {node.name}")
    assert offenders == []


def test_modules_stay_small() -> None:
    long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and str(p.relative_to(SRC).as_posix()) not in TOO_LONG_ON_PURPOSE
    }
    assert long == {}


def test_cli_starts_no_qt() -> None:
    import subprocess
    import sys

    code = "import sys; from organiser.cli import build_parser; build_parser(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def module_graph(layer: str) -> dict[str, set[str]]:
    """Every module of a layer -> the modules of that layer it imports (lazy imports too)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in source_files():
        rel = path.relative_to(SRC)
        if rel.parts[0] != layer:
            continue
        here = ".".join(["organiser", *rel.with_suffix("").parts]).removesuffix(".__init__")
        for module in imports_of(path, names=True):
            if module.startswith(f"organiser.{layer}.") and module != here:
                target = SRC.joinpath(*module.split(".")[1:])
                if target.with_suffix(".py").exists() or (target / "__init__.py").exists():
                    graph[here].add(module)
    return graph


def test_no_circle_between_modules() -> None:
    """Not even through an import inside a function (the start page's reminders once went
    round memoranda and plans and back)."""
    for layer in ("services", "documents", "domain", "core"):
        assert find_cycle(module_graph(layer)) == [], layer


# Modules that sit loose at the top of services/: the app's settings and the demo seminar, which
# every area uses or builds on. Anything else lives in an area's package or in services/shared.
SERVICES_AT_THE_TOP = {"settings.py", "demo.py", "__init__.py"}


def test_every_service_has_its_place() -> None:
    loose = {p.name for p in (SRC / "services").glob("*.py")} - SERVICES_AT_THE_TOP
    assert loose == set()


def test_shared_services_sit_below_the_areas() -> None:
    """services/shared answers what several areas read alike; it imports none of them, or an
    area would reach another through it."""
    wrong = {
        str(p.relative_to(SRC)): m
        for p in (SRC / "services" / "shared").rglob("*.py")
        for m in imports_of(p)
        if m.startswith("organiser.services.") and not m.startswith("organiser.services.shared")
    }
    assert wrong == {}


def test_unit_tests_sit_by_area_or_by_layer() -> None:
    """What the README says of tests/unit: a folder per area, or per shared layer."""
    unit = Path(__file__).resolve().parent
    areas = {"people", "desk", "agenda", "memoranda", "plans", "safety", "sync"}
    layers = {"core", "store", "documents", "services"}
    folders = {p.relative_to(unit).parts[0] for p in unit.rglob("test_*.py") if p.parent != unit}
    assert folders <= areas | layers, folders - areas - layers
