"""A memorandum printed for the signing ceremony: the window and the CLI write it through here,
so the document stays a layer the services fill, never one the window calls."""

from __future__ import annotations

from pathlib import Path

from organiser.documents.memoranda.pdf import MemorandumLike, render_memorandum


def write_memorandum(memo: MemorandumLike, path: Path, lang: str) -> Path:
    """Write the memorandum as it stands (saved or still a draft on screen) to a PDF file."""
    render_memorandum(memo, path, lang)
    return path
