"""Keep the translations complete: extract strings, update `.ts` files, compile `.qm`.

    python tools/i18n.py update [AREA]   # add new source strings (unfinished), drop vanished ones
    python tools/i18n.py check           # exit 1 listing every string without a Thai translation
    python tools/i18n.py release [AREA]  # compile resources/i18n/*.ts into .qm (pyside6-lrelease)

AREA is one of core, people, desk, agenda, memoranda, plans, safety, sync: only that area's file.

Strings are found by reading the source (no Qt needed): `_("…")` and `N_("…")` in any module
(context `organiser`), `self.tr("…")` inside a class (context: the class name), and
`QCoreApplication.translate("Context", "…")`. Each source file belongs to one area's file
`resources/i18n/<area>_th.ts`, so areas can be translated independently.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "organiser"
I18N = ROOT / "resources" / "i18n"
AREAS = ("people", "desk", "agenda", "memoranda", "plans", "safety", "sync")
LANGS = ("th",)


def area_of(path: Path) -> str:
    rel = path.relative_to(SRC)
    for part in rel.parts:
        stem = part.removesuffix(".py")
        if stem in AREAS:
            return stem
        if stem.split("_")[0] in AREAS:  # helper modules such as services/memoranda/files.py
            return stem.split("_")[0]
    if rel.parts[0] in ("store",) or rel.stem in ("backup", "restore"):
        return "safety"
    # a module whose name does not say its area can declare it: I18N_AREA = "desk"
    declared = re.search(r'^I18N_AREA = "(\w+)"', path.read_text(encoding="utf-8"), re.M)
    if declared and declared.group(1) in AREAS:
        return declared.group(1)
    return "core"


def _const(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class Extractor(ast.NodeVisitor):
    def __init__(self, module_tr_context: str | None = None) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[str, str]] = []  # (context, source)
        # a module-level `def tr(text): return QCoreApplication.translate("Ctx", text)`
        self.module_tr_context = module_tr_context

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("_", "N_") and node.args:
            text = _const(node.args[0])
            if text is not None:
                self.found.append(("organiser", text))
        elif (
            isinstance(func, ast.Name) and func.id == "tr" and node.args and self.module_tr_context
        ):
            text = _const(node.args[0])
            if text is not None:
                self.found.append((self.module_tr_context, text))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and self.classes:
            text = _const(node.args[0])
            if text is not None:
                self.found.append((self.classes[-1], text))
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            ctx, text = _const(node.args[0]), _const(node.args[1])
            if ctx is not None and text is not None:
                self.found.append((ctx, text))
        self.generic_visit(node)


def module_tr_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                ):
                    return _const(call.args[0])
    return None


def extract() -> dict[str, dict[str, set[str]]]:
    """area -> context -> source strings"""
    result: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        ex = Extractor(module_tr_context(tree))
        ex.visit(tree)
        for context, text in ex.found:
            result[area_of(path)][context].add(text)
    return result


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type)"""
    known: dict[tuple[str, str], tuple[str, str | None]] = {}
    if not path.exists():
        return known
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            text = (tr.text or "") if tr is not None else ""
            known[(name, source)] = (text, tr.get("type") if tr is not None else None)
    return known


def write_ts(path: Path, lang: str, contexts: dict[str, set[str]], known: dict) -> None:
    root = ET.Element("TS", version="2.1", language=lang)
    for name in sorted(contexts):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source in sorted(contexts[name]):
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            text, kind = known.get((name, source), ("", "unfinished"))
            tr = ET.SubElement(msg, "translation")
            if text:
                tr.text = text
            if kind == "unfinished" or not text:
                tr.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(only: str | None = None) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    found = extract()
    for lang in LANGS:
        for area, contexts in found.items():
            if only and area != only:
                continue
            path = I18N / f"{area}_{lang}.ts"
            write_ts(path, lang, contexts, read_ts(path))


def missing() -> list[str]:
    problems = []
    found = extract()
    for lang in LANGS:
        for area, contexts in found.items():
            path = I18N / f"{area}_{lang}.ts"
            known = read_ts(path)
            for name, sources in contexts.items():
                for source in sources:
                    text, kind = known.get((name, source), ("", "unfinished"))
                    if not text or kind == "unfinished":
                        problems.append(f"{path.name}: [{name}] {source!r}")
        # Qt's own strings (tools/qt_catalogue.py keeps that file)
        qt_file = I18N / f"qt_{lang}.ts"
        for (name, source), (text, kind) in read_ts(qt_file).items():
            if not text or kind == "unfinished":
                problems.append(f"{qt_file.name}: [{name}] {source!r}")
    return sorted(problems)


def lrelease_command() -> str:
    exe = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    return exe


def release(out_dir: Path = I18N, only: str | None = None) -> list[Path]:
    out = []
    for ts in sorted(I18N.glob(f"{only}_*.ts" if only else "*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    only = argv[1] if len(argv) > 1 else None
    if command == "update":
        update(only)
        return 0
    if command == "release":
        release(only=only)
        return 0
    if command == "check":
        problems = missing()
        for p in problems:
            print(p)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
