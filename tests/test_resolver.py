"""Entity resolution without spaCy: type voting, surnames, seeding and canonical labels."""

from __future__ import annotations

import pytest

from kg.lexicon import default_lexicon
from kg.model import Entity, Mention
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import Cluster, Resolver
from kg.vocab import EntityType, mint_entity_id

E = EntityType


def _resolver() -> Resolver:
    return Resolver(default_lexicon())


def _add(
    resolver: Resolver, label: str, ner: str = "PERSON", article: str = "a", **kw: object
) -> str:
    """Record one mention of ``label`` as if the model had tagged it ``ner``."""
    mention = SpanMention(0, len(label.split()), label, ner, **kw)  # type: ignore[arg-type]
    return resolver.add(label, mention, Mention(article, 0, len(label), label, label))


@pytest.mark.parametrize(
    ("tags", "votes", "expected"),
    [
        ((), (), E.ORGANIZATION),  # nothing known: an organisation
        (("PERSON",), (), E.PERSON),
        (("GPE",), (), E.CITY),  # a GPE outside the gazetteer is a city
        (("LOC",), (), E.PLACE),
        (("FAC",), (), E.PLACE),
        (("NORP",), (), E.GROUP),
        (("EVENT",), (), E.EVENT),
        (("ORG", "ORG", "GPE"), (), E.ORGANIZATION),  # the majority of the model's tags
        (("ORG",), ((E.PLACE, 3),), E.PLACE),  # a cue outweighs one tag
        (("ORG", "GPE"), (), E.CITY),  # a tie goes to the first type in sorted order
    ],
)
def test_resolver_type_is_the_vote_over_mentions_and_cues(
    tags: tuple[str, ...], votes: tuple[tuple[EntityType, int], ...], expected: EntityType
) -> None:
    """A cluster's type is the most voted of its mentions' tags and the cues added to it."""
    resolver = _resolver()
    for tag in tags:
        _add(resolver, "Zorvath", tag)
    if not tags:
        resolver.clusters["Zorvath"] = Cluster("Zorvath")
    for kind, weight in votes:
        resolver.add_vote("Zorvath", kind, weight)
    assert resolver.type_of("Zorvath") is expected


def test_resolver_type_votes_for_titles_and_full_person_names() -> None:
    """A stripped title (+3) and a two-word PERSON name (+2) outvote two ORG tags."""
    titled = _resolver()
    _add(titled, "Orvanek", "ORG")
    _add(titled, "Orvanek", "ORG", title="Minister")
    assert titled.type_of("Orvanek") is E.PERSON
    _add(titled, "Orvanek", "ORG")  # three ORG tags against the title's three
    assert titled.type_of("Orvanek") is E.ORGANIZATION
    named = _resolver()
    for _ in range(2):
        _add(named, "Mira Orvanek", "ORG")
    _add(named, "Mira Orvanek", "PERSON")
    assert named.type_of("Mira Orvanek") is E.PERSON


def test_resolver_gazetteer_type_wins_over_votes() -> None:
    """A gazetteer entry fixes the type, whatever the model said."""
    resolver = _resolver()
    for _ in range(3):
        _add(resolver, "Russia", "PERSON")
    assert resolver.type_of("Russia") is E.COUNTRY
    assert resolver.type_of("never seen") is E.ORGANIZATION


def test_resolver_demonym_mentions_cast_no_vote() -> None:
    """ "Russian" is a mention of Russia but says nothing about a type."""
    resolver = _resolver()
    _add(resolver, "Zorvath", "NORP", demonym=True)
    assert not resolver.clusters["Zorvath"].votes


@pytest.mark.parametrize(
    ("text", "ner", "names", "expected"),
    [
        ("the Kremlin", "ORG", {}, "Kremlin"),  # gazetteer alias, leading "the" ignored
        ("moscow kremlin", "ORG", {}, "Kremlin"),  # case-insensitive alias
        ("Zorvath’s", "ORG", {}, "Zorvath's"),  # unknown: its text, apostrophe normalised
        ("Orvanek", "PERSON", {"Orvanek": "Mira Orvanek"}, "Mira Orvanek"),  # article surname
        ("Orvanek", "ORG", {"Orvanek": "Mira Orvanek"}, "Mira Orvanek"),
        # a surname the model read as a nationality, no demonym: the person's (ent55)
        ("Orvanek", "NORP", {"Orvanek": "Mira Orvanek"}, "Mira Orvanek"),
        ("orvanek", "NORP", {"orvanek": "Mira Orvanek"}, "orvanek"),  # lower case: no name
        ("Mira  Orvanek", "PERSON", {}, "Mira Orvanek"),  # spaces collapsed
        ("Orvanekand", "PERSON", {"Orvanek": "Mira Orvanek"}, "Mira Orvanek"),  # glued typo
        ("Orvanekian", "PERSON", {"Orvanek": "Mira Orvanek"}, "Orvanekian"),  # not a typo
    ],
)
def test_resolver_canonical_label(
    text: str, ner: str, names: dict[str, str], expected: str
) -> None:
    """A mention's label: the gazetteer's, the article's full name for a surname, a glued
    typo split, else its own text."""
    mention = SpanMention(0, len(text.split()), text, ner)
    assert _resolver().canonical(mention, names) == expected


