"""Cross-sentence references of the nineteenth round: a name the model took for an
organisation's or a place's, with a person's title in apposition ("Borja Semper, Partido
Popular parliamentarian, told ..."), is a person the pronouns after it may stand for
(kg/extract/coref.py ``_titled_name``). Real model; actors other than the article the rule
came from. Paragraphs are separated by a blank line."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed

PUBLISHED = "2015-05-20"

TITLED_NAMES: list[Case] = [
    # the model types "Mehmet Bank" an organisation; the apposed title makes him a person,
    # whom the next paragraph's "he" (after his own quote) stands for
    (
        "The law was passed on Friday.\n\n"
        "Mehmet Bank, a Kurdish lawmaker, told reporters in Ankara the vote was unfair.\n\n"
        '"This law is a disgrace," he said.\n\n'
        "He also condemned the Turkish army.",
        ("Mehmet Bank", "criticized", "Turkish army"),
        None,
    ),
    # a title with an "of" owner
    (
        "The vote was held on Sunday.\n\n"
        "Mehmet Bank, the mayor of Diyarbakir, told reporters the count was unfair.\n\n"
        "He accused the Turkish police of fraud.",
        ("Mehmet Bank", "criticized", "Turkish police"),
        None,
    ),
    # an apposed noun that is no person's title ("a car maker"): no person, no link
    (
        "Tesfaye Motors, a car maker, told reporters in Ankara the vote was unfair.\n\n"
        "He condemned the Turkish army.",
        None,
        ("Tesfaye Motors", "criticized", "Turkish army"),
    ),
    # a word any member bears is no title: a country stays a country
    (
        "Turkey, a NATO member, has closed its border.\n\nHe condemned the Syrian army.",
        None,
        ("Turkey", "criticized", "Syrian army"),
    ),
    # the antecedent two paragraphs back, another person the subject in between: his "he"
    (
        "Mehmet Bank, a Kurdish lawmaker, told reporters in Ankara the vote was unfair.\n\n"
        "Prime Minister Ahmet Davutoglu spoke in Ankara on Monday.\n\n"
        "He condemned the Turkish army.",
        None,
        ("Mehmet Bank", "criticized", "Turkish army"),
    ),
    # ... and the one in between takes it
    (
        "Mehmet Bank, a Kurdish lawmaker, told reporters in Ankara the vote was unfair.\n\n"
        "Prime Minister Ahmet Davutoglu spoke in Ankara on Monday.\n\n"
        "He condemned the Turkish army.",
        ("Ahmet Davutoğlu", "criticized", "Turkish army"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), TITLED_NAMES)
def test_coref17_titled_names(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A name with a person's title in apposition is a person for the pronouns after it."""
    check_kept_removed(extract(text, published=PUBLISHED), kept, removed)
