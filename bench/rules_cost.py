"""CPU time of the rule layer alone: `GraphBuilder.add` (map + reduce) of every article and
the final graph, over a corpus parsed once into a DocBin cache, so the parse does not blur it.

    python bench/rules_cost.py [--corpus DIR] [--repeat 5] [--stages] [--profile N] [--no-cues]
        [--both] [--both-linked] [--both-walks] [--idle]

Prints the best of the repeats. The loop runs as `kg build` runs it (the heap alive before
it frozen, and before each article what the articles before left alive,
``kg.pipeline._frozen_heap``). ``--stages`` also prints, for the last repeat, the CPU time
of each extraction stage and of the mention finding before them, in ms an article
(a stage's time is its call's and its drafts' draws', each draft drawn when the build draws
it, so the build and its claims are the plain build's). Not a test: machines are noisy.
``--profile N`` runs the last repeat under cProfile and prints its N costliest
functions by own time and by cumulative time (the times are then cProfile's, inflated);
``--dump FILE`` saves its stats (``pstats``: callers, callees). ``--no-cues`` runs every
stage on every paragraph (``Stage.cues`` ignored), to measure what skipping saves;
``--both`` alternates the two in one process (the same Docs) and prints the best of each;
``--both-linked`` alternates the build as it is with one whose stages ignore ``Stage.linked``;
``--both-walks`` with one whose paragraph tokens walk the tree with spaCy's own ``subtree``,
``lefts``, ``rights``, ``ancestors``, ``conjuncts`` and edges (new Tokens at every step).
``--idle`` times each stage call (its drafts drawn as ``--stages`` draws them) and tells
whether it changed anything (a draft, a link, a group, a context field, a resolver write):
the time of the calls that change nothing is what any gate could save at most, shown by the
linked labels of the paragraph (0, 1, 2+), and the time paragraph stages spend on paragraphs
where nothing happened (no call changed anything on them, no stage their links, no claim lies
in them): what a test skipping the whole paragraph would save at most.
``--lookups`` records, on the last repeat, every ask of a paragraph's word index
(``Paragraph.hits``) and of a lexicon's word set (``ArticleContext.word_set``), with the
function that asked, and replays them alone afterwards (best of three): what the word
look-ups cost of the layer, and whose asks they are (the recorded repeat is not timed:
the layer's share needs ``--repeat 2`` or more).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import pstats
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import _here  # noqa: F401  # this checkout's kg first on sys.path
from spacy.tokens import DocBin

import kg.pipeline_records as records
from kg.api import iter_articles
from kg.extract import stages
from kg.extract.context import ArticleContext, Paragraph, PlainToken
from kg.nlp.model import load_model
from kg.pipeline import GraphBuilder, chunks

CLOCK = time.process_time
# the stages called once a paragraph: the time a test skipping a whole paragraph could save
_PARAGRAPH_STAGES = frozenset(s.name for s in stages.STAGES if s.scope == "paragraph")


def _timed(spent: Counter[str], name: str, run: Callable[..., Any]) -> Callable[..., Any]:
    """``run`` with its CPU time added to ``spent[name]``: the call's, and, for a generator,
    each draw's, drawn when the build draws it (``_drawn_timed``)."""

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = CLOCK()
        result = run(*args, **kwargs)
        spent[name] += CLOCK() - start
        if result is not None and hasattr(result, "__next__"):
            return _drawn_timed(spent, name, result)
        return result

    return timed


def _drawn_timed(spent: Counter[str], name: str, drafts: Iterator[Any]) -> Iterator[Any]:
    """A stage's drafts, each yielded as the build draws it, the time of every draw added to
    ``spent[name]``. Drawing them all at once would run the stage ahead of the build: its
    later drafts made before its earlier ones reach ``ctx.claims``, which stages read, so
    the build would differ (3,509 claims on news2015's cache, against the plain 3,503)."""
    while True:
        start = CLOCK()
        draft = next(drafts, _DONE)
        spent[name] += CLOCK() - start
        if draft is _DONE:
            return
        yield draft


_DONE = object()  # the end of a stage's drafts (``_drawn_timed``)


def _without_cues(links: bool = False) -> Callable[..., Any]:
    """A ``run_stages`` that runs every stage on every paragraph (for ``--no-cues``; with
    ``links``, every stage on every paragraph that holds a cue: ``Stage.linked`` off)."""
    plain = tuple(
        replace(s, linked=False) if links else replace(s, cues=None) for s in stages.STAGES
    )
    run_stages = stages.run_stages

    def run_plain(ctx: Any, paragraphs: list[Paragraph], _: Any = None) -> Any:
        return run_stages(ctx, paragraphs, plain)

    return run_plain


