"""Role relations told by two more constructions (role37). Sentences of our own, about other
actors than the articles the rules were learned from.

1. A party's name in brackets after a politician's name, or after the lower-case office set
   beside it, is the party the politician is a member of ("Sandor Pinter, interior minister
   (Fidesz)"; ``_bracketed_party`` in kg/extract/party_titles.py): with no office between,
   only a party by name or sector ("Jeremy Corbyn (Labour Party)"), not an agency's credit
   ("Hossam Ahmed (AFP)"), a country, or a second name.
2. A person who runs a body leads it ("Winnie Byanyima runs Oxfam"; ``person_verbs`` of
   ``led_participles`` in kg/data/en/cues.json), and a relative clause whose gapped object is
   the body a described noun is set beside makes its subject the body's leader ("Le Monde,
   the newspaper he was running"; ``_relative_body`` in kg/extract/led_groups.py): not a
   campaign, nor a clause with an object of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

BRACKETS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Hungary's new cabinet was sworn in on Monday.\n\n"
        "2) Sandor Pinter, interior minister (Fidesz)\n\n"
        "Pinter said the cabinet would meet on Tuesday.",
        ("Sandor Pinter", "member_of", "Fidesz"),
        None,
    ),
    (
        "Slovakia's new cabinet was sworn in on Monday.\n\n"
        "Juraj Blanar, foreign and European affairs minister (Smer)\n\n"
        "Blanar said the cabinet would meet on Tuesday.",
        ("Juraj Blanar", "member_of", "Smer"),
        None,
    ),
    (
        "The motion was backed by Jeremy Corbyn (Labour Party) on Tuesday.",
        ("Jeremy Corbyn", "member_of", "Labour Party"),
        None,
    ),
    (
        "The photographer Hossam Ahmed (AFP) was detained in Cairo on Monday.",
        None,
        ("Hossam Ahmed", "member_of", "AFP"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), BRACKETS)
def test_party_in_brackets_after_a_name_is_the_persons_party(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "X, interior minister (Party)": X is a member of the party; not an agency's credit."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)


RUNS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Oxfam criticised the plan on Monday. Winnie Byanyima runs Oxfam.",
        ("Winnie Byanyima", "leader_of", "Oxfam"),
        None,
    ),
    (
        "Jean Dupont was jailed in 2003 after police shut Le Monde, the newspaper he was running.",
        ("Jean Dupont", "leader_of", "Le Monde"),
        None,
    ),
    (
        "Jean Dupont was freed in 2005. Police raided the offices of Le Monde, the newspaper "
        "he leads today.",
        ("Jean Dupont", "leader_of", "Le Monde"),
        None,
    ),
    (
        "Oxfam, the charity he gave money to, praised Bill Gates on Monday.",
        None,
        ("Bill Gates", "leader_of", "Oxfam"),
    ),
    (
        "Police raided Oxfam, the charity Bill Gates had criticised.",
        None,
        ("Bill Gates", "leader_of", "Oxfam"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), RUNS)
def test_a_person_running_a_body_leads_it(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "X runs Oxfam", "Le Monde, the newspaper he was running": X leads the body."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)
