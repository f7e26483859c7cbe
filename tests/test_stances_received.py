"""Stances received in a frame (kg/extract/stances.py ``_received``) and expectations of
another's act (kg/extract/qualifiers.py ``expected_by_another``). Sentences of our own, with
the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, statuses

KEPT = [
    # a stance noun with its giver frames the clause: it falls on the clause's subject
    (
        "Under fire from the White House, Benjamin Netanyahu defended the plan.",
        ("White House", "criticized", "Benjamin Netanyahu"),
    ),
    (
        "Viktor Orban came under fire from Angela Merkel over the fence.",
        ("Angela Merkel", "criticized", "Viktor Orbán"),
    ),
    (
        "Despite criticism from Amnesty International, Egypt passed the protest law.",
        ("Amnesty International", "criticized", "Egypt"),
    ),
    (
        "Amid criticism from Human Rights Watch, Uganda expelled the journalists.",
        ("Human Rights Watch", "criticized", "Uganda"),
    ),
    (
        "Under attack from the opposition leader Raila Odinga, Uhuru Kenyatta defended the budget.",
        ("Raila Odinga", "criticized", "Uhuru Kenyatta"),
    ),
]

DRAWN = [
    # a reaction drawn from someone: they criticise the one who drew it
    (
        "Nicolas Maduro drew the ire of Colombia.",
        ("Colombia", "criticized", "Nicolás Maduro"),
        ("Nicolás Maduro", "criticized", "Colombia"),
    ),
    (
        "Nicolas Maduro drew Colombia's ire.",
        ("Colombia", "criticized", "Nicolás Maduro"),
        ("Nicolás Maduro", "criticized", "Colombia"),
    ),
    (
        "Nicolas Maduro drew ire from Colombia.",
        ("Colombia", "criticized", "Nicolás Maduro"),
        None,
    ),
    (
        "Hungary drew the European Union's condemnation.",
        ("European Union", "criticized", "Hungary"),
        ("Hungary", "criticized", "European Union"),
    ),
    (
        "Nicolas Maduro's decision drew the ire of Colombia.",
        ("Colombia", "criticized", "Nicolás Maduro"),
        None,
    ),
    # "in support of": a manner phrase of the subject's own act, no reaction drawn
    (
        "Senator Elizabeth Warren came out in support of Bernie Sanders.",
        ("Elizabeth Warren", "supported", "Bernie Sanders"),
        ("Bernie Sanders", "supported", "Elizabeth Warren"),
    ),
    (
        "Thousands of farmers came out in protest against Narendra Modi.",
        None,
        ("Narendra Modi", "criticized", "farmers"),
    ),
    # no stance noun
    (
        "Nicolas Maduro drew the attention of Colombia.",
        None,
        ("Colombia", "criticized", "Nicolás Maduro"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), DRAWN)
def test_stances_drawn_reaction(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "X drew the ire of Y": Y criticised X, not the other way round."""
    check_kept_removed(extract(text), kept, removed)


