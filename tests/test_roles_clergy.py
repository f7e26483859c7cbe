"""Clergy titles: "Bishop X" with no owner is a member of the one church the sentence names,
also when another article named someone "Bishop" (the title is read, not the surname)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, triples

KENYA_CHURCH = (
    "Kenya church criticises vote\n\nKenya's Anglican Church has withdrawn its support for the"
    " elections. In the statement, read out on radio by Bishop Joseph Wasonga, the Church"
    " said it could not endorse the vote."
)
MEMBERS = [
    (KENYA_CHURCH, ("Joseph Wasonga", "member_of", "Anglican Church")),
    (
        "Archbishop John Odama said the Catholic Church would oppose the law.",
        ("John Odama", "member_of", "Catholic Church"),
    ),
]
NOT_MEMBERS = [
    # no church in the sentence: the title names no body
    (
        "Police arrested Bishop Samuel Okoth in Kisumu on Monday.",
        ("Samuel Okoth", "member_of", "Kisumu"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=MEMBERS, removed=NOT_MEMBERS)
)
def test_roles_clergy_bishop_is_member_of_the_church_named(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "read out by Bishop X, the Church said": X is a member of that church."""
    check_kept_removed(extract(text, published="2015-05-01"), kept, removed)


def test_roles_clergy_title_read_though_another_article_names_a_bishop(extract: Any) -> None:
    """A goalkeeper called Ben Bishop in another article does not hide the title."""
    hockey = (
        "Lightning win\n\nThe Lightning beat the Rangers 2-0 on Friday. Ben Bishop made 26"
        " saves. Bishop finished with a shutout."
    )
    graph = extract(hockey, KENYA_CHURCH, published="2015-05-01")
    assert ("Joseph Wasonga", "member_of", "Anglican Church") in triples(graph)
