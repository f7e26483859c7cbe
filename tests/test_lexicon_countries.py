"""Variant spellings of country names and demonyms (the aliases and demonyms columns of
kg/data/countries.csv): former names ("Zaire", "Byelorussia"), transliterations ("Kazakstan")
and frequent misspellings ("Phillipines", "Lybia", "Yemini") name the country. Sentences of our
own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import event_claim, labelled

# (sentence, (subject, predicate, object), PLOVER type)
VARIANT_ACTORS = [
    (
        "The Phillipines accused Malaysia of harbouring rebels.",
        ("Philippines", "criticized", "Malaysia"),
        "ACCUSE",
    ),
    (
        "Zaire accused Rwanda of arming the rebels.",
        ("Democratic Republic of the Congo", "criticized", "Rwanda"),
        "ACCUSE",
    ),
    (
        "Egypt condemned Lybia for the raid.",
        ("Egypt", "criticized", "Libya"),
        "ACCUSE",
    ),
    (
        "Yemini forces shelled Saudi border posts.",
        ("Yemini forces", "attacked", "Saudi Arabia"),
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "event"), VARIANT_ACTORS)
def test_countries_variant_spelling_names_the_country(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str
) -> None:
    """A former name or a misspelt country name or demonym is the country's actor."""
    event_claim(extract(sentence), *triple, event)


# (sentence, label of the entity, its country)
VARIANT_COUNTRIES = [
    ("Troops from Byelorussia crossed into Poland.", "Belarus", "BY"),
    ("Kazakstan signed a trade deal with Mongolia.", "Kazakhstan", "KZ"),
    ("Ukranian troops shelled rebel positions.", "Ukranian troops", "UA"),
    ("Quatar hosted the talks.", "Qatar", "QA"),
    ("Moldavian police arrested the smugglers.", "Moldavian police", "MD"),
    # wire house spellings (probeE67): Reuters writes "Ecuadorean", the Botswana press "Motswana"
    ("An Ecuadorean court ordered the arrest of Jorge Glas.", "Ecuadorean court", "EC"),
    ("Motswana police arrested two smugglers.", "Motswana police", "BW"),
]


@pytest.mark.parametrize(("sentence", "label", "country"), VARIANT_COUNTRIES)
def test_countries_variant_spelling_gives_the_country_code(
    extract: Any, sentence: str, label: str, country: str
) -> None:
    """The variant's entity (or its collective) carries the country's ISO code."""
    assert labelled(extract(sentence), label).country == country


def test_countries_ambiguous_spelling_is_no_country(extract: Any) -> None:
    """ "Columbia" (a university, a river, a district) is no spelling of Colombia."""
    graph = extract("Columbia University hosted the Colombian president.")
    colombia = [eid for eid, e in graph.entities.items() if e.iso == "CO"]
    written = [m.text for eid in colombia for m in graph.mentions.get(eid, ())]
    assert not any("Columbia" in text for text in written), written
