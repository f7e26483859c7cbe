"""A demand whose clause verb of leaving office the small model reads as a noun ("demanded
that Prime Minister Y resign", parsed as the noun "Y resign") is still a demand made of Y
(kg/extract/demands.py). Sentences of our own about actors that are neither the seed's nor
the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

# (sentence, kept demand or None, removed demand or None)
RESIGN_DEMANDS = [
    (
        "The Liberal Party demanded that Prime Minister Stephen Harper resign.",
        ("Liberal Party", "requested", "Stephen Harper"),
        None,
    ),
    (
        "The Liberal Party repeated its demand that Prime Minister Stephen Harper resign.",
        ("Liberal Party", "requested", "Stephen Harper"),
        None,
    ),
    (
        "Turkish opposition parties demanded that Interior Minister Efkan Ala resign.",
        ("Turkish opposition", "requested", "Efkan Ala"),
        None,
    ),
    # an assertion about leaving office, or a question, demands nothing
    (
        "The Liberal Party said that Prime Minister Stephen Harper would resign.",
        None,
        ("Liberal Party", "requested", "Stephen Harper"),
    ),
    (
        "The Liberal Party demanded to know whether Prime Minister Stephen Harper would resign.",
        None,
        ("Liberal Party", "requested", "Stephen Harper"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), RESIGN_DEMANDS)
def test_demands_resign_read_as_noun(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """ "demanded that Y resign" is a demand made of Y however "resign" is tagged."""
    check_kept_removed(extract(sentence), kept, removed)
