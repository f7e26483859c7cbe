"""The map/reduce split, measured per article in one process (CPU time, so a shared machine's
other load does not count): a worker's parse and map (rules against its own resolver), the
driver's reduce (replay into the corpus resolver, input order) and final graph, and the bytes a
worker sends per article: the record beside the DocBin.

    python bench/driver_cost.py [--size 1000] [--corpus DIR ...] [--repeat N] [--workers 2 8 32]

The map is run once per way of spreading it: a resolver per article (the map before
2026-11-30), and ``--workers`` workers each keeping its resolver across the tasks of
``--part`` articles dealt to it in turn (``kg.pipeline_records.worker_resolver``, as Dask
deals them). For each: the per-article costs, the share of records the driver had to re-run,
and the speed-up the costs predict for 2, 8, 32 and 128 workers feeding one driver. Not a
test.

Each way also runs the driver once more on its own, as a Dask driver does (``--alone``, on by
default): the packed records decoded, reduced in order (a re-run decoding the article's
DocBin and making its paragraphs afresh) and the final graph, with nothing else between its
steps; its CPU time against the worker's is the ratio a Dask build's driver runs at.

``--same``: the re-runs whose rules gave the record's drafts and resolver writes again (the
corpus's differing answer changed nothing kept), with their share of the re-runs' time: what a
check that a re-run has rejoined the worker's path could save at most.

``--why``: for each re-run record, the first call whose answer the corpus gave otherwise, the
rule that asked it (the first frame outside the journal and the resolver), the worker's
answer and the corpus's, counted by call and rule (a table after the figures).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import kg.pipeline_records as records
from kg.api import iter_articles
from kg.eval.synth import write_corpus
from kg.extract import Paragraph
from kg.lexicon import default_lexicon
from kg.nlp.distributed import _decoder, pack, unpack
from kg.nlp.model import load_model
from kg.pipeline import GraphBuilder, _evidence, _frozen_heap, chunks, parse_stream
from kg.pipeline_records import ArticleRecord, Journal, fresh, map_article, worker_resolver
from kg.resolve.resolver import Resolver


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--corpus", nargs="*", default=None, help="folders (default: generated)")
    parser.add_argument("--repeat", type=int, default=1, help="read the corpus N times over")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument(
        "--workers",
        type=int,
        nargs="*",
        default=[2, 8, 32],
        help="workers the map is spread over (each keeps its resolver); 0: one per article",
    )
    parser.add_argument("--part", type=int, default=16, help="articles a task (as on Dask)")
    parser.add_argument("--why", action="store_true", help="who asked the differing calls")
    parser.add_argument(
        "--split",
        action="store_true",
        help="a re-run's cost by step, in the driver alone (collector on, then off, in re-runs)",
    )
    parser.add_argument(
        "--same",
        action="store_true",
        help="re-runs that gave the record's drafts and writes again, in the driver alone",
    )
    parser.add_argument(
        "--no-alone", action="store_true", help="no second run of the driver on its own"
    )
    parser.add_argument(
        "--thawed", action="store_true", help="no gc.freeze() (the bench before 2026-11-30 13:00)"
    )
    args = parser.parse_args()
    why = _Why() if args.why else None
    if args.corpus:
        paths = [Path(c) for c in args.corpus]
    else:
        paths = [Path(f"bench/out/corpus-{args.size}")]
        if not paths[0].exists():
            write_corpus(paths[0], args.size)
    once = list(iter_articles(paths))
    articles = [
        a if r == 0 else a.__class__(**{**_fields(a), "id": f"{a.id}~{r}"})
        for r in range(args.repeat)
        for a in once
    ]
    nlp = load_model()
    lexicon = default_lexicon()
    from spacy.tokens import DocBin

    if not args.thawed:
        # as a build's loop (``kg.pipeline._frozen_heap``) and a Dask worker
        # (``kg.nlp.distributed._worker_model``) run: the model and the lexicon out of the
        # collector's full passes, which otherwise land on whichever phase allocates
        gc.freeze()

    clock = time.process_time
    parse = docbin_s = 0.0
    docbin_bytes = 0
    # one run of map and reduce per way of spreading the map: 0 = a resolver per article
    # (the map before 2026-11-30 08:00), n = n workers, tasks of ``--part`` articles dealt
    # round-robin, each worker keeping its resolver (``worker_resolver``)
    modes = [0, *sorted(set(args.workers) - {0})]
    mapped = dict.fromkeys(modes, 0.0)
    reduced = dict.fromkeys(modes, 0.0)
    record_bytes = dict.fromkeys(modes, 0)
    # what a Dask driver gets of each article: its packed record and its DocBin
    sent: dict[int, list[tuple[Any, bytes, bytes]]] = {m: [] for m in modes}
    builders = {m: GraphBuilder(lexicon) for m in modes}
    held: dict[tuple[int, int], Resolver | None] = {}
    stream = parse_stream(nlp, articles, 1, args.batch)
    words = 0
    index = 0
    while True:
        t0 = clock()
        item = next(stream, None)
        t1 = clock()
        if item is None:
            break
        article, paragraphs = item
        parse += t1 - t0
        words += sum(len(article.text[s:e].split()) for s, e in chunks(article))
        blob = DocBin(docs=[p.doc for p in paragraphs]).to_bytes()
        docbin_bytes += len(blob)
        t2 = clock()
        list(DocBin().from_bytes(blob).get_docs(nlp.vocab))
        docbin_s += clock() - t2
        for mode in modes:
            again: list[Paragraph] = fresh(paragraphs)
            t3 = clock()
            if mode:
                slot = (mode, index // args.part % mode)
                resolver = held[slot] = worker_resolver(held.get(slot), lexicon)
            else:
                resolver = Resolver(lexicon, spans=False)
            if why is not None:
                record = why.map(lexicon, article, again, resolver, mode)
            else:
                record = map_article(lexicon, article, again, resolver)
            t4 = clock()
            packed = pack(record)
            record_bytes[mode] += len(packed)
            if not args.no_alone:
                sent[mode].append((article, packed, blob))
            rerun: list[Paragraph] = fresh(paragraphs)
            t5 = clock()
            if why is not None:
                why.mode = mode
            builders[mode].reduce(article, record, lambda rerun=rerun: rerun)  # type: ignore[misc]
            t6 = clock()
            mapped[mode] += t4 - t3
            reduced[mode] += t6 - t5
        index += 1
    n = len(articles)
    decode = docbin_s / n
    print(f"corpus: {n} articles ({len(once)} read {args.repeat}x), {words:,} words")
    print(f"worker per article: parse {1000 * parse / n:.2f} ms")
    print(f"bytes per article: DocBin {docbin_bytes / n:,.0f} (decoded in {1000 * decode:.2f} ms)")
    for mode in modes:
        builder = builders[mode]
        t7 = clock()
        graph = builder.graph()
        finish = clock() - t7
        worker = (parse + mapped[mode]) / n
        driver = (reduced[mode] + finish) / n
        reruns = sum(builder.reruns.values())
        dask_driver = driver + reruns / n * decode
        name = "a resolver per article" if mode == 0 else f"{mode} workers keeping theirs"
        print(f"-- map: {name}")
        print(f"  graph: {len(graph.entities):,} entities, {len(graph.claims):,} claims")
        print(f"  worker: parse + map {1000 * mapped[mode] / n:.2f} ms = {1000 * worker:.2f} ms")
        print(
            f"  driver: reduce {1000 * reduced[mode] / n:.3f} ms + graph "
            f"{1000 * finish / n:.3f} ms = {1000 * driver:.3f} ms"
        )
        print(f"  re-run: {reruns} of {n} ({reruns / n:.1%})", dict(builder.reruns))
        print(
            f"  driver / worker: {driver / worker:.3f} (local), {dask_driver / worker:.3f} "
            f"(Dask: a re-run decodes its DocBin); record {record_bytes[mode] / n:,.0f} B"
        )
        speedups = [
            f"{w}: {(worker + dask_driver) / max(worker / w, dask_driver):.1f}x"
            for w in (2, 8, 32, 128)
        ]
        print("  predicted speed-up, workers + 1 driver:", ", ".join(speedups))
        if why is not None:
            why.report(mode)
        if not args.no_alone:
            if why is not None:
                why.mode = -1  # the second run's differing calls are not counted again
            alone, again_n = _driver_alone(lexicon, sent[mode], nlp.vocab)
            print(
                f"  driver alone (Dask: records decoded, re-runs from the DocBin, graph): "
                f"{1000 * alone / n:.3f} ms, {again_n} re-run; driver / worker "
                f"**{alone / n / worker:.3f}**"
            )
            if args.same:
                same = _Same(why.by_mode[mode] if why is not None else None)
                _driver_alone(lexicon, sent[mode], nlp.vocab, same=same)
                same.report()
            # the driver alone twice more, each re-run timed by step: with the collector on
            # in the re-runs (as before 2026-11-30 16:00), then off (``reduce_article``)
            for collector in (True, False) if args.split else ():
                split = _Split(collector)
                alone, again_n = _driver_alone(lexicon, sent[mode], nlp.vocab, split)
                print(
                    f"  driver alone, re-runs timed, collector {'on' if collector else 'off'} "
                    f"in re-runs: {1000 * alone / n:.3f} ms; driver / worker "
                    f"{alone / n / worker:.3f}"
                )
                split.report(n)


def _driver_alone(
    lexicon: Any,
    sent: list[tuple[Any, bytes, bytes]],
    vocab: Any,
    split: _Split | None = None,
    same: _Same | None = None,
) -> tuple[float, int]:
    """CPU time of a Dask driver's whole work on ``sent``: each record decoded and reduced in
    input order (a re-run decodes the DocBin), then the final graph, with the collector set
    as a build's loop sets it (``kg.pipeline._frozen_heap``): what the bench holds (the
    other runs' records and graphs, none of them a driver's) kept out of its passes. With
    ``split``, each re-run's steps are timed too (which adds their clock reads); with
    ``same``, each article's reduce (two clock reads an article)."""
    clock = time.process_time
    builder = GraphBuilder(lexicon)
    gc.collect()
    gc.freeze()
    with _frozen_heap() as settle:
        start = clock()
        for article, packed, blob in sent:
            settle()  # (as the build loop does before each article)
            record = unpack(packed)
            assert record is not None
            parse = _decoder(blob, chunks(article), vocab)
            if split is not None:
                split.reduce(builder, article, record, parse)
                continue
            if same is None:
                builder.reduce(article, record, parse)
                continue
            t0 = clock()
            done = builder.reduce(article, record, parse)
            same.note(record, done, clock() - t0)
        builder.graph()
        spent = clock() - start
    return spent, sum(builder.reruns.values())


