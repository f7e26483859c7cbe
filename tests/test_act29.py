"""Bare titles of a one-country story (issue 13 §3, act29).

The headline's one country, named in the lead paragraph (first or not, place5) and more
often than any other, is the article's main country though another is named nearly as
often (a trip to it, a talk with it): a bare title there ("Interior Minister X") is a
member of that country (kg/resolve/collectives.py, ``main_country``). Two countries named
with equal weight, or a headline naming two, leave a bare title no owner; "Foreign
Minister X of Y" keeps Y. Sentences of our own, about other countries than the article the
rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.resolve.collectives import main_country
from kg.resolve.entities import SpanMention
from tests.conftest import triples


def _m(text: str, start: int = 0) -> SpanMention:
    return SpanMention(start, start + 1, text, "GPE")


@pytest.mark.parametrize(
    ("mentions", "headline", "lead", "expected"),
    [
        # the headline's one country, first in the lead, named most: the topic
        ([_m("Peru")] * 4 + [_m("Chile")] * 3, [_m("Peru")], [_m("Peru", 0), _m("Chile", 5)], "PE"),
        # no lead given: twice as often is still needed
        ([_m("Peru")] * 4 + [_m("Chile")] * 3, [_m("Peru")], None, None),
        # the lead names the other country first, and the headline's after it: still the
        # headline's (place5: "migrants from Myanmar ... found in Malaysia")
        ([_m("Peru")] * 4 + [_m("Chile")] * 3, [_m("Peru")], [_m("Chile", 0), _m("Peru", 5)], "PE"),
        # the lead names only the other country
        ([_m("Peru")] * 4 + [_m("Chile")] * 3, [_m("Peru")], [_m("Chile", 0)], None),
        # the lead names the headline's country, but it is not named most
        ([_m("Peru")] * 3 + [_m("Chile")] * 4, [_m("Peru")], [_m("Chile", 0), _m("Peru", 5)], None),
        # named as often as another: no topic
        ([_m("Peru")] * 3 + [_m("Chile")] * 3, [_m("Peru")], [_m("Peru", 0)], None),
        # the headline names two
        ([_m("Peru")] * 4 + [_m("Chile")] * 3, [_m("Peru"), _m("Chile")], [_m("Peru", 0)], None),
        # no headline country
        ([_m("Peru")] * 4 + [_m("Chile")] * 3, [], [_m("Peru", 0)], None),
    ],
)
def test_act29_main_country_headline_and_lead(
    mentions: list[SpanMention],
    headline: list[SpanMention],
    lead: list[SpanMention] | None,
    expected: str | None,
) -> None:
    """The headline's only country, named in the lead and strictly most named, is the
    article's country; otherwise the twice-as-often rule stands."""
    assert main_country(mentions, default_lexicon(), headline, frozenset(), lead) == expected


PERU = (
    "Peru sets up checkpoints on southern roads\n\n"
    "Peru has declared a state of emergency in three southern provinces, as President Ana "
    "Lopez postponed a planned trip to Chile amid the unrest.\n\n"
    "Interior Minister Jose Perez said police would guard the roads to the mines.\n\n"
    "Officials in Peru said the protests had spread, and the president would now visit Chile "
    "in July. The Chile trip was her first abroad."
)

TWO = (
    "Peru and Chile talk about the border\n\n"
    "Peru and Chile opened talks on their sea border on Monday.\n\n"
    "Interior Minister Jose Perez said police would guard the roads to the port.\n\n"
    "Peru and Chile will meet again in July."
)

OF_OTHER = (
    "Peru sets up checkpoints on southern roads\n\n"
    "Peru has declared a state of emergency in three southern provinces, as President Ana "
    "Lopez postponed a planned trip to Chile amid the unrest.\n\n"
    "Foreign Minister Carla Ruiz of Chile said her country would help, and Peru thanked "
    "Chile. Peru said the Chile trip would come later."
)


def test_act29_bare_title_of_the_headline_country(extract: Any) -> None:
    """ "Interior Minister X" in a story the headline and the lead give to Peru, with Chile
    named nearly as often (a postponed trip): X is a member of Peru."""
    found = triples(extract(PERU, published="2015-06-10"))
    assert ("Jose Perez", "member_of", "Peru") in found
    assert ("Jose Perez", "member_of", "Chile") not in found


def test_act29_two_countries_give_no_owner(extract: Any) -> None:
    """Two countries named with equal weight (and both in the headline): no owner."""
    found = triples(extract(TWO, published="2015-06-10"))
    assert not {t for t in found if t[0] == "Jose Perez" and t[1] == "member_of"}


def test_act29_title_of_another_country_keeps_it(extract: Any) -> None:
    """ "Foreign Minister X of Chile" in a story about Peru: X is Chile's, not Peru's."""
    found = triples(extract(OF_OTHER, published="2015-06-10"))
    assert ("Carla Ruiz", "member_of", "Peru") not in found
    assert ("Carla Ruiz", "member_of", "Chile") in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Foreign Minister Hassan Ali of Kenya said the talks would go on.",
            ("Hassan Ali", "member_of", "Kenya"),
            None,
        ),
        (
            "Interior Minister Maria Santos of Bolivia met the envoy in La Paz.",
            ("Maria Santos", "member_of", "Bolivia"),
            None,
        ),
        # a city after "of" is no owner of a minister's title
        (
            "Interior Minister Maria Santos of Cochabamba met the envoy.",
            None,
            ("Maria Santos", "member_of", "Cochabamba"),
        ),
    ],
)
def test_act29_country_after_a_two_word_name(
    extract: Any,
    text: str,
    expected: tuple[str, str, str] | None,
    absent: tuple[str, str, str] | None,
) -> None:
    """ "Foreign Minister X Y of Kenya": "of" hangs on the name's last word; the one country
    after it owns the title, as in "President Kamara of Sierra Leone"."""
    found = triples(extract(text, published="2015-06-10"))
    if expected:
        assert expected in found
    if absent:
        assert absent not in found
