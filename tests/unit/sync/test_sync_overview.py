"""What the Sync place reads: how many changes the trusted copies may still lack, the record a
conflict is in, a key card shown before it is trusted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from change_files import Laptop, mutual, seeded
from sync_copies import set_phone

from organiser.core.errors import UserError
from organiser.services.sync import copies
from organiser.services.sync.overview import read_key_card, sync_overview


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a, b = Laptop(tmp_path / "a", "office a"), Laptop(tmp_path / "b", "office b")
    yield a, b
    a.close()
    b.close()


class _Writer:
    def __init__(self, laptop: Laptop) -> None:
        self.laptop = laptop

    def write(self, work):  # type: ignore[no-untyped-def]
        return self.laptop.write(work)


def test_changes_not_yet_sent_are_what_the_next_file_carries_until_the_other_office_replies(
    pair: tuple[Laptop, Laptop],
) -> None:
    a, b = pair
    ids = a.write(seeded)
    assert sync_overview(a.store).not_yet_sent == 0  # nobody trusted: nobody lacks anything
    mutual(a, b)
    waiting = sync_overview(a.store).not_yet_sent
    sent = a.send("a1.orgsync")
    assert waiting == sent.changes > 0
    b.receive(sent.paths[0])
    assert sync_overview(b.store).not_yet_sent == 0  # b made nothing a lacks
    set_phone(_Writer(b), ids["people"][0], "0899999999")
    assert sync_overview(b.store).not_yet_sent > 0
    a.receive(b.send("b1.orgsync").paths[0])  # b's file also says what b holds now
    assert sync_overview(a.store).not_yet_sent == 0


def test_a_conflict_names_the_person_it_is_in(pair: tuple[Laptop, Laptop]) -> None:
    a, b = pair
    mutual(a, b)
    ids = a.write(seeded)
    b.receive(a.send("a1.orgsync").paths[0])
    set_phone(_Writer(a), ids["people"][0], "0811111111")  # type: ignore[arg-type]
    set_phone(_Writer(b), ids["people"][0], "0822222222")  # type: ignore[arg-type]
    b.receive(a.send("a2.orgsync").paths[0])
    [shown] = sync_overview(b.store).conflicts
    assert shown.record == "สมชาย ใจดี"
    assert {v.value for v in shown.conflict.values} == {"0811111111", "0822222222"}


def test_a_key_card_is_read_with_the_words_trusting_prints_and_trusts_nothing(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = pair
    card = b.card()
    shown = read_key_card(card)
    assert copies.copy_identity(a.store).trusted == []
    trusted = copies.trust_card(a.store, card)
    assert (shown.fingerprint, shown.words) == (trusted.fingerprint, trusted.words)
    assert shown.office == "office b"
    not_a_card = tmp_path / "notes.txt"
    not_a_card.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError):
        read_key_card(not_a_card)