class _Split:
    """A re-run's cost by step (``--split``): the replay up to the differing call, the
    DocBin's decoding, the paragraphs' tables (tokens, columns, sentences, words, entities,
    dates, trigger matches: made at once here, lazily in a build), the mentions (found,
    resolved and linked), the rule stages and (the collector paused) the young collection
    once it is on again, with the share of the stages' time spent before the stage that
    asked the differing call."""

    STEPS = (
        "replay",
        "decode",
        "tables",
        "mentions",
        "stages",
        "collector at end",
        "stages before",
    )

    def __init__(self, collector: bool = False) -> None:
        self.collector = collector  # re-runs with the collector on (``reduce_article`` pauses it)
        self.spent = dict.fromkeys(self.STEPS, 0.0)
        self.reruns = 0
        self.relinked = 0  # re-runs that linked the record's mentions, not found them again
        self.votes = 0  # re-runs of the votes alone (``records._votes_again``)
        self.at_stage: Counter[str] = Counter()
        # the collector's CPU time inside re-runs (counted in their steps) and in all
        self.active = False
        self.gc_rerun = self.gc_all = 0.0
        self._gc_start = 0.0
        gc.callbacks.append(self._gc)

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.process_time()
            return
        spent = time.process_time() - self._gc_start
        self.gc_all += spent
        if self.active:
            self.gc_rerun += spent

    def reduce(self, builder: GraphBuilder, article: Any, record: Any, parse: Any) -> None:
        clock = time.process_time
        spent = self.spent
        t0 = clock()
        conflict = records.replay(builder.resolver, record)
        t1 = clock()
        if conflict is None:
            builder.reduce(article, ArticleRecord(record.article_id, (), record.drafts), parse)
            return  # as ``reduce_article``: the record stands (its calls applied above)
        spent["replay"] += t1 - t0
        self.reruns += 1
        builder.articles[article.id] = article
        self.active = True
        with contextlib.nullcontext() if self.collector else records.paused_gc():
            t2 = clock()
            paragraphs = parse()
            t3 = clock()
            for p in paragraphs:
                _ = (p.tokens, p.text, p.sent_starts, p.heads, p.kids, p.sents, p.words)
                _ = (p.word_index, p.ents, p.lowers, p.lemmas, p.poses, p.tags, p.deps)
                p._date_index()
                p.matches(builder.lexicon.triggers)
            t4 = clock()
            journal = Journal(builder.resolver, record.ops[:conflict], marks=record.voted >= 0)
            timed = _TimedStages(journal, conflict)
            plain = records.run_stages
            records.run_stages = timed  # type: ignore[assignment]
            first = records._links_from(record)
            try:
                if first is not None and first <= conflict:  # as ``reduce_article``
                    records._relink(journal, record, first, article, paragraphs)
                    lx = builder.lexicon.for_language(article.language)
                    if record.stages <= conflict < record.voted:
                        drafts = records._votes_again(lx, journal, record, article, paragraphs)
                        self.votes += 1
                    else:
                        drafts = records._stages(lx, journal, article, paragraphs)
                    self.relinked += 1
                else:
                    drafts = records.extract_article(builder.lexicon, journal, article, paragraphs)
            finally:
                records.run_stages = plain
            t5 = clock()
        # a paused collector's young collection runs at the first allocation once it is on
        ends = [t5]
        t6 = clock()
        del ends
        self.active = False
        spent["collector at end"] += t6 - t5
        builder.reruns[record.ops[conflict][0]] += 1
        builder.drafts.extend((_evidence(article, d), d) for d in drafts)
        spent["decode"] += t3 - t2
        spent["tables"] += t4 - t3
        spent["mentions"] += t5 - t4 - timed.total
        spent["stages"] += timed.total
        spent["stages before"] += timed.before
        self.at_stage[timed.asked] += 1

    def report(self, n: int) -> None:
        per = max(self.reruns, 1)
        whole = sum(v for k, v in self.spent.items() if k != "stages before")
        print(
            f"  a re-run by step ({self.reruns} re-runs, {self.relinked} from the record's "
            f"mentions, {self.votes} of the votes alone, {1000 * whole / per:.2f} ms each):"
        )
        for step in self.STEPS:
            ms = 1000 * self.spent[step] / per
            share = self.spent[step] / whole if whole else 0.0
            print(f"    {step:14s} {ms:6.2f} ms  {share:5.1%}")
        print(
            f"    collector: {1000 * self.gc_rerun / per:.2f} ms a re-run (in the steps above); "
            f"{1000 * self.gc_all / n:.2f} ms an article in the whole driver"
        )
        print("  the differing call asked in:", dict(self.at_stage.most_common()))
        gc.callbacks.remove(self._gc)


