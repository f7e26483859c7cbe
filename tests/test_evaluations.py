"""Evaluations (kg/extract/evaluations.py) and naming verdicts (kg/extract/verdicts.py): a
verdict said of an actor's act, in a reported clause, a quote or a naming frame, is criticism
or support of the act's doer. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a reported clause: the act's owner is judged
    (
        "Ghana said Nigeria's expulsion of its traders was a violation of the ECOWAS treaty.",
        ("Ghana", "criticized", "Nigeria"),
    ),
    (
        "Angela Merkel said the Greek referendum was a mistake.",
        ("Angela Merkel", "criticized", "Greece"),
    ),
    (
        "Heraldo Munoz said Bolivia's decision to close the border was illegal.",
        ("Heraldo Munoz", "criticized", "Bolivia"),
    ),
    (
        "The Kenyan Interior Minister Fred Matiangi said the raid by Somali militants was a crime.",
        ("Fred Matiangi", "criticized", "Somali militants"),
    ),
    # a verb of wrongdoing in the reported clause judges its subject
    (
        "Hungary said Croatia's decision to open the border violated European rules.",
        ("Hungary", "criticized", "Croatia"),
    ),
    ("Amnesty said Egypt violated the rights of detainees.", ("Amnesty", "criticized", "Egypt")),
    # ... and of repression
    (
        "Amnesty International said Belarus was persecuting journalists.",
        ("Amnesty International", "criticized", "Belarus"),
    ),
    (
        "Rights groups say the Ethiopian government is systematically repressing its opponents.",
        ("Rights groups", "criticized", "Ethiopian government"),
    ),
    # ... said to be shown by something
    (
        "It is a crackdown that rights groups say shows the Cambodian government is repressing "
        "critics.",
        ("rights groups", "criticized", "Cambodian government"),
    ),
    # a duty not met
    (
        "Abdrabbuh Mansur Hadi said the Houthis had failed to meet the conditions of the truce.",
        ("Mansur Hadi", "criticized", "Houthis"),
    ),
    # positive verdicts support
    ("Norway said Sweden's decision was a positive step.", ("Norway", "supported", "Sweden")),
    (
        "Kenya said Uganda's offer was a step in the right direction.",
        ("Kenya", "supported", "Uganda"),
    ),
    (
        "Mexico said the US decision was an important step forward.",
        ("Mexico", "supported", "United States"),
    ),
    # a verdict on what someone chose to do
    (
        "Boris Johnson said Theresa May was right to call the election.",
        ("Boris Johnson", "supported", "Theresa May"),
    ),
    ("Boris Johnson said Theresa May was wrong.", ("Boris Johnson", "criticized", "Theresa May")),
    # a quote: the verdict is the quote, the act is spoken of
    (
        '"The Russian annexation is illegal," Antonio Guterres said.',
        ("Antonio Guterres", "criticized", "Russia"),
    ),
    (
        '"This is a violation of international law," Antonio Guterres said of the Russian '
        "annexation.",
        ("Antonio Guterres", "criticized", "Russia"),
    ),
    # a quoted first person is the speaker
    (
        '"We strongly condemn the Israeli raid on Jenin," Antonio Guterres said.',
        ("Antonio Guterres", "criticized", "Israel"),
    ),
    (
        '"I welcome Kenya\'s decision to send police to Haiti," Antonio Guterres said on Monday.',
        ("Antonio Guterres", "supported", "Kenya"),
    ),
    # ... also in a quote of several sentences, attributed where it opens or closes
    (
        'Antonio Guterres said: "The situation is grave. We condemn the Israeli raid on Jenin."',
        ("Antonio Guterres", "criticized", "Israel"),
    ),
    (
        '"The situation is grave. We condemn the Israeli raid on Jenin," Antonio Guterres said.',
        ("Antonio Guterres", "criticized", "Israel"),
    ),
    # "the move", "this attack": the act named before
    (
        "The crisis surrounds a bid by Alassane Ouattara to stand for a fourth term, with "
        "opposition groups saying the move violates the constitution.",
        ("opposition groups", "criticized", "Alassane Ouattara"),
    ),
    (
        "Houthi fighters attacked the port of Aden on Monday. "
        '"I strongly condemn this attack," Abdrabbuh Mansur Hadi said.',
        ("Abdrabbuh Mansur Hadi", "criticized", "Houthis"),
    ),
    # naming frames take the evaluation words, and praise
    (
        "Amnesty International described Bahrain's crackdown as a violation of human rights.",
        ("Amnesty International", "criticized", "Bahrain"),
    ),
    (
        "Amnesty International dubbed the Russian attack a massacre.",
        ("Amnesty International", "criticized", "Russia"),
    ),
    (
        "Egypt described the recordings released by Al Jazeera as fabricated.",
        ("Egypt", "criticized", "Al Jazeera"),
    ),
    (
        "Ban Ki-moon hailed Colombia's peace deal as a milestone.",
        ("Ban Ki-moon", "supported", "Colombia"),
    ),
    # an act reported as done "with impunity" is a verdict on its doer
    (
        "Amnesty said Kenyan troops had attacked civilians with impunity.",
        ("Amnesty", "criticized", "Kenyan troops"),
    ),
]

REMOVED = [
    # negated or hypothetical verdicts are none
    (
        "Ecuador said the Peruvian decision would be illegal.",
        ("Ecuador", "criticized", "Peru"),
    ),
    (
        "Poland did not say the Lithuanian decision was illegal.",
        ("Poland", "criticized", "Lithuania"),
    ),
    (
        '"We do not condemn the Israeli raid on Jenin," Antonio Guterres said.',
        ("Antonio Guterres", "criticized", "Israel"),
    ),
    # no one's act: a state of affairs, people, a place
    (
        "Sergio Mattarella said Libya's situation was unacceptable.",
        ("Sergio Mattarella", "criticized", "Libya"),
    ),
    (
        "Sergio Mattarella said the Libyan migrants were illegal.",
        ("Sergio Mattarella", "criticized", "Libyan refugees"),
    ),
    # an act that befell its owner is not theirs
    (
        "Antonio Guterres said Ali Salman's detention was illegal.",
        ("Antonio Guterres", "criticized", "Ali Salman"),
    ),
    # "it was wrong to ...": whose choice is not said
    (
        "Boris Johnson said it was wrong to call the election.",
        ("Boris Johnson", "criticized", "Theresa May"),
    ),
    # a first person outside a quote is the writer, not the speaker
    (
        "We condemn the Israeli raid on Jenin, Antonio Guterres said.",
        ("Antonio Guterres", "criticized", "Israel"),
    ),
    # a description with no verdict accuses nobody
    (
        "Egypt described the recordings released by Al Jazeera as authentic.",
        ("Egypt", "criticized", "Al Jazeera"),
    ),
    # an outcome missed, or a failure shared, blames no one
    (
        "Nigel Farage said the Conservatives had failed to win a majority.",
        ("Nigel Farage", "criticized", "Conservatives"),
    ),
    (
        "Antonio Guterres said Israel and Hamas had failed to agree on a truce.",
        ("Antonio Guterres", "criticized", "Israel"),
    ),
    # a quote nobody is said to have said
    (
        '"The situation is grave. We condemn the Israeli raid on Jenin." Antonio Guterres '
        "spoke in Geneva.",
        ("Antonio Guterres", "criticized", "Israel"),
    ),
    # ... not when the saying is denied
    (
        "Amnesty did not say Kenyan troops had acted with impunity.",
        ("Amnesty", "criticized", "Kenyan troops"),
    ),
    # a victim of abuse is not accused of it
    (
        "Amnesty International described the Kenyan boy as a victim of abuse.",
        ("Amnesty International", "criticized", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_evaluations_verdict_on_an_act(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A verdict said of an actor's act criticises or supports its doer; no verdict, none."""
    check_kept_removed(extract(text), kept, removed)


