"""Reproaches (kg/extract/reproaches.py) beyond a request verb's own addressee: a reported
clause that says its subject must undo, a demand passed on after "insist", and the ones a
demand would set free (supported). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, triples

KEPT = [
    # "said / insisted Y must (should) undo": Y reproached
    (
        "Juan Guaido insisted the Venezuelan army must withdraw from the border.",
        ("Juan Guaido", "criticized", "Venezuelan army"),
    ),
    (
        "Mahmoud Abbas said Israel must stop the raids on Jenin.",
        ("Mahmoud Abbas", "criticized", "Israel"),
    ),
    (
        "Exiled Syrian opposition leader Nasr al-Hariri wrote a letter to Ban Ki-moon, insisting "
        "the Syrian government must withdraw from territory it has seized.",
        ("Nasr al-Hariri", "criticized", "Syrian government"),
    ),
    # a demand passed on is the speaker's
    (
        "Volodymyr Zelensky insisted that the United Nations urge Russia to withdraw its troops.",
        ("Volodymyr Zelensky", "criticized", "Russia"),
    ),
    (
        "Volodymyr Zelensky said the European Union must press Russia to withdraw its troops.",
        ("Volodymyr Zelensky", "criticized", "Russia"),
    ),
    # who asks for someone's release supports them
    (
        "The European Parliament urged Turkey to free Osman Kavala.",
        ("European Parliament", "supported", "Osman Kavala"),
    ),
    (
        "Joe Biden urged Russia to release Evan Gershkovich.",
        ("Joe Biden", "supported", "Evan Gershkovich"),
    ),
    (
        "Emmanuel Macron said Iran should release Benjamin Briere.",
        ("Emmanuel Macron", "supported", "Benjamin Briere"),
    ),
    (
        "Amnesty International called for the release of jailed activist Ahmed Douma.",
        ("Amnesty International", "supported", "Ahmed Douma"),
    ),
    (
        "The United States pressed for the release of journalist Austin Tice.",
        ("United States", "supported", "Austin Tice"),
    ),
    # a passive infinitive after "for" names the one to be set free; "pardon" frees too
    (
        "Amnesty International called for Alaa Abd El-Fattah to be released.",
        ("Amnesty International", "supported", "Alaa Abd El-Fattah"),
    ),
    (
        "The European Parliament called for Ahmed Douma to be pardoned.",
        ("European Parliament", "supported", "Ahmed Douma"),
    ),
    (
        "The European Parliament urged Egypt to pardon Ahmed Douma.",
        ("European Parliament", "supported", "Ahmed Douma"),
    ),
    # a pardon or clemency asked for someone
    (
        "Amnesty International called for clemency for Ahmed Douma.",
        ("Amnesty International", "supported", "Ahmed Douma"),
    ),
    (
        "The European Parliament called for a pardon for Ahmed Douma.",
        ("European Parliament", "supported", "Ahmed Douma"),
    ),
]

REMOVED = [
    # the UN asked to pass a demand on does not make it
    (
        "Volodymyr Zelensky insisted that the United Nations urge Russia to withdraw its troops.",
        ("United Nations", "criticized", "Russia"),
    ),
    # "step up" undoes nothing; a release reported is no demand
    (
        "Olusegun Obasanjo said the Nigerian police must step up patrols.",
        ("Olusegun Obasanjo", "criticized", "Nigerian police"),
    ),
    (
        "Emmanuel Macron said Iran released Benjamin Briere.",
        ("Emmanuel Macron", "supported", "Benjamin Briere"),
    ),
    (
        "Emmanuel Macron said Iran released Benjamin Briere.",
        ("Emmanuel Macron", "criticized", "Iran"),
    ),
    # funds released "for" someone free no one
    (
        "Oxfam called for the release of funds for Yemeni refugees.",
        ("Oxfam", "supported", "Yemeni refugees"),
    ),
    # a pardon reported is no demand
    (
        "Emmanuel Macron said Egypt pardoned Ahmed Douma.",
        ("Emmanuel Macron", "supported", "Ahmed Douma"),
    ),
    # a saying negated demands nothing
    (
        "Mahmoud Abbas did not say Israel must stop the raids on Jenin.",
        ("Mahmoud Abbas", "criticized", "Israel"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_reproaches_said_demands_and_releases(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A clause saying Y must undo reproaches Y; a demand for Z's release, pardon or clemency
    supports Z."""
    check_kept_removed(extract(text), kept, removed)