class _Same:
    """Re-runs whose rules gave the record's drafts and resolver writes again (``--same``):
    the corpus's differing answer changed nothing a build keeps, so the re-run's time was
    spent to find that out. With ``callers`` (``--why``'s), counted by the rule that asked the
    differing call, else by the call."""

    def __init__(self, callers: dict[str, list[str]] | None = None) -> None:
        self.spent = {True: 0.0, False: 0.0}  # re-runs' CPU time: gave the same, or not
        self.count: Counter[bool] = Counter()
        self.by_call: Counter[tuple[str, bool]] = Counter()  # (call [rule], same)
        self.callers = callers

    def note(self, record: ArticleRecord, done: ArticleRecord, spent: float) -> None:
        """Count a reduce that re-ran ``record`` (``done`` is what it gave, ``spent`` its
        time), by whether it gave the same, and by the first call the corpus answered
        otherwise."""
        if done is record:
            return  # the record stood
        same = done.drafts == record.drafts and _writes(done) == _writes(record)
        self.spent[same] += spent
        self.count[same] += 1
        at = next(i for i, (a, b) in enumerate(zip(done.ops, record.ops, strict=False)) if a != b)
        rule = self.callers[record.article_id][at] if self.callers is not None else ""
        self.by_call[f"{record.ops[at][0]} {rule}".strip(), same] += 1

    def report(self) -> None:
        """Print the share of the re-runs (and of their time) that gave the same, by call."""
        total = sum(self.spent.values()) or 1.0
        print(
            f"  re-runs that gave the record's drafts and writes again: {self.count[True]} of "
            f"{self.count.total()} ({self.spent[True] / total:.0%} of the re-runs' time, "
            f"{1000 * self.spent[True] / max(self.count[True], 1):.1f} ms each)"
        )
        calls = sorted({call for call, _ in self.by_call})
        print("    by differing call (same / not):")
        for call in calls:
            print(f"      {self.by_call[call, True]:3d} / {self.by_call[call, False]:3d}  {call}")


