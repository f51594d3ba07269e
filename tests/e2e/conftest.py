"""The command line as a subprocess, over data folders the tests prepare."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.store.db import Store


@pytest.fixture
def demo_folder(demo_store: Store, data_dir: Path) -> Path:
    """The test's data folder holding the demo seminar, as `organiser demo` leaves it, but
    copied from the one built once per run instead of built by a CLI process of its own in
    every test (the demo command itself is tested in test_base_cli.py); closed, so that the
    commands under test open it as they would a user's."""
    demo_store.dispose()
    return data_dir
