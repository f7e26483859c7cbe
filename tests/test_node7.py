"""One node per real actor (node7).

1. An outlet's name with a media noun after it ("the Al Watan newspaper", "Xinhua news
   agency", "Al Arabiya TV") is one node with the bare name, whether the article writes the name
   alone too or not (``media_nouns`` in kg/data/en/names.json, kg/resolve/names.py
   ``media_bare_name``, kg/resolve/resolver.py ``Resolver._media_bare``). "TV" after one
   word is part of the name ("Press TV"); a demonym or a lower-case word before the noun is
   no outlet's name ("Swiss television", "the state news agency").
Sentences of our own about other outlets than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.resolve.names import media_bare_name, name_words
from tests.conftest import nodes_of, triples

_MEDIA = name_words("en").media_nouns

BARE_NAMES: list[tuple[str, str | None]] = [
    # (name as written, the bare name or None)
    ("Dawn newspaper", "Dawn"),
    ("Xinhua news agency", "Xinhua"),
    ("Al Mayadeen TV", "Al Mayadeen"),
    ("Al Mayadeen TV channel", "Al Mayadeen"),
    ("Haaretz daily", "Haaretz"),
    ("Press TV", None),
    ("Tolo TV", None),
    ("Moroccan state news agency", None),
    ("Dawn Newspaper", None),
    ("newspaper", None),
]


@pytest.mark.parametrize(("name", "bare"), BARE_NAMES)
def test_node7_media_bare_name(name: str, bare: str | None) -> None:
    """A media noun written as listed (or "TV" after two words or more) is cut off."""
    assert media_bare_name(name.split(), _MEDIA) == bare


ONE_OUTLET: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    # (sentences, the names written that are one node)
    (
        (
            "Xinhua said the ferry sank in the Yangtze.",
            "The Xinhua news agency said 400 people were on board.",
        ),
        ("Xinhua", "Xinhua news agency"),
    ),
    (
        (
            "Yonhap said North Korea fired two missiles on Monday.",
            "The Yonhap news agency said the missiles fell into the sea.",
        ),
        ("Yonhap", "Yonhap news agency"),
    ),
    (
        (
            "Al Arabiya reported heavy clashes near Homs.",
            "Fighters told Al Arabiya TV that the road was cut.",
        ),
        ("Al Arabiya", "Al Arabiya TV"),
    ),
    (
        (
            "Sky News said the ferry had sunk.",
            "A reporter for Sky News TV saw the wreck.",
        ),
        ("Sky News", "Sky News TV"),
    ),
]


@pytest.mark.parametrize(("texts", "names"), ONE_OUTLET)
def test_node7_outlet_with_and_without_media_noun_is_one_node(
    extract: Any, texts: tuple[str, ...], names: tuple[str, ...]
) -> None:
    """ "Xinhua" and "the Xinhua news agency" in one article are one node."""
    graph = extract(" ".join(texts))
    assert len(nodes_of(graph, names)) == 1


LABELS: list[tuple[str, str, str]] = [
    # (text, the node's label, a label no node has)
    ("The Xinhua news agency said the ship sank in the Yangtze.", "Xinhua", "Xinhua news agency"),
    (
        "Ahmed Saleh, a former editor of Al Watan newspaper, was arrested in Riyadh.",
        "Al Watan",
        "Al Watan newspaper",
    ),
    (
        "Pyongyang said the test was a success, according to the KCTV news agency.",
        "KCTV",
        "KCTV news agency",
    ),
    ("Iran's Press TV said the talks would resume in Vienna.", "Press TV", "Press"),
    ("Officials told Syrian State TV that the road was open.", "Syrian State TV", "Syrian State"),
]


@pytest.mark.parametrize(("text", "label", "not_label"), LABELS)
def test_node7_outlet_labelled_by_bare_name(
    extract: Any, text: str, label: str, not_label: str
) -> None:
    """ "the Xinhua news agency" alone is labelled Xinhua; "Press TV" keeps "TV"."""
    labels = {e.label for e in extract(text).entities.values()}
    assert label in labels
    assert not_label not in labels


MEMBERS: list[tuple[str, tuple[str, str, str], str]] = [
    # (text, the triple made, an outlet label no node has)
    (
        "Maria Lopez, editor of Semana magazine, was threatened in Bogota.",
        ("Maria Lopez", "member_of", "Semana"),
        "Semana magazine",
    ),
    (
        "Ahmed Saleh, a former editor of Al Watan newspaper, was arrested in Riyadh.",
        ("Ahmed Saleh", "member_of", "Al Watan"),
        "Al Watan newspaper",
    ),
]


@pytest.mark.parametrize(("text", "made", "not_label"), MEMBERS)
def test_node7_editor_of_outlet_is_member_of_bare_name(
    extract: Any, text: str, made: tuple[str, str, str], not_label: str
) -> None:
    """ "X, editor of Semana magazine": X is a member of the one node Semana."""
    graph = extract(text)
    assert made in triples(graph)
    assert not_label not in {e.label for e in graph.entities.values()}


def test_node7_known_owner_before_media_noun_stays(extract: Any) -> None:
    """ "the Hamas newspaper" is Hamas's paper, no second name of Hamas."""
    found = triples(extract("Ali Hassan, an editor of the Hamas newspaper, was detained."))
    assert ("Ali Hassan", "member_of", "Hamas newspaper") in found
    assert ("Ali Hassan", "member_of", "Hamas") not in found


AGENCY_MEMBERS: list[tuple[str, tuple[str, str] | None]] = [
    # (text, the (agency, country) member_of pair, or None for no member_of of the outlet)
    ("Egypt's state-run MENA news agency reported the verdict.", ("MENA", "Egypt")),
    ("China's official Xinhua news agency said the ship sank.", ("Xinhua", "China")),
    ("Qatar's official QNA news agency said the emir had arrived.", ("QNA", "Qatar")),
    ("Jordan's state-run Petra news agency reported the decision.", ("Petra", "Jordan")),
    ("Kenya's Daily Nation newspaper reported the attack.", None),
]


@pytest.mark.parametrize(("text", "pair"), AGENCY_MEMBERS)
def test_node7_state_agency_under_its_bare_name_is_member_of_its_country(
    extract: Any, text: str, pair: tuple[str, str] | None
) -> None:
    """A country's news agency labelled by its bare name is still a state body of that
    country: the mention's head ("agency") names it one, as the label did before."""
    members = {(s, o) for s, p, o in triples(extract(text)) if p == "member_of"}
    if pair is None:
        assert not members
    else:
        assert pair in members