def _writes(record: ArticleRecord) -> list[tuple[str, tuple[Any, ...]]]:
    """The resolver writes of a record, in order (calls and arguments)."""
    return [(name, args) for name, args, _ in record.ops if name in records.WRITES]


class _TimedStages:
    """``run_stages`` timed stage by stage: the time of the stages run before the one whose
    call was the ``conflict``-th (a restart from that stage would not run them)."""

    def __init__(self, journal: Journal, conflict: int) -> None:
        self.journal, self.conflict = journal, conflict
        self.total = self.before = 0.0
        self.asked = "mentions"

    def __call__(self, ctx: Any, paragraphs: Any, stages: Any = None) -> Any:
        from kg.extract.stages import STAGES, Stage, run_stages

        clock = time.process_time
        found = self.conflict < len(self.journal.ops)  # asked before the stages
        timed = []
        for stage in STAGES if stages is None else stages:

            def run(*a: Any, _stage: Stage = stage) -> Any:
                nonlocal found
                t0 = clock()
                result = _stage.run(*a)
                out = list(result) if result is not None else None
                spent = clock() - t0
                if not found and len(self.journal.ops) > self.conflict:
                    found = True
                    self.asked = _stage.name
                self.total += spent
                if not found:
                    self.before += spent
                return out

            timed.append(
                Stage(
                    stage.name, run, stage.reads, stage.writes, stage.scope, stage.pass_, stage.cues
                )
            )
        return run_stages(ctx, paragraphs, tuple(timed))


