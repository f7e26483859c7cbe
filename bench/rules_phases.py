"""Where the rule layer's time goes outside its stages: the exclusive CPU time of each phase
of `GraphBuilder.add` and of the final graph, over a corpus parsed once into a DocBin cache
(``rules_cost.py``'s, made by it), in ms an article.

    python bench/rules_phases.py [--corpus DIR] [--repeat 3]

Each phase is a function the build calls (the mention finding, the paragraphs' columns and
tokens, the article's names, the linking, the stages as one, the drafts' evidence, the
final entities, ...); a phase's time excludes the phases it calls (a stack of timers), so
the lines add up to the total. ``extract_article`` is its own glue (the loops between its
calls). The timers cost ~1 µs a call, added to the caller's line, and each reads the CPU
clock through a system call that cools the caches a little: the total is ~5-15% above
``rules_cost.py``'s, most in the phases of many short calls. Best of the repeats; not a
test: machines are noisy. Confirm a phase's cost by removing it from the clock in one
process, alternating which build runs first (the second of two back-to-back builds of one
process runs ~0.5-1 ms an article faster on news2015 whatever it is: find64).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import _here  # noqa: F401  # this checkout's kg first on sys.path
from spacy.tokens import DocBin

import kg.pipeline as pipeline
import kg.pipeline_records as records
from kg.api import iter_articles
from kg.extract.context import Paragraph, _once
from kg.io.spool import Spool
from kg.lexicon import Lexicon
from kg.nlp.model import load_model
from kg.resolve.resolver import Resolver

CLOCK = time.process_time

# the functions of ``kg.pipeline_records`` timed as phases (the names it calls them by)
_RECORDS = (
    "find_mentions",
    "with_bare_collectives",
    "known_name_mentions",
    "split_pairs",
    "work_title_tokens",
    "described_named",
    "lede_named",
    "judiciary_courts",
    "bare_gatherings",
    "bare_dated_coups",
    "protest_hosts",
    "lede_courts",
    "_link",
    "own_commands",
    "_record",
    "ArticleContext",
    "extract_article",
    "run_stages",
)
_PIPELINE = ("_meta", "_evidence", "_finish", "SortedSpool", "KnowledgeGraph")
# the paragraph's values made once that the phases read first (``Paragraph``'s ``_once``)
_PARAGRAPH = ("columns", "tokens", "words", "word_index", "ents", "text", "kids", "sent_starts")


class Phases:
    """Exclusive CPU time by phase: entering a phase stops its caller's clock."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self._stack: list[list[Any]] = []

    def enter(self, name: str) -> None:
        """Start ``name``'s clock, and charge the phase it interrupts with its time so far."""
        now = CLOCK()
        if self._stack:
            top = self._stack[-1]
            self.spent[top[0]] += now - top[1]
        self._stack.append([name, CLOCK()])

    def leave(self) -> None:
        """Stop the innermost phase's clock; the phase that called it resumes its own."""
        now = CLOCK()
        name, start = self._stack.pop()
        self.spent[name] += now - start
        if self._stack:
            self._stack[-1][1] = CLOCK()

    def timed(self, name: str, run: Callable[..., Any]) -> Callable[..., Any]:
        """``run`` timed as ``name``; a generator's draws too, each when it is drawn."""

        def call(*args: Any, **kwargs: Any) -> Any:
            self.enter(name)
            try:
                result = run(*args, **kwargs)
            finally:
                self.leave()
            if hasattr(result, "__next__") and not isinstance(result, list | tuple | dict):
                return self._drawn(name, result)
            return result

        return call

    def _drawn(self, name: str, values: Iterator[Any]) -> Iterator[Any]:
        """The generator's values, each draw timed as ``name`` (a stage yields as it runs)."""
        while True:
            self.enter(name)
            try:
                value = next(values, _DONE)
            finally:
                self.leave()
            if value is _DONE:
                return
            yield value


_DONE = object()


def instrument(phases: Phases) -> None:
    """Wrap every phase of the build in ``phases``' timers."""
    for name in _RECORDS:
        setattr(records, name, phases.timed(name, getattr(records, name)))
    for name in _PIPELINE:
        setattr(pipeline, name, phases.timed(name, getattr(pipeline, name)))
    for owner, name in (
        (records.Journal, "canonical"),
        (records.Journal, "article_names"),
        (Resolver, "entities"),
        (Lexicon, "for_article"),
        (Spool, "extend"),
        (Paragraph, "release"),
    ):
        setattr(owner, name, phases.timed(f"{owner.__name__}.{name}", getattr(owner, name)))
    for name in _PARAGRAPH:
        made = vars(Paragraph)[name]
        assert isinstance(made, _once)
        made._func = phases.timed(f"Paragraph.{name}", made._func)


def main() -> None:
    """Build the cached corpus ``--repeat`` times with every phase timed; print the best."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpora/news2015"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cache = Path("bench/out") / f"{args.corpus.name}.docbin"
    if not cache.exists():
        raise SystemExit(f"no {cache}: run bench/rules_cost.py --corpus {args.corpus} first")
    nlp = load_model()
    spans = [(a, pipeline.chunks(a)) for a in iter_articles([args.corpus])]
    docs = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    phases = Phases()
    instrument(phases)
    best: tuple[float, Counter[str]] | None = None
    for rep in range(args.repeat):
        it = iter(docs)
        items = [(a, [Paragraph(next(it), s, _text=a.text[s:e]) for s, e in cs]) for a, cs in spans]
        builder = pipeline.GraphBuilder()
        phases.spent.clear()
        with pipeline._frozen_heap() as settle:  # as the build loop runs
            start = CLOCK()
            phases.enter("loop")
            for article, paragraphs in items:
                settle()
                builder.add(article, paragraphs)
                for paragraph in paragraphs:
                    paragraph.release()
            graph = builder.graph()
            phases.leave()
            took = CLOCK() - start
        print(f"rep {rep}: {took:.2f} s CPU, {len(graph.claims)} claims")
        if best is None or took < best[0]:
            best = (took, Counter(phases.spent))
    assert best is not None
    took, spent = best
    each = 1000 / len(spans)
    print(f"best {took:.2f} s CPU for {len(spans)} articles ({took * each:.2f} ms each)")
    for name, seconds in spent.most_common():
        print(f"  {name:32s} {seconds * each:6.2f} ms an article ({100 * seconds / took:4.1f}%)")


if __name__ == "__main__":
    main()