_WALKS = ("subtree", "lefts", "rights", "ancestors", "conjuncts", "left_edge", "right_edge")
_HELD = {name: PlainToken.__dict__[name] for name in _WALKS if name in PlainToken.__dict__}


def _plain_walks(on: bool) -> None:
    """PlainToken's own tree walks (``on``), or spaCy's (for ``--both-walks``)."""
    for name, walk in _HELD.items():
        if on:
            setattr(PlainToken, name, walk)
        elif name in PlainToken.__dict__:
            delattr(PlainToken, name)


def _per_stage(spent: Counter[str]) -> None:
    """Wrap every stage and the mention finding in a timer (for ``--stages``)."""
    timed = tuple(replace(s, run=_timed(spent, s.name, s.run)) for s in stages.STAGES)
    run_stages = stages.run_stages

    def run_timed(ctx: Any, paragraphs: list[Paragraph], _: Any = None) -> Any:
        return run_stages(ctx, paragraphs, timed)

    records.run_stages = run_timed  # type: ignore[assignment]
    for name in ("find_mentions", "with_bare_collectives", "known_name_mentions", "_link"):
        setattr(records, name, _timed(spent, name, getattr(records, name)))


_CTX_FIELDS = (
    "role_holders",
    "titled",
    "unnamed_titled",
    "place_country",
    "lead",
    "event_mentions",
    "denied_reports",
    "questions",
)


def _state(ctx: Any, paras: list[Paragraph], writes: list[int]) -> tuple[Any, ...]:
    """What a stage can change besides its drafts: the paragraphs' links, groups and
    officials, the context's fields, and the resolver writes made so far."""
    return (
        writes[0],
        [
            (dict(p.links), {k: list(v) for k, v in p.groups.items()}, dict(p.officials))
            for p in paras
        ],
        [repr(getattr(ctx, name)) for name in _CTX_FIELDS],
        dict(ctx.resolver.countries),
    )


def _idle(
    spent: Counter[str], idle: Counter[str], calls: Counter[str], quiet: Counter[str]
) -> None:
    """Wrap every stage to time it and to tell whether a call changed anything: a call with
    no draft and no change is one a gate could have skipped (for ``--idle``). ``quiet``
    gets, by stage, the time of the paragraph calls on paragraphs where nothing happened:
    no call on them changed anything, no stage changed their links, groups or officials,
    and no claim of the article lies in them (what a gate on the whole paragraph saves)."""
    writes = [0]
    took_on: dict[int, Counter[str]] = {}  # id(paragraph) -> stage -> time of its calls
    changed: set[int] = set()
    apply = records.apply

    def counted(resolver: Any, name: str, args: tuple[Any, ...]) -> Any:
        if name in records.WRITES:
            writes[0] += 1
        return apply(resolver, name, args)

    records.apply = counted  # type: ignore[assignment]

    def wrap(stage: Any) -> Any:
        def run(ctx: Any, where: Any) -> Iterator[Any]:
            paras = where if isinstance(where, list) else [where]
            before = _state(ctx, paras, writes)
            times: Counter[str] = Counter()
            drafts = 0
            # each draft drawn when the build draws it, as in ``--stages`` (``_drawn_timed``)
            for draft in _timed(times, stage.name, stage.run)(ctx, where) or ():
                drafts += 1
                yield draft
            took = times[stage.name]
            spent[stage.name] += took
            calls[stage.name] += 1
            if isinstance(where, list):
                bucket = " article"
            else:
                bucket = f" links={min(len(set(where.links.values())), 2)}"
            calls[bucket] += 1
            if not isinstance(where, list):
                took_on.setdefault(id(where), Counter())[stage.name] += took
            if not drafts and _state(ctx, paras, writes) == before:
                idle[stage.name] += took
                calls[stage.name + " idle"] += 1
                idle[stage.name + bucket] += took  # (" article": not summed again)
            else:
                calls[stage.name + bucket + " fired"] += 1
                changed.add(id(where))

        return run

    wrapped = tuple(replace(s, run=wrap(s)) for s in stages.STAGES)
    run_stages = stages.run_stages

    def run_wrapped(ctx: Any, paragraphs: list[Paragraph], _: Any = None) -> Any:
        before = _state(ctx, paragraphs, writes)[1]
        yield from run_stages(ctx, paragraphs, wrapped)
        spans = [c.sentence for c in ctx.claims]
        for para, was, now in zip(
            paragraphs, before, _state(ctx, paragraphs, writes)[1], strict=True
        ):
            low, high = para.offset, para.offset + len(para.text)
            calls["@paragraphs"] += 1
            calls["@tokens"] += len(para.tokens)
            if id(para) in changed or was != now or any(a < high and b > low for a, b in spans):
                continue
            calls["@quiet paragraphs"] += 1
            calls["@quiet tokens"] += len(para.tokens)
            quiet.update(took_on.get(id(para), Counter()))
        took_on.clear()
        changed.clear()

    records.run_stages = run_wrapped  # type: ignore[assignment]


