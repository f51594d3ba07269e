"""`organiser plans …` and `organiser export plan …` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

# the demo, copied (`organiser demo` itself is tested in test_base_cli)
pytestmark = pytest.mark.usefixtures("demo_folder")


def _demo(cli, data_dir: Path) -> str:
    listing = cli("plans", "list", "--json", data_dir=data_dir)
    plans = json.loads(listing.stdout)
    assert [p["kind"] for p in plans] == ["regional"]
    return str(plans[0]["id"])


def test_list_derive_and_follow_up_from_the_command_line(cli, data_dir: Path) -> None:
    plan_id = _demo(cli, data_dir)
    text = cli("plans", "list", data_dir=data_dir)
    assert text.returncode == 0 and "แผนการขับเคลื่อน" in text.stdout and "1/10" in text.stdout

    derived = cli("plans", "derive", plan_id[:18], "--json", data_dir=data_dir)
    assert derived.returncode == 0, derived.stderr
    created = json.loads(derived.stdout)["created"]
    assert len(created) == 14 and {c["province"] for c in created} >= {"สงขลา", "พัทลุง"}
    plans = json.loads(cli("plans", "list", "--json", data_dir=data_dir).stdout)
    assert len(plans) == 15 and all(p["parent_plan_id"] == plan_id for p in plans[1:])

    soon = cli("plans", "actions", "--due-soon", "--today", "2007-05-15", "--plan", plan_id,
               "--json", data_dir=data_dir)  # fmt: skip
    rows = json.loads(soon.stdout)
    assert {r["due_on"] for r in rows} == {"2007-05-31"} and all(
        r["due"] == "due_soon" for r in rows
    )

    action = rows[0]
    done = cli("plans", "update", action["id"], "--status", "done", "--note", "ส่งรายงานแล้ว",
               "--by", "รัชนี", "--on", "20/05/2550", data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = json.loads(
        cli("plans", "actions", "--json", "--plan", plan_id, data_dir=data_dir).stdout
    )
    updated = next(r for r in after if r["id"] == action["id"])
    assert (updated["status"], updated["progress"], updated["latest_note"]) == (
        "done",
        100,
        "ส่งรายงานแล้ว",
    )
    assert updated["latest_update_on"] == "2007-05-20"


def test_export_plan_pdf_and_xlsx(cli, data_dir: Path, tmp_path: Path) -> None:
    plan_id = _demo(cli, data_dir)
    pdf = tmp_path / "plan.pdf"
    made = cli("export", "plan", plan_id, "--format", "pdf", "-o", str(pdf), "--lang", "th",
               data_dir=data_dir)  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\u200b", "")
    assert "สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด" in text and "อาแว" in text and "2550" in text

    xlsx = tmp_path / "plan.xlsx"
    made = cli("export", "plan", plan_id, "--format", "xlsx", "-o", str(xlsx), "--group", "province",
               data_dir=data_dir)  # fmt: skip
    assert made.returncode == 0, made.stderr
    ws = openpyxl.load_workbook(xlsx).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "Songkhla" in values and "นางดวงใจ แสงอรุณ" in values


def test_mistakes_are_told_in_plain_words_and_change_nothing(
    cli, data_dir: Path, tmp_path: Path
) -> None:
    plan_id = _demo(cli, data_dir)
    missing = cli("export", "plan", "nope", "-o", str(tmp_path / "x.pdf"), data_dir=data_dir)
    assert missing.returncode == 2 and "No plan has the id nope" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    nowhere = cli(
        "export", "plan", plan_id, "-o", str(tmp_path / "no" / "x.pdf"), data_dir=data_dir
    )
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr

    actions = json.loads(cli("plans", "actions", "--json", data_dir=data_dir).stdout)
    done = next(a for a in actions if a["status"] == "done")
    refused = cli("plans", "update", done["id"], "--status", "blocked", data_dir=data_dir)
    assert refused.returncode == 2 and "cannot become" in refused.stderr
    again = json.loads(cli("plans", "actions", "--json", data_dir=data_dir).stdout)
    assert next(a for a in again if a["id"] == done["id"])["status"] == "done"

    guideline = cli("plans", "derive", plan_id, data_dir=data_dir)
    assert guideline.returncode == 0
    twice = cli("plans", "derive", plan_id, data_dir=data_dir)
    assert "0 provincial guidelines made; 14 provinces already had one." in twice.stdout


def test_core_teams_are_listed(cli, data_dir: Path) -> None:
    _demo(cli, data_dir)
    listed = cli("plans", "teams", "--json", data_dir=data_dir)
    (team,) = json.loads(listed.stdout)
    assert team["name"] == "วงเรียนรู้แกนทำงานภาคใต้" and len(team["members"]) == 12
    assert team["members"][0]["role"] == "coordinator"
    text = cli("--lang", "th", "plans", "teams", data_dir=data_dir)
    assert "ผู้ประสานงาน" in text.stdout and "(12 คน)" in text.stdout


def test_derive_for_chosen_provinces_and_roll_up_into_the_regional_report(
    cli, data_dir: Path, tmp_path: Path
) -> None:
    plan_id = _demo(cli, data_dir)
    chosen = cli("plans", "derive", plan_id, "--province", "สงขลา", "--province", "Trang",
                 "--json", data_dir=data_dir)  # fmt: skip
    assert chosen.returncode == 0, chosen.stderr
    created = json.loads(chosen.stdout)["created"]
    assert [(c["province"], c["actions"]) for c in created] == [("สงขลา", 1), ("ตรัง", 0)]
    wide = cli("plans", "derive", plan_id, "--province", "สตูล", "--with-region-wide",
               "--json", data_dir=data_dir)  # fmt: skip
    (satun,) = json.loads(wide.stdout)["created"]
    assert satun["actions"] == 7
    outside = cli("plans", "derive", plan_id, "--province", "เชียงใหม่", data_dir=data_dir)
    assert outside.returncode != 0 and "region" in outside.stderr

    copies = json.loads(
        cli("plans", "actions", "--plan", satun["plan_id"], "--json", data_dir=data_dir).stdout
    )
    forums = next(a for a in copies if a["title"] == "จัดเวทีเรียนรู้ระดับจังหวัดครบ 14 จังหวัด")
    done = cli("plans", "update", forums["id"], "--status", "done", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    target = tmp_path / "regional.xlsx"
    exported = cli("export", "plan", plan_id, "--format", "xlsx", "-o", str(target),
                   "--lang", "en", data_dir=data_dir)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    row = next(r for r in rows if r[1] == "จัดเวทีเรียนรู้ระดับจังหวัดครบ 14 จังหวัด")
    assert "Done" in row and any("1 of 1 done" in str(cell) for cell in row)
