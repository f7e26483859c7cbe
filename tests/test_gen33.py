"""Event frames other than attacks learned from the held-out misses (fifteenth round): help
with a bare infinitive ("helped X retake Z"), a plan cancelled in the next clause, an
itinerary's next leg ("then on to X"), alliances as support, and relational nouns of stance
("X, a key backer of Y"). Sentences are about other actors than the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


def _claims(graph: Any) -> dict[Triple, str]:
    """(subject, predicate, object) -> status of every claim with an entity object."""
    return {
        (
            graph.entities[r.subject].label,
            r.predicate.value,
            graph.entities[r.object].label,
        ): r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None
    }


# -- "A helped B <verb>": A supports B -----------------------------------------------------
HELPED: list[tuple[str, Triple]] = [
    ("Iran helped Iraqi forces retake Tikrit.", ("Iran", "supported", "Iraqi forces")),
    ("China helped Pakistan build the port.", ("China", "supported", "Pakistan")),
    ("The US is helping Iraq fight ISIL.", ("United States", "supported", "Iraq")),
    ("Turkey helped Azerbaijan win the war.", ("Turkey", "supported", "Azerbaijan")),
    ("France helped the Malian army.", ("France", "supported", "Malian army")),
]

NOT_HELPED: list[tuple[str, Triple]] = [
    # the helper is no actor, or the one helped is no actor
    ("The deal will help Greece repay its debts.", ("Greece", "supported", "Greece")),
    ("Egypt said the rains helped farmers in Kenya.", ("Egypt", "supported", "Kenya")),
    # a finite clause is no one helped
    ("Kenya helped ensure that Somalia held elections.", ("Kenya", "supported", "Somalia")),
]


@pytest.mark.parametrize(("sentence", "triple"), HELPED)
def test_gen33_helped_bare_infinitive_supports(extract: Any, sentence: str, triple: Triple) -> None:
    """ "A helped B retake Z": A supports B (the parser makes B the infinitive's subject)."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_HELPED)
def test_gen33_helped_needs_actors(extract: Any, sentence: str, triple: Triple) -> None:
    """No support claim when the helped one is no actor or the help is a finite clause."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)


# -- a plan cancelled in the next clause is denied -----------------------------------------
CANCELLED: list[tuple[str, Triple, str]] = [
    (
        "Erdogan was due to visit Baghdad on Monday but has now cancelled his visit.",
        ("Recep Tayyip Erdogan", "visited", "Baghdad"),
        "denied",
    ),
    (
        "Erdogan was due to visit Baghdad on Monday but cancelled the trip.",
        ("Recep Tayyip Erdogan", "visited", "Baghdad"),
        "denied",
    ),
    (
        "Kerry had planned to meet Lavrov in Geneva but called off the meeting.",
        ("John Kerry", "met", "Sergei Lavrov"),
        "denied",
    ),
    (
        "Putin was to visit Tokyo in the spring but scrapped the visit after the sanctions.",
        ("Vladimir Putin", "visited", "Tokyo"),
        "denied",
    ),
    # not cancelled, or another kind of event cancelled: the plan stands
    (
        "Merkel was due to meet Erdogan on Friday and did not cancel the meeting.",
        ("Angela Merkel", "met", "Recep Tayyip Erdogan"),
        "planned",
    ),
    (
        "Merkel was due to meet Erdogan on Friday but cancelled her trip to Ankara.",
        ("Angela Merkel", "met", "Recep Tayyip Erdogan"),
        "planned",
    ),
    (
        "Modi was due to visit Washington next week but called off the talks.",
        ("Narendra Modi", "visited", "Washington"),
        "planned",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), CANCELLED)
def test_gen33_plan_cancelled_in_next_clause_is_denied(
    extract: Any, sentence: str, triple: Triple, status: str
) -> None:
    """ "was due to visit X but cancelled his visit": denied; only the same kind of event,
    cancelled, denies the plan."""
    got = _claims(extract(sentence))
    assert got.get(triple) == status, got


# -- an itinerary's next leg ---------------------------------------------------------------
LEGS: list[tuple[str, list[Triple]]] = [
    (
        "John Kerry will travel to Moscow and then on to Beijing.",
        [("John Kerry", "visited", "Moscow"), ("John Kerry", "visited", "Beijing")],
    ),
    (
        "Kerry flew to Cairo, then on to Amman.",
        [("John Kerry", "visited", "Cairo"), ("John Kerry", "visited", "Amman")],
    ),
    (
        "Kerry is on the first leg of a trip that will take him to Cairo and then on to Amman "
        "and Riyadh, where he will discuss the war.",
        [
            ("John Kerry", "visited", "Cairo"),
            ("John Kerry", "visited", "Amman"),
            ("John Kerry", "visited", "Riyadh"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "found"), LEGS)
def test_gen33_itinerary_next_leg_is_visited(
    extract: Any, sentence: str, found: list[Triple]
) -> None:
    """ "travel to A and then on to B": A and B are both visited."""
    got = triples(extract(sentence))
    for triple in found:
        assert triple in got, sorted(got)


def test_gen33_on_without_travel_is_no_visit(extract: Any) -> None:
    """ "went on to win": an "on" with no travel verb visits nothing."""
    got = triples(extract("Macron went on to beat Le Pen in Paris."))
    assert not any(p == "visited" for _, p, _ in got), sorted(got)


# -- alliances are support -----------------------------------------------------------------
ALLIED: list[tuple[str, Triple]] = [
    (
        "Fighters allied to al-Qaeda seized the town.",
        ("al-Qaeda-linked fighters", "supported", "al-Qaeda"),
    ),
    ("The Taliban are allied to al-Qaeda.", ("Taliban", "supported", "al-Qaeda")),
    (
        "Kurdish militiamen allied with the Iraqi army retook the village.",
        ("Kurdish militiamen", "supported", "Iraqi army"),
    ),
    (
        "Saleh on Sunday formally announced an alliance with the Houthis.",
        ("Ali Abdullah Saleh", "supported", "Houthis"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), ALLIED)
def test_gen33_allied_supports(extract: Any, sentence: str, triple: Triple) -> None:
    """ "allied to/with X", "an alliance with X": support of X (CAMEO 050)."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


def test_gen33_alliance_between_stays_cooperation(extract: Any) -> None:
    """ "an alliance between A and B" is mutual cooperation, not one side's support."""
    got = triples(extract("An alliance between Hamas and Fatah collapsed."))
    assert any(p == "cooperated_with" for _, p, _ in got), sorted(got)
    assert not any(p == "supported" for _, p, _ in got), sorted(got)


# -- relational nouns of stance --------------------------------------------------------------
STANCES: list[tuple[str, Triple]] = [
    (
        "Russia, a key ally of the Syrian government, vetoed the resolution.",
        ("Russia", "supported", "Syrian government"),
    ),
    (
        "Russia is a key backer of the Syrian government.",
        ("Russia", "supported", "Syrian government"),
    ),
    ("Qatar has been a major backer of Hamas.", ("Qatar", "supported", "Hamas")),
    ("Qatar, a longtime supporter of Hamas, hosted the talks.", ("Qatar", "supported", "Hamas")),
    ("Iran, Assad's closest ally, sent troops.", ("Iran", "supported", "Assad")),
    ("Russia and Iran, Assad's main backers, sent troops.", ("Iran", "supported", "Assad")),
    ("Russia and Iran, Assad's main backers, sent troops.", ("Russia", "supported", "Assad")),
    (
        "Pakistan, a key US ally in the war against the Taliban, arrested him.",
        ("Pakistan", "supported", "United States"),
    ),
    (
        "Mousavi, an outspoken opponent of Ahmadinejad, was arrested.",
        ("Mousavi", "criticized", "Mahmoud Ahmadinejad"),
    ),
    (
        "The Muslim Brotherhood, which is a fierce critic of Sisi, boycotted the vote.",
        ("Muslim Brotherhood", "criticized", "Abdel Fattah el-Sisi"),
    ),
]

NO_STANCE: list[str] = [
    "Ahmed Chalabi, a former ally of Washington, died on Tuesday.",
    "Turkey is not an ally of Assad.",
    "Turkey, a partner of the European Union, signed the deal.",
    "Saudi Arabia, a rival of Iran, denied the claim.",
    "Critics of Sisi were arrested in Cairo.",
]


@pytest.mark.parametrize(("sentence", "triple"), STANCES)
def test_gen33_relational_noun_is_a_stance(extract: Any, sentence: str, triple: Triple) -> None:
    """ "X, a key backer of Y", "X is a critic of Y", "X, Y's closest ally": X's stance."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize("sentence", NO_STANCE)
def test_gen33_relational_noun_without_stance(extract: Any, sentence: str) -> None:
    """A former ally, a negated one, partners, rivals and a plain subject give no stance."""
    got = triples(extract(sentence))
    assert not any(p in ("supported", "criticized") for _, p, _ in got), sorted(got)


def test_gen33_relational_noun_hypothetical(extract: Any) -> None:
    """ "could become an ally of X" is no stance taken (a copula with a modal)."""
    got = _claims(extract("Hamas could be an ally of Iran."))
    assert got.get(("Hamas", "supported", "Iran")) in (None, "hypothetical"), got
