"""The safety area's menu entries, added to the main window's File and Help menus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def tr(text: str) -> str:
    return QCoreApplication.translate("SafetyMenu", text)


def install_safety_actions(window: QMainWindow, file_menu: QMenu, help_menu: QMenu) -> None:
    """File → Restore from a backup…, File → Erase a person's data…, Help → Personal data log…
    (inserted after File → Back up now when the window has it)."""
    ctx: Any = getattr(window, "ctx")  # noqa: B009 - MainWindow's context
    restore = QAction(tr("Restore from a backup…"), window)
    restore.setObjectName("restoreAction")
    erase = QAction(tr("Erase a person's data…"), window)
    erase.setObjectName("eraseAction")
    audit = QAction(tr("Personal data log…"), window)
    audit.setObjectName("auditAction")

    def open_restore() -> None:
        from organiser.ui.safety.restore_dialog import open_restore_dialog

        dialog = open_restore_dialog(ctx, window)
        refresh = getattr(window, "refresh_backup_label", None)
        if refresh is not None:
            dialog.restored.connect(lambda _r: refresh())

    def open_erase() -> None:
        from organiser.ui.safety.privacy_dialogs import open_erase_dialog

        open_erase_dialog(ctx, window)

    def open_audit() -> None:
        from organiser.ui.safety.privacy_dialogs import open_audit_dialog

        open_audit_dialog(ctx, window)

    restore.triggered.connect(open_restore)
    erase.triggered.connect(open_erase)
    audit.triggered.connect(open_audit)

    actions = file_menu.actions()
    backup = getattr(window, "backup_action", None)
    after = actions.index(backup) + 1 if backup in actions else len(actions)
    before = actions[after] if after < len(actions) else None
    for action in (restore, erase):
        if before is None:
            file_menu.addAction(action)
        else:
            file_menu.insertAction(before, action)
    first_help = help_menu.actions()[0] if help_menu.actions() else None
    if first_help is None:
        help_menu.addAction(audit)
    else:
        help_menu.insertAction(first_help, audit)
