"""`organiser sync` as offices use it: key cards, trust, change files sent and received, and
every file that must be refused — refused with one sentence, exit code 2, and the database
file byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import run_cli

Cli = Callable[..., Any]


def ok(*args: str, data_dir: Path) -> str:
    done = run_cli(*args, data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    return done.stdout


def db_digest(folder: Path) -> str:
    parts = [folder / "organiser.sqlite3", folder / "organiser.sqlite3-wal"]
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts if p.exists())).hexdigest()


def execute(folder: Path, sql: str) -> None:
    """A change made behind the app's back, committed and checkpointed before it goes on."""
    conn = sqlite3.connect(folder / "organiser.sqlite3")
    try:
        with conn:
            conn.execute(sql)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def fingerprint(folder: Path) -> str:
    return str(json.loads(ok("sync", "id", "--json", data_dir=folder))["fingerprint"])


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Office a (the demo seminar) trusts b, c and e, who trust a; d trusts b, whom b does
    not trust. a has sent one file to everyone and one to c only; d one to b."""
    root = tmp_path_factory.mktemp("offices")
    folders = {name: root / name for name in ("a", "b", "c", "d", "e")}
    ok("demo", data_dir=folders["a"])
    for name, folder in folders.items():
        ok("sync", "card", "-o", str(root / f"{name}.card"), data_dir=folder)
    pairs = (("a", "b"), ("a", "c"), ("a", "e"), ("b", "a"), ("c", "a"), ("e", "a"), ("d", "b"))
    for who, whom in pairs:
        out = ok("sync", "trust", str(root / f"{whom}.card"), "--name", whom, data_dir=folders[who])
        assert out.splitlines()[0] == json.loads((root / f"{whom}.card").read_text())["fingerprint"]
    ok("sync", "send", "-o", str(root / "to-all.orgsync"), data_dir=folders["a"])
    c_fpr = fingerprint(folders["c"])
    ok("sync", "send", "-o", str(root / "to-c.orgsync"), "--to", c_fpr, data_dir=folders["a"])
    ok("sync", "send", "-o", str(root / "from-d.orgsync"), data_dir=folders["d"])
    return {**folders, "root": root}


def refused(offices: dict[str, Path], folder: Path, *files: Path) -> str:
    before = db_digest(folder)
    done = run_cli("sync", "receive", *map(str, files), data_dir=folder)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert db_digest(folder) == before
    message = done.stderr.strip()
    assert message.startswith("Error:") and "\n" not in message
    return message


def test_an_office_receives_a_change_file_and_a_second_receive_changes_nothing(
    offices: dict[str, Path],
) -> None:
    b = offices["b"]
    preview = json.loads(
        ok("sync", "receive", str(offices["root"] / "to-all.orgsync"), "--dry-run", "--json",
           data_dir=b)
    )  # fmt: skip
    assert preview["people"] == 124 and not preview["applied"]
    got = json.loads(
        ok("sync", "receive", str(offices["root"] / "to-all.orgsync"), "--json", data_dir=b)
    )
    assert got["applied"] and got["people"] == 124 and got["check_ins"] > 0
    listed = json.loads(ok("people", "list", "--json", data_dir=b))
    assert len(listed) == 124
    assert any(p.name.endswith("-sync.sqlite3") for p in (b / "backups").iterdir())
    before = db_digest(b)
    again = ok("sync", "receive", str(offices["root"] / "to-all.orgsync"), data_dir=b)
    assert "Nothing new" in again
    assert db_digest(b) == before


def test_own_changes_coming_back_are_accepted_with_a_notice(offices: dict[str, Path]) -> None:
    a, c, root = offices["a"], offices["c"], offices["root"]
    ok("sync", "receive", str(root / "to-c.orgsync"), data_dir=c)
    # c has not heard what a holds (as when a's files reached c through another office)
    execute(c, "UPDATE sync_trust SET holds = NULL")
    ok("sync", "send", "-o", str(root / "c-back.orgsync"), data_dir=c)
    people = ok("people", "list", "--json", data_dir=a)
    out = ok("sync", "receive", str(root / "c-back.orgsync"), data_dir=a)
    assert "own changes" in out
    assert ok("people", "list", "--json", data_dir=a) == people
    before = db_digest(a)  # only what c holds was noted; a second time, nothing at all
    ok("sync", "receive", str(root / "c-back.orgsync"), data_dir=a)
    assert db_digest(a) == before


def _flipped(src: Path, dst: Path) -> Path:
    data = bytearray(src.read_bytes())
    data[len(data) // 2] ^= 0x01
    dst.write_bytes(bytes(data))
    return dst


def _truncated(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes()[:-100])
    return dst


def _zip(_src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("people.csv", "name,phone\n")
    return dst


def _pdf(_src: Path, dst: Path) -> Path:
    dst.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    return dst


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_flipped, "altered"),
        (_truncated, "cut short"),
        (_zip, "zip file"),
        (_pdf, "PDF"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused(
    offices: dict[str, Path], tmp_path: Path, make: Callable[[Path, Path], Path], says: str
) -> None:
    bad = make(offices["root"] / "to-all.orgsync", tmp_path / "bad.orgsync")
    assert says in refused(offices, offices["b"], bad)


def test_a_file_for_other_offices_is_refused(offices: dict[str, Path]) -> None:
    message = refused(offices, offices["b"], offices["root"] / "to-c.orgsync")
    assert "other offices" in message


def test_a_file_from_a_copy_not_trusted_is_refused(offices: dict[str, Path]) -> None:
    message = refused(offices, offices["b"], offices["root"] / "from-d.orgsync")
    assert "not trusted" in message


def test_a_file_over_the_size_limit_or_from_a_revoked_copy_is_refused(
    offices: dict[str, Path], tmp_path: Path
) -> None:
    e, to_all = offices["e"], offices["root"] / "to-all.orgsync"
    execute(
        e,
        "INSERT INTO setting (key, value, updated_at) "
        "VALUES ('sync.max_file_mb', '0.001', datetime('now'))",
    )
    assert "larger than" in refused(offices, e, to_all)
    execute(e, "DELETE FROM setting WHERE key = 'sync.max_file_mb'")
    out = ok("sync", "untrust", fingerprint(offices["a"]), data_dir=e)
    assert "Revoked" in out
    assert "revoked" in refused(offices, e, to_all)
