"""Organiser: seminars of community financial organisations, from invitation to follow-up."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata only when asked for: reading
    # it costs ~35 ms at every start (importlib.metadata scans the installed packages).
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("organiser")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(name)
