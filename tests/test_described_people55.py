"""People written by a role noun, not a name ("grieving families", "the defendants", "a
flight attendant", "Mary's employer"), acting in an event are a Group or Person of their
article (kg/resolve/described.py; ``people_nouns.json``, ``described_people`` of cues.json)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

FIRES = [
    (
        "Grieving families criticized the Chinese government on Monday.",
        ("grieving families", "criticized", "Chinese government"),
        "Group",
    ),
    (
        "The survivors sued the Canadian government in 2005.",
        ("survivors", "criticized", "Canadian government"),
        "Group",
    ),
    (
        "An Egyptian court sentenced the defendants to death on Saturday.",
        ("Egyptian court", "sanctioned", "defendants"),
        "Group",
    ),
    (
        "A flight attendant insulted Tahera Ahmad on Saturday.",
        ("flight attendant", "criticized", "Tahera Ahmad"),
        "Person",
    ),
    (
        "Gunmen killed a shopkeeper in Karachi on Sunday.",
        ("Gunmen", "attacked", "shopkeeper"),
        "Person",
    ),
    (
        "Mary Tan's employer attacked Ana Lopez in Singapore.",
        ("Mary Tan's employer", "attacked", "Ana Lopez"),
        "Person",
    ),
    (
        "Police arrested the smugglers' drivers and Maria Reyes's family in Davao.",
        ("Police", "sanctioned", "Maria Reyes's family"),
        "Group",
    ),
    (
        "A shop owner attacked Ana Lopez in Manila last year.",
        ("shop owner", "attacked", "Ana Lopez"),
        "Person",
    ),
    # an aside after the comma, no second subject of the verb (rev55b)
    (
        "A flight attendant, angry at the delay, insulted Tahera Ahmad.",
        ("flight attendant", "criticized", "Tahera Ahmad"),
        "Person",
    ),
    (
        "A taxi driver attacked Maria Cruz in Cebu last year, police said.",
        ("taxi driver", "attacked", "Maria Cruz"),
        "Person",
    ),
]


@pytest.mark.parametrize(("text", "triple", "kind"), FIRES)
def test_described_people_role_noun_is_an_actor(
    extract: Any, text: str, triple: tuple[str, str, str], kind: str
) -> None:
    """A role noun phrase that is the subject or object of an event is a node of its type."""
    graph = extract(text, published="2015-05-15")
    found = triples(graph)
    assert triple in found, found
    described = triple[0] if triple[0][:1].islower() or "'s" in triple[0] else triple[2]
    assert labelled(graph, described).type.value == kind


NO_NODE = [
    # a statement is no event
    ("The defendants said the trial was unfair.", "defendants"),
    # no event verb uses them
    ("The survivors of the flood live in tents near Dhaka.", "survivors"),
    # a definite singular is coreference's: someone the article may name
    ("Police arrested the attendant in Chicago on Monday.", "attendant"),
    # a pronoun's possessive: whose, the phrase does not say
    ("Her employer attacked Ana Lopez in Singapore.", "employer"),
    # generic nouns name no one
    ("Police arrested a man in Chicago on Monday.", "man"),
    # a name in front: the name's own people
    ("Police arrested Hezbollah defendants in Beirut.", "hezbollah defendants"),
    # a noun modifying another noun
    ("Soldiers attacked the refugee camp near Aleppo.", "refugee"),
    # one person named right after
    ("A lawyer, John Smith, criticized the Egyptian government.", "lawyer"),
    # a generic singular after "by": someone, not a party of the news
    ("The first visit by a pontiff to Cuba took place in 1998.", "pontiff"),
    ("He has been represented by a lawyer in court hearings.", "lawyer"),
    # people the phrase lists by name
    (
        "Podemos has been endorsed by intellectuals such as Judith Butler and Noam Chomsky.",
        "intellectuals",
    ),
    # voters and the like are no actor of their own (``not_actors``)
    ("Ed Miliband urged voters to reject the Conservatives.", "voters"),
    # a lede's unnamed activist is the person named next (kg/resolve/lede_named.py)
    ("Iranian security forces arrested a prominent activist on Tuesday.", "prominent activist"),
    # a participle before the noun misread as its verb
    (
        "The family was secure until last year, when an Egyptian court stripped them of their "
        "status as protected tenants on the grounds that they had left.",
        "tenants",
    ),
    # a title stays the title rules' ("a minister" is no job of ``role_heads``)
    ("A minister criticized the Egyptian government on Monday.", "minister"),
    # a fronted description of the subject named after the comma (rev55b)
    ("A lawyer by training, Sisi criticized the judges on Monday.", "lawyer"),
    ("A former soldier, Smith attacked the government in a speech.", "former soldier"),
    ("A veteran reporter, Maria Ressa criticized Duterte on Monday.", "veteran reporter"),
    ("Seasoned negotiators, Kerry and Zarif met in Vienna on Sunday.", "seasoned negotiators"),
    # a speaker's epithet judges people named elsewhere, it names no one (rev55b)
    ("Cowards attacked the Bardo museum, Essebsi said.", "cowards"),
    ("Traitors sold Ukraine to Russia, Yanukovych's opponents said.", "traitors"),
    ("Netanyahu said hypocrites criticized Israel at the United Nations.", "hypocrites"),
    ("Heroes defeated the jihadists in Kobani, the Kurdish commander said.", "heroes"),
]


@pytest.mark.parametrize(("text", "label"), NO_NODE)
def test_described_people_no_node(extract: Any, text: str, label: str) -> None:
    """No event, a definite singular, a pronoun owner, a generic noun, a name in front, a
    modifier, an appositive name or a title make no described node."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label.lower() for e in graph.entities.values()}
    assert label not in labels, labels


KEPT_SECTOR = [
    # a state body's one member is the body's, not a person of its own
    ("An Israeli soldier shot a Palestinian protester in Hebron.", "israeli army"),
    # a sector plural keeps its collective
    ("Thai police arrested refugees in Bangkok on Monday.", "thai police"),
]


@pytest.mark.parametrize(("text", "label"), KEPT_SECTOR)
def test_described_people_sector_collectives_kept(extract: Any, text: str, label: str) -> None:
    """Sector collectives keep their country and sector node."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label.lower() for e in graph.entities.values()}
    assert label in labels, labels


def test_described_people_one_node_per_article(extract: Any) -> None:
    """The same described label twice in one article is one node; in two articles, two."""
    graph = extract(
        "Grieving families criticized the Chinese government. Later grieving families "
        "attacked police officers in Jianli.",
        "Grieving families criticized the Chinese government on Monday.",
        published="2015-05-15",
    )
    nodes = [e for e in graph.entities.values() if e.label == "grieving families"]
    assert len(nodes) == 2
