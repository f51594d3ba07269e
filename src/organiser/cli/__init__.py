"""The `organiser` command: opens the app, or runs one headless command.

Every command takes --data-dir; listing commands take --json and then print JSON only; errors go
to stderr in plain words, exit non-zero, and change nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import organiser
from organiser.core import paths
from organiser.core.errors import UserError
from organiser.core.i18n import _, set_language, system_language

# Each area adds its commands in its own module: register(sub, export_sub) -> None.
AREA_MODULES = (
    "organiser.cli.base",
    "organiser.cli.events",
    "organiser.cli.people",
    "organiser.cli.desk",
    "organiser.cli.agenda",
    "organiser.cli.memoranda",
    "organiser.cli.plans",
    "organiser.cli.safety",
    "organiser.cli.sync",
    "organiser.cli.hub",
)

EXIT_USER_ERROR = 2
EXIT_FAILURE = 1


class Context:
    """What a command needs: the data folder, opened on first use."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.data_dir = paths.resolve_data_dir(getattr(args, "data_dir", None))
        self._store: Any = None

    @property
    def store(self) -> Any:
        if self._store is None:
            from organiser.store.opening import open_store

            self._store = open_store(self.data_dir)
            if self._store.read_only:  # on stderr: --json output stays JSON only
                from organiser.store.opening import read_only_note

                print(read_only_note(self.data_dir), file=sys.stderr)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            try:
                self._backup_if_changed()
            finally:
                self._store.dispose()

    def _backup_if_changed(self) -> None:
        """A command that changed data leaves a backup behind when the newest one is older
        than the window's interval: a day of work at the command line is backed up too."""
        from organiser.services.safety.autobackup import backup_if_changed

        try:
            backup_if_changed(self._store)
        except UserError as exc:  # the change itself is safe in the database
            print(_("Warning: {message}").format(message=exc.message), file=sys.stderr)

    def backup_before(self, change: Any) -> None:
        """A verified backup before a bulk change (`autobackup.BulkChange`); when it cannot be
        made, the command stops before changing anything."""
        from organiser.services.safety.autobackup import backup_before

        backup_before(self.store, change)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    """A plain text table; Thai combining marks take no width."""
    import unicodedata

    def width(text: str) -> int:
        return sum(0 if unicodedata.combining(ch) or ch == "\u200b" else 1 for ch in text)

    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("the data folder (default: $ORGANISER_DATA_DIR or the per-user data folder)"),
    )


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON only"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="organiser",
        description=_(
            "Organiser: seminars of community financial organisations, from invitation to follow-up."
        ),
    )
    parser.add_argument("--version", action="version", version=f"organiser {organiser.__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=_("the data folder to use"))
    parser.add_argument(
        "--lang", choices=("th", "en"), help=_("language of the interface and of messages")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = sub.add_parser(
        "export", help=_("write a document: agenda, sign-in sheet, badges, memorandum, plan")
    )
    data_dir_option(export)
    export_sub = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name in AREA_MODULES:
        module = importlib.import_module(name)
        module.register(sub, export_sub)
    return parser


def _open_window(data_dir: str | None, lang: str | None) -> int:
    from organiser.store.checking import start_early_check

    # the start-up check of the file runs while the app imports the rest of itself; a folder
    # that cannot be read is reported when it is opened
    with contextlib.suppress(OSError, ValueError):
        start_early_check(paths.resolve_data_dir(data_dir) / paths.DB_NAME)
    try:
        from organiser.app import run_app  # Qt is imported only when a window is wanted
    except ImportError as exc:  # a system library Qt needs is missing: say which, not a traceback
        from organiser.core.window_problems import cannot_open_window

        print(cannot_open_window(str(exc)), file=sys.stderr)
        return EXIT_USER_ERROR
    return run_app(data_dir=data_dir, lang=lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=("th", "en"))
    pre.add_argument("--data-dir")
    known, rest = pre.parse_known_args(argv)
    set_language(known.lang or system_language())
    if not rest:  # no command: the window, without building every command's parser first
        return _open_window(known.data_dir, known.lang)
    if rest == ["--version"]:  # without every command's parser, which imports SQLAlchemy and
        # the models (0.8 s of CPU, against 0.05 s for Python itself)
        print(f"organiser {organiser.__version__}")
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_window(args.data_dir, args.lang)
    handler: Callable[[Context], int | None] = args.handler
    from organiser.store import folder_use

    # who holds the data folder, as a refusal elsewhere names it
    folder_use.program_name = " ".join(
        ["organiser", args.command, *([args.action] if getattr(args, "action", None) else [])]
    )
    ctx = Context(args)
    try:
        code = handler(ctx) or 0
        sys.stdout.flush()  # a closed pipe shows here, not in Python's own flush at exit
        return code
    except BrokenPipeError:
        # `organiser … --json | head`: the reader has what it wanted; say nothing
        _quiet_stdout()
        return 0
    except UserError as exc:
        print(_("Error: {message}").format(message=exc.message), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(_("Stopped; nothing was changed."), file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            _("Error: {message}").format(
                message=f"{exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})"
            ),
            file=sys.stderr,
        )
        return EXIT_FAILURE
    except Exception:  # a fault of ours: one sentence here, the details in the log
        return report_unexpected(ctx.data_dir)
    finally:
        ctx.close()


def report_unexpected(data_dir: Path) -> int:
    from organiser.core import logs

    kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    try:
        where = str(logs.start_logging(data_dir))
        logs.log_unexpected(kind, error, tb)
    except OSError:
        where = ""
    message = _("Unexpected error ({kind}): the command stopped.").format(kind=kind.__name__)
    if where:
        message += " " + _("The details are in {path}.").format(path=where)
    print(message, file=sys.stderr)
    return EXIT_FAILURE


def _quiet_stdout() -> None:
    """Point stdout at the null device so that the flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def out_path(value: str) -> Path:
    return Path(value).expanduser()
