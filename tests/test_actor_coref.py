""" "A group of X said they ...": a plural pronoun after an unnamed group noun ("group",
"band", "handful" of cues.json's quantity_nouns) subject stands for the named actors the
group is made of (kg/extract/actor_coref.py). Sentences of our own about actors that are
neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

# (sentence, kept claim or None, removed claim or None)
GROUP_PRONOUNS = [
    (
        "A group of Syrian rebels said they had attacked Hezbollah positions near Qusayr.",
        ("Syrian rebels", "attacked", "Hezbollah"),
        None,
    ),
    (
        "A band of Tuareg fighters said they had attacked Malian army positions near Kidal.",
        # the army's positions are the army's (kg/resolve/site_owners.py, fixa51)
        ("Tuareg fighters", "attacked", "Malian army"),
        None,
    ),
    # the pronoun is the object of another subject's act: the group did nothing
    (
        "A group of Syrian rebels said Hezbollah fighters had attacked them near Qusayr.",
        None,
        ("Syrian rebels", "attacked", "Hezbollah"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), GROUP_PRONOUNS)
def test_actor_coref_group_of_named_members(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """ "they" after "a group of X" as the subject is X."""
    check_kept_removed(extract(sentence), kept, removed)


# (text, kept claim or None, removed claim or None): a subheading between the pronoun and
# the sentence it takes its actor from
PAST_SUBHEADINGS = [
    (
        "Amnesty International released a report on Monday.\n\nA pattern of abuse\n\n"
        "It accused Egyptian President Abdel Fattah el-Sisi of jailing thousands of critics.",
        ("Amnesty International", "criticized", "Abdel Fattah el-Sisi"),
        None,
    ),
    (
        "The Houthis seized the port of Aden on Tuesday.\n\nFighting spreads\n\n"
        "They also shelled the Saudi border town of Najran on Wednesday.",
        ("Houthis", "attacked", "Najran"),
        None,
    ),
    (
        "Hezbollah said on Sunday it had sent more fighters to Syria.\n\nQalamoun battle\n\n"
        "It accused the Nusra Front of shelling Lebanese villages.",
        ("Hezbollah", "criticized", "Nusra Front"),
        None,
    ),
    # the sentence right before the subheading names no actor as its subject: nothing
    (
        "Amnesty International released a report on Monday. The findings were widely "
        "shared.\n\nA pattern of abuse\n\n"
        "It accused Egyptian President Abdel Fattah el-Sisi of jailing thousands of critics.",
        None,
        ("Amnesty International", "criticized", "Abdel Fattah el-Sisi"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), PAST_SUBHEADINGS)
def test_actor_coref_past_subheadings(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """A subheading between "It"/"They" and the sentence before is passed over."""
    check_kept_removed(extract(text), kept, removed)
