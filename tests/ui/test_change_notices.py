"""Change notices are typed: every place says which part of the data changed with an `Area`,
never a free string that a typo would turn into a place that silently stays stale."""

from __future__ import annotations

import ast
from pathlib import Path

from organiser.core.notices import Area

UI = Path(__file__).resolve().parents[2] / "src" / "organiser"


def test_every_change_notice_names_an_area() -> None:
    untyped = []
    for path in sorted([*(UI / "ui").rglob("*.py"), UI / "app.py"]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "changed"  # ctx.changed(…), self.ctx.changed(…)
                and any(isinstance(a, ast.Constant) for a in node.args)
            ):
                untyped.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert untyped == []


def test_a_notice_reaches_the_places_as_its_area(app_ctx: object, qtbot: object) -> None:
    from organiser.ui.context import AppContext

    assert isinstance(app_ctx, AppContext)
    with qtbot.waitSignal(app_ctx.data_changed) as blocker:  # type: ignore[attr-defined]
        app_ctx.changed(Area.PLANS)
    assert blocker.args == ["plans"]
    assert Area(blocker.args[0]) is Area.PLANS
    with qtbot.waitSignal(app_ctx.data_changed) as blocker:  # type: ignore[attr-defined]
        app_ctx.changed()
    assert blocker.args == ["*"]