# (the function that asked, the paragraph or context asked, the words or their maker)
Ask = tuple[str, Any, Any]


def _record_lookups(asks: dict[str, list[Ask]]) -> Callable[[], None]:
    """Record every ``Paragraph.hits`` and ``ArticleContext.word_set`` call into ``asks``
    (for ``--lookups``) until the returned function puts the methods back."""
    held = {
        "hits": (Paragraph, Paragraph.hits),
        "word_set": (ArticleContext, ArticleContext.word_set),
    }

    def recorder(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(self: Any, arg: Any) -> Any:
            code = sys._getframe(1).f_code
            asks[name].append((f"{Path(code.co_filename).stem}.{code.co_name}", self, arg))
            return method(self, arg)

        return recorded

    for name, (owner, method) in held.items():
        setattr(owner, name, recorder(name, method))

    def restore() -> None:
        for name, (owner, method) in held.items():
            setattr(owner, name, method)

    return restore


def _index_cost(docs: list[Any]) -> float:
    """CPU seconds to make every paragraph's word index (``Paragraph.words`` and
    ``word_index``) from columns already read, best of three."""
    best = float("inf")
    for _ in range(3):
        paras = [Paragraph(doc, 0) for doc in docs]
        for para in paras:
            para.lemmas  # noqa: B018  # the columns, read before the clock starts
        start = CLOCK()
        for para in paras:
            para.word_index  # noqa: B018  # (from the lower forms and lemmas)
            para.words  # noqa: B018
        best = min(best, CLOCK() - start)
    return best


def _replay_lookups(
    asks: dict[str, list[Ask]], docs: list[Any], articles: int, layer: float
) -> None:
    """Replay the recorded asks alone, best of three, and print their cost an article, its
    share of the layer's ``layer`` seconds, the asks that found nothing and the askers; and
    what making the paragraphs' word indices costs."""
    made = _index_cost(docs)
    print(
        f"word indices of {len(docs)} paragraphs: {1000 * made / articles:.2f} ms an article "
        f"({100 * made / layer:.1f}% of the layer)"
    )
    for name, recorded in asks.items():
        method = getattr(Paragraph if name == "hits" else ArticleContext, name)
        best = float("inf")
        for _ in range(3):
            start = CLOCK()
            for _, owner, arg in recorded:
                method(owner, arg)
            best = min(best, CLOCK() - start)
        empty = sum(not method(owner, arg) for _, owner, arg in recorded) if name == "hits" else 0
        print(
            f"{name}: {len(recorded)} asks, {empty} found nothing, "
            f"{1000 * best / articles:.2f} ms an article ({100 * best / layer:.1f}% of the layer)"
        )
        askers = Counter(who for who, _, _ in recorded)
        print("  " + ", ".join(f"{who} {n}" for who, n in askers.most_common(12)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpora/news2015"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stages", action="store_true", help="CPU time of each stage")
    parser.add_argument("--profile", type=int, default=0, help="cProfile the last repeat")
    parser.add_argument("--dump", type=Path, help="with --profile: save the stats there")
    parser.add_argument("--no-cues", action="store_true", help="no stage skips a paragraph")
    parser.add_argument("--idle", action="store_true", help="time of calls that change nothing")
    parser.add_argument("--both", action="store_true", help="with and without cue words")
    parser.add_argument("--both-linked", action="store_true", help="with and without Stage.linked")
    parser.add_argument("--both-walks", action="store_true", help="PlainToken's walks or spaCy's")
    parser.add_argument("--lookups", action="store_true", help="what word look-ups cost")
    args = parser.parse_args()
    cache = Path("bench/out") / f"{args.corpus.name}.docbin"
    nlp = load_model()
    spans = [(a, chunks(a)) for a in iter_articles([args.corpus])]
    if not cache.exists():
        texts = [a.text[s:e] for a, cs in spans for s, e in cs]
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(DocBin(docs=nlp.pipe(texts, batch_size=64)).to_bytes())
    docs = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    spent: Counter[str] = Counter()
    runners = {
        "cues": records.run_stages,
        "no cues": _without_cues(),
        "no linked": _without_cues(links=True),
    }
    modes = ("cues", "no cues") if args.both else ("no cues",) if args.no_cues else ("cues",)
    if args.both_linked:
        modes = ("cues", "no linked")
    if args.both_walks:
        modes = ("cues", "spacy walks")
    if args.no_cues:
        records.run_stages = runners["no cues"]  # type: ignore[assignment]
        stages.STAGES = tuple(replace(s, cues=None) for s in stages.STAGES)  # for ``--stages``
    if args.stages:
        _per_stage(spent)
    idle: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    quiet: Counter[str] = Counter()
    if args.idle:
        _idle(spent, idle, calls, quiet)
    try:
        from kg.pipeline import _frozen_heap  # as the build loop runs (absent before it)

        frozen: Any = _frozen_heap
    except ImportError:
        frozen = contextlib.nullcontext
    best = dict.fromkeys(modes, float("inf"))
    for rep in range(args.repeat * len(modes)):
        mode = modes[rep % len(modes)]
        if args.both or args.both_linked:
            records.run_stages = runners[mode]  # type: ignore[assignment]
        _plain_walks(mode != "spacy walks")
        it = iter(docs)
        # each paragraph with its text and released after its rules, as ``kg build`` has
        # them (``parse_stream``, ``_reduce_mapped``): ``Paragraph.text`` is not rebuilt
        items = [(a, [Paragraph(next(it), s, _text=a.text[s:e]) for s, e in cs]) for a, cs in spans]
        builder = GraphBuilder()
        spent.clear()
        idle.clear()
        calls.clear()
        quiet.clear()
        last = rep == args.repeat * len(modes) - 1
        profile = cProfile.Profile() if args.profile and last else None
        asks: dict[str, list[Ask]] = {"hits": [], "word_set": []}
        restore = _record_lookups(asks) if args.lookups and last else None
        with frozen() as settle:
            start = CLOCK()
            if profile is not None:
                profile.enable()
            for article, paragraphs in items:
                if settle is not None:  # (as the build loop does before each article)
                    settle()
                builder.add(article, paragraphs)
                for paragraph in paragraphs:
                    paragraph.release()
            graph = builder.graph()
            if profile is not None:
                profile.disable()
            took = CLOCK() - start
        if restore is not None:
            restore()
        elif profile is None:
            best[mode] = min(best[mode], took)
        print(f"rep {rep} ({mode}): {took:.2f} s CPU, {len(graph.claims)} claims")
    for mode, seconds in best.items():
        each = 1000 * seconds / len(spans)
        print(f"best ({mode}) {seconds:.2f} s CPU for {len(spans)} articles ({each:.2f} ms each)")
    for name, seconds in spent.most_common():
        line = f"  {name:28s} {1000 * seconds / len(spans):6.2f} ms an article"
        if args.idle:
            line += (
                f", idle {1000 * idle[name] / len(spans):6.2f} ms"
                f" ({calls[name + ' idle']} of {calls[name]} calls change nothing)"
            )
        print(line)
    if args.idle:
        for n in (0, 1):
            b = f" links={n}"
            lost = sum(v for k, v in idle.items() if k.endswith(b))
            fired = {k: v for k, v in calls.items() if k.endswith(b + " fired")}
            print(f"idle in paragraphs with {n} linked labels: {1000 * lost / len(spans):.2f} ms")
            print(f"  calls that changed something there: {fired}")
            top = sorted(((v, k) for k, v in idle.items() if k.endswith(b)), reverse=True)
            print(
                "  " + ", ".join(f"{k[: -len(b)]} {1000 * v / len(spans):.2f}" for v, k in top[:25])
            )
        total = sum(spent.values())
        wasted = sum(v for k, v in idle.items() if " links=" not in k and " article" not in k)
        buckets = {k: v for k, v in calls.items() if k.startswith(" ")}
        print(f"stage calls by the paragraph's linked labels: {buckets}")
        print(f"stages {1000 * total / len(spans):.2f} ms an article, of which calls that")
        print(f"change nothing {1000 * wasted / len(spans):.2f} ms (a gate's upper bound)")
        para_time = sum(v for k, v in spent.items() if k in _PARAGRAPH_STAGES)
        print(
            f"paragraphs where nothing happened: {calls['@quiet paragraphs']} of"
            f" {calls['@paragraphs']} ({calls['@quiet tokens']} of {calls['@tokens']} tokens);"
            f" paragraph stages spent {1000 * sum(quiet.values()) / len(spans):.2f} of"
            f" {1000 * para_time / len(spans):.2f} ms an article on them:"
        )
        print(
            "  " + ", ".join(f"{k} {1000 * v / len(spans):.2f}" for k, v in quiet.most_common(20))
        )
    if args.lookups:
        _replay_lookups(asks, docs, len(spans), min(best.values()))
    if profile is not None:
        if args.dump:
            profile.dump_stats(args.dump)
        for order in ("tottime", "cumulative"):
            pstats.Stats(profile).strip_dirs().sort_stats(order).print_stats(args.profile)


if __name__ == "__main__":
    main()
