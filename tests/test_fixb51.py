"""Readings that round-50 helpers found wrong or missing on sentences of their own (fixb51).

- A passive's "by" the parser hangs on the noun of the verb's own preposition or on the
  adjective after its "as" names the doer (kg/extract/stray_by.py).
- The infinitive of a plan, decision or offer that the subject took back or gave up is denied,
  not planned; so is the act of a means the subject lacks (kg/extract/undone_plans.py,
  kg/extract/qualifiers.py).
- Unnamed people (a group node) who joined a named body are its members, and a body joined
  by another of its names counts (kg/extract/joiners.py, kg/extract/memberships.py).

Sentences of our own, about actors other than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya was warned of serious consequences by the United States.",
            ("United States", "threatened", "Kenya"),
        ),
        (
            "Qatar was criticised for its labour laws by Amnesty International.",
            ("Amnesty International", "criticized", "Qatar"),
        ),
        (
            "Iran was condemned over its nuclear programme by the European Union.",
            ("European Union", "criticized", "Iran"),
        ),
    ],
)
def test_stray_by_on_the_preposition_noun_is_the_agent(
    extract: Any, text: str, expected: Triple
) -> None:
    """ "was warned of X by Y": the "by" the parser hangs on the noun names the doer."""
    assert expected in triples(extract(text, published="2015-06-10"))


def test_stray_by_after_as_adjective_on_a_light_noun(extract: Any) -> None:
    """ "These promises were dismissed as unrealistic by X": the "by" on the adjective."""
    graph = extract(
        "The opposition made promises. "
        "These promises were dismissed as unrealistic by Fidesz officials and Orban.",
        published="2015-06-10",
    )
    assert ("Viktor Orbán", "criticized", "opposition") in triples(graph)


def test_stray_by_as_adjective_by_no_actor_names_no_doer(extract: Any) -> None:
    """ "dismissed as unrealistic by the deadline": a "by" on the adjective naming no actor."""
    graph = extract(
        "Syriza made bold pledges. These pledges were dismissed as unrealistic by the deadline.",
        published="2015-06-10",
    )
    assert not any(p == "criticized" for _, p, _ in triples(graph))


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar was criticised over the report by the United Nations.",
        "Serbia was condemned for the statement by the European Union.",
    ],
)
def test_stray_by_on_an_authored_noun_is_its_author(extract: Any, text: str) -> None:
    """ "criticised over the report by X": X wrote the report; it did not criticise."""
    graph = extract(text, published="2015-06-10")
    assert not any(p == "criticized" for _, p, _ in triples(graph))


def test_stray_by_on_an_act_noun_is_the_acts_doer(extract: Any) -> None:
    """ "warned of attacks by X": X attacks; it did not warn."""
    graph = extract("Uganda was warned of attacks by the LRA.", published="2015-06-10")
    assert not any(p == "threatened" for _, p, _ in triples(graph))


def test_stray_by_needs_an_actor(extract: Any) -> None:
    """ "by Friday" names no doer."""
    graph = extract("The rebels were warned of consequences by Friday.", published="2015-06-10")
    assert not any(p in ("threatened", "criticized") for _, p, _ in triples(graph))


@pytest.mark.parametrize(
    ("text", "claim", "status"),
    [
        (
            "Belgium reversed its decision to arm the Peshmerga.",
            ("Belgium", "supported", "Peshmerga"),
            "denied",
        ),
        (
            "Japan shelved its plan to provide loans to Ukraine.",
            ("Japan", "supported", "Ukraine"),
            "denied",
        ),
        (
            "Austria abandoned its decision to arm the Kurds.",
            ("Austria", "supported", "Kurds"),
            "denied",
        ),
        (
            "Norway lacks the means to provide aid to Yemen.",
            ("Norway", "supported", "Yemen"),
            "denied",
        ),
        (
            "Portugal lacks the resources to send aid to Guinea-Bissau.",
            ("Portugal", "supported", "Guinea-Bissau"),
            "denied",
        ),
        (
            "Hungary reneged on its pledge to lend money to Ukraine.",
            ("Hungary", "supported", "Ukraine"),
            "denied",
        ),
        # a plan announced stays planned
        (
            "Austria announced its decision to arm the Kurds.",
            ("Austria", "supported", "Kurds"),
            "planned",
        ),
        # another's plan rejected is not undone
        (
            "Russia rejected the US plan to arm the Kurds.",
            ("United States", "supported", "Kurds"),
            "planned",
        ),
        (
            "Turkey rejected Germany's decision to arm the Kurds.",
            ("Germany", "supported", "Kurds"),
            "planned",
        ),
        # means not lacked
        (
            "Saudi Arabia does not lack the means to provide aid to Yemen.",
            ("Saudi Arabia", "supported", "Yemen"),
            "occurred",
        ),
    ],
)
def test_undone_plan_is_denied(extract: Any, text: str, claim: Triple, status: str) -> None:
    """A plan of the subject's own taken back, or a means it lacks, denies the act."""
    assert statuses(extract(text, published="2015-06-10"), claim) == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of Britons have joined Islamic State.",
            ("Britons", "member_of", "Islamic State"),
        ),
        (
            "Dozens of Tunisians joined the Nusra Front last year.",
            ("Tunisians", "member_of", "Nusra Front"),
        ),
        # the body by another of its names
        ("Foreign fighters joined ISIL.", ("Foreign fighters", "member_of", "Islamic State")),
    ],
)
def test_unnamed_joiners_are_members(extract: Any, text: str, expected: Triple) -> None:
    """Unnamed people who joined a named body are its members."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Many Kenyans joined the protests.",
        "Thailand joined Malaysia in the search.",
    ],
)
def test_joining_no_body_is_no_membership(extract: Any, text: str) -> None:
    """Joining protests or a country in a search makes no membership."""
    graph = extract(text, published="2015-06-10")
    assert not any(p == "member_of" for _, p, _ in triples(graph))
