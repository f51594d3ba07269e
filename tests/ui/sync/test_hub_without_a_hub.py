"""The hub's parts of the window where no hub is set (no PostgreSQL needed): the Sync place
says so and offers to set one, the background exchange idles and stops at once on quit, and
the address the administrator gave is split into its fields and put together again."""

from __future__ import annotations

import time
from typing import Any

from organiser.ui.context import AppContext
from organiser.ui.sync.hub_exchanger import HubExchanger
from organiser.ui.sync.hub_form import HubFields, fields_of, url_of
from organiser.ui.sync.page import SyncPage


def test_the_address_the_administrator_gave_is_split_into_role_and_password_and_back() -> None:
    given = "postgresql://songkhla:s%40cret@hub.example.org:5432/hub?sslmode=verify-full"
    found = fields_of(given)
    assert found == HubFields(
        "postgresql://hub.example.org:5432/hub?sslmode=verify-full", "songkhla", "s@cret"
    )
    assert url_of(found) == given
    # typed by hand, without the scheme: the role from its own field, no password kept
    assert url_of(HubFields("hub.example.org/hub", "trang", "")) == (
        "postgresql://trang@hub.example.org/hub"
    )


def test_without_a_hub_the_sync_place_offers_to_set_one_and_the_exchange_stops_at_once(
    qtbot: Any, empty_ctx: AppContext
) -> None:
    exchanger = HubExchanger(empty_ctx)
    exchanger.start()
    page = SyncPage(empty_ctx)
    qtbot.addWidget(page)
    page.show()
    section = page.hub_section
    qtbot.waitUntil(lambda: section.found is not None, timeout=10_000)
    assert "No hub is set" in section.state_label.text()
    assert section.settings_button.text() == "Set a hub…"
    assert not section.now_button.isVisible()
    started = time.monotonic()
    exchanger.stop()
    assert not exchanger.running and time.monotonic() - started < 5
