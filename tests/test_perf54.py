"""The rule layer doing less work for the same output (perf54).

``contest_report`` (kg/extract/qualifiers.py) counts scores only in a text holding a digit, a
dash and a digit (``_SCORE_CORE``, the core of every ``_SCORE`` match): ``re`` tried the score's
look-behind at every character of every paragraph. ``denied_reports`` passes over a paragraph
holding no denial verb among its words, and still hands a pending report's words to its first
sentence. ``_called_cities`` (kg/extract/nominals.py) passes over a paragraph holding no city
noun. What must stay: the same scores, the same denied report on the sentence after the
denial, the same towns.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Paragraph
from kg.extract.nominals import _called_cities
from kg.lexicon import default_lexicon


@pytest.mark.parametrize(
    "text",
    [
        "winning on scores of 117-111 and 116-112.",
        "a 6-4, 6-2 win over Serena Williams",
        "Porto drew 1-1 with Benfica (3-2 on aggregate).",
        "Lawmakers approved the bill by 120-80 on Monday.",
        # no score, with and without the core: dates, ranges, names
        "The talks of 2015-06-05 ran 9-10 hours.",
        "On 12-3-2015 the al-Qaeda group and the Wall Street Journal said so.",
        "No digits here - just a dash.",
        "",
    ],
)
def test_perf54_score_core_covers_every_score(text: str) -> None:
    """A text with a score holds ``_SCORE_CORE``: skipping the others changes no count."""
    if qualifiers._SCORE.findall(text):
        assert qualifiers._SCORE_CORE.search(text)


def _paragraphs(nlp: Any, texts: list[str]) -> list[Paragraph]:
    paras, offset = [], 0
    for text in texts:
        paras.append(Paragraph(nlp(text), offset))
        offset += len(text) + 2
    return paras


def test_perf54_denied_report_reaches_the_next_paragraph(nlp: Any) -> None:
    """The denied report's words go to the first sentence after the denial, in a paragraph
    with no denial verb of its own; a later paragraph gets none."""
    paras = _paragraphs(
        nlp,
        [
            "Ruritania denied reports that its jets bombed a hospital.",
            "The strike killed ten people. Doctors counted the dead.",
            "Officials met in the capital.",
        ],
    )
    ctx = ArticleContext(default_lexicon(), None, "a1", None)  # type: ignore[arg-type]
    qualifiers.denied_reports(ctx, paras)
    assert set(ctx.denied_reports) == {(id(paras[1].doc), 0)}
    assert "bomb" in ctx.denied_reports[(id(paras[1].doc), 0)]


def test_perf54_no_denial_no_report(nlp: Any) -> None:
    """Reports that are not denied leave nothing (negative)."""
    paras = _paragraphs(
        nlp, ["Ruritania confirmed reports that its jets bombed a hospital.", "Ten died."]
    )
    ctx = ArticleContext(default_lexicon(), None, "a1", None)  # type: ignore[arg-type]
    qualifiers.denied_reports(ctx, paras)
    assert ctx.denied_reports == {}


def test_perf54_called_cities(nlp: Any) -> None:
    """ "the town of Kumanovo" calls Kumanovo a town; a paragraph with no city noun calls
    no place anything."""
    paras = _paragraphs(
        nlp, ["Police entered the town of Kumanovo.", "Police entered Kumanovo on Monday."]
    )
    for para in paras:
        at = next(t.i for t in para.tokens if t.text == "Kumanovo")
        para.links[at] = "Kumanovo"
    assert _called_cities(paras) == {"Kumanovo": {"town"}}
    assert _called_cities(paras[1:]) == {}
