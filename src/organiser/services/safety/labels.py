"""Words for the audit log's action codes and the backups' reasons, in the user's language."""

from __future__ import annotations

import datetime as dt

from organiser.core.i18n import N_, _, current_language
from organiser.core.thaidate import format_moment

ACTION_LABELS = {
    "import": N_("Import"),
    "import-undo": N_("Import undone"),
    "import-redo": N_("Import redone"),
    "export": N_("Export"),
    "erase": N_("Erasure"),
    "restore": N_("Restore"),
    "move": N_("Data folder moved"),
}

REASON_LABELS = {
    "manual": N_("Made on request"),
    "daily": N_("Daily"),
    "quit": N_("On closing"),
    "pre-migration": N_("Before an update"),
    "pre-restore": N_("Before a restore"),
    "auto": N_("Automatic, after changes"),
    "pre-import": N_("Before an import"),
    "pre-undo-import": N_("Before undoing an import"),
    "pre-redo-import": N_("Before redoing an import"),
    "pre-merge": N_("Before merging people"),
    "pre-demo": N_("Before adding the demo"),
}


def action_label(code: str) -> str:
    text = ACTION_LABELS.get(code)
    return _(text) if text else code


def reason_label(reason: str) -> str:
    base = reason.rsplit("-", 1)[0] if reason[-1:].isdigit() else reason
    text = REASON_LABELS.get(base)
    return _(text) if text else reason


def when_text(at: dt.datetime, lang: str | None = None) -> str:
    """A moment in this laptop's time zone: `25 พ.ย. 2569 20.25 น.` or `25 Nov 2026 20:25`."""
    return format_moment(at, lang or current_language())
