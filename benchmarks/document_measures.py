"""Documents as a user asks for them (database to PDF file): the agenda, the sign-in sheet of
one day, the badges; each beside fpdf2 writing the same number of Thai lines with the same font
and shaping and nothing else, measured in the same run."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

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


def _fpdf(size: float = 11) -> Any:
    from fpdf import FPDF

    from organiser.core import paths

    pdf = FPDF()
    pdf.add_font("Sarabun", "", str(paths.font_path("Sarabun-Regular.ttf")))
    pdf.add_font("Sarabun", "B", str(paths.font_path("Sarabun-Bold.ttf")))
    pdf.set_font("Sarabun", size=size)
    pdf.set_text_shaping(True)
    return pdf


SIGNIN_WIDTHS = (12.0, 45.0, 50.0, 31.0, 27.0, 18.0)  # the sheet's columns on A4, mm


def fpdf_signin(lines: Sequence[tuple[str, str, str]], target: Path) -> None:
    """Baseline: the sign-in sheet's cells drawn by fpdf2 alone, the same texts: per row six
    bordered cells two lines high (number, name, organisation, province, signature, remark);
    per page a title, the column heads and a footer line."""
    pdf = _fpdf(10.5)
    pdf.set_auto_page_break(False)
    row_h, top, bottom = 11.0, 40.0, 280.0
    y = bottom
    for n, (name, organisation, province) in enumerate(lines, start=1):
        if y + row_h > bottom:
            pdf.add_page()
            pdf.set_font("Sarabun", "B", 16)
            pdf.set_xy(15, 12)
            pdf.cell(0, 8, "ใบลงชื่อผู้เข้าร่วมสัมมนา", align="C")
            pdf.set_font("Sarabun", "", 10.5)
            pdf.set_xy(15, 32)
            for width, head in zip(
                SIGNIN_WIDTHS,
                ("ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "จังหวัด", "ลายมือชื่อ", "หมายเหตุ"),
                strict=True,
            ):
                pdf.cell(width, 8, head, border=1, align="C")
            pdf.set_xy(15, 285)
            pdf.cell(0, 6, f"รวม {len(lines)} คน  หน้า {pdf.page_no()}", align="R")
            y = top
        pdf.set_xy(15, y)
        for width, text in zip(
            SIGNIN_WIDTHS, (str(n), name, organisation, province, "", ""), strict=True
        ):
            pdf.cell(width, row_h, text, border=1)
        y += row_h
    pdf.output(str(target))


def fpdf_badges(badges: Sequence[tuple[str, str, str, str, str]], title: str, target: Path) -> None:
    """Baseline: the badges' cells and QR codes drawn by fpdf2 alone, the same texts: per badge
    its frame, the title band, the QR code of its code (segno's modules as rectangles, as a
    badge draws them), the code, the name, organisation and province, the role band."""
    import segno

    pdf = _fpdf()
    pdf.set_auto_page_break(False)
    w, h = 99.1, 67.7
    for index, (name, organisation, province, role, code) in enumerate(badges):
        slot = index % 8
        if slot == 0:
            pdf.add_page()
        x, y = 5.9 + (slot % 2) * w, 13.1 + (slot // 2) * h
        pdf.rect(x, y, w, h)
        pdf.set_fill_color(31, 95, 139)
        pdf.rect(x, y, w, 8, style="F")
        pdf.set_font("Sarabun", "B", 8.5)
        pdf.set_xy(x + 4, y + 1.2)
        pdf.cell(w - 8, 5.6, title, align="C")
        qr = segno.make(code, error="m", micro=False, mask=4)
        matrix = [list(row) for row in qr.matrix]
        module = 28.0 / (len(matrix) + 4)
        qx, qy = x + w - 32, y + 11
        pdf.set_fill_color(0, 0, 0)
        for r, row in enumerate(matrix):
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    pdf.rect(
                        qx + (2 + start) * module,
                        qy + (2 + r) * module,
                        (c - start) * module,
                        module,
                        style="F",
                    )
                else:
                    c += 1
        pdf.set_font("Sarabun", "", 8)
        pdf.set_xy(qx, qy + 28)
        pdf.cell(28, 4, code, align="C")
        pdf.set_font("Sarabun", "B", 20)
        pdf.set_xy(x + 4, y + 11)
        pdf.cell(w - 40, 9, name)
        pdf.set_font("Sarabun", "", 11.5)
        for n, text in enumerate((organisation, province)):
            pdf.set_xy(x + 4, y + 22 + n * 5.5)
            pdf.cell(w - 40, 5.5, text)
        pdf.set_fill_color(236, 241, 246)
        pdf.rect(x, y + h - 7, w, 7, style="F")
        pdf.set_font("Sarabun", "B", 11)
        pdf.set_xy(x + 4, y + h - 6.4)
        pdf.cell(w - 8, 5.8, role, align="C")
    pdf.output(str(target))


def _check_pdf(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _measure(
    ctx: Context,
    r: Result,
    render: Callable[[Path], None],
    baseline_lines: int,
    baseline: Callable[[Path], None] | None = None,
) -> None:
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
        if baseline is not None:
            baseline(base)
        else:
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
        baseline_title=f"fpdf2 alone, the same {n:,} rows of cells",
    )

    def body(r: Result) -> None:
        module = need("organiser.services.desk.exports", "export_signin")
        signin_lines = module.signin_lines
        data = ctx.data.people(ctx.sizes.medium)
        from organiser.store.opening import open_store

        store = open_store(data.data_dir)
        day = data.seminar.days[0]
        with store.reader() as uow:
            lines = [
                (x.name, x.organisation, x.province)
                for x in signin_lines(uow, data.seminar.event_id, False)
            ]
        try:
            _measure(
                ctx,
                r,
                lambda path: module.export_signin(store, data.seminar.event_id, day, path),
                n,
                lambda path: fpdf_signin(lines, path),
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
        baseline_title=f"fpdf2 alone, the same {n:,} badges' cells and QR codes",
    )

    def body(r: Result) -> None:
        module = need("organiser.services.desk.exports", "export_badges")
        badge_list = module.badge_list
        data = ctx.data.people(ctx.sizes.medium)
        from organiser.store.opening import open_store

        store = open_store(data.data_dir)
        with store.reader() as uow:
            badges = [
                (b.name, b.organisation, b.province, b.role, b.code)
                for b in badge_list(uow, data.seminar.event_id, "all", None)
            ]
            from organiser.services.events.reading import resolve_event

            title = resolve_event(uow, data.seminar.event_id).title
        try:
            _measure(
                ctx,
                r,
                lambda path: module.export_badges(store, data.seminar.event_id, path),
                n * 3,
                lambda path: fpdf_badges(badges, title, path),
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
