"""The rule layer doing less work for the same output (perf43).

``node_types`` (kg/extract/node_types.py) reads no cues of a name it passes over anyway
(lower-case, bracketed or the data's: ``_retypable``), and finds a paragraph's person nouns
only when a name after "from" asks (``_People``). What must stay: a name the model typed a
person that the article places twice is a place, one that an organisation's words go with is
an organisation, and a speaker, a name the data knows or a name with no such cue keeps its type.

``link_same_noun`` (kg/extract/coref.py) passes over a paragraph without "the" and asks a noun's
sector only of a plural or an institution noun: "the soldiers" is still the troops just named,
and a bare plural or "a soldier" is no one's.

``link_plans`` (kg/extract/plans.py) visits the tokens of its nouns and of the planned things
(``Paragraph.hits``), and its speech verbs', not every token of every sentence: "the plan",
"the ship" and "the comments" still point at the owner or speaker just named, "a plan" not.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import node_types
from kg.extract.context import ArticleContext
from kg.lexicon import default_lexicon
from tests.conftest import node_types as types_of
from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        # placed twice ("seized X", "left X") and once a person's origin: a place
        (
            "A teacher from Bouarfa spoke. The army seized Bouarfa and then left Bouarfa.",
            "Bouarfa",
            "Place",
        ),
        # a member's role ("the director of X") and "X, which ...": an organisation
        (
            "The director of Kivuli said Kivuli had reported 40 deaths. Kivuli, which "
            "monitors the conflict, said it was worried.",
            "Kivuli",
            "Organization",
        ),
        # a name the data knows keeps its type, whatever the words around it
        ("A man from Chile spoke. Rebels seized Chile and then left Chile.", "Chile", "Country"),
    ],
)
def test_perf43_node_types_as_before(extract: Any, text: str, label: str, kind: str) -> None:
    """Types voted from the article's own words, through the real model."""
    assert types_of(extract(text)).get(label) == kind


def test_perf43_node_types_speaker_stays_a_person(extract: Any) -> None:
    """A speaker is a person: placed twice, still not retyped a place (negative)."""
    found = types_of(
        extract("Bouarfa said on Monday that soldiers seized Bouarfa and left Bouarfa.")
    )
    assert found.get("Bouarfa") != "Place"


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("Bouarfa", True),  # not the data's: its cues are read
        ("Chile", False),  # the data's
        ("the rebels", False),  # lower-case: a collective
        ("Kivuli [2]", False),  # a bracketed form
    ],
)
def test_perf43_retypable(label: str, kept: bool) -> None:
    """Which names ``place_types`` and ``org_types`` read cues of, and the answer is kept."""
    ctx = ArticleContext(default_lexicon(), None, "a1", None)  # type: ignore[arg-type]
    held: dict[str, bool] = {}
    assert node_types._retypable(ctx, label, held) is kept
    assert held == {label: kept}


def test_perf43_person_nouns_found_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_People`` finds the paragraph's person nouns at the first question, once."""
    asked: list[int] = []

    def found(ctx: Any, para: Any) -> frozenset[int]:
        asked.append(1)
        return frozenset({3})

    monkeypatch.setattr(node_types, "_person_nouns", found)
    people = node_types._People(None, None)  # type: ignore[arg-type]
    assert asked == []
    assert 3 in people
    assert 4 not in people
    assert asked == [1]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the soldiers": the one collective of its sector just named
        (
            "Kenyan troops entered Kismayo on Monday. The soldiers attacked al-Shabaab "
            "fighters near the port.",
            {("Kenyan troops", "attacked", "al-Shabab")},
        ),
        # no "the": a bare plural is no one named before, but a state sector noun in an
        # article about several countries is the country whose same sector the paragraph
        # before named (kg/resolve/local_owners.py, bare59); "a soldier" is no one (negative)
        (
            "Kenyan troops entered Kismayo on Monday. Soldiers attacked al-Shabaab fighters "
            "near the port.",
            {("Kenyan troops", "attacked", "al-Shabab")},
        ),
        (
            "Kenyan troops entered Kismayo on Monday. A soldier attacked al-Shabaab fighters "
            "near the port.",
            set(),
        ),
    ],
)
def test_perf43_same_noun_as_before(extract: Any, text: str, found: set[Any]) -> None:
    """``link_same_noun``'s links, through the real model: the claims they make."""
    assert triples(extract(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a plan noun: "the plan" is the one just named
        (
            "Kenya unveiled a plan to cut tariffs. Uganda backed the plan.",
            {("Uganda", "supported", "Kenya")},
        ),
        # a vessel noun: "the ship" is the Cuban one
        (
            "Mexico's navy said a Cuban fishing ship had entered its waters. Guatemala warned "
            "the ship to leave.",
            {("Guatemala", "threatened", "Cuba")},
        ),
        # a said noun: "the comments" are the last speaker's
        (
            "William Ruto said the tariffs were fair. Uganda rejected the comments on Monday.",
            {("Uganda", "criticized", "William Ruto")},
        ),
        # "a plan" is another plan (negative)
        ("Kenya unveiled a plan to cut tariffs. Uganda backed a plan.", set()),
    ],
)
def test_perf43_plans_as_before(extract: Any, text: str, found: set[Any]) -> None:
    """``link_plans``' owners, through the real model: the claims they make."""
    assert triples(extract(text)) == found
