"""Guards on interaction claims found on real news: migrants and refugees arriving somewhere
visit it, as the held-out gold has it (visit2: "migrants ... have landed on boats in Malaysia"
is a core visit), and so does a people of its own node (coll43: "27,000 Burundians have fled to
Rwanda" is a gold visit); civilians on the move and a demonym read as its country do not.
Actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

ARRIVALS: list[tuple[str, str, str, bool]] = [
    # (text, subject, place, a visit)
    ("More than 3,000 migrants have arrived in Greece since January.", "migrants", "Greece",
     True),
    ("Hundreds of asylum-seekers landed in Malta on Sunday.", "asylum-seekers", "Malta",
     True),
    ("Refugees arrive in Cambodia from Australian detention", "Refugees", "Cambodia", True),
    ("Thousands of civilians fled to Lebanon on Sunday.", "civilians", "Lebanon", False),
    ("About 400 Eritreans landed in Malta on Sunday.", "Eritreans", "Malta", True),
    ("John Kerry arrived in Sochi on Tuesday.", "John Kerry", "Sochi", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "place", "visit"), ARRIVALS)
def test_interactions_migrants_arriving_visit(
    extract: Any, text: str, subject: str, place: str, visit: bool
) -> None:
    """Migrants, refugees or a people of its own node arriving in a country visit it, as a
    minister does; civilians fleeing do not."""
    graph = extract(text, published="2015-05-20")
    visits = {
        (graph.entities[r.subject].label, graph.entities[r.object].label)
        for r in graph.claims
        if r.predicate.value == "visited" and r.object is not None
    }
    assert ((subject, place) in visits) is visit


ENABLED: list[tuple[str, str, str]] = [
    # (text, who attacks, the one who only enables them: never the attacker)
    ("The United States is arming Kurdish fighters to fight the Taliban.", "Kurdish fighters",
     "United States"),
    ("France's green light for the Chadian troops to attack Boko Haram came on Monday.",
     "Chadian troops", "France"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "doer", "enabler"), ENABLED)
def test_interactions_enabled_ones_do_the_to_clause(
    extract: Any, text: str, doer: str, enabler: str
) -> None:
    """ "arming X to fight Y", "a green light for X to attack Y": X attacks Y."""
    graph = extract(text, published="2015-05-20")
    attackers = {
        graph.entities[r.subject].label for r in graph.claims if r.predicate.value == "attacked"
    }
    assert doer in attackers
    assert enabler not in attackers


ASKED: list[tuple[str, bool]] = [
    # (text, a request of the one asked)
    ("When Amy Goodman asked Pablo Iglesias what Podemos stands for, he replied.", False),
    ("Reporters asked Benjamin Netanyahu whether he would resign.", False),
    ("Kenya asked Somalia about the attack.", False),
    ("Kenya asked Somalia to arrest the men.", True),
    ("Students asked the US for protection.", True),
]


@pytest.mark.parametrize(("text", "requested"), ASKED)
def test_interactions_question_is_no_request(extract: Any, text: str, requested: bool) -> None:
    """ "asked X whether/what/about": a question; "asked X to act / for help": a request."""
    graph = extract(text, published="2015-05-20")
    assert any(r.predicate.value == "requested" for r in graph.claims) is requested
