"""The build loop's coding of claims: cooperative actions announced for the future are
intents to cooperate (CAMEO 03, PLOVER AGREE)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.vocab import intent_cameo


@pytest.mark.parametrize(
    ("cameo", "intent"),
    [
        ("040", "036"),
        ("042", "036"),
        ("051", "032"),
        ("0571", "030"),
        ("061", "0311"),
        ("071", "0331"),
        ("084", "0353"),
        ("0874", "0356"),
        ("173", None),
        ("190", None),
    ],
)
def test_pipeline_intent_codes(cameo: str, intent: str | None) -> None:
    """Each cooperative CAMEO code has a CAMEO 03 intent counterpart; conflict codes none."""
    assert intent_cameo(cameo) == intent


@pytest.mark.parametrize(
    ("sentence", "status", "event"),
    [
        ("Norway will give Malawi a grant of ten million dollars.", "planned", "AGREE"),
        ("Norway gave Malawi a grant of ten million dollars.", "occurred", "AID"),
        ("Nana Akufo-Addo will visit Togo next week.", "planned", "AGREE"),
    ],
)
def test_pipeline_future_cooperation_is_agree(
    extract: Any, sentence: str, status: str, event: str
) -> None:
    """A planned cooperative claim is coded AGREE; the same claim that happened keeps its type."""
    graph = extract(sentence)
    found = [r for r in graph.claims if r.qualifiers.event is not None]
    assert found, [r.predicate.value for r in graph.claims]
    assert {(r.qualifiers.status.value, r.qualifiers.event.value) for r in found} == {
        (status, event)
    }


def test_pipeline_future_conflict_keeps_its_type(extract: Any) -> None:
    """A planned attack is still ASSAULT (with a future context), not an agreement."""
    graph = extract("Rebels will attack Goma next week, the army said.")
    events = {r.qualifiers.event.value for r in graph.claims if r.qualifiers.event}
    assert events == {"ASSAULT"}


def test_pipeline_build_loop_freezes_the_static_heap(nlp: Any) -> None:
    """The build loop runs with the heap alive before it frozen (out of the collector's full
    passes) and unfreezes it after; a heap the caller froze stays frozen."""
    import gc

    from kg.ingest.articles import make_article
    from kg.pipeline import run_build

    seen: list[int] = []
    article = make_article("Velmora Holt met Anzor Quell in Tbilisi.", "f1", published="2024-03-04")
    assert gc.get_freeze_count() == 0
    run_build([article], nlp=nlp, on_article=lambda _: seen.append(gc.get_freeze_count()))
    assert seen
    assert seen[0] > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        run_build([article], nlp=nlp)
        # not unfrozen: that would empty it (a frozen object may still die, such as the
        # context mapping a context variable replaces)
        assert gc.get_freeze_count() > frozen - 1_000
    finally:
        gc.unfreeze()


def test_pipeline_build_loop_freezes_what_each_article_leaves(nlp: Any) -> None:
    """Before each article the loop freezes what the articles before left alive (the
    corpus's clusters, the articles' metadata): the collections during an article walk only
    what it made. Nothing stays frozen after the build."""
    import gc

    from kg.ingest.articles import make_article
    from kg.pipeline import run_build

    made: list[list[int]] = []  # a container made during the first article, kept alive
    frozen: list[bool] = []

    def on_article(_: Any) -> None:
        if made:  # the second article: the container is in no generation of the collector
            frozen.append(all(o is not made[0] for g in range(3) for o in gc.get_objects(g)))
        made.append([len(made)])

    articles = [
        make_article("Velmora Holt met Anzor Quell in Tbilisi.", "f1", published="2024-03-04"),
        make_article("Dravik Sol criticized Orlen Vask in Baku.", "f2", published="2024-03-05"),
    ]
    run_build(articles, nlp=nlp, on_article=on_article)
    assert frozen == [True]
    assert gc.get_freeze_count() == 0


def test_pipeline_build_loop_collects_young_objects_less_often(nlp: Any) -> None:
    """In the build loop the young generation is collected every ``_YOUNG`` allocations at
    most; the thresholds the caller had are back after it."""
    import gc

    from kg.ingest.articles import make_article
    from kg.pipeline import _YOUNG, run_build

    seen: list[tuple[int, int, int]] = []
    article = make_article("Velmora Holt met Anzor Quell in Tbilisi.", "f1", published="2024-03-04")
    before = gc.get_threshold()
    run_build([article], nlp=nlp, on_article=lambda _: seen.append(gc.get_threshold()))
    assert seen == [(max(before[0], _YOUNG), *before[1:])]
    assert gc.get_threshold() == before


def test_pipeline_build_leaves_the_collector_as_it_found_it(nlp: Any) -> None:
    """After a build the collector is on or off as the caller had it (loading the model reads
    msgpack through srsly, which turns it on), with the caller's thresholds and no object
    left frozen."""
    import gc

    from kg.ingest.articles import make_article
    from kg.pipeline import run_build

    article = make_article("Velmora Holt met Anzor Quell in Tbilisi.", "f1", published="2024-03-04")
    before = gc.get_threshold()
    gc.disable()
    try:
        run_build([article])  # loads its own model
        assert not gc.isenabled()
        run_build([article], nlp=nlp)
        assert not gc.isenabled()
    finally:
        gc.enable()
    run_build([article], nlp=nlp)
    assert gc.isenabled()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_pipeline_paragraphs_freed_without_the_collector(nlp: Any) -> None:
    """An article's paragraphs (and their Docs) are freed by reference counts once it is
    built, the cyclic collector off: no rule leaves them in a cycle (a recursive closure
    holding the paragraph kept each one alive until the collector's next pass)."""
    import gc

    from kg.extract.context import Paragraph
    from kg.ingest.articles import make_article
    from kg.pipeline import run_build

    texts = [
        "Velmora Holt met Anzor Quell in Tbilisi on Monday.",
        "The clashes that started in Karvona killed six soldiers, the army said.",
        "Ostrava troops attacked the town of Belvik, where rebels held the port.",
        "Anzor Quell met Petra Lind before leaving Rome.",
    ]
    articles = [make_article(t, f"g{i}", published="2024-03-04") for i, t in enumerate(texts)]
    gc.collect()
    gc.disable()
    try:
        run = run_build(articles, nlp=nlp)
        left = [o for o in gc.get_objects() if isinstance(o, Paragraph)]
    finally:
        gc.enable()
    assert len(run.built) == len(texts)
    assert any(r.qualifiers.place for r in run.builder.graph().claims)
    assert left == []


def test_pipeline_parse_stream_paragraph_text_is_the_docs(nlp: Any) -> None:
    """parse_stream gives each paragraph the text it parsed, which is its Doc's text."""
    from kg.ingest.articles import make_article
    from kg.pipeline import parse_stream

    raw = "Mirela Dascu met\u00a0Lindor Vey in Tirana.\n\nTalks\tresumed on Friday!  Yes.\n\nEnd"
    articles = [make_article(raw, "a1"), make_article("Oslo hosted talks.\n\nThey ended.", "a2")]
    parsed = list(parse_stream(nlp, articles, batch_size=2))
    assert [a.id for a, _ in parsed] == ["a1", "a2"]
    for article, paragraphs in parsed:
        assert len(paragraphs) == len(article.paragraphs)
        for para in paragraphs:
            assert para.text == para.doc.text
            assert para.text == article.text[para.offset : para.offset + len(para.text)]
