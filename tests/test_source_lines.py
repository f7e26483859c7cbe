"""Source lines of monitoring services: the broadcaster or paper is based in the town named."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

LINES = [
    (
        "KA1203101596 Nairobi DAILY NATION in English 0630 GMT 12 Mar 96",
        ("DAILY NATION", "located_in", "Nairobi"),
    ),
    (
        "BR0711054399 Rio de Janeiro JORNAL DO BRASIL in Portuguese 7 Nov 99",
        ("JORNAL DO BRASIL", "located_in", "Rio de Janeiro"),
    ),
    (
        "Election Results Announced AB1505202197 Lusaka Radio Zambia Network in English 1800 GMT",
        ("Radio Zambia Network", "located_in", "Lusaka"),
    ),
    ("Warsaw PAP", ("PAP", "located_in", "Warsaw")),
    (
        "Kampala Radio Uganda in English 1700 GMT 3 May 97",
        ("Radio Uganda", "located_in", "Kampala"),
    ),
    # a name the tokenizer cuts at its hyphen (conll66)
    (
        "LD0405120095 Moscow RIA-NOVOSTI in English 1200 GMT 4 May 95",
        ("RIA-NOVOSTI", "located_in", "Moscow"),
    ),
    ("Skopje MIA-NEWS", ("MIA-NEWS", "located_in", "Skopje")),
    # a large city's broadcaster alone on its line, with no code, language nor capitals
    (
        "Lima Radio Programas del Peru Network",
        ("Radio Programas del Peru Network", "located_in", "Lima"),
    ),
    ("Ankara Radio Turkiye Network", ("Radio Turkiye Network", "located_in", "Ankara")),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_source_lines_base_the_source_in_its_town(extract: Any, line: str, expected: Any) -> None:
    """ "<code> <town> <SOURCE> in <Language> <time>" puts the source in the town."""
    graph = extract(line)
    source, predicate, town = expected
    # the model may run the town into the broadcaster's name ("Kampala Radio Uganda")
    found = {(s, o) for s, p, o in triples(graph) if p == predicate and s.endswith(source)}
    assert (source, town) in found or (f"{town} {source}", town) in found, triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi Mayor Evans Kidero in English and Swahili addressed the crowd.",
        "Warsaw Pact",
        "Leeds United beat Cardiff City in Sunday's match.",
        "The Lusaka Times reported in English that 12 people died.",
        "Paris Saint-Germain",
        # a headline with a verb is no bare source line
        "Havana Radio Network Expands",
        "Lima Radio Network reports growth",
    ],
)
def test_source_lines_other_lines_base_nothing(extract: Any, text: str) -> None:
    """A sentence or a two-word name that is no source line sites no source."""
    graph = extract(text)
    sited = [t for t in triples(graph) if t[1] == "located_in" and t[0] not in ("Nairobi",)]
    assert not sited, triples(graph)
