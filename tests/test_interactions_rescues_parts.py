"""Round 24 (gen51): a rescue written as a noun is aid to the rescued (CAMEO 073, as the verb),
"coastguard" in one word is the coast guard, and a pronoun of quantity before "of" ("many of
the militias", "some of the rebels") stands for the people it picks out. Sentences of our own
about actors that are neither the motivating articles' nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim

# (sentence, claim made, PLOVER type, CAMEO code)
RESCUES = [
    (
        "The Greek coastguard carried out the rescue of 300 refugees near Lesbos.",
        ("Greek coastguard", "supported", "300 refugees"),  # counted, as "rescued 300"
        "AID",
        "073",
    ),
    (
        "Spanish police conducted the rescue of 50 migrants from a sinking boat.",
        ("Spanish police", "supported", "50 migrants"),
        "AID",
        "073",
    ),
    (
        "Malta's rescue of the migrants drew praise.",
        ("Malta", "supported", "migrants"),
        "AID",
        "073",
    ),
    (
        "The Turkish coastguard rescued 200 migrants off Bodrum.",
        ("Turkish coastguard", "supported", "200 migrants"),
        "AID",
        "073",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "event", "cameo"), RESCUES)
def test_interactions_rescue_noun_is_aid(
    extract: Any, sentence: str, claim: tuple[str, str, str], event: str, cameo: str
) -> None:
    """ "the rescue of X" by its owner or a light verb's subject is aid to X (CAMEO 073)."""
    made = event_claim(extract(sentence), *claim, event)
    assert made.qualifiers.cameo == cameo


# (sentence, claim kept or None, claim not made or None)
PARTS = [
    (
        "Many of the Kurdish militias are trained by Britain.",
        ("United Kingdom", "supported", "Kurdish militias"),
        None,
    ),
    ("Some of the Tuareg rebels attacked Gao.", ("Tuareg rebels", "attacked", "Gao"), None),
    (
        "Several of the Kenyan opposition parties boycotted the elections.",
        ("Kenyan opposition", "criticized", "elections"),
        None,
    ),
    (
        "Many of the protesters were arrested by Tunisian police.",
        ("Tunisian police", "sanctioned", "protesters"),
        None,
    ),
    # "few" says the rest did not act; a thing counted is no actor
    ("Few of the Tuareg rebels attacked Gao.", None, ("Tuareg rebels", "attacked", "Gao")),
    ("Some of the money was sent to Hamas.", None, ("money", "supported", "Hamas")),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), PARTS)
def test_interactions_part_pronoun_stands_for_its_people(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """ "many of the X", "some of the X" act as X; "few of the X" do not."""
    check_kept_removed(extract(sentence), kept, removed)


# (text, label of the body node, its country, sector, claim it makes or None)
BODIES = [
    (
        "The Canadian embassy praised the Kenyan court.",
        "Canadian embassy",
        "CA",
        "GOV",
        ("Canadian embassy", "supported", "Kenyan court"),
    ),
    (
        "The Turkish coastguard rescued 200 migrants off Bodrum.",
        "Turkish coastguard",
        "TR",
        "MIL",
        ("Turkish coastguard", "supported", "200 migrants"),
    ),
]


@pytest.mark.parametrize(("text", "label", "country", "sector", "claim"), BODIES)
def test_interactions_embassy_and_coastguard_are_bodies(
    extract: Any, text: str, label: str, country: str, sector: str, claim: Any
) -> None:
    """An embassy, like a ministry, and a coastguard, like a navy, are state bodies of their
    own, coded with their country and sector, not the country's government or army."""
    graph = extract(text, published="2015-05-15")
    nodes = {e.label: e for e in graph.entities.values()}
    assert label in nodes, sorted(nodes)
    assert (nodes[label].country, nodes[label].sector) == (country, sector)
    assert nodes[label].type.value == "Organization"
    check_kept_removed(graph, claim, None)


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        # an embassy opened in a capital is still relations with the host state
        ("Britain reopened its embassy in Tehran.", ("United Kingdom", "supported", "Iran"), None),
        # an embassy acting is the embassy, not its government
        (
            "The Dutch embassy condemned the attack on Kenyan police.",
            None,
            ("Dutch government", "criticized", "attack"),
        ),
    ],
)
def test_interactions_embassy_abroad_still_stands_for_host(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A capital after an opened or closed embassy is the host; the embassy acts for itself."""
    check_kept_removed(extract(text), kept, removed)


# (sentence, claim kept or None, claim not made or None): a conjunct the tagger read as a
# past tense after a passive ("was fined by X and warned of Y") shares the passive's agent
# and patient when it keeps its preposition and has no object or subject of its own
SHARED_PASSIVES = [
    (
        "Kenya was criticised by Somalia and warned against further incursions.",
        ("Somalia", "threatened", "Kenya"),
        None,
    ),
    (
        "Ghana was fined by the Confederation of African Football and warned of heavier sanctions.",
        ("Confederation of African Football", "threatened", "Ghana"),
        None,
    ),
    # an object of its own keeps the conjunct active; no preposition, no passive
    (
        "Ghana was fined by the Confederation of African Football and warned Togo.",
        None,
        ("Confederation of African Football", "threatened", "Ghana"),
    ),
    (
        "Ghana was fined by the Confederation of African Football and warned.",
        None,
        ("Confederation of African Football", "threatened", "Ghana"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), SHARED_PASSIVES)
def test_interactions_misread_conjunct_shares_passive(
    extract: Any, sentence: str, kept: Any, removed: Any
) -> None:
    """ "was fined by X and warned of Y": X warned the passive's subject too."""
    check_kept_removed(extract(sentence), kept, removed)


# (sentence, claim kept or None, claim not made or None): the partner of a negotiation is
# read after "with" also when the parser hangs it on the thing negotiated
NEGOTIATED = [
    (
        "Colombia negotiated a peace agreement with the FARC.",
        ("Colombia", "negotiated_with", "FARC"),
        None,
    ),
    (
        "Greece is negotiating a new bailout with the IMF.",
        ("Greece", "negotiated_with", "IMF"),
        None,
    ),
    (
        "Kenya negotiated the release of the hostages.",
        None,
        ("Kenya", "negotiated_with", "hostages"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), NEGOTIATED)
def test_interactions_negotiated_deal_with_partner(
    extract: Any, sentence: str, kept: Any, removed: Any
) -> None:
    """ "negotiated an agreement with X": X is the partner, whichever word "with" hangs on."""
    check_kept_removed(extract(sentence), kept, removed)
