"""Documents as a user asks for them (database to PDF file): the agenda, the sign-in sheet of
one day, the badges; each beside fpdf2 writing the same number of Thai lines with the same font
and shaping and nothing else, measured in the same run."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.results import NOT_AVAILABLE, Result, Stopwatch, Target
from benchmarks.service_measures import guarded, need
from benchmarks.suite import Context

LINE = "นายสมชาย ใจดี  กองทุนสวัสดิการชุมชนตำบลควนขนุน  พัทลุง"


def fpdf_lines(lines: int, target: Path) -> None:
    """Baseline: the PDF engine alone, Sarabun with HarfBuzz shaping, one cell per line."""
    from fpdf import FPDF

    from organiser.core import paths

    pdf = FPDF()
    pdf.add_font("Sarabun", "", str(paths.font_path("Sarabun-Regular.ttf")))
    pdf.set_font("Sarabun", size=11)
    pdf.set_text_shaping(True)
    pdf.add_page()
    for n in range(lines):
        pdf.cell(0, 6, f"{n + 1}. {LINE}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def _check_pdf(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _measure(ctx: Context, r: Result, render: Callable[[Path], None], baseline_lines: int) -> None:
    out = ctx.root / "documents"
    out.mkdir(exist_ok=True)
    for rep in range(ctx.sizes.repeat_slow):
        target = out / f"{r.key}-{rep}.pdf"
        with Stopwatch() as watch:
            render(target)
        watch.into(r)
        if rep == 0:  # the first in a process also loads the Thai dictionary and the fonts
            r.extra["first_run_s"] = watch.wall
        base = out / f"{r.key}-baseline-{rep}.pdf"
        start = time.perf_counter()
        fpdf_lines(baseline_lines, base)
        r.baseline_samples.append(time.perf_counter() - start)
    r.extra["pages"] = _check_pdf(target)


def agenda_pdf(ctx: Context) -> Result:
    sessions = ctx.sizes.sessions
    r = Result(
        "agenda_pdf",
        f"agenda PDF, {sessions} sessions over 3 days",
        "s",
        Target(limit=1.0),
        baseline_title=f"fpdf2 alone, {sessions * 3} lines",
    )

    def body(r: Result) -> None:
        # what `organiser export agenda EVENT --format pdf` and the agenda page's print do
        report_mod = need("organiser.services.agenda.reports", "build_report", "write_agenda")
        data = ctx.data.people(ctx.sizes.small)
        from organiser.store.opening import open_store

        store = open_store(data.data_dir)

        def render(path: Path) -> None:
            with store.reader() as uow:
                report = report_mod.build_report(uow, data.seminar.event_id, "th")
            report_mod.write_agenda(report, "pdf", path)

        try:
            _measure(ctx, r, render, sessions * 3)
        finally:
            store.dispose()

    return guarded(r, body, ctx.log)


def signin_pdf(ctx: Context) -> Result:
    n = ctx.sizes.registrations
    r = Result(
        "signin_pdf",
        f"sign-in sheet PDF, {n:,} people",
        "s",
        Target(limit=2.0),
        baseline_title=f"fpdf2 alone, {n:,} lines",
    )

    def body(r: Result) -> None:
        module = need("organiser.services.desk.exports", "export_signin")
        data = ctx.data.people(ctx.sizes.medium)
        from organiser.store.opening import open_store

        store = open_store(data.data_dir)
        day = data.seminar.days[0]
        try:
            _measure(
                ctx,
                r,
                lambda path: module.export_signin(store, data.seminar.event_id, day, path),
                n,
            )
        finally:
            store.dispose()

    return guarded(r, body, ctx.log)


def badges_pdf(ctx: Context) -> Result:
    n = ctx.sizes.registrations
    r = Result(
        "badges_pdf",
        f"badges PDF with QR codes, {n:,} people",
        "s",
        Target(limit=5.0),
        baseline_title=f"fpdf2 alone, {n * 3:,} lines",
    )

    def body(r: Result) -> None:
        module = need("organiser.services.desk.exports", "export_badges")
        data = ctx.data.people(ctx.sizes.medium)
        from organiser.store.opening import open_store

        store = open_store(data.data_dir)
        try:
            _measure(
                ctx,
                r,
                lambda path: module.export_badges(store, data.seminar.event_id, path),
                n * 3,
            )
        finally:
            store.dispose()

    return guarded(r, body, ctx.log)


def documents(ctx: Context) -> list[Result]:
    from organiser.core.i18n import set_language

    set_language("th")  # the documents are Thai first
    results = [agenda_pdf(ctx), signin_pdf(ctx), badges_pdf(ctx)]
    for r in results:
        if r.status == NOT_AVAILABLE:
            r.unit = r.unit or "s"
    return results
