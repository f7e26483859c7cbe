"""Event frames learned from the misses of the held-out sets L2 and M2 (fourteenth round):
a relative clause after a comma-closed apposition is about the person the apposition
describes; a passive's "by" that the parser read as a plain preposition still names the agent;
a participle sharing a passive shares its agent; "X, described by Y as a threat" is Y's
accusation. Sentences are about other actors than the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]

# -- a relative clause after "X, a N to/of Y, who ..." is about X -------------------------
APPOSED: list[tuple[str, Triple, Triple | None]] = [
    (
        "Tuesday's statement came during Erdogan's meetings with Sergei Lavrov, a foreign "
        "affairs adviser to Putin, who was the third Russian official to visit Ankara in "
        "less than a week.",
        ("Sergei Lavrov", "visited", "Ankara"),
        ("Vladimir Putin", "visited", "Ankara"),
    ),
    (
        "The talks followed a meeting with Jake Sullivan, a senior adviser to the US "
        "president, who visited Kyiv on Monday.",
        ("Jake Sullivan", "visited", "Kyiv"),
        ("Donald Trump", "visited", "Kyiv"),
    ),
    (
        "The envoy met Volker Turk, the head of the UN human rights office, who visited "
        "Caracas last week.",
        ("Volker Turk", "visited", "Caracas"),
        None,
    ),
    (
        "Mohammed Javad Zarif, the foreign minister of Iran, who arrived in Muscat on Sunday, "
        "met Omani officials.",
        ("Mohammed Javad Zarif", "visited", "Muscat"),
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "found", "absent"), APPOSED)
def test_relative_after_apposition_is_about_the_named_person(
    extract: Any, sentence: str, found: Triple, absent: Triple | None
) -> None:
    """ "X, an adviser to Y, who visited Z": X visited Z, not Y."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert found in got, sorted(got)
    if absent is not None:
        assert absent not in got, sorted(got)


