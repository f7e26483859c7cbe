"""CPU time of the rule layer alone: `GraphBuilder.add` (map + reduce) of every article and
the final graph, over a corpus parsed once into a DocBin cache, so the parse does not blur it.

    python bench/rules_cost.py [--corpus DIR] [--repeat 5] [--stages] [--profile N] [--no-cues]

Prints the best of the repeats. The loop runs as `kg build` runs it (the heap alive before
it frozen, ``kg.pipeline._frozen_heap``). ``--stages`` also prints, for the last repeat, the
CPU time of each extraction stage and of the mention finding before them, in ms an article
(each stage's drafts drawn at once, so a stage's time is its own). Not a test: machines are
noisy. ``--profile N`` runs the last repeat under cProfile and prints its N costliest
functions by own time and by cumulative time (the times are then cProfile's, inflated);
``--dump FILE`` saves its stats (``pstats``: callers, callees). ``--no-cues`` runs every
stage on every paragraph (``Stage.cues`` ignored), to measure what skipping saves;
``--both`` alternates the two in one process (the same Docs) and prints the best of each.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import pstats
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import _here  # noqa: F401  # this checkout's kg first on sys.path
from spacy.tokens import DocBin

import kg.pipeline_records as records
from kg.api import iter_articles
from kg.extract import stages
from kg.extract.context import Paragraph
from kg.nlp.model import load_model
from kg.pipeline import GraphBuilder, chunks

CLOCK = time.process_time


def _timed(spent: Counter[str], name: str, run: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = CLOCK()
        result = run(*args, **kwargs)
        if result is not None and hasattr(result, "__next__"):
            result = list(result)  # a generator's work is done when drawn
        spent[name] += CLOCK() - start
        return result

    return timed


def _without_cues() -> Callable[..., Any]:
    """A ``run_stages`` that runs every stage on every paragraph (for ``--no-cues``)."""
    plain = tuple(replace(s, cues=None) for s in stages.STAGES)
    run_stages = stages.run_stages

    def run_plain(ctx: Any, paragraphs: list[Paragraph], _: Any = None) -> Any:
        return run_stages(ctx, paragraphs, plain)

    return run_plain


def _per_stage(spent: Counter[str]) -> None:
    """Wrap every stage and the mention finding in a timer (for ``--stages``)."""
    timed = tuple(replace(s, run=_timed(spent, s.name, s.run)) for s in stages.STAGES)
    run_stages = stages.run_stages

    def run_timed(ctx: Any, paragraphs: list[Paragraph], _: Any = None) -> Any:
        return run_stages(ctx, paragraphs, timed)

    records.run_stages = run_timed  # type: ignore[assignment]
    for name in ("find_mentions", "with_bare_collectives", "known_name_mentions", "_link"):
        setattr(records, name, _timed(spent, name, getattr(records, name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpora/news2015"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stages", action="store_true", help="CPU time of each stage")
    parser.add_argument("--profile", type=int, default=0, help="cProfile the last repeat")
    parser.add_argument("--dump", type=Path, help="with --profile: save the stats there")
    parser.add_argument("--no-cues", action="store_true", help="no stage skips a paragraph")
    parser.add_argument("--both", action="store_true", help="with and without cue words")
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
    runners = {"cues": records.run_stages, "no cues": _without_cues()}
    modes = ("cues", "no cues") if args.both else ("no cues",) if args.no_cues else ("cues",)
    if args.no_cues:
        records.run_stages = runners["no cues"]  # type: ignore[assignment]
        stages.STAGES = tuple(replace(s, cues=None) for s in stages.STAGES)  # for ``--stages``
    if args.stages:
        _per_stage(spent)
    try:
        from kg.pipeline import _frozen_heap  # as the build loop runs (absent before it)

        frozen: Any = _frozen_heap
    except ImportError:
        frozen = contextlib.nullcontext
    best = dict.fromkeys(modes, float("inf"))
    for rep in range(args.repeat * len(modes)):
        mode = modes[rep % len(modes)]
        if args.both:
            records.run_stages = runners[mode]  # type: ignore[assignment]
        it = iter(docs)
        # each paragraph with its text and released after its rules, as ``kg build`` has
        # them (``parse_stream``, ``_reduce_mapped``): ``Paragraph.text`` is not rebuilt
        items = [(a, [Paragraph(next(it), s, _text=a.text[s:e]) for s, e in cs]) for a, cs in spans]
        builder = GraphBuilder()
        spent.clear()
        last = rep == args.repeat * len(modes) - 1
        profile = cProfile.Profile() if args.profile and last else None
        with frozen():
            start = CLOCK()
            if profile is not None:
                profile.enable()
            for article, paragraphs in items:
                builder.add(article, paragraphs)
                for paragraph in paragraphs:
                    paragraph.release()
            graph = builder.graph()
            if profile is not None:
                profile.disable()
            took = CLOCK() - start
        if profile is None:
            best[mode] = min(best[mode], took)
        print(f"rep {rep} ({mode}): {took:.2f} s CPU, {len(graph.claims)} claims")
    for mode, seconds in best.items():
        each = 1000 * seconds / len(spans)
        print(f"best ({mode}) {seconds:.2f} s CPU for {len(spans)} articles ({each:.2f} ms each)")
    for name, seconds in spent.most_common():
        print(f"  {name:28s} {1000 * seconds / len(spans):6.2f} ms an article")
    if profile is not None:
        if args.dump:
            profile.dump_stats(args.dump)
        for order in ("tottime", "cumulative"):
            pstats.Stats(profile).strip_dirs().sort_stats(order).print_stats(args.profile)


if __name__ == "__main__":
    main()
