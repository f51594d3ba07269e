"""The memoranda commands as a user runs them: the real `organiser` in a subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from organiser.store.db import Store


@pytest.fixture
def demo_dir(demo_store: Store, data_dir: Path) -> Path:
    demo_store.dispose()
    return data_dir


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_list_json_and_filters(cli: Any, demo_dir: Path) -> None:
    rows = json.loads(ok(cli("memoranda", "list", "--json", data_dir=demo_dir)))
    assert len(rows) == 1
    assert rows[0]["reference_no"] == "พอช.ต. 1/2550"
    assert rows[0]["status"] == "draft" and len(rows[0]["parties"]) == 6
    signed = cli(
        "memoranda", "list", "--json", "--organisation", "ธ.ก.ส.", "--signed", data_dir=demo_dir
    )
    assert json.loads(ok(signed)) == []
    table = ok(cli("--lang", "th", "memoranda", "list", data_dir=demo_dir))
    assert "ร่าง" in table and "31 ธ.ค. 2552" in table


def test_sign_party_by_party_then_status_and_file_the_scan(
    cli: Any, demo_dir: Path, tmp_path: Path
) -> None:
    ref = "พอช.ต. 1/2550"
    ok(cli("memoranda", "status", ref, "in_review", "--on", "31/01/2550", data_dir=demo_dir))
    refused = cli("memoranda", "status", ref, "signed", "--on", "31/01/2550", data_dir=demo_dir)
    assert refused.returncode == 2
    assert "Not every party has signed" in refused.stderr and refused.stdout == ""
    for org in ("พอช.ภาคใต้", "ธ.ก.ส.", "ออมสิน", "พช.พัทลุง", "มทษ.", "เครือข่ายองค์กรการเงินชุมชนภาคใต้"):
        out = ok(
            cli("memoranda", "sign", ref, "--party", org, "--on", "31/01/2550", data_dir=demo_dir)
        )
        assert "31 January 2007" in out
    ok(cli("memoranda", "status", ref, "signed", "--on", "31/01/2550", data_dir=demo_dir))
    signed = cli(
        "memoranda", "list", "--json", "--organisation", "ธ.ก.ส.", "--signed", data_dir=demo_dir
    )
    assert json.loads(ok(signed))[0]["status"] == "signed"

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan " * 100)
    assert "SHA-256" in ok(cli("memoranda", "attach", ref, str(scan), data_dir=demo_dir))
    assert "unchanged" in ok(cli("memoranda", "verify", ref, data_dir=demo_dir))
    (stored,) = list((demo_dir / "attachments").iterdir())
    stored.write_bytes(b"%PDF-1.4 forged " * 100)
    tampered = cli("memoranda", "verify", ref, data_dir=demo_dir)
    assert tampered.returncode == 1 and "has changed since it was filed" in tampered.stdout

    shown = json.loads(ok(cli("memoranda", "show", ref, "--json", data_dir=demo_dir)))
    assert [h["status"] for h in shown["history"]] == ["draft", "in_review", "signed"]
    assert shown["signed_on"] == "2007-01-31"


def test_export_memorandum_pdf_by_prefix(cli: Any, demo_dir: Path, tmp_path: Path) -> None:
    rows = json.loads(ok(cli("memoranda", "list", "--json", data_dir=demo_dir)))
    target = tmp_path / "mou.pdf"
    ok(
        cli(
            "export",
            "memorandum",
            rows[0]["id"][:18],
            "-o",
            str(target),
            "--lang",
            "th",
            data_dir=demo_dir,
        )
    )
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "ลงชื่อ" in text and "ธนาคารออมสิน" in text
    en = tmp_path / "mou-en.pdf"
    ok(
        cli(
            "export",
            "memorandum",
            "พอช.ต. 1/2550",
            "-o",
            str(en),
            "--lang",
            "en",
            data_dir=demo_dir,
        )
    )
    text_en = "".join(page.extract_text() for page in PdfReader(en).pages)
    assert text_en.count("Signed ....") == 6
    assert "Thaksin University" in text_en and "Clause 1" in text_en


def test_errors_are_one_sentence_and_change_nothing(
    cli: Any, demo_dir: Path, tmp_path: Path
) -> None:
    missing = cli(
        "export", "memorandum", "ไม่มี 9/2550", "-o", str(tmp_path / "x.pdf"), data_dir=demo_dir
    )
    assert missing.returncode == 2 and "No memorandum" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    nofolder = cli(
        "export",
        "memorandum",
        "พอช.ต. 1/2550",
        "-o",
        str(tmp_path / "no" / "x.pdf"),
        data_dir=demo_dir,
    )
    assert nofolder.returncode == 2 and "does not exist" in nofolder.stderr
    bad_date = cli(
        "memoranda",
        "sign",
        "พอช.ต. 1/2550",
        "--party",
        "ธ.ก.ส.",
        "--on",
        "31/02/2550",
        data_dir=demo_dir,
    )
    assert bad_date.returncode == 2 and "is not a date" in bad_date.stderr
    nobody = cli("memoranda", "sign", "พอช.ต. 1/2550", "--party", "สหกรณ์จังหวัด", data_dir=demo_dir)
    assert nobody.returncode == 2 and "not a party" in nobody.stderr
    rows = json.loads(ok(cli("memoranda", "list", "--json", data_dir=demo_dir)))
    assert rows[0]["signed_parties"] == 0


def test_a_status_dated_before_the_record_was_made_is_taken(cli: Any, demo_dir: Path) -> None:
    # the demo memorandum was recorded as a draft on 31/01/2550; its review really began earlier
    ok(cli("memoranda", "status", "พอช.ต. 1/2550", "in_review", "--on", "20/01/2550",
           data_dir=demo_dir))  # fmt: skip
    refused = cli("memoranda", "status", "พอช.ต. 1/2550", "draft", "--on", "19/01/2550",
                  data_dir=demo_dir)  # fmt: skip
    assert refused.returncode != 0 and "before the last change" in refused.stderr
    shown = json.loads(ok(cli("memoranda", "show", "พอช.ต. 1/2550", "--json", data_dir=demo_dir)))
    assert [(h["status"], h["changed_on"]) for h in shown["history"]] == [
        ("draft", "2007-01-20"),
        ("in_review", "2007-01-20"),
    ]
    mistyped = cli("memoranda", "status", "พอช.ต. 1/2550", "draft", "--on", "31 ก.พ. 2550",
                   data_dir=demo_dir)  # fmt: skip
    assert mistyped.returncode != 0  # never read as another date
