"""Criticism in the noun and finding forms journalists use (crit59): an accusation noun whose
maker is named and whose content accuses someone (kg/extract/accusation_contents.py), a
finding that someone was responsible (kg/extract/verdicts.py), and a stance noun said of an
actor through "one of" / "among" or by "become" / "remain" (kg/extract/stance_roles.py).
Sentences of our own, about other actors than the articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, claims_between, triples

FOUND: list[tuple[str, Triple]] = [
    # a "that" clause of wrongdoing: a hostile act, a wrong verb, a wrong as its object, a
    # culprit behind a harm
    (
        "Ukraine made allegations that Russia had shelled Mariupol.",
        ("Ukraine", "criticized", "Russia"),
    ),
    (
        "Allegations by Amnesty International that the Nigerian army tortured detainees "
        "were denied.",
        ("Amnesty International", "criticized", "Nigerian army"),
    ),
    (
        "The report adds weight to Armenian claims that Azerbaijan committed war crimes.",
        ("Armenia", "criticized", "Azerbaijan"),
    ),
    # a complaint filed; its content clause read as a relative one ("that" its mark)
    (
        "Human Rights Watch filed a complaint that Ugandan police beat protesters.",
        ("Human Rights Watch", "criticized", "Ugandan police"),
    ),
    (
        "Kenya's claims that Somalia was behind the attack angered Mogadishu.",
        ("Kenya", "criticized", "Somalia"),
    ),
    # a wrong after "of": its doer by demonym, by "by" (also where the parser hangs the "of"
    # on the maker), or by a country the abuse happens in
    (
        "Lithuanian accusations of Russian meddling grew on Monday.",
        ("Lithuania", "criticized", "Russia"),
    ),
    (
        "Allegations by Amnesty International of abuses by the Nigerian army were denied.",
        ("Amnesty International", "criticized", "Nigerian army"),
    ),
    (
        "The accusations by Georgia of espionage by Russia angered Moscow.",
        ("Georgia", "criticized", "Russia"),
    ),
    (
        "The Tamil National Alliance has long voiced complaints of discrimination in Sri Lanka.",
        ("Tamil National Alliance", "criticized", "Sri Lanka"),
    ),
    # a finding reports a verdict of responsibility as a speech verb does
    (
        "Human Rights Watch concluded that Syrian government forces were responsible for the "
        "chemical attacks.",
        ("Human Rights Watch", "criticized", "Syrian government forces"),
    ),
    (
        "The United Nations determined that Sudan was responsible for the bombing of the clinic.",
        ("United Nations", "criticized", "Sudan"),
    ),
    ("Kenya found that Somalia was to blame for the raid.", ("Kenya", "criticized", "Somalia")),
    # a stance noun through a partitive, or after "become" / "remain"
    (
        "Mohamed ElBaradei became one of the most outspoken critics of Abdel Fattah el-Sisi.",
        ("Mohamed ElBaradei", "criticized", "Abdel Fattah el-Sisi"),
    ),
    (
        "Mohamed ElBaradei, one of the fiercest critics of Abdel Fattah el-Sisi, left Egypt.",
        ("Mohamed ElBaradei", "criticized", "Abdel Fattah el-Sisi"),
    ),
    (
        "Mohamed ElBaradei is among the fiercest critics of Abdel Fattah el-Sisi.",
        ("Mohamed ElBaradei", "criticized", "Abdel Fattah el-Sisi"),
    ),
    ("Qatar remains a key backer of Hamas.", ("Qatar", "supported", "Hamas")),
    # a conjoined linking verb's subject is the first verb's
    (
        "Iran hosted the talks and remains a key backer of Hezbollah.",
        ("Iran", "supported", "Hezbollah"),
    ),
    ("Iran became the main ally of Bashar al-Assad.", ("Iran", "supported", "Bashar al-Assad")),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # a clause of no wrong accuses no one
    (
        "Kenya's claims that Somalia is ready to negotiate were welcomed.",
        ("Kenya", "criticized", "Somalia"),
    ),
    ("Kenya's claims that Somalia won the vote were welcomed.", ("Kenya", "criticized", "Somalia")),
    # a claim of a hostile act may be a boast: no accusation
    (
        "Nigeria's claims that Chadian troops killed 30 Boko Haram fighters were confirmed.",
        ("Nigeria", "criticized", "Chadian troops"),
    ),
    # a negated clause, a finding of no responsibility
    (
        "Kenya's claims that Somalia did not shell the border town were welcomed.",
        ("Kenya", "criticized", "Somalia"),
    ),
    (
        "The tribunal ruled that Serbia was not responsible for the genocide.",
        ("tribunal", "criticized", "Serbia"),
    ),
    # a relative clause on the noun ("that" its object) tells no content
    (
        "Uganda's complaints that Kenya ignored were published on Monday.",
        ("Uganda", "criticized", "Kenya"),
    ),
    # an "of" phrase that is no wrong
    ("Kenya's claims of victory over Somalia grew.", ("Kenya", "criticized", "Somalia")),
    # a partitive of no stance noun
    ("Greece is one of the members of NATO.", ("Greece", "criticized", "NATO")),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_accusation_contents_found(extract: Any, sentence: str, triple: Triple) -> None:
    """A named maker criticises whom its accusation's content, or its finding, accuses; a
    stance noun said through a partitive or a linking verb is the subject's stance."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_accusation_contents_no_false_reading(extract: Any, sentence: str, triple: Triple) -> None:
    """No accusation in a clause of no wrong, a negated one or an "of" phrase of no wrong."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)


def test_accusation_contents_denied_accusation_was_made(extract: Any) -> None:
    """An accusation that its target denies was still made (occurred, not denied)."""
    graph = extract(
        "Allegations by Amnesty International of abuses by the Nigerian army were denied."
    )
    found = claims_between(graph, "Amnesty International", "criticized", "Nigerian army")
    assert [c.qualifiers.status.value for c in found] == ["occurred"], found
