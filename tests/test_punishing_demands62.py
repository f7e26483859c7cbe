"""Criticism carried by a demand that someone be punished (crit62): a punishing noun the demand
asks for, a punishing act the one asked is to do, or a punishing verb in the passive
(kg/extract/reproaches.py ``_punished``); and an act that befell its owner ("condemned X's
arrest") blames whoever did it, never X (kg/extract/interactions.py ``owners_of``).
Sentences of our own, about other actors than the articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, claims_between, triples

FOUND: list[tuple[str, Triple]] = [
    # a punishing noun the demand asks for, and whom it names ("into", "of")
    (
        "Human Rights Watch demanded an investigation into the Nigerian army.",
        ("Human Rights Watch", "criticized", "Nigerian army"),
    ),
    (
        "The opposition demanded a probe into President Uhuru Kenyatta.",
        ("opposition", "criticized", "Uhuru Kenyatta"),
    ),
    (
        "Amnesty International called for a UN inquiry into the Sri Lankan army.",
        ("Amnesty International", "criticized", "Sri Lankan army"),
    ),
    # the punishing act the one asked is to carry out
    (
        "Rights groups urged the European Union to impose sanctions on Russia.",
        ("Rights groups", "criticized", "Russia"),
    ),
    # a punishing verb in the passive: its subject is the one to be punished
    (
        "Human Rights Watch called for Sudanese President Omar al-Bashir to be arrested.",
        ("Human Rights Watch", "criticized", "Omar al-Bashir"),
    ),
    (
        "Activists demanded that the Egyptian police officers be prosecuted.",
        ("Activists", "criticized", "Egyptian police"),
    ),
    (
        "Amnesty International called for former Chadian President Hissene Habre to be prosecuted.",
        ("Amnesty International", "criticized", "Hissene Habre"),
    ),
    # a demand written as a noun
    (
        "Amnesty International renewed its call for an investigation into the Nigerian army.",
        ("Amnesty International", "criticized", "Nigerian army"),
    ),
]

# a demand the sentence already tells as the maker's own proposed sanction of the one named
# ("called for sanctions on X": the maker sanctioned X, proposed) is not told twice
TOLD_AS_SANCTION: list[tuple[str, Triple]] = [
    ("Kenya called for tougher sanctions on Eritrea.", ("Kenya", "sanctioned", "Eritrea")),
    (
        "Amnesty International called for the prosecution of Chadian police officers.",
        ("Amnesty International", "sanctioned", "Chadian police"),
    ),
    (
        "The African Union demanded that sanctions be imposed on Eritrea.",
        ("African Union", "sanctioned", "Eritrea"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # an end to a punishment is no demand to punish
    ("Russia called for an end to sanctions against Iran.", ("Russia", "criticized", "Iran")),
    # who is to investigate is not the one investigated
    (
        "Human Rights Watch called for an investigation by Kenya into the killings.",
        ("Human Rights Watch", "criticized", "Kenya"),
    ),
    # the one asked to punish is not reproached
    (
        "Human Rights Watch urged South Africa to arrest Sudanese President Omar al-Bashir.",
        ("Human Rights Watch", "criticized", "South Africa"),
    ),
    # an act that befell its owner: the owner is not whom its critic blames
    (
        "Amnesty International condemned Kenyan opposition leader Raila Odinga's arrest.",
        ("Amnesty International", "criticized", "Raila Odinga"),
    ),
    (
        "Amnesty International condemned Raila Odinga's detention.",
        ("Amnesty International", "criticized", "Raila Odinga"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_punishing_demands_found(extract: Any, sentence: str, triple: Triple) -> None:
    """Who demands that someone be punished criticises the one to be punished."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_punishing_demands_no_false_reading(extract: Any, sentence: str, triple: Triple) -> None:
    """No reproach of one asked to punish or of a punishment lifted; no blame on the one an
    act befell."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), TOLD_AS_SANCTION)
def test_punishing_demands_told_once(extract: Any, sentence: str, triple: Triple) -> None:
    """A demand told as its maker's proposed sanction of someone is not criticism of them too."""
    got = triples(extract(sentence))
    criticized = (triple[0], "criticized", triple[2])
    assert triple in got, sorted(got)
    assert criticized not in got, sorted(got)


def test_punishing_demands_demand_was_made(extract: Any) -> None:
    """The punishment asked for is only proposed, but the demand was made (occurred)."""
    graph = extract("Human Rights Watch demanded an investigation into the Nigerian army.")
    found = claims_between(graph, "Human Rights Watch", "criticized", "Nigerian army")
    assert [c.qualifiers.status.value for c in found] == ["occurred"], found


def test_punishing_demands_owner_of_act_still_blamed(extract: Any) -> None:
    """An act's doer named before it is still the one blamed ("Kenya's arrest of X")."""
    got = triples(extract("Amnesty International condemned Kenya's arrest of Raila Odinga."))
    assert ("Amnesty International", "criticized", "Kenya") in got, sorted(got)
