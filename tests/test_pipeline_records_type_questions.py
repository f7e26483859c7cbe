"""Map records: a rule asks the corpus a name's type only once the sentence gives it a cue
to act on (a title, an apposed role, a possessive, a place preposition, a body word), so a
worker's record seldom holds a question whose answer only the corpus knows."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.pipeline import parse_stream
from kg.pipeline_records import Journal, extract_article
from kg.resolve.resolver import Resolver

_PASS = frozenset(
    {"call", "type_of", "type_in", "etype", "etype_is", "etype_in"}
    | {"<setcomp>", "<listcomp>", "<genexpr>"}
)


class _Askers(Journal):
    """A journal that notes which function asked each type."""

    def __init__(self, backend: Resolver) -> None:
        super().__init__(backend)
        self.asked: set[tuple[str, str]] = set()  # (label, function)

    def call(self, name: str, args: tuple[Any, ...]) -> Any:
        if name in ("type_of", "type_in"):  # the full type or a class
            frame = sys._getframe(1)
            while frame.f_code.co_name in _PASS and frame.f_back is not None:
                frame = frame.f_back
            self.asked.add((args[0], frame.f_code.co_name))
        return super().call(name, args)


CASES = [
    # text, label, rule, whether the rule asks its type
    ("Kenji Watanabe said the talks had failed.", "Kenji Watanabe", "_title_before", False),
    (
        "Foreign Minister Kenji Watanabe said the talks had failed.",
        "Kenji Watanabe",
        "_title_before",
        True,
    ),
    ("Kenji Watanabe said the talks had failed.", "Kenji Watanabe", "_name_apposed_title", False),
    (
        "Kenji Watanabe, the foreign minister, said the talks had failed.",
        "Kenji Watanabe",
        "_name_apposed_title",
        True,
    ),
    ("Officials said Tartus was quiet on Monday.", "Tartus", "_place_in", False),
    ("Tartus, in western Syria, was quiet on Monday.", "Tartus", "_place_in", True),
    ("Zarqa Holdings said profits rose.", "Zarqa Holdings", "org_bases", False),
    (
        "Zarqa Holdings, a company based in Amman, said profits rose.",
        "Zarqa Holdings",
        "org_bases",
        True,
    ),
    ("Zarqa Holdings said profits rose.", "Zarqa Holdings", "country_bodies", False),
    ("Kenji Watanabe said the talks had failed.", "Kenji Watanabe", "unnamed_officials", False),
    (
        "Kenji Watanabe said the Mongolian prime minister would visit Tokyo.",
        "Kenji Watanabe",
        "unnamed_officials",
        True,
    ),
    (
        # (a generic "Interior Ministry" is the country's collective body: fix18)
        "The Paraguayan Migration Office said the border was closed.",
        "Paraguayan Migration Office",
        "country_bodies",
        True,
    ),
]


@pytest.mark.parametrize(("text", "label", "rule", "asks"), CASES)
def test_pipeline_records_rule_asks_type_after_the_sentence(
    nlp: Any, text: str, label: str, rule: str, asks: bool
) -> None:
    """The rule asks the name's type when the sentence has its cue, not otherwise."""
    lexicon = default_lexicon()
    article = make_article(text, "q1", published="2015-05-20")
    ((article, paragraphs),) = list(parse_stream(nlp, [article]))
    journal = _Askers(Resolver(lexicon, spans=False))
    extract_article(lexicon, journal, article, paragraphs)
    labels = {args[0] for name, args, _ in journal.ops if name == "add"}
    assert label in labels, labels
    assert ((label, rule) in journal.asked) is asks, sorted(journal.asked)
