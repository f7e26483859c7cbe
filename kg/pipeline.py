"""The build loop: articles -> spaCy -> mentions -> resolution -> extraction stages -> a
KnowledgeGraph. ``run_build`` is the one loop behind build, add, eval and the Dask engine; one
article's problem is reported and skipped, the others are built.
"""

from __future__ import annotations

import gc
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from kg.errors import InputError, KgError
from kg.extract import Draft, Paragraph
from kg.graph.core import KnowledgeGraph, SpooledClaims
from kg.ingest.articles import collapse_ws
from kg.io.spool import SortedSpool, Spool
from kg.lexicon import Lexicon, default_lexicon
from kg.model import Article, Entity, Evidence, Offsets, Qualifiers, Relation
from kg.pipeline_records import ArticleRecord, extract_here, reduce_article
from kg.resolve.resolver import Resolver
from kg.vocab import Status, intent_cameo, plover_of_cameo, reported_predicate

MAX_CHUNK = 20_000
MAX_RUN = 2_000  # text with no sentence end is cut this short: one huge "sentence" costs GBs
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def chunks(article: Article, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """Paragraph spans, with over-long paragraphs cut after a sentence end so that spaCy
    never sees a huge document (a 1 MB single-line file is read in pieces); a stretch with
    no sentence end is cut at a space every ``MAX_RUN`` characters."""
    spans: list[tuple[int, int]] = []
    for start, end in article.paragraphs:
        while end - start > limit:
            cut = article.text.rfind(". ", start, start + limit)
            cut = cut + 2 if cut > start else start + limit
            spans.extend(cut_runs(article.text, start, cut))
            start = cut
        spans.extend(cut_runs(article.text, start, end))
    return spans


def cut_runs(text: str, start: int, end: int, run: int = MAX_RUN) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` only where more than ``run`` characters pass without a
    sentence end, at the last space before the limit.

    >>> cut_runs("aa bb cc dd. ee", 0, 15, run=6)
    [(0, 6), (6, 9), (9, 15)]
    """
    pieces: list[tuple[int, int]] = []
    piece = scan = start
    while True:
        found = _SENTENCE_END.search(text, scan, end)
        boundary = found.end() if found else end
        if boundary - scan > run:
            space = text.rfind(" ", scan + 1, scan + run)
            cut = space + 1 if space > scan else scan + run
            pieces.append((piece, cut))
            piece = scan = cut
            continue
        if found is None:
            break
        scan = boundary
    pieces.append((piece, end))
    return pieces


def parse_stream(
    nlp: Any, articles: Iterable[Article], workers: int = 1, batch_size: int = 64
) -> Iterator[tuple[Article, list[Paragraph]]]:
    """Parse articles as one stream through ``nlp.pipe`` and yield each article with its
    paragraphs as soon as its last paragraph is parsed; no Doc outlives its article, and
    articles are read from ``articles`` only as the parser reaches them (an iterator is
    never held whole)."""
    pending: dict[int, Article] = {}  # read, not yet yielded: a few batches' worth

    def items() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for index, article in enumerate(articles):
            pending[index] = article
            for s, e in chunks(article):
                yield article.text[s:e], (index, s, e)

    current: int | None = None
    paragraphs: list[Paragraph] = []
    docs = nlp.pipe(items(), as_tuples=True, batch_size=batch_size, n_process=max(1, workers))
    for doc, (index, start, end) in docs:
        if current is not None and index != current:
            yield pending.pop(current), paragraphs
            paragraphs = []
        current = index
        # a Doc's text is the text it was made from (spaCy's tokens keep every character)
        paragraphs.append(Paragraph(doc, start, _text=pending[index].text[start:end]))
    if current is not None:
        yield pending.pop(current), paragraphs


class GraphBuilder:
    """Accumulates articles into one graph: entities resolved across the whole corpus."""

    def __init__(
        self, lexicon: Lexicon | None = None, keep: bool = False, spans: bool = True
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        # without ``spans`` the graph has no mention records (``graph.mentions`` empty):
        # mentions are counted, so memory follows the entities (``kg build``, ``kg add``)
        self.resolver = Resolver(self.lexicon, spans)
        self.articles: dict[str, Article] = {}
        # each draft with its evidence, taken from the text at once and spooled to disk: only
        # the article's metadata stays (``_meta``), so memory follows entities, not words
        self.drafts: Spool[tuple[Evidence, Draft]] = Spool()
        self.ids: dict[str, str] = {}
        # articles whose rules ran again on the driver, by the call whose answer differed
        self.reruns: Counter[str] = Counter()
        # with ``keep``: each article with its record as the corpus answered it (for a store)
        self.kept: list[tuple[Article, ArticleRecord]] | None = [] if keep else None

    def add(self, article: Article, paragraphs: list[Paragraph]) -> ArticleRecord:
        """Map and reduce one parsed article in one step, its rules run on the corpus
        resolver (a build whose rules run in this process): the same drafts and resolver
        state as ``reduce`` of its record, with the rules run once (``extract_here``)."""
        done = extract_here(
            self.resolver, self.lexicon, article, paragraphs, log=self.kept is not None
        )
        self.articles[article.id] = _meta(article)
        if self.kept is not None:
            self.kept.append((article, done))
        self.drafts.extend((_evidence(article, d), d) for d in done.drafts)
        return done

    def reduce(
        self, article: Article, record: ArticleRecord, parse: Callable[[], list[Paragraph]]
    ) -> ArticleRecord:
        """Merge one article's record into the corpus, in input order; ``parse`` gives the
        article's paragraphs again if its rules must run here (see ``kg.pipeline_records``)."""
        self.articles[article.id] = _meta(article)
        done, conflict = reduce_article(self.resolver, self.lexicon, article, record, parse)
        if conflict is not None:
            self.reruns[conflict] += 1
        if self.kept is not None:
            self.kept.append((article, done))
        self.drafts.extend((_evidence(article, d), d) for d in done.drafts)
        return done

    def graph(self) -> KnowledgeGraph:
        """The graph of everything added so far, with final entity ids."""
        entities, ids, mentions = self.resolver.entities()
        self.ids = ids
        finished = (_finish(evidence, draft, ids) for evidence, draft in self.drafts)
        # sorted by key, the first claim of each key kept; past one run they wait on disk
        claims = SortedSpool((r for r in finished if r is not None), Relation.key, unique=True)
        held = claims.in_memory()
        # every entity stays, with or without relations: a country named only as "Russian"
        # is still a real mention of it
        return KnowledgeGraph(
            entities=entities,
            claims=held if held is not None else SpooledClaims(claims),
            articles=dict(sorted(self.articles.items())),
            mentions=mentions,
        )


# a cooperative action its actors plan is coded as their intent to do it (CAMEO 03); a
# proposal is not, as its proposer is often a third party ("Erdogan proposed a meeting
# between Putin and Zelensky" is no intent of theirs)
_INTENDED = frozenset({Status.PLANNED})


_NO_OFFSETS = Offsets()  # one for every article's metadata (each of its own cost ~180 bytes)


def _meta(article: Article) -> Article:
    """The article without its text (what the graph keeps of it); its publisher and date,
    shared by many articles, are one string each."""
    return replace(
        article,
        raw="",
        text="",
        offsets=_NO_OFFSETS,
        paragraphs=(),
        source=_shared(article.source),
        published=_shared(article.published),
        language=sys.intern(article.language),
    )


def _shared(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def _evidence(article: Article, draft: Draft) -> Evidence:
    """The sentence a draft claim comes from, with its span in the original file."""
    start, end = draft.sentence
    raw_start, raw_end = article.raw_span(start, end)
    return Evidence(article.id, collapse_ws(article.text[start:end]), raw_start, raw_end)


def _finish(source: Evidence | Article, draft: Draft, ids: dict[str, str]) -> Relation | None:
    """The claim of a draft with final entity ids (``source``: its evidence, or the article
    to take it from), or None when an end did not become an entity."""
    evidence = source if isinstance(source, Evidence) else _evidence(source, draft)
    subject = ids.get(draft.subject)
    obj = ids.get(draft.object) if draft.object is not None else None
    if subject is None or (draft.object is not None and obj is None) or subject == obj:
        return None
    interaction = draft.predicate.interaction
    cameo = draft.cameo if interaction else None
    if draft.status in _INTENDED:
        cameo = intent_cameo(cameo) or cameo
    qualifiers = Qualifiers(
        status=draft.status,
        date=draft.date if interaction else None,
        place=draft.place if interaction else None,
        title=draft.title,
        cameo=cameo,
        event=plover_of_cameo(cameo),
    )
    return Relation(
        subject=subject,
        predicate=reported_predicate(draft.predicate, cameo),
        object=obj,
        qualifiers=qualifiers,
        evidence=evidence,
        confidence=draft.confidence,
        value=draft.value,
    )


def _parse_one(nlp: Callable[[], Any], article: Article, batch_size: int) -> list[Paragraph]:
    return next(parse_stream(nlp(), [article], 1, batch_size))[1]


def _map_here(
    parsed: Iterator[tuple[Article, list[Paragraph]]],
) -> Iterator[tuple[Article, ArticleRecord | None, Callable[[], list[Paragraph]]]]:
    """A local build: no record, the rules of each parsed article run in this process on
    the corpus resolver (``GraphBuilder.add``)."""
    for article, paragraphs in parsed:
        yield article, None, lambda paragraphs=paragraphs: paragraphs  # type: ignore[misc]


@dataclass
class BuildRun:
    """What one pass of the build loop produced: the builder (its graph and entity ids), the
    articles built and those skipped, with the reason."""

    builder: GraphBuilder
    built: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    # a line for each rule stage that raised on an article built (its other claims kept)
    failures: list[str] = field(default_factory=list)


# an article, its record mapped on a worker (None: map it here) and its parse, done on demand
_Mapped = tuple[Article, ArticleRecord | None, Callable[[], list[Paragraph]]]


def run_build(
    articles: Iterable[Article],
    *,
    lexicon: Lexicon | None = None,
    nlp: Any = None,
    model: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 64,
    strict: bool = False,
    seed: list[Entity] | None = None,
    on_article: Callable[[Article], None] | None = None,
    held: Iterable[tuple[Article, ArticleRecord]] = (),
    keep: bool = False,
    resolver: Resolver | None = None,
    spans: bool = True,
) -> BuildRun:
    """Parse and map articles (locally: ``nlp.pipe`` with ``workers`` processes, the map in
    this process; on Dask: parse and map on the workers), then reduce each record, in input
    order, into one ``GraphBuilder``. ``seed`` entities (an existing graph's) are known
    before the first article, so new mentions resolve to them.

    The engine never changes the result: a record is used only when its rules would have run
    the same way in a serial build (see ``kg.pipeline_records``).

    ``held`` records (a store's, in their order) are reduced before the new articles, with
    no parse unless the corpus now answers one differently; ``keep`` keeps every record.
    ``resolver``: the corpus state to start from (a store's, saved after its last update).
    ``spans``: keep every mention record for ``graph.mentions`` (see ``GraphBuilder``).
    """
    with _collector_kept():
        builder = _start_builder(lexicon, keep, spans, resolver, seed)
        run = BuildRun(builder)
        lexicon = builder.lexicon
        loaded: list[Any] = [nlp]

        def model_here() -> Any:
            if loaded[0] is None:
                from kg.nlp.model import load_model

                loaded[0] = load_model(model)
            return loaded[0]

        for old, kept in held:
            builder.reduce(old, kept, partial(_parse_one, model_here, old, batch_size))
        source = iter(articles)  # read as the parser reaches them: a list or a lazy reader
        first = next(source, None)
        if first is None:
            return run
        articles = itertools.chain([first], source)
        mapped: Iterator[_Mapped]
        if engine == "dask":
            from kg.nlp.distributed import map_on_dask
            from kg.nlp.model import model_name

            mapped = map_on_dask(
                list(articles), model_name(model), scheduler, workers, batch_size, lexicon
            )
        elif engine == "local":
            parsed = parse_stream(model_here(), articles, workers, batch_size)
            mapped = _map_here(parsed)
        else:
            raise KgError(f"unknown engine {engine!r}; use local or dask.")
        with _frozen_heap() as settle:
            _reduce_mapped(run, mapped, strict, on_article, settle)
        return run


def _start_builder(
    lexicon: Lexicon | None,
    keep: bool,
    spans: bool,
    resolver: Resolver | None,
    seed: list[Entity] | None,
) -> GraphBuilder:
    """A graph builder on ``resolver``'s corpus state (else a fresh one) that knows the
    ``seed`` entities before the first article."""
    builder = GraphBuilder(lexicon, keep, spans)
    if resolver is not None:
        builder.resolver = resolver
    for entity in sorted(seed or [], key=lambda e: e.id):
        builder.resolver.seed(entity)
    return builder


def _reduce_mapped(
    run: BuildRun,
    mapped: Iterator[_Mapped],
    strict: bool,
    on_article: Callable[[Article], None] | None,
    settle: Callable[[], None] = lambda: None,
) -> None:
    """Reduce each mapped article, in input order, into the run's builder; an article that
    fails is skipped and reported (raised when ``strict``). A rule stage that raised on an
    article is reported in ``run.failures`` and the article kept (raised when ``strict``).
    ``settle`` is called before each article (``_frozen_heap``'s)."""
    builder = run.builder
    for article, record, parse in mapped:
        settle()
        where = article.path or article.id
        try:
            if record is None:  # a local build, or a failed map step (run here to report)
                paragraphs = parse()
                done = builder.add(article, paragraphs)
                for paragraph in paragraphs:  # read no more: freed at once when dropped
                    paragraph.release()
            else:
                done = builder.reduce(article, record, parse)
            if done.failures and strict:
                raise KgError(f"{done.failures[0]}: a bug in kg; please report it")
        except KgError as err:
            if strict:
                raise
            why = InputError(where, str(err), "See the message.")
            run.skipped.append(why)
            continue
        run.failures.extend(f"{where}: {line}" for line in done.failures)
        run.built.append(article.path or article.id)
        if on_article is not None:
            on_article(article)


@contextmanager
def _collector_kept() -> Iterator[None]:
    """The collector left on or off as the caller had it: a build that loads its model, or
    reads Docs back from parser processes, goes through ``srsly.msgpack_loads``, which calls
    ``gc.enable()`` whatever it found (a caller that paused the collector found it on after
    the build)."""
    enabled = gc.isenabled()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        else:
            gc.disable()


_YOUNG = 10_000  # allocations between two young collections in the build loop


def _settle() -> None:
    """What the articles before left alive frozen. The few cycles they left (spaCy's, ~13
    objects an article) stay until the loop ends: collecting them first costs more (~0.75 ms
    an article on news2015) than the freeze saves."""
    gc.freeze()


@contextmanager
def _frozen_heap() -> Iterator[Callable[[], None]]:
    """The objects alive before the loop (the model, the lexicon, the gazetteer) kept out of
    the garbage collector's full passes while it runs (``gc.freeze``): they live as long as
    the build, and each full pass over them cost ~0.4 s (about 5% of a build of generated
    articles). They return after it.

    The young generation is also collected less often while it runs (``_YOUNG``
    allocations, not 700): an article's rules make many short-lived objects, freed by their
    counts, and each young collection walked those still alive (~0.4 ms an article). Also
    where the caller froze the heap itself (a Dask worker's process, ``bench/driver_cost.py``),
    which then stays frozen after the loop.

    It gives the loop ``gc.freeze`` to call before each article: what the articles before
    left alive (the corpus's clusters, the articles' metadata, the parser's state) joins
    the frozen heap, so the collections during an article walk only what it made. An
    article's objects are freed by their counts, none in a cycle (the paragraphs release
    their tokens' cycles, ``Paragraph.release``; ``tests/test_pipeline.py``), and the
    walks over what earlier articles left cost ~1 ms an article in news2015's rule layer
    (perf63: 70 young and 6 middle collections a pass, 0.9-1.2 ms an article, against 3
    young ones, 0.02-0.03 ms)."""
    threshold = gc.get_threshold()
    thaw = not gc.get_freeze_count()  # else frozen by the caller: left as it is
    if thaw:
        gc.freeze()
    gc.set_threshold(max(threshold[0], _YOUNG), *threshold[1:])
    try:
        yield _settle
    finally:
        gc.set_threshold(*threshold)
        if thaw:
            gc.unfreeze()
