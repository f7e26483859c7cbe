"""Entities: what the words around a name say it is. A name the model tagged as an
organisation with a role in apposition is a person ("Yanis Varoufakis, the Greek finance
minister,"); one tagged as an event before its bracketed acronym is an organisation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    # text, the full name, a triple that needs the bare surname resolved
    (
        "Yanis Varoufakis, the Greek finance minister, indicated that Greece may default.\n\n"
        "Varoufakis said his talks with his German counterpart, Wolfgang Schaeuble, were "
        "friendly.",
        "Yanis Varoufakis",
        ("Wolfgang Schaeuble", "met", "Yanis Varoufakis"),
    ),
]


@pytest.mark.parametrize(("text", "name", "triple"), CASES)
def test_entities_person_cue_makes_surname_known(
    extract: Any, text: str, name: str, triple: tuple[str, str, str]
) -> None:
    """A role in apposition makes an ORG-tagged name a person whose surname resolves later."""
    graph = extract(text, published="2015-05-20")
    node = next(e for e in graph.entities.values() if e.label == name)
    assert node.type.value == "Person"
    assert node.mentions >= 2, node
    found = triples(graph)
    assert triple in found or (triple[2], triple[1], triple[0]) in found, found


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Yanis Varoufakis, the Greek finance minister, spoke.", True),
        ("Faraz Sanei, a researcher at the group, spoke.", True),
        ("Human Rights Watch, the New York-based group, spoke.", False),
        ("Yanis Varoufakis, who met the minister, spoke.", False),
        ("Goldman Sachs, the bank that advised the minister, spoke.", False),
    ],
)
def test_entities_role_after_needs_a_role_noun(nlp: Any, text: str, cue: bool) -> None:
    """Only a role noun in an apposition ("the finance minister") is a person cue."""
    from kg.lexicon import build_lexicon
    from kg.resolve.entities import SpanMention, _role_after

    lexicon = build_lexicon()
    doc = nlp(text)
    comma = next(t.i for t in doc if t.text == ",")
    span = doc[0:comma]
    mention = SpanMention(0, comma, span.text, "ORG")
    assert _role_after(list(doc), lexicon, mention) is cue


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("the Kenya Human Rights Commission (KHRC) said", "ORG"),
        ("the Kenya Human Rights Commission (KNC) said", "EVENT"),
        ("the Kenya Human Rights Commission said", "EVENT"),
    ],
)
def test_entities_bracketed_acronym_makes_an_organisation(nlp: Any, text: str, label: str) -> None:
    """A name tagged as an event followed by the bracketed acronym of its initials is an ORG."""
    from kg.resolve.entities import SpanMention, _bracketed_acronym

    doc = nlp(text)
    end = next((t.i for t in doc if t.text == "("), len(doc) - 1)
    span = doc[1:end]
    mention = SpanMention(1, end, span.text, "EVENT")
    assert _bracketed_acronym(list(doc), mention).label == label


def test_entities_acronym_with_an_acronym_inside_is_one_node(extract: Any) -> None:
    """ "the UN Mission for Ebola Emergency Response (UNMEER)" and "UNMEER" are one body."""
    graph = extract(
        "Cases fell in Monrovia, the UN Mission for Ebola Emergency Response (UNMEER) said. "
        "UNMEER official Peter Graaff said more help was coming.",
        published="2015-05-20",
    )
    labels = [e.label for e in graph.entities.values()]
    assert "UNMEER" not in labels, labels
    assert "UN Mission for Ebola Emergency Response" in labels, labels


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person noun or an age right before a name the model may tag otherwise
        (
            "The new campus is home to economics lecturer Kerem Ozdag, who joined in March.",
            "Kerem Ozdag",
            "Person",
        ),
        (
            "On a cold morning, 34-year-old Ramesh Thapa waits outside the clinic in Pokhara.",
            "Ramesh Thapa",
            "Person",
        ),
        (
            "Selin Arikan, a researcher at the institute, said the vote was fair.",
            "Selin Arikan",
            "Person",
        ),
        # an organisation's kind noun before its name is no person cue
        (
            "The rights group Amnesty International condemned the arrests in Minsk.",
            "Amnesty International",
            "Organization",
        ),
        (
            "The opposition party Civic Platform criticized the government.",
            "Civic Platform",
            "Organization",
        ),
    ],
)
def test_entities_person_noun_before_makes_a_person(
    extract: Any, text: str, name: str, kind: str
) -> None:
    """A person noun ("lecturer") or an age right before a two-word name makes it a person's;
    a body's kind noun ("the rights group") does not."""
    graph = extract(text, published="2016-02-10")
    node = next(e for e in graph.entities.values() if e.label == name)
    assert node.type.value == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The movement Solidarnosc Nowa criticized the president.",
            "Solidarnosc Nowa",
            "Organization",
        ),
        ("The armed group Jaish al-Fatah attacked the town.", "Jaish al-Fatah", "Organization"),
        ("The rebel alliance Ansar Dawla attacked the border post.", "Ansar Dawla", "Organization"),
        # the subject of a clause on the noun is a person still
        ("It was the party Omar Haddad founded in Tunis.", "Omar Haddad", "Person"),
    ],
)
def test_entities_kind_noun_before_makes_an_organisation(
    extract: Any, text: str, name: str, kind: str
) -> None:
    """A name right after a definite kind noun of a body ("the movement X", "the armed group
    X") is an organisation's, even where the model tagged a person."""
    graph = extract(text, published="2016-02-10")
    node = next(e for e in graph.entities.values() if e.label == name)
    assert node.type.value == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The commander fled to Tora Bora close to the border during the invasion.",
            "Tora Bora",
            "Place",
        ),
        ("Officials said the militants fled to Bora Kandu after the raid.", "Bora Kandu", "Place"),
        ("He spoke to Omar Haddad on Monday.", "Omar Haddad", "Person"),
        ("The letter went to Omar Haddad, who signed it.", "Omar Haddad", "Person"),
    ],
)
def test_entities_goal_of_a_verb_of_going_is_a_place(
    extract: Any, text: str, name: str, kind: str
) -> None:
    """A name a verb of going goes to ("fled to Tora Bora") is a place, even where the model
    tagged a person; "spoke to X" leaves the person."""
    graph = extract(text, published="2016-02-10")
    node = next(e for e in graph.entities.values() if e.label == name)
    assert node.type.value == kind
