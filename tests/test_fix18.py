"""A country's state body under a generic name is one node per country (issue 13, fix18).

"Peru's Health Ministry" and "Chile's Health Ministry" are two actors: a generic body name (a
portfolio before "ministry"/"department", or ``country_body_names`` in kg/data/en/cues.json:
"central bank", "electoral commission", ...) is keyed by the country that owns it ("Peru's X",
"the Peruvian X", "X of Peru", or the article's one country), in one article and across the
articles of a build, and labelled with that country (kg/resolve/country_bodies.py). One
country's body written two ways stays one node; with no country to give it, it stays as
written. Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.resolve.country_bodies import generic_body


def _bodies(graph: Any, word: str) -> list[Any]:
    """The Organization nodes one of whose names (label, aliases, mentions) holds ``word``."""
    found = []
    for e in graph.entities.values():
        written = {e.label, *e.aliases} | {m.text for m in graph.mentions.get(e.id, ())}
        if e.type.value == "Organization" and any(word in w for w in written):
            found.append(e)
    return found


@pytest.mark.parametrize(
    ("texts", "word", "countries"),
    [
        # one article, two countries' bodies of one name
        (
            (
                "Peru's Health Ministry said 14 people died. Chile's Health Ministry said the "
                "outbreak had spread.",
            ),
            "Health Ministry",
            {"PE", "CL"},
        ),
        (
            (
                "The Ministry of Education of Nepal closed the schools. Bhutan's Education "
                "Ministry kept them open.",
            ),
            "Education",
            {"NP", "BT"},
        ),
        (
            ("The Ghanaian Central Bank raised rates. Nigeria's Central Bank cut them.",),
            "Central Bank",
            {"GH", "NG"},
        ),
        (
            (
                "Zambia's Electoral Commission postponed the vote. Malawi's Electoral "
                "Commission did not.",
            ),
            "Electoral Commission",
            {"ZM", "MW"},
        ),
        # two articles of one build
        (
            (
                "Norway's Justice Ministry said it would appeal.",
                "Sweden's Justice Ministry said it would not appeal.",
            ),
            "Justice Ministry",
            {"NO", "SE"},
        ),
    ],
)
def test_fix18_two_countries_two_nodes(
    extract: Any, texts: tuple[str, ...], word: str, countries: set[str]
) -> None:
    """Two countries' bodies of one generic name are two nodes, each of its country, and
    each label says its country."""
    graph = extract(*texts)
    found = _bodies(graph, word)
    assert len(found) == 2, [e.label for e in found]
    assert {e.country for e in found} == countries
    assert len({e.label for e in found}) == 2


@pytest.mark.parametrize(
    ("texts", "word", "country"),
    [
        # one country's body written two ways in one article
        (
            (
                "Peru's Health Ministry said 14 people died. The Ministry of Health of Peru "
                "later raised the toll.",
            ),
            "Health",
            "PE",
        ),
        # and across two articles
        (
            (
                "Norway's Justice Ministry said it would appeal.",
                "The Norwegian Ministry of Justice said it had appealed.",
            ),
            "Justic",
            "NO",
        ),
        # the article's one country owns the bare "Interior Ministry"
        (
            (
                "The Interior Ministry said police arrested 12 men in Tunisia. Tunisian "
                "officials said they were planning attacks.",
            ),
            "Interior Ministry",
            "TN",
        ),
    ],
)
def test_fix18_one_country_one_node(
    extract: Any, texts: tuple[str, ...], word: str, country: str
) -> None:
    """One country's body, however written, is one node of that country."""
    found = _bodies(extract(*texts), word)
    assert [e.country for e in found] == [country]


def test_fix18_no_country_no_guess(extract: Any) -> None:
    """A bare "Health Ministry" in an article of two countries is owned by neither."""
    graph = extract(
        "Fiji's Health Ministry said 14 people died. Tonga's Health Ministry said 3 died. "
        "The Ministry of Health said more tests were needed."
    )
    found = _bodies(graph, "Health")
    assert sorted(str(e.country) for e in found) == ["FJ", "None", "TO"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the Ministry of Health of Uganda", ("health ministry", "UG")),
        ("Ministry of Foreign Affairs", ("foreign ministry", None)),
        ("the US Department of Justice", ("justice department", "US")),
        ("the Bolivian Central Bank", ("central bank", "BO")),
        ("Electoral Commission", ("electoral commission", None)),
        # not generic: a name, a lone head word, a body no country has as its own
        ("Ministry", None),
        ("Kenyatta National Hospital", None),
        ("Ministry of Health and Rwanda Biomedical Centre", None),
        ("Human Rights Watch", None),
        ("Baltimore Police Department", None),
        ("Seoul High Court", None),
        ("Somaliland Ministry of Foreign Affairs", None),
        ("the Peruvian Ministry", None),
    ],
)
def test_fix18_generic_body(name: str, expected: tuple[str, str | None] | None) -> None:
    assert generic_body(name, default_lexicon()) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # its country written: member_of from that sentence only
        (
            "Chile's Constitutional Court ruled on Monday.\n\nA lawyer said the court's "
            "judgement was final.",
            {"Chile's Constitutional Court ruled on Monday."},
        ),
        # the article's country's body written bare says no country in its sentence
        (
            "Soldiers were seen near the Interior Ministry in Mali. Malian officials said "
            "the Interior Ministry was safe.",
            set(),
        ),
    ],
)
def test_fix18_member_of_where_the_country_is_written(
    extract: Any, text: str, sentences: set[str]
) -> None:
    """A generic body is member_of its country where its mention names the country."""
    graph = extract(text)
    found = {
        r.evidence.sentence
        for r in graph.claims
        if r.predicate.value == "member_of"
        and graph.entities[r.subject].type.value == "Organization"
        and graph.entities[r.subject].sector
    }
    assert found == sentences
