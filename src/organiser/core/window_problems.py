"""One sentence, in the user's language, for a window that Qt cannot open: no display, or a
system library that Qt needs is missing. Said instead of Qt's own abort or a traceback."""

from __future__ import annotations

from organiser.core import platform_needs
from organiser.core.i18n import _


def cannot_open_window(details: str) -> str:
    """`details` is what Qt or the loader said (its messages, an ImportError's text)."""
    if platform_needs.says_no_display(details):
        return _(
            "Organiser cannot open its window: there is no display to show it on. Start it "
            "from the desktop (over SSH, with X forwarding)."
        )
    missing = platform_needs.missing_libraries(details)
    if not missing and "platform plugin" in details:
        # Qt names the plugin, not the library: find which one this process cannot load
        missing = platform_needs.unloadable(platform_needs.XCB_PLUGIN_LIBRARIES)
    if missing:
        return _(
            "Organiser cannot open its window: Qt needs the system library {libraries}, which "
            "is missing. Install it with: {command}"
        ).format(
            libraries=", ".join(missing),
            command=platform_needs.install_libraries_command(missing),
        )
    last = next((line for line in reversed(details.splitlines()) if line.strip()), "")
    return _("Organiser cannot open its window: Qt could not start ({detail}).").format(
        detail=last.strip()
    )
