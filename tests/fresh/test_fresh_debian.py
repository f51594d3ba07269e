"""The README's quick start on a freshly installed Debian 12 (a minimal root made with
debootstrap): its prerequisite line, then its two commands. Slow (a Debian root, every
dependency from PyPI, the whole suite inside it) and needs root, so it runs only when asked:

    ORGANISER_TEST_FRESH_DEBIAN=1 .venv/bin/python -m pytest tests/fresh -m slow
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("ORGANISER_TEST_FRESH_DEBIAN"),
        reason="builds a Debian root and runs the whole suite in it: set ORGANISER_TEST_FRESH_DEBIAN=1",
    ),
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("debootstrap") is None,
        reason="needs Linux with debootstrap",
    ),
    pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() != 0, reason="chroot needs root"),
]


def readme_prerequisites() -> list[str]:
    """The Debian/Ubuntu packages the README's quick start asks for."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    line = re.search(r"\*\*Debian/Ubuntu\*\*: `sudo apt install ([^`]+)`", text)
    assert line, "the README names no Debian prerequisites"
    return line.group(1).split()


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```\n(python3 tools/dev\.py \w+)\n```", quick)


def reach_pypi_as_this_machine(root: Path) -> dict[str, str]:
    """Where this machine reaches PyPI through a proxy with its own certificate authority, the
    root gets the same authorities (a laptop reaches PyPI directly and needs none of this)."""
    bundle = next(
        (os.environ[v] for v in ("PIP_CERT", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")
         if os.environ.get(v) and Path(os.environ[v]).is_file()),
        None,
    )  # fmt: skip
    if bundle is None:
        return {}
    shutil.copy(bundle, root / "root" / "host-ca.crt")
    return {"PIP_CERT": "/root/host-ca.crt", "SSL_CERT_FILE": "/root/host-ca.crt"}


def in_root(root: Path, command: str, timeout: int) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "DEBIAN_FRONTEND": "noninteractive",
        "QT_QPA_PLATFORM": "offscreen",  # no display in the root
        **reach_pypi_as_this_machine(root),
    }
    return subprocess.run(
        ["chroot", str(root), "/bin/sh", "-c", command],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_the_quick_start_works_on_a_fresh_debian(tmp_path: Path) -> None:
    root = tmp_path / "debian"
    subprocess.run(
        ["debootstrap", "--variant=minbase", "--include=ca-certificates", "bookworm", str(root),
         "http://deb.debian.org/debian"],
        check=True, capture_output=True, timeout=1800,
    )  # fmt: skip
    shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
    project = root / "root" / "organiser"
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD"], check=True, capture_output=True
    ).stdout
    project.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(project)], input=archive, check=True)
    subprocess.run(["mount", "-t", "proc", "proc", str(root / "proc")], check=True)
    try:
        app, test = readme_commands()
        # with Python alone, the quick start says what to install (exit 2, no traceback)
        done = in_root(root, "apt-get update -qq && apt-get install -y -qq python3", 1800)
        assert done.returncode == 0, done.stderr[-2000:]
        done = in_root(root, f"cd /root/organiser && {app}", 600)
        assert done.returncode == 2, (done.stdout + done.stderr)[-3000:]
        assert "apt install python3.11-venv" in done.stderr and "Traceback" not in done.stderr
        packages = " ".join(readme_prerequisites())
        done = in_root(root, f"apt-get install -y -qq {packages}", 1800)
        assert done.returncode == 0, done.stderr[-2000:]
        done = in_root(root, f"cd /root/organiser && {app} --version", 1800)
        assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
        assert done.stdout.strip().splitlines()[-1].startswith("organiser ")
        done = in_root(root, f"cd /root/organiser && {test} -q -p no:cacheprovider -x", 3600)
        assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
        assert " passed" in done.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["umount", str(root / "proc")], check=False)