# deceit and silencing as wrongs the subject does (``evaluations.wrong_verbs``)
DECEIT_KEPT = [
    (
        '"The Zambian government is misleading voters about the debt," said Hakainde Hichilema.',
        ("Hakainde Hichilema", "criticized", "Zambian government"),
    ),
    (
        "Oxfam said Uganda had deceived its donors for years.",
        ("Oxfam", "criticized", "Uganda"),
    ),
    (
        '"FIFA has betrayed the fans," said Luis Figo.',
        ("Luis Figo", "criticized", "FIFA"),
    ),
    (
        "Human Rights Watch said Azerbaijan was trying to silence independent journalists.",
        ("Human Rights Watch", "criticized", "Azerbaijan"),
    ),
]

DECEIT_REMOVED = [
    # denied
    (
        '"The Zambian government has not misled anyone," said Edgar Lungu.',
        ("Edgar Lungu", "criticized", "Zambian government"),
    ),
    # the deceived, not the deceiver
    (
        '"Zambia was misled by its creditors," said Edgar Lungu.',
        ("Edgar Lungu", "criticized", "Zambia"),
    ),
    # the silenced are the object, not the subject
    (
        '"We will not let anyone silence the Zambian press," said Edgar Lungu.',
        ("Edgar Lungu", "criticized", "Zambia"),
    ),
    # a question
    (
        '"Is FIFA misleading the fans?" asked Luis Figo.',
        ("Luis Figo", "criticized", "FIFA"),
    ),
    # a condition, not a verdict
    (
        '"If Greece deceives its creditors, the fund will leave," said Christine Lagarde.',
        ("Christine Lagarde", "criticized", "Greece"),
    ),
    # no actor betrays: a face, a look
    (
        '"Kenya\'s coach looked calm, but his face betrayed his fear," said Harambee Stars '
        "captain Victor Wanyama.",
        ("Victor Wanyama", "criticized", "Kenya"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(DECEIT_KEPT, DECEIT_REMOVED)
)
def test_evaluations_deceit_is_a_wrong(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Misleading, deceiving, betraying or silencing others is a wrong its subject does."""
    check_kept_removed(extract(text), kept, removed)
