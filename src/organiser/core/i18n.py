"""Translations for code that does not use Qt (services, documents, the CLI).

The catalogue is the same Qt Linguist `.ts` files the UI uses (context ``organiser``), read
with ElementTree so that no layer below `ui/` needs Qt. Source strings are English.
"""

from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ET
from functools import cache

from organiser.core.paths import resources_dir

CONTEXT = "organiser"
LANGUAGES = ("th", "en")
_state = threading.local()
_default_language: str | None = None


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "th" if value.lower().startswith("th") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "th" if loc.lower().startswith("th") else "en"


def set_language(lang: str) -> None:
    """Set the process-wide language (the app does this once at start and on switching)."""
    global _default_language
    _default_language = lang if lang in LANGUAGES else "en"


def current_language() -> str:
    lang = getattr(_state, "lang", None)
    if lang:
        return str(lang)
    if _default_language is None:
        set_language(system_language())
    assert _default_language is not None
    return _default_language


class use_language:
    """Temporarily render in another language on this thread (e.g. an English agenda PDF)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self.previous: str | None = None

    def __enter__(self) -> use_language:
        self.previous = getattr(_state, "lang", None)
        _state.lang = self.lang
        return self

    def __exit__(self, *exc: object) -> None:
        _state.lang = self.previous


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All finished translations of context `organiser` for a language."""
    result: dict[str, str] = {}
    folder = resources_dir() / "i18n"
    if lang == "en" or not folder.is_dir():
        return result
    for ts in sorted(folder.glob(f"*_{lang}.ts")):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            if name != CONTEXT:
                continue
            for message in context.iter("message"):
                source = message.findtext("source")
                tr = message.find("translation")
                if source is None or tr is None or not tr.text:
                    continue
                if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                result[source] = tr.text
    return result


def _(text: str) -> str:
    """Translate an English source string into the current language."""
    lang = current_language()
    if lang == "en":
        return text
    return catalogue(lang).get(text, text)


def N_(text: str) -> str:
    """Mark a string for translation without translating it now (module-level labels)."""
    return text