FELT_AMONG = [
    # a feeling sparked "among" some: they criticise the one whose act it was
    (
        "Ankara's decision sparked anger among Kurdish leaders.",
        ("Kurdish leaders", "criticized", "Turkey"),
        ("Turkey", "criticized", "Kurdish leaders"),
    ),
    (
        "The Hungarian plan sparked outrage among human rights groups.",
        ("human rights groups", "criticized", "Hungary"),
        None,
    ),
    (
        "A decision by Poland triggered an uproar among opposition parties.",
        ("opposition parties", "criticized", "Poland"),
        None,
    ),
    # no giver named: no claim
    (
        "Zimbabwe sparked outrage by expelling the journalists.",
        None,
        ("journalists", "criticized", "Zimbabwe"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), FELT_AMONG)
def test_stances_drawn_feeling_among(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "X's decision sparked anger among Y": Y criticised X."""
    check_kept_removed(extract(text), kept, removed)


ACT_BY = [
    # a reaction to an act whose doer is named by "by": aimed at that doer
    (
        "The ruling by Hungary drew condemnation from the European Union.",
        ("European Union", "criticized", "Hungary"),
        None,
    ),
    (
        "The remarks by Nicolas Maduro drew sharp criticism from Colombia.",
        ("Colombia", "criticized", "Nicolás Maduro"),
        None,
    ),
    (
        "The detention of the activist by Bahrain drew condemnation from the United Nations.",
        ("United Nations", "criticized", "Bahrain"),
        None,
    ),
    # an act that befalls its owner is not the owner's: the victim is not condemned
    (
        "Leopoldo Lopez's detention drew condemnation from the United States.",
        None,
        ("United States", "criticized", "Leopoldo Lopez"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), ACT_BY)
def test_stances_reaction_to_an_act_by_its_doer(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "The ruling by X drew condemnation from Y": Y criticised X, never the one the act
    befell."""
    check_kept_removed(extract(text), kept, removed)


REMOVED = [
    # shooting, not words: the one under fire is no person, or the giver is armed
    (
        "The convoy came under fire from Houthi rebels near Aden.",
        ("Houthis", "criticized", "convoy"),
    ),
    (
        "Mohammed Deif came under fire from Israeli troops near Gaza.",
        ("Israel", "criticized", "Mohammed Deif"),
    ),
    (
        "Ahmed Shah came under attack from Hezbollah in Beirut.",
        ("Hezbollah", "criticized", "Ahmed Shah"),
    ),
    # a frame with no stance noun, or pressure (not criticism)
    (
        "Under pressure from Germany, Greece accepted the bailout terms.",
        ("Germany", "criticized", "Greece"),
    ),
    (
        "Despite warnings from Amnesty International, Egypt passed the protest law.",
        ("Amnesty International", "criticized", "Egypt"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_stances_received_in_a_frame(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A stance noun whose "from" names the giver falls on the framed clause's subject."""
    check_kept_removed(extract(text), kept, removed)


EXPECTED = [
    # another's act expected, hoped for or feared: a belief, not that actor's plan
    (
        "Germany expects Russia to attack Ukraine.",
        ("Russia", "attacked", "Ukraine"),
        "hypothetical",
    ),
    ("France hopes Iran will attack Iraq.", ("Iran", "attacked", "Iraq"), "hypothetical"),
    (
        "Poland expects Germany to back the Ukrainian request.",
        ("Germany", "supported", "Ukraine"),
        "hypothetical",
    ),
    (
        "Japan fears China will attack Taiwan.",
        ("China", "attacked", "Taiwan"),
        "hypothetical",
    ),
    # a hope that another will not act is no refusal of theirs
    (
        "France hopes Iran will not attack Iraq.",
        ("Iran", "attacked", "Iraq"),
        "hypothetical",
    ),
    # the doer's own expectation, or the reporter's: a plan
    (
        "Narendra Modi is expected to meet Nawaz Sharif on Monday.",
        ("Narendra Modi", "met", "Nawaz Sharif"),
        "planned",
    ),
    (
        "Narendra Modi expects to meet Nawaz Sharif on Monday.",
        ("Narendra Modi", "met", "Nawaz Sharif"),
        "planned",
    ),
    # a report of a refusal stays one
    ("Germany said Russia will not attack Ukraine.", ("Russia", "attacked", "Ukraine"), "denied"),
    # a belief about the past is left as told
    ("Germany said Russia attacked Ukraine.", ("Russia", "attacked", "Ukraine"), "occurred"),
]


@pytest.mark.parametrize(("text", "triple", "status"), EXPECTED)
def test_qualifiers_expected_by_another(extract: Any, text: str, triple: Any, status: str) -> None:
    """An act that someone else expects, hopes or fears is hypothetical; one's own is planned."""
    assert statuses(extract(text), triple) == {status}


VEXED = [
    # the one angered criticises the one who angers, or the doer of the act that does
    (
        "Narendra Modi's decision angered Nawaz Sharif.",
        ("Nawaz Sharif", "criticized", "Narendra Modi"),
        ("Narendra Modi", "criticized", "Nawaz Sharif"),
    ),
    (
        "Tokyo has been irked by China's decision to build the runway.",
        ("Japan", "criticized", "China"),
        ("China", "criticized", "Japan"),
    ),
    (
        "Turkey was infuriated by the raid by Israel.",
        ("Turkey", "criticized", "Israel"),
        None,
    ),
    (
        "Vladimir Putin enraged Lithuania by sending warships to the Baltic.",
        ("Lithuania", "criticized", "Vladimir Putin"),
        None,
    ),
    (
        "Viktor Orban's plan has upset Angela Merkel.",
        ("Angela Merkel", "criticized", "Viktor Orbán"),
        None,
    ),
    (
        "Ban Ki-moon said he was deeply alarmed by Israel's military operations.",
        ("Ban Ki-moon", "criticized", "Israel"),
        None,
    ),
    (
        "China's island building has alarmed the Philippines.",
        ("Philippines", "criticized", "China"),
        None,
    ),
    # "upset" by an actor is a win, not anger; no act or actor angering
    (
        "Andrzej Duda upset Bronislaw Komorowski in the election.",
        None,
        ("Bronisław Komorowski", "criticized", "Andrzej Duda"),
    ),
    (
        "The news angered Nawaz Sharif.",
        None,
        ("Nawaz Sharif", "criticized", "Narendra Modi"),
    ),
    (
        "Leicester City shocked Chelsea in the final.",
        None,
        ("Chelsea", "criticized", "Leicester City"),
    ),
]

SHOCKED_AT = [
    # shock, alarm and dismay "at" an actor or its act, concern "about" it (trigger lexicon)
    (
        "Angela Merkel said she was shocked at the Russian raid on the Memorial offices.",
        ("Angela Merkel", "criticized", "Russia"),
        None,
    ),
    (
        "Germany was dismayed at Turkey's decision.",
        ("Germany", "criticized", "Turkey"),
        None,
    ),
    (
        "The European Union said it was deeply concerned about Hungary's new media law.",
        ("European Union", "criticized", "Hungary"),
        None,
    ),
    # concern about no one's act, or for a person's fate
    (
        "The European Union is concerned about the humanitarian situation in Hungary.",
        None,
        ("European Union", "criticized", "Hungary"),
    ),
    (
        "The US embassy said it was gravely concerned about Ahmed Maher.",
        None,
        ("US embassy", "criticized", "Ahmed Maher"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), VEXED)
def test_stances_vexed(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "X's decision angered Y", "Y was irked by X's decision": Y criticised X."""
    check_kept_removed(extract(text), kept, removed)


def test_stances_vexed_denied(extract: Any) -> None:
    """An anger denied is a denied criticism."""
    graph = extract("Narendra Modi's decision did not anger Nawaz Sharif.")
    assert statuses(graph, ("Nawaz Sharif", "criticized", "Narendra Modi")) == {"denied"}


@pytest.mark.parametrize(("text", "kept", "removed"), SHOCKED_AT)
def test_stances_shocked_at_and_concerned_about(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "shocked at X's raid", "concerned about X's law": criticism of X."""
    check_kept_removed(extract(text), kept, removed)