FOR_AND_THAT = [
    # "called for X to undo": the subject of the infinitive "for" opens is asked
    (
        "Amnesty International called for President Joseph Kabila to step down.",
        ("Amnesty International", "criticized", "Joseph Kabila"),
    ),
    (
        "The European Union called for Russia to withdraw its troops from Georgia.",
        ("European Union", "criticized", "Russia"),
    ),
    # "demanded that X undo": a bare clause after a verb of demanding
    (
        "Opposition leader Etienne Tshisekedi demanded that Joseph Kabila step down.",
        ("Etienne Tshisekedi", "criticized", "Joseph Kabila"),
    ),
    (
        "Mahmoud Abbas insisted that Israel lift the blockade of Gaza.",
        ("Mahmoud Abbas", "criticized", "Israel"),
    ),
]

FOR_AND_THAT_REMOVED = [
    # an act asked for that undoes nothing, a report, a negated demand
    (
        "Amnesty International called for Joseph Kabila to hold elections.",
        ("Amnesty International", "criticized", "Joseph Kabila"),
    ),
    (
        "Etienne Tshisekedi said that Joseph Kabila stepped down.",
        ("Etienne Tshisekedi", "criticized", "Joseph Kabila"),
    ),
    (
        "Etienne Tshisekedi did not demand that Joseph Kabila step down.",
        ("Etienne Tshisekedi", "criticized", "Joseph Kabila"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(FOR_AND_THAT, FOR_AND_THAT_REMOVED)
)
def test_reproaches_called_for_and_demanded_that(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "called for X to step down" and "demanded that X step down" reproach X."""
    check_kept_removed(extract(text), kept, removed)


def test_reproaches_counted_crowd_demands(extract: Any) -> None:
    """ "Thousands of X demanded Y's resignation": the ones counted (a people, labelled as
    written) reproach Y."""
    graph = extract("Thousands of Burundians demanded the resignation of Pierre Nkurunziza.")
    assert ("Burundians", "criticized", "Pierre Nkurunziza") in triples(graph)


NOUN_DEMANDS = [
    # a demand written as a noun: its owner, its "from" phrase (on either noun) or the
    # subject of a verb that makes or joins it backs the one to be freed
    (
        "The European Parliament renewed its call for the release of Ahmed Douma.",
        ("European Parliament", "supported", "Ahmed Douma"),
    ),
    (
        "Despite calls from the European Parliament for Osman Kavala's release, he remains in "
        "prison.",
        ("European Parliament", "supported", "Osman Kavala"),
    ),
    (
        "Osman Kavala remains in prison despite calls for his release from Amnesty International.",
        ("Amnesty International", "supported", "Osman Kavala"),
    ),
    (
        "The European Union joined calls for the release of Evan Gershkovich.",
        ("European Union", "supported", "Evan Gershkovich"),
    ),
    # a paragraph with no verb of demanding is read too
    (
        "Ahmed Douma remains in prison despite a plea for his release from the European "
        "Parliament.",
        ("European Parliament", "supported", "Ahmed Douma"),
    ),
]

NOUN_DEMANDS_REMOVED = [
    # the one who calls for a release does not release (no conceded_to for the caller)
    (
        "The European Parliament renewed its call for the release of Ahmed Douma.",
        ("European Parliament", "conceded_to", "Ahmed Douma"),
    ),
    (
        "Osman Kavala remains in prison despite calls for his release from Amnesty International.",
        ("Amnesty International", "conceded_to", "Osman Kavala"),
    ),
    # calls rejected, and a release "from" a place, name no one who backs him
    (
        "Turkey rejected calls for the release of Osman Kavala.",
        ("Turkey", "supported", "Osman Kavala"),
    ),
    (
        "Turkey rejected calls for the release of Osman Kavala.",
        ("Turkey", "conceded_to", "Osman Kavala"),
    ),
    (
        "Protesters repeated calls for Osman Kavala's release from Turkey's Silivri prison.",
        ("Turkey", "supported", "Osman Kavala"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(NOUN_DEMANDS, NOUN_DEMANDS_REMOVED)
)
def test_reproaches_noun_demands_for_release(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "calls for X's release from Y", "Y renewed its call for the release of X": Y supports X
    and concedes nothing; "rejected calls for ..." backs no one."""
    check_kept_removed(extract(text), kept, removed)


# the stage walks the tokens of these lists' words only (``Paragraph.hits``): a word left out
# of the walk would never start its demand
WALKED = ["demand_nouns", "verbs", "speech"]


@pytest.mark.parametrize("key", WALKED)
def test_reproaches_walk_every_start_word(key: str) -> None:
    from kg.extract.context import ArticleContext
    from kg.extract.reproaches import _start_words, reproach_words
    from kg.lexicon import default_lexicon
    from kg.resolve.resolver import Resolver

    lx = default_lexicon()
    ctx = ArticleContext(lx, Resolver(lx), "a", None)
    words = reproach_words(ctx)
    listed = {w.lower() for w in getattr(words, key)}
    assert listed
    assert listed <= ctx.word_set(_start_words)
    # read once per lexicon, not again for each paragraph or article
    assert reproach_words(ArticleContext(lx, ctx.resolver, "b", None)) is words
