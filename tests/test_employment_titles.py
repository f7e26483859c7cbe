"""Employment claims carry the job the text names as their title. Actors other than the
seed's."""

from __future__ import annotations

from typing import Any

import pytest

JOBS: list[tuple[str, str, str, str]] = [
    # (text, person, employer, title)
    ("Leila Hamdan, a politics professor at the American University of Beirut, said the "
     "vote was close.", "Leila Hamdan", "American University of Beirut", "politics professor"),
    ("Tomas Novak, UNICEF's public information officer in Prague, said so.", "Tomas Novak",
     "UNICEF", "public information officer"),
    ("Fred Demler, a senior economist with Drexel Burnham Lambert, said so.", "Fred Demler",
     "Drexel Burnham Lambert", "senior economist"),
    # an age in front of the job is no part of it
    ("Maria Lopez, a 43-year-old economist with Deutsche Bank, said so.", "Maria Lopez",
     "Deutsche Bank", "economist"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "employer", "title"), JOBS)
def test_employment_title_is_the_job_noun(
    extract: Any, text: str, person: str, employer: str, title: str
) -> None:
    """ "X, a politics professor at Y": X member_of Y, titled "politics professor"."""
    graph = extract(text, published="2015-05-20")
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == "member_of"
        and r.object is not None
        and graph.entities[r.subject].label == person
        and graph.entities[r.object].label == employer
    }
    assert titles == {title}