def test_resolver_canonical_demonym_and_collective() -> None:
    """A demonym names its country; a collective actor keeps its canonical label."""
    resolver = _resolver()
    demonym = SpanMention(0, 1, "Ukrainian", "NORP", demonym=True)
    assert resolver.canonical(demonym, {}) == "Ukraine"
    troops = SpanMention(0, 2, "Israeli troops", "ORG", canonical="Israeli army")
    assert resolver.canonical(troops, {}) == "Israeli army"
    plain = SpanMention(0, 1, "protesters", "ORG", scoped=True)
    assert resolver.canonical(plain, {}) == "protesters"


def test_resolver_article_names_keep_only_unambiguous_surnames() -> None:
    """Surname -> full name for the article's multi-word persons; a surname two people
    share maps to neither; a gazetteer non-person is skipped."""
    mentions = [
        SpanMention(0, 2, "Mira Orvanek", "PERSON"),
        SpanMention(0, 2, "Tomas Keller", "PERSON"),
        SpanMention(0, 2, "Anna Keller", "PERSON"),
        SpanMention(0, 2, "United States", "GAZ"),
        SpanMention(0, 2, "Dalia Renn", "ORG"),
    ]
    names = _resolver().article_names(mentions)
    assert {k: v for k, v in names.items() if ":" not in k} == {"Orvanek": "Mira Orvanek"}


def test_resolver_surname_resolves_across_articles_only_when_unique() -> None:
    """A bare surname in a later article resolves to the one person of that surname seen
    before, and merges into them at the end; two candidates leave it alone."""
    resolver = _resolver()
    _add(resolver, "Mira Orvanek", article="a")
    assert resolver.known_surnames() == {"Orvanek"}
    assert resolver.canonical(SpanMention(0, 1, "Orvanek", "PERSON"), {}) == "Mira Orvanek"
    _add(resolver, "Orvanek", article="b")  # recorded before the full name was known
    assert resolver.merged() == {"Orvanek": "Mira Orvanek"}
    entities, ids, _ = resolver.entities()
    assert ids["Orvanek"] == ids["Mira Orvanek"]
    (entity,) = entities.values()
    assert (entity.label, entity.articles, entity.mentions) == ("Mira Orvanek", ("a", "b"), 2)
    _add(resolver, "Jon Orvanek", article="c")
    assert "Orvanek" not in resolver.known_surnames()
    assert resolver.merged() == {}


def test_resolver_seed_makes_earlier_entities_known() -> None:
    """A seeded entity (kg add) keeps its type against new votes and lends its surname."""
    resolver = _resolver()
    seeded = Entity(mint_entity_id("Mira Orvanek", E.PERSON), "Mira Orvanek", E.PERSON, ("MO",))
    resolver.seed(seeded)
    for _ in range(5):
        _add(resolver, "Mira Orvanek", "ORG")
    assert resolver.type_of("Mira Orvanek") is E.PERSON
    assert resolver.canonical(SpanMention(0, 1, "Orvanek", "PERSON"), {}) == "Mira Orvanek"
    entities, _, _ = resolver.entities()
    assert entities[seeded.id].aliases == ("MO",)


def test_resolver_ensure_and_references_only_for_known_entities() -> None:
    """ensure() and add_reference() create clusters only for gazetteer entities; a
    reference counts as a mention, not as a name."""
    resolver = _resolver()
    assert resolver.ensure("Russia", "a") is True
    assert resolver.ensure("Zorvath", "a") is False
    resolver.add_reference("Zorvath", Mention("a", 0, 2, "he", "Zorvath", "pronoun"))
    assert "Zorvath" not in resolver.clusters
    resolver.add_reference("Russia", Mention("a", 5, 7, "it", "Russia", "pronoun"))
    assert resolver.clusters["Russia"].mentions[-1].kind == "pronoun"
    assert not resolver.clusters["Russia"].names


def test_resolver_plain_collectives_are_one_node_per_article() -> None:
    """ "protesters" in two articles are two nodes, shown with their own words."""
    resolver = _resolver()
    keys = [
        _add(resolver, "protesters", "ORG", article=a, sector="OPP", scoped=True)
        for a in ("a", "a", "b")
    ]
    assert keys == ["protesters [a]", "protesters [a]", "protesters [b]"]
    entities, _, _ = resolver.entities()
    assert sorted(e.label for e in entities.values()) == ["protesters", "protesters"]


def test_resolver_entity_ids_and_labels_are_stable() -> None:
    """Entity ids are minted from label, type and QID (the gazetteer's, when there is one)."""
    resolver = _resolver()
    _add(resolver, "Emmanuel Macron")
    _add(resolver, "Mira Orvanek")
    entities, ids, _ = resolver.entities()
    macron = entities[ids["Emmanuel Macron"]]
    assert macron.id == mint_entity_id("Emmanuel Macron", E.PERSON, "Q3052772")
    assert macron.qid == "Q3052772"
    assert "Macron" in macron.aliases
    orvanek = entities[ids["Mira Orvanek"]]
    assert orvanek.id == mint_entity_id("Mira Orvanek", E.PERSON, None)
