"""Who backs or opposes a law or document where the stance word's own arguments do not say
(stance56; kg/extract/stance_holders.py, read by kg/extract/measures.py; ``stance_holders`` of
kg/data/en/cues.json).

1. A passive participle conjoined to a passive stance verb has agents of its own ("was backed
   by X and endorsed by Y"); an unnamed agent stands for the ends of a range after it
   ("slammed by many, from X to Y").
2. The subject of a light verb holds the stance noun it takes ("voiced opposition to").
3. The actors listed after a role noun hold its stance ("opponents of the project, including
   X and Y", "supporters of the plan such as X").
4. A push for a document backs it ("pushed for the ban"), and so does a push for a clause
   that passes a law ("pushed hard for the Diet to pass the law"); "the measure" is the law
   the article named, and advancing it backs it.
5. None for a passive of no stance ("drawn up by", "announced by"), for a role noun with no
   one named, for a non-actor agent ("backed by tanks"), for a push for something else ("an
   end to the ban") or for one yet to be made ("a new treaty"), for a light verb of no
   stance ("expressed surprise at") or one that withdraws it; a stance put as a condition
   keeps its status.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, statuses


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # 1. conjoined passives
        (
            "The debt relief plan was backed by the Syriza party and endorsed by the "
            "Communist Party of Greece.",
            "supported",
            ("Communist Party of Greece", "debt relief plan"),
        ),
        (
            "The debt relief plan was opposed by Syriza and rejected by the Communist Party "
            "of Greece.",
            "criticized",
            ("Communist Party of Greece", "debt relief plan"),
        ),
        # 2. a light verb's subject
        (
            "The Green Party voiced opposition to the Belo Monte dam project.",
            "criticized",
            ("Green Party", "Belo Monte dam project"),
        ),
        (
            "The World Bank expressed support for the debt relief plan.",
            "supported",
            ("World Bank", "debt relief plan"),
        ),
        # 3. the ones listed after a role noun
        (
            "Opponents of the Conga mining project, including the Catholic Church and "
            "Amnesty International, have raised concerns over water.",
            "criticized",
            ("Catholic Church", "Conga mining project"),
        ),
        (
            "Opponents of the Conga mining project, including the Catholic Church and "
            "Amnesty International, have raised concerns over water.",
            "criticized",
            ("Amnesty International", "Conga mining project"),
        ),
        (
            "Supporters of the debt relief plan, such as the World Bank, say it will save lives.",
            "supported",
            ("World Bank", "debt relief plan"),
        ),
        # the ends of a range after an unnamed agent
        (
            "The ruling has been criticised by everyone from the CHP to Amnesty International.",
            "criticized",
            ("CHP", "ruling"),
        ),
        (
            "The decree has been slammed by many in Kenya, from opposition lawmakers to human "
            "rights groups.",
            "criticized",
            ("human rights groups", "decree"),
        ),
        # 4. a push for one
        (
            "The WWF pushed for the Amazon logging ban.",
            "supported",
            ("WWF", "Amazon logging ban"),
        ),
        (
            "Prime Minister Shinzo Abe pushed hard for the Diet to pass the Secrecy "
            "Protection Law.",
            "supported",
            ("Shinzo Abe", "Secrecy Protection Law"),
        ),
        # "the measure" refers to the law, and advancing one backs it
        (
            "The Bundestag debated the Energy Transition Act on Monday. Chancellor Angela "
            "Merkel had pushed hard for parliament to advance the reform measure.",
            "supported",
            ("Angela Merkel", "Energy Transition Act"),
        ),
        (
            "The Bundestag debated the Energy Transition Act on Monday. The Green Party voted "
            "to advance the measure.",
            "supported",
            ("Green Party", "Energy Transition Act"),
        ),
    ],
)
def test_stance_holders_found(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """The actor named in the form backs or opposes the law or document node."""
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Supporters of the Muslim Brotherhood, such as Qatar and Turkey, condemned the "
            "verdict.",
            ("Qatar", "supported", "Muslim Brotherhood"),
        ),
        (
            "Backers of the Syrian opposition, including Saudi Arabia and Qatar, met in Riyadh.",
            ("Saudi Arabia", "supported", "Syrian opposition"),
        ),
        (
            "Critics of Erdogan, like the CHP, accused him of authoritarianism.",
            ("CHP", "criticized", "Recep Tayyip Erdogan"),
        ),
    ],
)
def test_stance_holders_listed_actors(extract: Any, text: str, triple: Any) -> None:
    """The actors listed after a role noun of an actor hold its stance towards that actor."""
    assert statuses(extract(text, published="2015-06-10"), triple) == {"occurred"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # examples of a plural object, not of the role noun
        (
            "Supporters of Islamist groups such as Hamas and Hezbollah were arrested.",
            ("Hamas", "supported", "Islamist groups"),
        ),
        # a stance that has lapsed
        (
            "Former allies of Saddam Hussein, including Jordan, stayed silent.",
            ("Jordan", "supported", "Saddam Hussein"),
        ),
        # no role noun
        (
            "Neighbours of Saudi Arabia, including Qatar and Oman, met in Riyadh.",
            ("Qatar", "supported", "Saudi Arabia"),
        ),
    ],
)
def test_stance_holders_listed_actors_not(extract: Any, text: str, triple: Any) -> None:
    """No stance from a list that exemplifies the object, a lapsed role or a plain noun."""
    assert not statuses(extract(text, published="2015-06-10"), triple)


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        # a passive of no stance
        (
            "The debt relief plan was drawn up by the Greek finance ministry.",
            "supported",
            ("Greek finance ministry", "debt relief plan"),
        ),
        (
            "The pension reform plan was announced by the Italian government.",
            "supported",
            ("Italian government", "pension reform plan"),
        ),
        (
            "The pension reform plan was drafted by the Labour Party and announced by the "
            "Italian government.",
            "supported",
            ("Italian government", "pension reform plan"),
        ),
        # a role noun with no one named, or a list of no actors
        (
            "Critics of the debt relief plan say it will fail.",
            "criticized",
            ("Critics", "debt relief plan"),
        ),
        (
            "Critics of the pension reform plan, including many pensioners, say it is unfair.",
            "criticized",
            ("pensioners", "pension reform plan"),
        ),
        # a range of places, or one after a named agent
        (
            "The ruling has been criticised by many, from Ankara to Istanbul.",
            "criticized",
            ("Istanbul", "ruling"),
        ),
        (
            "The verdict has been criticised by the CHP, from Ankara to the Kurdish Regional "
            "Government.",
            "criticized",
            ("Kurdish Regional Government", "verdict"),
        ),
        # a non-actor agent
        (
            "The Conga mining project was backed by tanks.",
            "supported",
            ("tanks", "Conga mining project"),
        ),
        # a push for something else than the document
        (
            "The WWF pushed for an end to the Amazon logging ban.",
            "supported",
            ("WWF", "Amazon logging ban"),
        ),
        # asking for a document yet to be made is no stance on one
        (
            "Japan pushed for a new defence treaty.",
            "supported",
            ("Japan", "defence treaty"),
        ),
        (
            "The Gulf states could ask for a much stronger security treaty.",
            "supported",
            ("Gulf states", "security treaty"),
        ),
        # no law in the article: "the measure" is no one's
        (
            "The Green Party voted to advance the measure.",
            "supported",
            ("Green Party", "measure"),
        ),
        # a light verb of no stance, or one that withdraws it
        (
            "The World Bank expressed surprise at the debt relief plan.",
            "supported",
            ("World Bank", "debt relief plan"),
        ),
        (
            "The World Bank withdrew support for the debt relief plan.",
            "supported",
            ("World Bank", "debt relief plan"),
        ),
        # a conjoined participle of no stance
        (
            "The debt relief plan was rejected by Syriza and published by the Greek finance "
            "ministry.",
            "criticized",
            ("Greek finance ministry", "debt relief plan"),
        ),
    ],
)
def test_stance_holders_not_found(
    extract: Any, text: str, predicate: str, pair: tuple[str, str]
) -> None:
    """No claim from a form that names no stance or no actor holding it."""
    assert pair not in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The Liberal Democrats would voice opposition to the pension reform plan.",
            ("Liberal Democrats", "criticized", "pension reform plan"),
        ),
        (
            "The Green Party may push for the Amazon logging ban.",
            ("Green Party", "supported", "Amazon logging ban"),
        ),
    ],
)
def test_stance_holders_condition_kept(extract: Any, text: str, triple: Any) -> None:
    """A stance put as a condition or a possibility is not told as done."""
    found = statuses(extract(text, published="2015-06-10"), triple)
    assert found
    assert "occurred" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law draws the stance (kg/extract/measures.py)
        (
            "The Patriot Act drew sharp criticism from the American Civil Liberties Union.",
            ("American Civil Liberties Union", "Patriot Act"),
        ),
        ("The Patriot Act drew the ACLU's condemnation.", ("ACLU", "Patriot Act")),
        # an actor draws it (kg/extract/stances.py)
        (
            "Viktor Orban drew the ire of the European Commission.",
            ("European Commission", "Viktor Orbán"),
        ),
        (
            "Viktor Orban drew the European Commission's condemnation.",
            ("European Commission", "Viktor Orbán"),
        ),
        (
            "Viktor Orban drew ire from the European Commission.",
            ("European Commission", "Viktor Orbán"),
        ),
    ],
)
def test_stance_holders_drawn_givers(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """The giver of a drawn stance noun ("from", "of" a feeling, a possessive) criticises
    the law or the actor that drew it, read by one helper for both."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")