class _Why:
    """Who asked the calls whose answers the corpus gave otherwise (``--why``)."""

    def __init__(self) -> None:
        self.callers: dict[str, list[str]] = {}  # article id -> the rule of each call
        # the same for each way of spreading the map (its records' calls differ): ``--same``
        self.by_mode: dict[int, dict[str, list[str]]] = {}
        self.mode = 0
        self.found: dict[int, Counter[tuple[str, str]]] = {}
        self.samples: dict[int, list[str]] = {}
        self.relinked: Counter[int] = Counter()
        plain = records.replay

        def replay(resolver: Any, record: ArticleRecord) -> int | None:
            at = plain(resolver, record)
            if at is not None:
                name, call_args, answer = record.ops[at]
                corpus = records.apply(resolver, name, call_args)
                rule = self.callers[record.article_id][at]
                self.found.setdefault(self.mode, Counter())[(name, rule)] += 1
                first = records._links_from(record)
                if first is not None and first <= at:  # the record's mentions linked again
                    self.relinked[self.mode] += 1
                shown = ", ".join(repr(a)[:40] for a in call_args if isinstance(a, str))
                self.samples.setdefault(self.mode, []).append(
                    f"{record.article_id[:40]}: {name}({shown}) {rule}: {answer!r} / {corpus!r}"
                )
            return at

        records.replay = replay

    def map(
        self, lexicon: Any, article: Any, paragraphs: Any, resolver: Any, mode: int
    ) -> ArticleRecord:
        callers: list[str] = []
        journal = _CallerJournal(resolver, callers)
        drafts = records.extract_article(lexicon, journal, article, paragraphs)
        self.callers[article.id] = callers
        self.by_mode.setdefault(mode, {})[article.id] = callers
        return records._record(article, journal, drafts)

    def report(self, mode: int) -> None:
        print(
            f"    re-runs from the record's mentions (the differing call in their linking or "
            f"a stage): {self.relinked[mode]}; found again: "
            f"{sum(self.found.get(mode, Counter()).values()) - self.relinked[mode]}"
        )
        for (name, rule), n in self.found.get(mode, Counter()).most_common():
            print(f"    {n:4d}  {name:16s} {rule}")
        for line in self.samples.get(mode, []):
            print("      ", line)


# the context's type questions between a rule and its call
_CONTEXT_FRAMES = frozenset({"etype", "etype_is", "etype_in"})
# the journal's own frames between a rule and its call
_JOURNAL_FRAMES = frozenset(
    {"call", "__getattr__", "get", "__getitem__", "is_known_surname", "known_surnames"}
    | {n for n in vars(Journal) if not n.startswith("_")}
    | {"__contains__"}
)


class _CallerJournal(Journal):
    """A journal that notes, for each call, the rule that asked it."""

    def __init__(self, backend: Resolver, callers: list[str]) -> None:
        super().__init__(backend)
        self._callers = callers

    def call(self, name: str, args: tuple[Any, ...]) -> Any:
        frame = sys._getframe(1)
        while frame is not None and (
            frame.f_code.co_filename.endswith("resolver.py")
            or (
                frame.f_code.co_filename.endswith("context.py")
                and frame.f_code.co_name in _CONTEXT_FRAMES
            )
            or (
                frame.f_code.co_filename.endswith("pipeline_records.py")
                and frame.f_code.co_name in _JOURNAL_FRAMES
            )
        ):
            frame = frame.f_back  # type: ignore[assignment]
        where = "?" if frame is None else frame.f_code.co_filename.rsplit("/", 1)[-1]
        func = "?" if frame is None else frame.f_code.co_name
        written = len(self.ops)
        answer = super().call(name, args)
        if len(self.ops) > written:  # (a read asked again is not written: ``_asked_again``)
            self._callers.append(f"{where}:{func}")
        return answer


def _fields(article):  # type: ignore[no-untyped-def]
    return {f: getattr(article, f) for f in article.__dataclass_fields__}


if __name__ == "__main__":
    main()
