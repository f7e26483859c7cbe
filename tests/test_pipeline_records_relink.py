"""A re-run on the driver starts where the record stops holding: at the mentions' linking
when the corpus labels a mention otherwise, with the record's mentions (not found again),
and from the first stage when the mention phase held; the drafts, the calls and the corpus
state are still the serial build's."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

import kg.pipeline_records as records
from kg.extract import Paragraph
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.model import Article
from kg.pipeline import parse_stream
from kg.pipeline_records import (
    ArticleRecord,
    Journal,
    extract_article,
    extract_here,
    fresh,
    map_article,
    reduce_article,
)
from kg.resolve.resolver import Resolver

# (earlier article, later article): the later is reduced after the earlier, from a record
# its own worker made; it names by surname a person the earlier names in full
CASES = [
    (
        "Peruvian President Dina Boluarte met Bolivian President Luis Arce in Lima on Monday.",
        "Boluarte said the two countries would reopen the border. Arce thanked Peru.",
    ),
    (
        "Norwegian Prime Minister Jonas Gahr Store spoke with Danish Prime Minister Mette "
        "Frederiksen in Oslo.",
        "Frederiksen said Denmark would send troops to Estonia. Store criticised Russia.",
    ),
    (
        "Ugandan opposition leader Bobi Wine was arrested by soldiers in Kampala.",
        "Police said Wine had attacked officers. The army denied that it beat protesters.",
    ),
    (
        # a description the later name labels (kg/resolve/named_later.py): linked where it
        # stands, with the label the later name is given
        "Moroccan police arrested two activists in Rabat on Sunday.",
        "A Moroccan judge has ordered the detention of two activists. Judge Karim Bennani on "
        "Monday ordered their detention for 15 days.",
    ),
]


def _parsed(nlp: Any, earlier: str, later: str) -> list[tuple[Article, list[Paragraph]]]:
    texts = (earlier, later)
    articles = [make_article(t, f"l{i}", published="2025-03-04") for i, t in enumerate(texts)]
    return list(parse_stream(nlp, articles))


def _flipped(record: ArticleRecord, at: int) -> ArticleRecord:
    """``record`` with the answer of its ``at``-th call changed, as a worker's resolver that
    answered it otherwise would have written it."""
    name, args, answer = record.ops[at]
    other = (answer + " Jr") if isinstance(answer, str) else (not answer)
    ops = (*record.ops[:at], (name, args, other), *record.ops[at + 1 :])
    return replace(record, ops=ops)


def _first(record: ArticleRecord, names: tuple[str, ...], stages: bool) -> int | None:
    """The first call named one of ``names`` in the mention phase, or in the stages."""
    span = range(record.stages, len(record.ops)) if stages else range(record.stages)
    return next((i for i in span if record.ops[i][0] in names), None)


WHERE = [
    # the call whose answer differs, whether it is a stage's, whether the mentions are found
    # again (the whole article run again)
    (("canonical",), False, False),
    (("type_in", "type_of", "named_in", "cluster_exists"), True, False),
    (("known_surname",), False, True),
]


@pytest.mark.parametrize(("earlier", "later"), CASES)
@pytest.mark.parametrize(("names", "stages", "whole"), WHERE)
def test_pipeline_records_relink_rerun_is_the_serial_build(
    nlp: Any,
    earlier: str,
    later: str,
    names: tuple[str, ...],
    stages: bool,
    whole: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A record that stops holding at a linking call or a stage's call is run again from
    there, one that stops at a surname question while mentions are found is run whole; each
    gives the serial build's calls, drafts and entities."""
    lexicon = default_lexicon()
    (a, pa), (b, pb) = _parsed(nlp, earlier, later)
    serial = Resolver(lexicon)
    expected = []
    for article, paragraphs in ((a, pa), (b, pb)):
        journal = Journal(serial)
        drafts = extract_article(lexicon, journal, article, fresh(paragraphs))
        expected.append((tuple(journal.ops), tuple(drafts), journal.stages))
    # the later article's record as the serial build answered it, one answer changed
    reduced = Resolver(lexicon)
    extract_here(reduced, lexicon, a, fresh(pa), log=False)
    held = ArticleRecord(b.id, *expected[1])
    at = _first(held, names, stages)
    if at is None:
        # a known surname is asked only of a proper noun no mention covers (the third
        # article has none); the other calls are asked in every case
        assert names == ("known_surname",), f"no {names} call in {later!r}"
        return
    whole_runs: list[int] = []
    plain = records.extract_article

    def counted(*args: Any) -> Any:
        whole_runs.append(1)
        return plain(*args)

    monkeypatch.setattr(records, "extract_article", counted)
    done, conflict = reduce_article(reduced, lexicon, b, _flipped(held, at), lambda: fresh(pb))
    assert conflict == held.ops[at][0]
    assert (done.ops, done.drafts, done.stages) == expected[1]
    assert len(whole_runs) == int(whole)
    assert reduced.entities() == serial.entities()


def test_pipeline_records_relink_old_record_runs_whole(nlp: Any) -> None:
    """A record saved before it said where its stages start (``stages`` -1) is run whole
    when it stops holding, with the same result."""
    lexicon = default_lexicon()
    (a, pa), (b, pb) = _parsed(nlp, *CASES[0])
    serial, reduced = Resolver(lexicon), Resolver(lexicon)
    extract_article(lexicon, Journal(serial), a, fresh(pa))
    journal = Journal(serial)
    drafts = extract_article(lexicon, journal, b, fresh(pb))
    extract_here(reduced, lexicon, a, fresh(pa), log=False)
    alone = map_article(lexicon, b, fresh(pb))  # the worker's: "Boluarte" alone
    old = ArticleRecord(alone.article_id, alone.ops, alone.drafts)
    assert old.stages == -1
    assert records._links_from(old) is None
    done, conflict = reduce_article(reduced, lexicon, b, old, lambda: fresh(pb))
    assert conflict is not None, "the corpus knows the surname the worker did not"
    assert (done.ops, done.drafts) == (tuple(journal.ops), tuple(drafts))
    assert done.stages == journal.stages


def test_pipeline_records_relink_stages_survive_packing(nlp: Any) -> None:
    """Where the stages start travels with a packed record, and a record pickled before it
    was kept (three values) reads back as not known."""
    from kg.nlp.distributed import pack, unpack

    lexicon = default_lexicon()
    ((article, paragraphs),) = list(parse_stream(nlp, [make_article(CASES[1][0], "p0")]))
    record = map_article(lexicon, article, fresh(paragraphs))
    assert record.stages > 0
    back = unpack(pack(record))
    assert back == record
    assert records._links_from(record) is not None
    three = records._made(ArticleRecord, (record.article_id, record.ops, record.drafts))
    assert three.stages == -1
