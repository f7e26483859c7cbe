"""Constructions of unseen wire news: a doer's "by" the parser hangs on the target of an event
noun, ground seized from a side, a "counter-offensive" the tokenizer splits, a war or hostilities
between two sides, a fronted participle with an agent ("Backed by X, Y ..."), a reaction drawn
by an owned act ("X's crackdown drew criticism from Y"), the accused of "accused X of backing Y"
when "of" hangs on X, and "the government of President X". Sentences are about other actors
than the articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

# (sentence, (subject, predicate, object))
FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # "offensives on X by Y": the "by" on the target still names the noun's doer
    (
        "The offensive on Taliban positions by Afghan troops began in May.",
        ("Afghan troops", "attacked", "Taliban"),
    ),
    (
        "Raids on Houthi bases by Saudi forces continued overnight.",
        ("Saudi forces", "attacked", "Houthis"),
    ),
    # "seized territory from X": the side that held it was fought
    (
        "The Houthis seized the town from government forces.",
        ("Houthis", "attacked", "government forces"),
    ),
    (
        "Kurdish fighters seized the village from the Islamic State on Sunday.",
        ("Kurdish fighters", "attacked", "Islamic State"),
    ),
    # "counter-offensive" is split into "counter", "-", "offensive" by the tokenizer
    (
        "Afghan troops launched a counter-offensive against the Taliban near Kunduz.",
        ("Afghan troops", "attacked", "Taliban"),
    ),
    (
        "Ukrainian forces mounted a counter-offensive against the separatists.",
        ("Ukrainian forces", "attacked", "separatists"),
    ),
    # "the war between X and Y": the two sides fought each other
    (
        "The 1998 war between Ethiopia and Eritrea killed 80,000 people.",
        ("Ethiopia", "attacked", "Eritrea"),
    ),
    (
        "The region saw hostilities between Tuareg rebels and Malian government forces in 2012.",
        ("Tuareg rebels", "attacked", "Malian government forces"),
    ),
    # a fronted participle with an agent: the agent acts on the main clause's subject
    (
        "Backed by France, the Malian army has been conducting raids against the Tuareg rebels.",
        ("France", "supported", "Malian army"),
    ),
    (
        "Supported by US air strikes, Kurdish fighters retook the town.",
        ("United States", "supported", "Kurdish fighters"),
    ),
    (
        "Criticised by Amnesty International, the Egyptian government defended the verdict.",
        ("Amnesty International", "criticized", "Egyptian government"),
    ),
    # "accused X of backing Y" with "of" hung on the object: X backs Y, not the accuser
    (
        "Nasrallah not only accused Western nations of backing the Ukrainian government "
        "against the rebels, but of also fabricating the report.",
        ("Western nations", "supported", "Ukrainian government"),
    ),
    # a reaction drawn by an act is aimed at the act's owner
    (
        "Kenya's crackdown on Somali refugees drew criticism from Amnesty International.",
        ("Amnesty International", "criticized", "Kenya"),
    ),
    (
        "Russia's annexation of Crimea drew sanctions from the European Union.",
        ("European Union", "sanctioned", "Russia"),
    ),
    # "the government/regime of President X" is the government of the country X leads
    (
        "Iran backs the government of President Bashar al-Assad.",
        ("Iran", "supported", "Syrian government"),
    ),
    (
        "The Houthi rebels toppled the government of President Abd-Rabbu Mansour Hadi in January.",
        ("Houthis", "attacked", "Yemeni government"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # ... and the accuser backs no one
    (
        "Nasrallah not only accused Western nations of backing the Ukrainian government "
        "against the rebels, but of also fabricating the report.",
        ("Nasrallah", "supported", "Ukrainian government"),
    ),
    # a "by" on the target that names no actor is no doer ("by the river" is where)
    (
        "The attack on the village by the river was blamed on the Taliban.",
        ("river", "attacked", "village"),
    ),
    # a bare seizure stays a seizure (COERCE), not a fight with the one it was taken from
    (
        "Egyptian police seized the newspaper's printing press.",
        ("Egyptian police", "attacked", "newspaper"),
    ),
    # things seized from a side that does not fight are a search, not a battle
    (
        "Kenyan police seized laptops from Amnesty International.",
        ("Kenyan police", "attacked", "Amnesty International"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_interactions_stray_agents_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Each construction yields the relation with its doer and its object."""
    graph = extract(sentence, published="2015-05-15")
    assert claims_between(graph, *triple), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_stray_agents_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A place after "by", a bare seizure and a seizure from a body that does not fight give
    no attack; an accuser backs no one."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
