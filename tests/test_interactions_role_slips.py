"""Four readings that turned sides around or changed the act (fix14): help gone "to the aid of"
a side is given to it; stones, petrol bombs and Molotov cocktails thrown at a side attack it;
talks suspended or broken off are no sanction (aid or ties suspended still are); the ones who
"face" persecution in a country are never its doers. Sentences of our own, real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim

# (sentence, claim made, PLOVER type)
MADE = [
    # help gone to: the "of" object or the owner is helped
    (
        "Ghana came to the aid of Liberia during the epidemic.",
        ("Ghana", "supported", "Liberia"),
        "AID",
    ),
    (
        "Australia rushed to the aid of Fiji after the cyclone.",
        ("Australia", "supported", "Fiji"),
        "AID",
    ),
    (
        "Sweden rushed to Finland's aid.",
        ("Sweden", "supported", "Finland"),
        "AID",
    ),
    (
        "Algeria came to the assistance of Tunisia.",
        ("Algeria", "supported", "Tunisia"),
        "AID",
    ),
    (
        "Iran came to the defence of Venezuela at the United Nations.",
        ("Iran", "supported", "Venezuela"),
        "SUPPORT",
    ),
    # support won from someone is still theirs
    (
        "Peru won the support of Chile.",
        ("Chile", "supported", "Peru"),
        "SUPPORT",
    ),
    # missiles thrown or gas used at a side attack it
    (
        "Kosovar youths threw stones at Serbian police.",
        ("Kosovar civilians", "attacked", "Serbian police"),
        "ASSAULT",
    ),
    (
        "Kurdish youths hurled petrol bombs at Turkish police in Istanbul.",
        ("Kurdish youths", "attacked", "Turkish police"),
        "ASSAULT",
    ),
    (
        "Hong Kong protesters threw Molotov cocktails at Chinese police.",
        ("Hong Kong opposition", "attacked", "Chinese police"),
        "ASSAULT",
    ),
    (
        "Chilean police used tear gas on Chilean students in Santiago.",
        ("Chilean police", "attacked", "Chilean students"),
        "ASSAULT",
    ),
    (
        "Sri Lankan troops opened fire on Tamil protesters.",
        ("Sri Lankan troops", "attacked", "Tamil protesters"),
        "ASSAULT",
    ),
    # aid, ties and relations suspended or cut are still sanctions
    (
        "Norway suspended aid to Malawi.",
        ("Norway", "sanctioned", "Malawi"),
        "SANCTION",
    ),
    (
        "Bahrain broke off relations with Qatar.",
        ("Bahrain", "sanctioned", "Qatar"),
        "SANCTION",
    ),
    (
        "Ecuador suspended ties with Colombia.",
        ("Ecuador", "sanctioned", "Colombia"),
        "SANCTION",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "event"), MADE)
def test_interactions_role_slips_made(
    extract: Any, sentence: str, claim: tuple[str, str, str], event: str
) -> None:
    """Help goes to the one aided, missiles thrown attack, cut ties and aid sanction."""
    event_claim(extract(sentence), *claim, event)


# (sentence, claim no longer made)
NOT_MADE = [
    ("Ghana came to the aid of Liberia during the epidemic.", ("Liberia", "supported", "Ghana")),
    ("Algeria came to the assistance of Tunisia.", ("Tunisia", "supported", "Algeria")),
    (
        "Iran came to the defence of Venezuela at the United Nations.",
        ("Venezuela", "supported", "Iran"),
    ),
    (
        "Kosovar youths threw stones at Serbian police.",
        ("Kosovar civilians", "criticized", "Serbian police"),
    ),
    # talks suspended or broken off: no sanction
    (
        "The Tamil Tigers suspended talks with the Sri Lankan government.",
        ("Tamil Tigers", "sanctioned", "Sri Lankan government"),
    ),
    ("Serbia broke off talks with Kosovo.", ("Serbia", "sanctioned", "Kosovo")),
    ("Ethiopia broke off negotiations with Eritrea.", ("Ethiopia", "sanctioned", "Eritrea")),
    (
        "The Kurdish rebels are suspending talks with the Turkish government.",
        ("Kurdish rebels", "sanctioned", "Turkish government"),
    ),
    # who faces or suffers persecution in a country did not persecute it
    ("The Hazara face persecution in Afghanistan.", ("Hazara", "attacked", "Afghanistan")),
    ("The Rohingya face persecution in Bangladesh.", ("Rohingya", "attacked", "Bangladesh")),
    ("The Tibetans suffer repression in China.", ("Tibetans", "attacked", "China")),
    # ... also where the parser reads the participle as the noun's modifier
    (
        "Ethnic Rohingya Muslims facing persecution in Myanmar have fled by boat.",
        ("Rohingya Muslims", "attacked", "Myanmar"),
    ),
    (
        "Ethnic Uighur Muslims facing persecution in China have fled to Turkey.",
        ("Uighur Muslims", "attacked", "China"),
    ),
    # ... or reads the verb as a present-tense verb or an adjective inside one noun phrase,
    # and fleeing persecution as facing it (gen62)
    ("Many Eritreans flee persecution in Eritrea.", ("Eritreans", "attacked", "Eritrea")),
    ("Many Eritreans face persecution in Eritrea.", ("Eritreans", "attacked", "Eritrea")),
    ("Many Syrians flee persecution in Syria.", ("Syrians", "attacked", "Syria")),
    ("Many Tibetans flee persecution in China.", ("Tibetans", "attacked", "China")),
]


@pytest.mark.parametrize(("sentence", "removed"), NOT_MADE)
def test_interactions_role_slips_not_made(
    extract: Any, sentence: str, removed: tuple[str, str, str]
) -> None:
    """The aided give no help, stone-throwing is no protest, halted talks no sanction, and
    sufferers of persecution no attackers."""
    check_kept_removed(extract(sentence), None, removed)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels quit the talks with the Ugandan government.",
        "Serbia broke off talks with Kosovo.",
        "The Tamil Tigers suspended talks with the Sri Lankan government.",
    ],
)
def test_interactions_role_slips_halted_talks_denied(extract: Any, sentence: str) -> None:
    """Talks quit, broken off or suspended are no meeting that took place."""
    graph = extract(sentence)
    assert all(
        r.qualifiers.status.value == "denied"
        for r in graph.claims
        if r.predicate.value in ("met", "negotiated_with")
    ), [(r.predicate.value, r.qualifiers.status.value) for r in graph.claims]
