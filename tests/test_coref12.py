"""Cross-sentence references of the fourteenth round: a country's title that refers back to a
named person gives that person's role (kg/extract/title_refs.py), an unnamed person in
apposition blocks the pronouns after it, a country the text makes plural is a "they"
(kg/extract/coref.py, actor_coref.py), "the two countries" is the pair just named
(kg/extract/pair_coref.py), and "the targets included X" are the last striker's
(kg/extract/target_lists.py). Real model; actors other than the articles the rules came from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples

# dated roles of the gazetteer decide who held a country's title on the day: a date of 2015
PUBLISHED = "2015-05-20"

TITLES: list[Case] = [
    # a country's title (adjective) after the name: the person holds it
    (
        "Angela Merkel arrived in Rome on Monday. The German chancellor met Matteo Renzi "
        "on Tuesday.",
        ("Angela Merkel", "leader_of", "Germany"),
        None,
    ),
    (
        "Francois Hollande arrived in Algiers on Monday. The French president met "
        "Abdelaziz Bouteflika.",
        ("François Hollande", "leader_of", "France"),
        None,
    ),
    # the country's possessive
    (
        "Vladimir Putin spoke in Sochi on Monday. Russia's president said the talks with "
        "Ukraine would go on.",
        ("Vladimir Putin", "leader_of", "Russia"),
        None,
    ),
    # a former holder's title gives no role now
    (
        "Nicolas Sarkozy spoke in Paris on Monday. The former French president criticised "
        "the government.",
        None,
        ("Nicolas Sarkozy", "leader_of", "France"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), TITLES)
def test_coref12_referred_titles(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """A country's definite title linked to a person named before says that person's role;
    a former holder's does not."""
    found = triples(extract(text, published=PUBLISHED))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


def test_coref12_referred_title_role_has_the_written_title(extract: Any) -> None:
    """The role read from the title carries the title as the text writes it."""
    graph = extract(
        "Angela Merkel arrived in Rome on Monday. The German chancellor met Matteo Renzi "
        "on Tuesday.",
        published=PUBLISHED,
    )
    labels = {k: e.label for k, e in graph.entities.items()}
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == "leader_of" and labels[r.subject] == "Angela Merkel"
    }
    assert titles == {"chancellor"}


PRONOUNS: list[Case] = [
    # an unnamed person in apposition to the subject: "he" is that person, not the minister
    (
        "Health Minister Ahmed Emad met reporters in Cairo on Monday. The first patient, a "
        "45-year-old man, did not reveal he had travelled to Qatar.",
        None,
        ("Ahmed Emad", "visited", "Qatar"),
    ),
    (
        "Interior Minister Jorge Ruiz met reporters in Lima on Monday. The driver, a "
        "30-year-old woman, said she had travelled to Chile.",
        None,
        ("Jorge Ruiz", "visited", "Chile"),
    ),
    # ... while with the minister the subject, "he" is the minister
    (
        "Health Minister Ahmed Emad met reporters in Cairo on Monday. He said he had "
        "travelled to Qatar.",
        ("Ahmed Emad", "visited", "Qatar"),
        None,
    ),
]

PLURAL_COUNTRIES: list[Case] = [
    # a country with a plural verb (a team) is a later "they"
    (
        "Argentina are due to play Chile on Friday. They then travel to Lima to face Peru.",
        ("Argentina", "visited", "Lima"),
        None,
    ),
    # with a singular verb it is not
    (
        "Argentina is due to host Chile on Friday. They then travel to Lima to face Peru.",
        None,
        ("Argentina", "visited", "Lima"),
    ),
]

PAIRS: list[Case] = [
    (
        "Iran praised Syria on Monday. The two countries signed an agreement on oil.",
        ("Iran", "agreed_with", "Syria"),
        None,
    ),
    (
        "Kenya and Uganda held talks in Nairobi. Both countries signed an agreement on rail.",
        ("Kenya", "agreed_with", "Uganda"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), PRONOUNS + PLURAL_COUNTRIES + PAIRS)
def test_coref12_pronouns_and_pairs(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """Pronouns and pairs resolve to the antecedent the rules allow, and to none when the
    text leaves it open."""
    found = triples(extract(text, published=PUBLISHED))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


NO_PAIR = [
    # one country named: no pair
    "Ghana hosted talks on trade. The two countries signed an agreement.",
    # three countries just named: which two is not guessed
    "Egypt and Jordan criticised Israel on Monday. The two countries signed an agreement on gas.",
]


@pytest.mark.parametrize("text", NO_PAIR)
def test_coref12_no_pair_is_guessed(extract: Any, text: str) -> None:
    """ "The two countries" after one country named, or three: no claim between any two."""
    found = triples(extract(text, published=PUBLISHED))
    assert not any(p == "agreed_with" for _, p, _ in found)


TARGETS: list[Case] = [
    # "the targets included X and Y": the one striker of the sentence before hit each
    (
        "Turkish jets bombed the PKK in northern Iraq on Monday. Officials said the targets "
        "included Sinjar and the town of Makhmour.",
        ("Turkish army", "attacked", "Sinjar"),
        None,
    ),
    (
        "Turkish jets bombed the PKK in northern Iraq on Monday. Officials said the targets "
        "included Sinjar and the town of Makhmour.",
        ("Turkish army", "attacked", "Makhmour"),
        None,
    ),
    # two strikers just before: neither is guessed
    (
        "Turkish jets and Iranian drones bombed the PKK in northern Iraq on Monday. Officials "
        "said the targets included Sinjar.",
        None,
        ("Turkish army", "attacked", "Sinjar"),
    ),
    (
        "Turkish jets and Iranian drones bombed the PKK in northern Iraq on Monday. Officials "
        "said the targets included Sinjar.",
        None,
        ("Iranian army", "attacked", "Sinjar"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), TARGETS)
def test_coref12_listed_targets(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """Targets listed after a strike are the one striker's; with two strikers, no one's."""
    found = triples(extract(text, published=PUBLISHED))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found
