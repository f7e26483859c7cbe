"""An event noun in the "of" phrase of the people who do it ("leaders of a failed coup
against X", "members of a protest against X") is theirs: whoever acts on those people did not
do it. Sentences about actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_CLAIMED = [
    (
        "Loyalist troops arrested leaders of a failed coup against President Pierre Nkurunziza.",
        ("Loyalist forces", "attacked", "Pierre Nkurunziza"),
    ),
    (
        "Turkish police detained members of a protest against Erdogan.",
        ("Turkish police", "criticized", "Recep Tayyip Erdogan"),
    ),
]

# (sentence, (subject, predicate, object) still claimed: the event's own doers)
CLAIMED = [
    (
        "Burundian generals staged a coup against President Pierre Nkurunziza.",
        ("Burundian army", "attacked", "Pierre Nkurunziza"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), NOT_CLAIMED)
def test_event_doer_nouns_not_claimed(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Arresting a coup's leaders or detaining a protest's members is not the coup or protest."""
    assert not claims_between(extract(sentence), *triple)


@pytest.mark.parametrize(("sentence", "triple"), CLAIMED)
def test_event_doer_nouns_claimed(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Those who stage the event still do it."""
    event_claim(extract(sentence), *triple, "ASSAULT")
