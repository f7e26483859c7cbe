"""An act told after "before" under a verb that stops its doer never happened (issue 12,
status that follows the text; kg/extract/qualifiers.py ``_forestalled``, cue words
``forestalled`` in kg/data/en/cues.json): "were arrested before launching an attack on X" is
denied; a verb that stops no one ("regrouped before launching an attack"), or a "before"
clause with a doer of its own ("killed two militants before Hamas attacked X"), leaves the
act as it was. Sentences about other actors than the article the case was seen in.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        # a gerund after "before" under a stopping verb
        (
            "The Boko Haram fighters were arrested before launching an attack on Maiduguri.",
            ("Boko Haram", "attacked", "Maiduguri"),
            "denied",
        ),
        # a clause after "before" whose doer is the stopped one, named by a pronoun
        (
            "Syrian troops were stopped before they attacked Homs.",
            ("Syrian troops", "attacked", "Homs"),
            "denied",
        ),
        # a verb that stops no one: the attack came after
        (
            "The rebels regrouped before launching an attack on Goma.",
            ("rebels", "attacked", "Goma"),
            "occurred",
        ),
        (
            "Houthi fighters seized Aden before attacking Taiz.",
            ("Houthis", "attacked", "Taiz"),
            "occurred",
        ),
        # a "before" clause with a doer of its own tells of a deed done
        (
            "Israeli troops killed two militants before Hamas attacked Sderot.",
            ("Hamas", "attacked", "Sderot"),
            "occurred",
        ),
        # the stopping clause's own act is not stopped
        (
            "Israeli troops killed two militants before Hamas attacked Sderot.",
            ("Israeli troops", "attacked", "militants"),
            "occurred",
        ),
    ],
)
def test_forestalled_status(extract: Any, text: str, triple: Triple, status: str) -> None:
    """The act's status is denied only when a stopping verb's "before" holds it."""
    assert statuses(extract(text, published="2015-05-20"), triple) == {status}
