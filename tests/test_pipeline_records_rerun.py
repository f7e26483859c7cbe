"""A record the corpus answers otherwise is run again on the driver with the cyclic
collector paused (its decoding, its paragraphs' tables and its rules make many short-lived
objects), and the re-run's drafts and corpus state are still the serial build's."""

from __future__ import annotations

import gc
from typing import Any

import pytest

import kg.pipeline_records as records
from kg.extract import Paragraph
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.model import Article
from kg.pipeline import parse_stream
from kg.pipeline_records import Journal, extract_article, fresh, map_article, reduce_article
from kg.resolve.resolver import Resolver

# (first article, later article): the later one names by surname alone a person the first
# named in full, so a worker that mapped it alone answers "a known surname?" otherwise
CASES = [
    (
        "Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo in Nairobi.",
        "Ruto said trade would grow. Akufo-Addo thanked Kenya for the talks.",
    ),
    (
        "Chilean Foreign Minister Alberto van Klaveren spoke with Mariana Altamirano on Friday.",
        "Altamirano told reporters that Chile would send aid to Ecuador.",
    ),
]


def _parsed(nlp: Any, *texts: str) -> list[tuple[Article, list[Paragraph]]]:
    articles = [make_article(t, f"r{i}", published="2025-05-06") for i, t in enumerate(texts)]
    return list(parse_stream(nlp, articles))


@pytest.mark.parametrize(("first", "later"), CASES)
def test_pipeline_records_rerun_runs_with_collector_paused(
    nlp: Any, first: str, later: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-run parses and runs its rules with the collector off, gives the serial drafts and
    entities, and leaves the collector on after."""
    lexicon = default_lexicon()
    (a, pa), (b, pb) = _parsed(nlp, first, later)
    serial, reduced = Resolver(lexicon), Resolver(lexicon)
    expected = [
        extract_article(lexicon, Journal(serial), art, fresh(paras))
        for art, paras in ((a, pa), (b, pb))
    ]
    seen: list[bool] = []  # the collector's state while a re-run's rules ran
    plain = records._stages  # the rules, after a whole run's or a relinked run's mentions

    def watched(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return plain(*args)

    monkeypatch.setattr(records, "_stages", watched)
    got, conflicts = [], []
    parsed_with: list[bool] = []  # the collector's state while ``parse`` ran

    for article, paragraphs in ((a, pa), (b, pb)):
        record = map_article(lexicon, article, fresh(paragraphs))
        seen.clear()

        def parse(p: list[Paragraph] = paragraphs) -> list[Paragraph]:
            parsed_with.append(gc.isenabled())
            return fresh(p)

        done, conflict = reduce_article(reduced, lexicon, article, record, parse)
        got.append(list(done.drafts))
        conflicts.append(conflict)
    assert gc.isenabled()
    assert conflicts[0] is None
    assert conflicts[1] is not None, "the later article is re-run"
    assert seen == [False]
    assert parsed_with == [False]
    assert got == expected
    assert reduced.entities() == serial.entities()


def test_pipeline_records_rerun_leaves_collector_off_if_it_was(nlp: Any) -> None:
    """A re-run in a step that already paused the collector leaves it paused."""
    lexicon = default_lexicon()
    first, later = CASES[0]
    (a, pa), (b, pb) = _parsed(nlp, first, later)
    reduced = Resolver(lexicon)
    gc.disable()
    try:
        conflicts = []
        for article, paragraphs in ((a, pa), (b, pb)):
            record = map_article(lexicon, article, fresh(paragraphs))
            _, conflict = reduce_article(
                reduced, lexicon, article, record, lambda p=paragraphs: fresh(p)
            )
            conflicts.append(conflict)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert conflicts[1] is not None, "the later article is re-run"


def test_distributed_decoder_keeps_collector_paused(nlp: Any) -> None:
    """Decoding a re-run's DocBin in a paused step leaves the collector paused (srsly's
    msgpack reader turns it on), and on where it was on."""
    from spacy.tokens import DocBin

    from kg.nlp.distributed import _decoder
    from kg.pipeline import chunks

    first, _ = CASES[1]
    ((article, paragraphs),) = _parsed(nlp, first)
    blob = DocBin(docs=[p.doc for p in paragraphs]).to_bytes()
    parse = _decoder(blob, chunks(article), nlp.vocab)
    gc.disable()
    try:
        decoded = parse()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert [p.doc.text for p in decoded] == [p.doc.text for p in paragraphs]
    parse()
    assert gc.isenabled()