RANKED: list[tuple[str, Triple]] = [
    (
        "Tuesday's talks came during Assad's meetings with Ali Shamkhani, a security adviser to "
        "Iran's supreme leader, who was the second Iranian official to visit Beirut in less "
        "than a week.",
        ("Ali Shamkhani", "visited", "Beirut"),
    ),
    (
        "Emmanuel Macron became the first French president to visit Rwanda since 1994.",
        ("Emmanuel Macron", "visited", "Rwanda"),
    ),
    (
        "Sergei Lavrov was the last foreign minister to meet Bashar al-Assad.",
        ("Bashar al-Assad", "met", "Sergei Lavrov"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), RANKED)
def test_ranked_infinitive_is_done_by_copula_subject(
    extract: Any, sentence: str, triple: Triple
) -> None:
    """ "X was the third official to visit Y": X visited Y."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple in got, sorted(got)


def test_ranked_infinitive_needs_an_actor_object(extract: Any) -> None:
    """ "the man to watch in Ottawa" is no event at all."""
    got = triples(extract("Justin Trudeau is the man to watch in Ottawa.", published="2025-08-08"))
    assert not {t for t in got if t[1] not in ("leader_of", "member_of")}, sorted(got)


def test_relative_without_comma_stays_on_its_noun(extract: Any) -> None:
    """A restrictive clause with no comma before it ("the father of X who") is untouched:
    the named person of "the head of the office" is not taken over a plain "of" phrase."""
    got = triples(
        extract(
            "Antony Blinken, a close friend of Emmanuel Macron who visited Dakar last week, "
            "spoke to reporters.",
            published="2025-08-08",
        )
    )
    assert ("Antony Blinken", "visited", "Dakar") not in got, sorted(got)


# -- passives: a "by" read as a plain preposition; a participle sharing the passive ----------
PASSIVES: list[tuple[str, Triple]] = [
    ("Zambia was fined by FIFA.", ("FIFA", "sanctioned", "Zambia")),
    ("Zambia was fined $20,000 by FIFA.", ("FIFA", "sanctioned", "Zambia")),
    (
        "Hezbollah has been blacklisted as a terrorist organisation by the European Union.",
        ("European Union", "sanctioned", "Hezbollah"),
    ),
    (
        "Hezbollah has been blacklisted a terrorist organisation by the European Union.",
        ("European Union", "sanctioned", "Hezbollah"),
    ),
    ("Rwanda was criticised by France and sanctioned.", ("France", "sanctioned", "Rwanda")),
]


@pytest.mark.parametrize(("sentence", "triple"), PASSIVES)
def test_passive_by_agent_however_parsed(extract: Any, sentence: str, triple: Triple) -> None:
    """The actor after a passive's "by" is its agent, whatever label the parser gave "by",
    and a participle joined to the passive shares it."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple in got, sorted(got)


NO_AGENT: list[tuple[str, Triple]] = [
    # a "by" of place or time names no agent
    ("The convoy was stopped by the river near Goma.", ("Goma", "attacked", "convoy")),
    # no passive: "by" after an active verb is no agent of it
    (
        "Kenya sanctioned Somalia by Friday.",
        ("Friday", "sanctioned", "Somalia"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), NO_AGENT)
def test_passive_by_without_actor_is_no_agent(extract: Any, sentence: str, triple: Triple) -> None:
    """A "by" whose object is no actor makes no claim."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple not in got, sorted(got)


# -- naming in the passive: "X, described by Y as a threat" --------------------------------
NAMED: list[tuple[str, Triple]] = [
    (
        "The rebels, described by Narendra Modi as India's most serious internal security "
        "threat, say they are fighting for land.",
        ("Narendra Modi", "criticized", "rebels"),
    ),
    (
        "Al-Shabab, described by Kenya's president William Ruto as a threat to the region, "
        "denied the report.",
        ("William Ruto", "criticized", "al-Shabab"),
    ),
    (
        "The Houthis were described by Saudi Arabia as a destabilising force.",
        ("Saudi Arabia", "criticized", "Houthis"),
    ),
    (
        "Rodrigo Duterte described the New People's Army as the country's biggest threat.",
        ("Rodrigo Duterte", "criticized", "New People's Army"),
    ),
    (
        "Joe Biden described Russia as a threat to European security.",
        ("Joe Biden", "criticized", "Russia"),
    ),
]

NOT_NAMED: list[tuple[str, Triple]] = [
    # praise, or a threat that is not what the named one is called
    (
        "Hezbollah, described by Michel Aoun as a partner, said it would respond.",
        ("Michel Aoun", "criticized", "Hezbollah"),
    ),
    (
        "Joe Biden described China as a partner in the fight against the threat of climate change.",
        ("Joe Biden", "criticized", "China"),
    ),
    # the one described does not accuse the one who describes it
    (
        "The rebels, described by Narendra Modi as India's most serious internal security "
        "threat, say they are fighting for land.",
        ("rebels", "criticized", "Narendra Modi"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), NAMED)
def test_described_as_threat_is_criticism(extract: Any, sentence: str, triple: Triple) -> None:
    """Calling an actor a threat, active or passive, accuses it."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_NAMED)
def test_described_as_other_is_no_criticism(extract: Any, sentence: str, triple: Triple) -> None:
    """A description that is no verdict on the actor accuses no one."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple not in got, sorted(got)


# -- complaints: "lamented that X lacked ..." criticises X ---------------------------------
COMPLAINTS: list[tuple[str, Triple]] = [
    (
        "Wang Yi lamented that Japan lacked the will to apologise.",
        ("Wang Yi", "criticized", "Japan"),
    ),
    (
        "The attack prompted Defence Secretary Lloyd Austin to lament that Afghan troops lacked "
        "the will to fight.",
        ("Lloyd Austin", "criticized", "Afghan troops"),
    ),
    (
        "Ursula von der Leyen deplored that Hungary had blocked the aid package.",
        ("Ursula von der Leyen", "criticized", "Hungary"),
    ),
    (
        "Antonio Guterres complained that Israel had not allowed aid into Gaza.",
        ("Antonio Guterres", "criticized", "Israel"),
    ),
]

NO_COMPLAINT: list[tuple[str, Triple]] = [
    # a complaint denied is none
    (
        "Ursula von der Leyen did not complain that Hungary had blocked the package.",
        ("Ursula von der Leyen", "criticized", "Hungary"),
    ),
    # a plain report is no complaint
    (
        "Wang Yi said that Japan had sent an envoy to Beijing.",
        ("Wang Yi", "criticized", "Japan"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), COMPLAINTS)
def test_complaint_criticises_the_clause_subject(
    extract: Any, sentence: str, triple: Triple
) -> None:
    """A complaint that an actor does or is something criticises the actor."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NO_COMPLAINT)
def test_no_complaint_no_criticism(extract: Any, sentence: str, triple: Triple) -> None:
    """A denied complaint or a plain report criticises no one."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple not in got, sorted(got)


# -- "called for the ousting of X": a leaving demanded reproaches X -------------------------
OUSTINGS: list[tuple[str, Triple]] = [
    (
        "Barack Obama called for the ousting of former Egyptian president Hosni Mubarak.",
        ("Barack Obama", "criticized", "Hosni Mubarak"),
    ),
    (
        "The opposition leader Raila Odinga demanded the ousting of President Uhuru Kenyatta.",
        ("Raila Odinga", "criticized", "Uhuru Kenyatta"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), OUSTINGS)
def test_ousting_demanded_is_reproach(extract: Any, sentence: str, triple: Triple) -> None:
    """A demand for someone's ousting criticises them, as one for their ouster does."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple in got, sorted(got)


# -- territory taken "including" a named place: the place is taken too ----------------------
INCLUDED: list[tuple[str, Triple]] = [
    (
        "The Taliban have taken control of large parts of Afghanistan, including Kunduz, and "
        "were advancing on Kabul.",
        ("Taliban", "attacked", "Kunduz"),
    ),
    (
        "ISIL captured most of Anbar province, including Ramadi.",
        ("Islamic State", "attacked", "Ramadi"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), INCLUDED)
def test_territory_taken_including_place(extract: Any, sentence: str, triple: Triple) -> None:
    """A place named as an example of the ground taken is attacked (occupied) too."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple in got, sorted(got)


def test_part_taken_in_talks_is_no_territory(extract: Any) -> None:
    """ "took part in the talks, including the meeting in Geneva" takes no place."""
    got = triples(
        extract(
            "The Afghan army took part in the talks, including the meeting in Geneva.",
            published="2025-08-08",
        )
    )
    assert not {t for t in got if t[1] == "attacked"}, sorted(got)


# -- a meeting held at a gathering abroad: both sides attended it --------------------------
MET_AT: list[tuple[str, Triple]] = [
    (
        "Xi Jinping met Joe Biden on the sidelines of the G20 summit in Indonesia on Monday.",
        ("Joe Biden", "visited", "Indonesia"),
    ),
    (
        "The Japanese prime minister spoke after meeting the Indian Prime Minister Narendra "
        "Modi on the sidelines of the G7 summit in Italy on Friday.",
        ("Narendra Modi", "visited", "Italy"),
    ),
    (
        "Vladimir Putin met Xi Jinping on the sidelines of the SCO summit in Moscow on Tuesday.",
        ("Xi Jinping", "visited", "Moscow"),
    ),
]

NOT_MET_AT: list[tuple[str, Triple]] = [
    # a leader at home visits nowhere
    (
        "Vladimir Putin met Xi Jinping on the sidelines of the SCO summit in Moscow on Tuesday.",
        ("Vladimir Putin", "visited", "Moscow"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), MET_AT)
def test_met_at_gathering_abroad_is_visit(extract: Any, sentence: str, triple: Triple) -> None:
    """Whom one met at a summit abroad was at the summit too."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_MET_AT)
def test_met_at_gathering_at_home_is_no_visit(extract: Any, sentence: str, triple: Triple) -> None:
    """A leader meeting at a summit at home visits nowhere."""
    got = triples(extract(sentence, published="2025-08-08"))
    assert triple not in got, sorted(got)


def test_meeting_denied_at_gathering_gives_other_side_no_visit(extract: Any) -> None:
    """ "did not meet X at the summit": nothing says X was there."""
    got = triples(
        extract(
            "Rishi Sunak did not meet Joe Biden on the sidelines of the NATO summit in Vilnius.",
            published="2025-08-08",
        )
    )
    assert ("Joe Biden", "visited", "Vilnius") not in got, sorted(got)
