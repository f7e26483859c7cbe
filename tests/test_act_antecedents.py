"""Cross-sentence doers of act nouns (kg/extract/act_antecedents.py): a verdict on "the move",
"the decision", "these promises" falls on the named doer of the act the sentence before tells,
through each verdict rule that reads an act's doer. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a naming verdict ("called the move illegal"), across a paragraph break
    (
        "Russia banned imports of cheese from Poland.\n\n"
        "The European Union called the move illegal.",
        ("European Union", "criticized", "Russia"),
    ),
    # ... in the passive with "as" ("were dismissed as unrealistic by")
    (
        "The Labour Party made big promises to voters.\n\n"
        "These promises were dismissed as unrealistic by David Cameron.",
        ("David Cameron", "criticized", "Labour Party"),
    ),
    # a verdict in a reported clause, in the next paragraph or the same one
    (
        "Egypt decided to expel the Qatari ambassador.\n\n"
        "Amnesty International said the move was a mistake.",
        ("Amnesty International", "criticized", "Egypt"),
    ),
    (
        "Egypt banned the newspaper. Amnesty International said the move was illegal.",
        ("Amnesty International", "criticized", "Egypt"),
    ),
    # an act that draws someone's ire
    (
        "Kenya announced last month that it planned to close 40 refugee camps.\n\n"
        "The announcement drew the ire of Amnesty International.",
        ("Amnesty International", "criticized", "Kenya"),
    ),
    # a criticism or support verb on the act noun, active or passive
    (
        "Japan decided to resume whaling in the Antarctic.\n\nAustralia condemned the decision.",
        ("Australia", "criticized", "Japan"),
    ),
    (
        "Canada signed the resettlement deal with Nauru in May.\n\n"
        "The deal was criticised by the United Nations.",
        ("United Nations", "criticized", "Canada"),
    ),
    (
        "Germany announced a new tax on banks.\n\nFrance welcomed the announcement.",
        ("France", "supported", "Germany"),
    ),
]

REMOVED = [
    # no act told before: the place's country is not the doer
    (
        "The weather in Tokyo was hot on Monday.\n\nAustralia condemned the decision.",
        ("Australia", "criticized", "Japan"),
    ),
    # an act not done, or only possible
    (
        "Japan did not decide to resume whaling.\n\nAustralia condemned the decision.",
        ("Australia", "criticized", "Japan"),
    ),
    (
        "Japan may decide to resume whaling.\n\nAustralia condemned the decision.",
        ("Australia", "criticized", "Japan"),
    ),
    # two acts by two doers: whose move is not said
    (
        "Japan imposed sanctions on Seoul, and China closed its border with Vietnam.\n\n"
        "Australia condemned the move.",
        ("Australia", "criticized", "Japan"),
    ),
    (
        "Japan imposed sanctions on Seoul, and China closed its border with Vietnam.\n\n"
        "Australia condemned the move.",
        ("Australia", "criticized", "China"),
    ),
    # an act the noun cannot name ("hosted" is no deal)
    (
        "Canada hosted the president of Nauru in May.\n\nThe UN criticised the deal.",
        ("United Nations", "criticized", "Canada"),
    ),
    # the noun names its own content or doer
    (
        "Japan decided to resume whaling.\n\nAustralia condemned the decision to build a dam.",
        ("Australia", "criticized", "Japan"),
    ),
    (
        "Russia banned imports of cheese.\n\nThe European Union called Poland's move illegal.",
        ("European Union", "criticized", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_act_antecedents_doer_told_before(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A verdict on a definite act noun with no doer falls on the one doer of the act the
    sentence before tells; nothing when no such act was done there, or two doers did one."""
    check_kept_removed(extract(text), kept, removed)


# "such" points back as "these" does ('"Such measures are illegal," said X')
SUCH_KEPT = [
    (
        'Uganda shut down two independent newspapers on Monday. "Such measures are illegal," '
        "said Kizza Besigye.",
        ("Kizza Besigye", "criticized", "Uganda"),
    ),
    (
        "Hungary decided to close its border with Serbia.\n\n"
        "Amnesty International said such moves were a violation of refugee law.",
        ("Amnesty International", "criticized", "Hungary"),
    ),
]

SUCH_REMOVED = [
    # "such" with content of its own: another act than the one told before
    (
        'Uganda shut down two independent newspapers on Monday. "Such measures against the '
        'press are illegal in Kenya," said Kizza Besigye.',
        ("Kizza Besigye", "criticized", "Uganda"),
    ),
    # no verdict on the act: "such" points back, but nothing is said against it
    (
        'Uganda shut down two independent newspapers on Monday. "Such measures are rare," '
        "said Kizza Besigye.",
        ("Kizza Besigye", "criticized", "Uganda"),
    ),
    # a verdict that is only a condition
    (
        'Uganda shut down two independent newspapers on Monday. "Such measures would be '
        'illegal if they lasted," said Kizza Besigye.',
        ("Kizza Besigye", "criticized", "Uganda"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(SUCH_KEPT, SUCH_REMOVED))
def test_act_antecedents_such_points_back(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "Such measures" points back to the act told before, as "these measures" does."""
    check_kept_removed(extract(text), kept, removed)
