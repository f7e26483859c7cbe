"""Map and reduce of the build: a worker turns one parsed article into a compact, picklable
``ArticleRecord`` (every question its rules asked the resolver, with the answer, a read asked
again before any other call written once; and its draft claims); the driver replays the record
against the corpus-wide resolver in input order.

The rules ask the resolver corpus-wide questions ("is *Tokayev* a known surname?", "what type
is this cluster?"). A worker answers them from its own article only, and writes each call and
its answer in the record. The driver replays the calls on the real resolver: when every answer
is the same, the article's rules would have run exactly the same way in a serial build, so the
record's drafts are the serial build's drafts and the replayed writes leave the resolver in the
serial build's state. At the first answer that differs the driver runs the article's rules
itself, from that call on (the calls before it are already applied), so the output is the same
bytes whatever parsed and extracted the text. Where that call is one of the votes' (the stages
that write to the resolver only, ``VOTES``), the votes alone run again and the record's later
calls are checked on their own: the later stages run only if one of those differs. Should the
re-run's rules ask another call than the record's before that one (rules that are not
deterministic: a bug), they run on with the corpus's answers and the build reports it in one
line (``Journal._diverge``): no claim is lost.
"""

from __future__ import annotations

import gc
import gzip
import io
import pickle
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, fields, replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from kg.extract import ArticleContext, Draft, Paragraph, run_stages
from kg.extract.commands import own_commands
from kg.extract.measures import lifted_to_makers
from kg.extract.stages import LATER, VOTES
from kg.language import reading
from kg.lexicon import Lexicon
from kg.model import Article, Entity, Mention
from kg.resolve.courts import judiciary_courts
from kg.resolve.dated_coups import bare_dated_coups
from kg.resolve.entities import (
    SpanMention,
    find_mentions,
    known_name_mentions,
    split_pairs,
    with_bare_collectives,
    work_title_tokens,
)
from kg.resolve.gatherings import bare_gatherings
from kg.resolve.lede_named import as_named, lede_courts, lede_named
from kg.resolve.named_later import as_person, described_named
from kg.resolve.protest_hosts import protest_hosts
from kg.resolve.resolver import Resolver
from kg.vocab import EntityType

Op = tuple[str, tuple[Any, ...], Any]  # (call, arguments, answer)

# calls that change the resolver (replayed for their effect) and calls whose answer a rule
# reads; ``add`` and ``ensure`` are both
WRITES = frozenset({"add", "add_vote", "add_reference", "ensure", "set_country"})
# calls that only read the resolver: between two other calls, a type read once holds
READS = frozenset(
    {
        "type_of",
        "type_in",
        "sector_in",
        "country_in",
        "home_country",
        "named_in",
        "plain_collective",
        "country_of",
        "cluster_exists",
        "cluster_attr",
        "cluster_has_article",
        "known_surname",
        "known_surnames",
        "article_labels",
        "written_as",
        "called",
        "any_name",
    }
)
# Resolver methods a rule must never call on a journal (they read or write the whole corpus)
DRIVER_ONLY = frozenset({"seed", "entities", "merged"})


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What a worker sends back for one article: resolver calls with their answers, and the
    draft claims (endpoints are cluster labels). Picklable, no spaCy objects."""

    article_id: str
    ops: tuple[Op, ...]
    drafts: tuple[Draft, ...]
    # how many of ``ops`` were asked before the first rule stage (while the mentions were
    # found, resolved and linked); -1: not known (a record saved before 2026-12-01)
    stages: int = -1
    # a line for each rule stage that raised on the article (``stages.rule_failure``)
    failures: tuple[str, ...] = ()
    # how many of ``ops`` were asked before the stages after the votes (``VOTES``), where
    # no read is taken as asked before; -1: not known (a record saved before 2026-12-06)
    voted: int = -1


def apply(resolver: Resolver, name: str, args: tuple[Any, ...]) -> Any:
    """Run one journalled call on ``resolver`` and return its answer."""
    if name == "known_surname":
        return resolver._corpus_surname(args[0]) is not None  # O(1): known_surnames() is O(n)
    if name == "cluster_exists":
        return args[0] in resolver.clusters
    if name == "cluster_attr":
        return getattr(resolver.clusters[args[0]], args[1])
    if name == "cluster_has_article":
        return args[1] in resolver.clusters[args[0]].articles
    method: Callable[..., Any] = getattr(resolver, name)
    return method(*args)


def _peek_ensure(resolver: Resolver, label: str) -> bool:
    """What ``ensure(label, ...)`` would answer, without its effect."""
    return label in resolver.clusters or resolver.lexicon.lookup(label) is not None


class _ArticleSet:
    """``cluster.articles`` as a rule sees it: membership questions only."""

    def __init__(self, journal: Journal, label: str) -> None:
        self._journal, self._label = journal, label

    def __contains__(self, article: object) -> bool:
        return bool(self._journal.call("cluster_has_article", (self._label, article)))


class _ClusterView:
    """A read-only cluster whose every attribute read is a journalled call."""

    def __init__(self, journal: Journal, label: str) -> None:
        self._journal, self._label = journal, label

    def __getattr__(self, attr: str) -> Any:
        if attr == "articles":
            return _ArticleSet(self._journal, self._label)
        if attr == "mentions":  # the corpus's mentions are the driver's alone
            raise TypeError("a rule read cluster.mentions; journal it in kg/pipeline_records.py")
        return self._journal.call("cluster_attr", (self._label, attr))


class _Clusters:
    """``resolver.clusters`` as a rule sees it: lookups by label, each journalled."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def __contains__(self, label: object) -> bool:
        return bool(self._journal.call("cluster_exists", (label,)))

    def get(self, label: str, default: Any = None) -> Any:
        return _ClusterView(self._journal, label) if label in self else default

    def __getitem__(self, label: str) -> Any:
        if label not in self:
            raise KeyError(label)
        return _ClusterView(self._journal, label)


class Journal(Resolver):
    """A resolver that answers from ``backend`` and writes every call in ``ops``.

    Modes: a worker's journal answers from a resolver of its own article only and records
    (``replayed`` empty); the driver's journal for a conflicting article first gives back the
    ``replayed`` answers without running them (they are applied already), then runs every
    later call on the real resolver.
    """

    def __init__(
        self,
        backend: Resolver,
        replayed: tuple[Op, ...] = (),
        log: bool = True,
        marks: bool = True,
    ) -> None:
        # no super().__init__: the journal keeps no state of its own but its log
        self.lexicon = backend.lexicon
        self.backend = backend
        self.ops: list[Op] = []
        self._replayed = replayed
        # without ``log`` (a serial build that keeps no records) every call runs on
        # ``backend`` and nothing is written down
        self._log = log
        # reads are journalled; without a log (nothing written down) a rule reads the
        # backend's clusters themselves: the same answers, without a call and a view object
        # for each of ~80 reads an article
        self.clusters = _Clusters(self) if log else backend.clusters  # type: ignore[assignment]
        self.countries = {}  # this article's own entry only, read back by its own rules
        # each label's type as last read, dropped at any call not in READS (a type changes
        # only through the resolver's writes, which all come through here)
        self._types: dict[str, EntityType] = {}
        # each read asked since the last other call, with its answer: asked again, it has
        # the same answer (``_asked_again``)
        self._asked: dict[tuple[str, tuple[Any, ...]], Any] = {}
        # calls made before the first rule stage (``extract_article`` sets it)
        self.stages = -1
        # calls made before the stages after the votes (``mark``); without ``marks`` (the
        # re-run of a record saved before 2026-12-06, which ran on past them) not kept
        self.voted = -1
        self._marks = marks
        # the rule stages that raised on the article (``_stages`` sets it)
        self.failures: tuple[str, ...] = ()
        # a re-run whose rules left the replayed calls: (call, asked, recorded) (``_diverge``)
        self._left: tuple[int, str, str] | None = None
        # the replayed writes from there on, applied already: given back, not run again,
        # when the re-run makes them too (``_applied``)
        self._pending: list[Op] = []

    def call(self, name: str, args: tuple[Any, ...]) -> Any:
        if name not in READS:
            self._types.clear()
            self._asked.clear()
        if not self._log:
            return apply(self.backend, name, args)
        key = (name, args) if name in READS else None
        if key is not None:
            try:
                if key in self._asked:
                    return self._asked_again(key)
            except TypeError:  # an unhashable argument (a set of sectors): asked each time
                key = None
        index = len(self.ops)
        if index < len(self._replayed):
            done, done_args, answer = self._replayed[index]
            if done != name or done_args != args:
                self._diverge(index, name)
                return self.call(name, args)
        elif self._pending and name in WRITES and (applied := self._applied(name, args)):
            answer = applied[2]
        elif name == "type_in":
            # the most frequent call (~330 an article), a label asked about 5 times between
            # two writes: its type read once
            found = self._types.get(args[0])
            if found is None:
                found = self._types[args[0]] = self.backend.type_of(args[0])
            answer = found in args[1]
        else:
            answer = apply(self.backend, name, args)
        self.ops.append((name, args, answer))
        if key is not None:
            self._asked[key] = answer
        return answer

    def _diverge(self, index: int, name: str) -> None:
        """The re-run's rules asked ``name`` where the record has another call: they are not
        deterministic (a bug of kg). Nothing is lost: the rules run on, every later call on
        the corpus resolver, and the record's writes already applied from there are kept
        to give back when the rules make them; ``diverged`` says where, for a report."""
        self._left = (index, name, self._replayed[index][0])
        self._pending = [op for op in self._replayed[index:] if op[0] in WRITES]
        self._replayed = ()
        self._types.clear()
        self._asked.clear()

    @property
    def diverged(self) -> str | None:
        """The line on a re-run whose rules left the replayed calls (None: they did not),
        with the count of the record's writes applied that the rules did not make again
        (the corpus keeps them: the one way such an article's output may differ)."""
        if self._left is None:
            return None
        index, name, done = self._left
        kept = f" (the record's writes they did not make kept: {len(self._pending)})"
        kept = kept if self._pending else ""
        return (
            f"replay diverged at call {index} ({name} asked, {done} recorded): the article's"
            f" rules ran on with the corpus's answers{kept} (a bug in kg; please report it)"
        )

    def _applied(self, name: str, args: tuple[Any, ...]) -> Op | None:
        """The replayed write ``name(*args)`` applied before the rules diverged, taken off
        the pending ones (its effect is in the resolver: it is not run twice)."""
        for k, op in enumerate(self._pending):
            if op[0] == name and op[1] == args:
                return self._pending.pop(k)
        return None

    def taken(self, name: str, args: tuple[Any, ...], answer: Any) -> None:
        """What a call taken from a record (not asked through ``call``) leaves behind: the
        article's country, and the reads since the last other call (an article with no
        mention to link starts its stages with those of its mention phase)."""
        if name == "set_country":
            self.countries[args[0]] = args[1]
        if name not in READS:
            self._types.clear()
            self._asked.clear()
            return
        with suppress(TypeError):  # (unhashable: asked each time, as in ``call``)
            self._asked[name, args] = answer

    def mark(self) -> None:
        """The votes are done: the calls so far counted (``voted``), and no read asked
        before is taken as asked, so the first read of each question after the votes is in
        the record. A driver that ran the votes again, the corpus answering one otherwise,
        can then check the record's later calls on their own (``_votes_again``)."""
        if self._marks:
            self.voted = len(self.ops)
            self._types.clear()
            self._asked.clear()

    def resume(self, applied: tuple[Op, ...]) -> None:
        """Go on with the record's ``applied`` calls after those made so far: they were
        applied to the resolver, and are given back, not run again, when the rules ask
        them."""
        self._replayed = (*self.ops, *applied)

    def _asked_again(self, key: tuple[str, tuple[Any, ...]]) -> Any:
        """The answer to a read asked before since the last other call: the same, as only
        the calls that are not reads change the resolver. It is not written again (more than
        half of an article's calls: a type asked at every token of a name), so a record is
        smaller, read back and replayed faster. A record written before 2026-12-06 has the
        call again at this point: replayed, it is taken from there."""
        index = len(self.ops)
        if index < len(self._replayed) and self._replayed[index][:2] == key:
            self.ops.append(self._replayed[index])
        return self._asked[key]

    # every public Resolver method, journalled (a test checks that none is missed)
    def canonical(self, mention: SpanMention, article_names: dict[str, str]) -> str:
        return str(self.call("canonical", (mention, article_names)))

    def article_names(self, mentions: list[SpanMention]) -> dict[str, str]:
        return self.backend.article_names(mentions)

    def known_surnames(self) -> set[str]:
        return set(self.call("known_surnames", ()))

    def is_known_surname(self, word: str) -> bool:
        """Whether ``word`` is the surname of exactly one person seen so far in the corpus."""
        return bool(self.call("known_surname", (word,)))

    def add(self, label: str, mention: SpanMention, record: Mention) -> str:
        return str(self.call("add", (label, mention, record)))

    def add_vote(self, label: str, entity_type: EntityType, weight: int = 1) -> None:
        self.call("add_vote", (label, entity_type, weight))

    def add_reference(self, label: str, record: Mention) -> None:
        self.call("add_reference", (label, record))

    def ensure(self, label: str, article: str) -> bool:
        return bool(self.call("ensure", (label, article)))

    def armed_group(self, article: str) -> str | None:
        answer = self.call("armed_group", (article,))
        return str(answer) if answer is not None else None

    def set_country(self, article_id: str, iso: str) -> None:
        self.countries[article_id] = iso
        self.call("set_country", (article_id, iso))

    def type_of(self, label: str) -> EntityType:
        if not self._log:  # the most frequent call (~600 an article): straight to the backend
            found = self._types.get(label)
            if found is None:
                found = self._types[label] = self.backend.type_of(label)
            return found
        answer: EntityType = self.call("type_of", (label,))
        return answer

    def type_in(self, label: str, types: Container[EntityType]) -> bool:
        # the coarse answer is what the record keeps: the corpus may move the label between
        # two types of ``types`` (City / Place) and the record still holds
        if not self._log:  # ``type_of`` inlined: asked ~400 times an article
            found = self._types.get(label)
            if found is None:
                found = self._types[label] = self.backend.type_of(label)
            return found in types
        return bool(self.call("type_in", (label, types)))

    def named_in(self, label: str, article: str) -> bool:
        return bool(self.call("named_in", (label, article)))

    def sector_in(self, label: str, sectors: Container[str]) -> bool:
        return bool(self.call("sector_in", (label, sectors)))

    def country_in(self, label: str, codes: Container[str | None]) -> bool:
        return bool(self.call("country_in", (label, codes)))

    def home_country(self, label: str) -> str | None:
        answer: str | None = self.call("home_country", (label,))
        return answer

    def plain_collective(self, article: str, sector: str, country: str | None) -> str | None:
        answer = self.call("plain_collective", (article, sector, country))
        return str(answer) if answer is not None else None

    def country_of(self, label: str) -> str | None:
        answer: str | None = self.call("country_of", (label,))
        return answer

    def article_labels(self, article: str) -> tuple[str, ...]:
        return tuple(self.call("article_labels", (article,)))

    def written_as(self, label: str, form: str) -> bool:
        return bool(self.call("written_as", (label, form)))

    def called(self, label: str) -> str:
        return str(self.call("called", (label,)))

    def any_name(self, label: str, test: Callable[[str, Lexicon], bool]) -> bool:
        return bool(self.call("any_name", (label, test)))

    def seed(self, entity: Entity) -> None:
        raise TypeError("seed() runs on the driver's resolver, not in an article's journal")

    def merged(self) -> dict[str, str]:
        raise TypeError("merged() runs on the driver's resolver, not in an article's journal")

    def entities(self) -> tuple[dict[str, Entity], dict[str, str], dict[str, list[Mention]]]:
        raise TypeError("entities() runs on the driver's resolver, not in an article's journal")


def extract_article(
    lexicon: Lexicon, resolver: Journal, article: Article, paragraphs: list[Paragraph]
) -> list[Draft]:
    """The rules of one article: find mentions, resolve and link them, run the extraction
    stages. Every corpus-wide question goes through ``resolver``."""
    # checked before the first resolver call: an article in a language with no data leaves
    # the resolver as it was (a serial build runs the rules on the corpus resolver itself)
    lx = lexicon.for_language(article.language)  # LanguageError if it has no data
    # a capital other countries' cities share ("Victoria") is a seat only where the article
    # names its country
    lexicon, lx = lexicon.for_article(article.text), lx.for_article(article.text)
    per_doc = [
        (p, find_mentions(p.doc, lexicon, p.tokens, p.text, p.ents, p.words)) for p in paragraphs
    ]
    bare, iso = with_bare_collectives([(p.tokens, p.text, ms) for p, ms in per_doc], lexicon)
    per_doc = [(p, ms) for (p, _), ms in zip(per_doc, bare, strict=True)]
    if iso is not None:
        resolver.set_country(article.id, iso)
    names = resolver.article_names([m for _, ms in per_doc for m in ms])
    known = _Known(names, resolver)
    # a work's title or a slogan ("his campaign slogan "Sai Buhari"") names no one
    titled = {id(p): work_title_tokens(p.tokens, lexicon, p.words) for p, _ in per_doc}
    # full names the model missed ("Narges Mohammadi" beside Taghi Mohammadi) are mentions of
    # their own, and a surname they share with another full name is no one's
    full = [
        [
            m
            for m in known_name_mentions(p.tokens, known, ms, lexicon.person_titles, titled[id(p)])
            if m.end - m.start > 1
        ]
        for p, ms in per_doc
    ]
    if any(full):
        per_doc = [
            (p, sorted([*ms, *f], key=lambda m: m.start))
            for (p, ms), f in zip(per_doc, full, strict=True)
        ]
        names = resolver.article_names([m for _, ms in per_doc for m in ms])
        known = _Known(names, resolver)

    def is_known(name: str) -> bool:
        return name in known or lexicon.lookup(name) is not None

    found: list[tuple[Paragraph, SpanMention]] = []
    for para, first in per_doc:
        pairs = split_pairs(para.doc, first, is_known)
        both = [
            *pairs,
            *known_name_mentions(
                para.tokens, known, pairs, lexicon.person_titles, titled[id(para)]
            ),
        ]
        found.extend((para, m) for m in sorted(both, key=lambda m: m.start))
    # the linking: a driver's re-run starts here from the record's calls when the corpus
    # answered every call before it alike (``_relink``), so it makes one ``canonical`` and
    # one ``add`` a mention and is the last thing before the stages
    # "An Egyptian judge ... Judge X": the description is the person named later
    later = described_named([(p.tokens, m) for p, m in found], lexicon, names)
    # "A Palestinian man was killed ... . X, 23, was hit": the lede's person named after it
    number = {id(p): n for n, p in enumerate(paragraphs)}
    paras = [number[id(p)] for p, _ in found]
    for k, j in lede_named([(p.tokens, m) for p, m in found], paras, lexicon, names).items():
        later.setdefault(k, j)
    # "an Egyptian court ... the judiciary": the country's judiciary is the court reported on
    courts = judiciary_courts([(p.tokens, m) for p, m in found], lexicon)
    # "the FIFA congress ... the congress": the bare noun read as a name is that gathering
    courts.update(bare_gatherings([(p.tokens, m) for p, m in found], lexicon))
    courts.update(bare_dated_coups([(p.tokens, m) for p, m in found], lexicon))  # "the coup"
    # "A Canadian court has freed X ... . Alberta Court of Appeal's judge": the court named next
    # "1,000 Ethiopian Israelis staged a protest ... five protesters": the one group protesting
    hosts = protest_hosts([(p.tokens, m) for p, m in found], lexicon)
    named_courts = lede_courts(
        [(p.tokens, m) for p, m in found], paras, [p.tokens for p in paragraphs], lexicon
    )
    for k, (para, mention) in enumerate(found):
        if k in later:
            label = resolver.canonical(found[later[k]][1], names)
            mention = as_person(mention)
        elif k in named_courts and k not in courts:
            label = resolver.canonical(found[named_courts[k]][1], names)
            mention = as_named(mention)
        elif k in hosts and k not in courts:
            host = found[hosts[k]][1]
            label = resolver.canonical(host, names)
            # a plain group stays one; a named one takes the crowd's words as its own
            mention = mention if host.scoped else replace(mention, canonical=None, scoped=False)
        elif k in courts:
            label = resolver.canonical(found[courts[k]][1], names)
        else:
            label = resolver.canonical(mention, names)
        _link(resolver, article, para, mention, label)
    resolver.stages = len(resolver.ops)
    return _stages(lx, resolver, article, paragraphs)


def _stages(
    lx: Lexicon, resolver: Journal, article: Article, paragraphs: list[Paragraph]
) -> list[Draft]:
    """The extraction stages of an article whose mentions are linked (``run_stages`` marks
    the end of the votes on the journal: ``Journal.mark``)."""
    ctx = ArticleContext(lx, resolver, article.id, article.published)
    with reading(lx.language):  # the word lists rule modules load, in the article's language
        drafts = lifted_to_makers(ctx, own_commands(ctx, list(run_stages(ctx, paragraphs))))
    resolver.failures = tuple(ctx.failures)
    return drafts


def _record(article: Article, journal: Journal, drafts: list[Draft]) -> ArticleRecord:
    """The record of an article whose rules ran through ``journal``."""
    failures = journal.failures
    if journal.diverged is not None:
        failures = (journal.diverged, *failures)
    ops, stages, voted = tuple(journal.ops), journal.stages, journal.voted
    return ArticleRecord(article.id, ops, tuple(drafts), stages, failures, voted)


class _Known(set[str]):
    """The article's own full names' surnames, and the corpus's known surnames, asked one
    word at a time (the corpus set is large; the question is journalled)."""

    def __init__(self, names: dict[str, str], resolver: Journal) -> None:
        super().__init__(names)
        self._resolver = resolver

    def __contains__(self, word: object) -> bool:
        if set.__contains__(self, word):
            return True
        return isinstance(word, str) and self._resolver.is_known_surname(word)


def _link(
    resolver: Resolver, article: Article, para: Paragraph, mention: SpanMention, label: str
) -> None:
    tokens = para.tokens  # made once (``doc[i]`` makes a new Token)
    start = para.offset + tokens[mention.start].idx
    last = tokens[mention.end - 1]
    end = para.offset + last.idx + len(last.text)
    # a collective actor ("Israeli troops") is a mention but not a name
    # ... unless the model tagged it as an organisation written as a name ("the Russian
    # Defence Ministry", "the Haitian Parliament"): a name that is also a sector's actor
    named = mention.label == "ORG" and all(w[:1].isupper() for w in mention.text.split())
    kind = (
        "demonym" if mention.demonym else ("collective" if mention.sector and not named else "name")
    )
    record = Mention(article.id, start, end, mention.text, label, kind)
    label = resolver.add(label, mention, record)
    for i in range(mention.start, mention.end):
        para.links[i] = label


def map_article(
    lexicon: Lexicon,
    article: Article,
    paragraphs: list[Paragraph],
    resolver: Resolver | None = None,
) -> ArticleRecord:
    """A worker's map step: the article's rules run against ``resolver`` (the worker's own,
    ``worker_resolver``; without, one of this article alone); the record keeps each
    resolver call with the answer it got."""
    journal = Journal(resolver if resolver is not None else Resolver(lexicon, spans=False))
    drafts = extract_article(lexicon, journal, article, paragraphs)
    return _record(article, journal, drafts)


# a worker's own resolver starts afresh past this many clusters (about 1.5 KB each)
WORKER_CLUSTERS = 50_000


def worker_resolver(held: Resolver | None, lexicon: Lexicon) -> Resolver:
    """The resolver a worker maps its next article on: ``held``, the one it mapped its
    earlier articles on, or a new one (none yet, another lexicon, or past
    ``WORKER_CLUSTERS``).

    The corpus answers a rule's question ("what type is Sanaa?", "is Assad a known
    surname?") from every article before; an article alone often answers it otherwise, and
    its record is then run again on the driver. The articles a worker mapped before are a
    sample of the corpus: its answers come closer to the corpus's, and fewer records are
    run again. The output does not depend on it (a record is used only where every answer
    agrees with the corpus's)."""
    if held is None or held.lexicon is not lexicon or len(held.clusters) > WORKER_CLUSTERS:
        return Resolver(lexicon, spans=False)
    return held


def extract_here(
    resolver: Resolver, lexicon: Lexicon, article: Article, paragraphs: list[Paragraph], log: bool
) -> ArticleRecord:
    """Map and reduce in one step, for a build whose rules run in the driver's process: the
    article's rules against the corpus resolver itself. The same record (with ``log``) and
    the same resolver state as ``reduce_article`` of ``map_article``'s record, without
    running the rules twice when the corpus answers a call differently."""
    journal = Journal(resolver, log=log)
    drafts = extract_article(lexicon, journal, article, paragraphs)
    return _record(article, journal, drafts)


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic collector off for a step that makes many objects and no cycles (a
    record's decoding, its replay): each young collection in it walked what the step had
    just made, and every tenth of those the corpus's clusters, which the driver only adds
    to. What the step made is collected as before, at the next collection after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def replay(resolver: Resolver, record: ArticleRecord) -> int | None:
    """Apply a record's calls to the corpus resolver; ``None`` when every answer agreed,
    else the index of the first call whose answer differs (the calls before it are applied,
    it and those after are not)."""
    with paused_gc():
        return _replay(resolver, record.ops, record.article_id)


def _replay(resolver: Resolver, ops: tuple[Op, ...], article_id: str) -> int | None:
    types: dict[str, EntityType] = {}  # as in ``Journal``: read once between two writes
    for index, (name, args, answer) in enumerate(ops):
        if name == "type_in":
            found = types.get(args[0])
            if found is None:
                found = types[args[0]] = resolver.type_of(args[0])
            if (found in args[1]) != answer:
                return index
            continue
        if name not in READS:
            types.clear()
        if name == "ensure":
            if _peek_ensure(resolver, args[0]) != answer:
                return index
            resolver.ensure(*args)
            continue
        if name in WRITES:
            got = apply(resolver, name, args)
            if got != answer:  # add's key depends on its article alone
                where = f"replay of {article_id}"
                raise RuntimeError(f"{where}: {name}{args!r} answered {got!r}")
            continue
        if apply(resolver, name, args) != answer:
            return index
    return None


def reduce_article(
    resolver: Resolver,
    lexicon: Lexicon,
    article: Article,
    record: ArticleRecord,
    parse: Callable[[], list[Paragraph]],
) -> tuple[ArticleRecord, str | None]:
    """The driver's reduce step for one article, in input order: the record itself when its
    answers hold for the corpus, else the article's rules run here from the first differing
    call (``parse`` gives fresh paragraphs). Returns the record as the corpus answered it
    (replaying it on the same corpus needs no re-run) and, when the rules ran again, the
    call whose answer differed."""
    conflict = replay(resolver, record)
    if conflict is None:
        return record, None
    journal = Journal(resolver, record.ops[:conflict], marks=record.voted >= 0)
    # the re-run (a DocBin's decoding on Dask, the paragraphs' tables, the rules) makes many
    # short-lived objects: with the collector on, each young collection walked them and
    # every tenth the corpus's clusters too, which was a third of a re-run's time
    with paused_gc():
        paragraphs = parse()
        # the paragraphs whose tokens this re-run makes (not those shared with paragraphs
        # read elsewhere, as ``fresh`` copies share them)
        own = [p for p in paragraphs if not p.tokens_made]
        first = _links_from(record)
        if first is not None and first <= conflict:
            # the corpus answered every call before the mentions' linking as the worker's
            # resolver did, so the article's mentions are those of the record's calls: they
            # are linked again from there (their labels asked anew from the call that
            # differed on) and the stages run, without finding the mentions again (about a
            # third of a re-run)
            _relink(journal, record, first, article, paragraphs)
            lx = lexicon.for_language(article.language)
            if record.stages <= conflict < record.voted:
                drafts = _votes_again(lx, journal, record, article, paragraphs)
            else:
                drafts = _stages(lx, journal, article, paragraphs)
        else:
            drafts = extract_article(lexicon, journal, article, paragraphs)
        for paragraph in own:  # read no more: freed when dropped, not by the collector
            paragraph.release()
    done = _record(article, journal, drafts)
    return done, record.ops[conflict][0]


def _votes_again(
    lx: Lexicon,
    journal: Journal,
    record: ArticleRecord,
    article: Article,
    paragraphs: list[Paragraph],
) -> list[Draft]:
    """The stages of a record whose differing call is one of the votes' (a name's type the
    corpus gives otherwise, ``node_types``): the votes run again, then the record's later
    calls are replayed on their own, as the votes leave the article's own state as they
    found it. When the corpus answers each of them as the worker's resolver did, the later
    stages would run here exactly as they ran on the worker: the record's drafts are kept,
    and the stages not run (nine tenths of a re-run). Else they run from there."""
    ctx = ArticleContext(lx, journal, article.id, article.published)
    with reading(lx.language):
        drafts = list(run_stages(ctx, paragraphs, VOTES))
        journal.mark()
        if journal.diverged is None:  # (else the later stages run on the corpus's answers)
            later = record.ops[record.voted :]
            differs = _replay(journal.backend, later, record.article_id)
            if differs is None and not (drafts or ctx.failures or record.failures):
                journal.ops.extend(later)
                return list(record.drafts)
            journal.resume(later if differs is None else later[:differs])
        drafts.extend(run_stages(ctx, paragraphs, LATER))
    journal.failures = tuple(ctx.failures)
    return lifted_to_makers(ctx, own_commands(ctx, drafts))


def _links_from(record: ArticleRecord) -> int | None:
    """Where the mentions' linking starts in ``record.ops`` (``extract_article``'s last loop
    before the stages: each mention's ``canonical`` then its ``add``), or None when the
    record does not say (saved before 2026-12-01) or its calls have another shape."""
    if record.stages < 0:
        return None
    ops = record.ops
    first = record.stages
    while first >= 2 and ops[first - 2][0] == "canonical" and ops[first - 1][0] == "add":
        first -= 2
    if any(name in ("canonical", "add") for name, _, _ in ops[:first]):
        return None  # not the shape ``extract_article`` writes: run it all again
    return first


def _relink(
    journal: Journal,
    record: ArticleRecord,
    first: int,
    article: Article,
    paragraphs: list[Paragraph],
) -> None:
    """``extract_article``'s mention phase from its linking on: the calls before ``first``
    (no write but ``set_country``) taken from the record, then each of the record's
    mentions labelled and linked again through ``journal`` (which gives back the recorded
    answers up to the call that differed, and asks the corpus from there)."""
    journal.ops = list(record.ops[:first])
    for name, args, answer in journal.ops:
        journal.taken(name, args, answer)
    starts = [p.offset for p in paragraphs]
    linking = record.ops[first : record.stages]
    # the mention linked is the one ``add`` was given: "An Egyptian judge" asks the label
    # of the later "Judge X" (``named_later``) and is linked, as a person, where it stands
    for (_, (asked, names), _), (_, (_, mention, placed), _) in zip(
        linking[::2], linking[1::2], strict=True
    ):
        para = paragraphs[bisect_right(starts, placed.start) - 1]
        _link(journal, article, para, mention, journal.canonical(asked, names))
    journal.stages = len(journal.ops)


def _made(cls: type, values: tuple[Any, ...]) -> Any:
    return cls(*values)


class RecordPickler(pickle.Pickler):
    """Records' frozen values as constructor calls: a dataclass's default pickling looks its
    fields up again for every object, which made writing and reading records (`kg remove`,
    a Dask driver's unpacking) several times slower. Read back by plain ``pickle``."""

    def reducer_override(self, obj: Any) -> Any:
        values = _VALUES.get(type(obj))
        if values is None:
            return NotImplemented
        return _made, (type(obj), values(obj))


def dump_record(item: Any, out: io.BufferedIOBase) -> None:
    """Pickle one record (or article with its record) to ``out``, ``RecordPickler``'s way."""
    RecordPickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(item)


def write_records(path: Path, items: Iterable[tuple[Article, ArticleRecord]]) -> None:
    """Save articles with their records, in order (a compressed pickle stream): what `kg add`
    and `kg remove` replay instead of parsing the held articles again."""
    with gzip.open(path, "wb", compresslevel=6) as out:
        for item in items:
            dump_record(item, out)


def read_records(path: Path) -> Iterator[tuple[Article, ArticleRecord]]:
    """The articles and records ``write_records`` saved, in their order."""
    with gzip.open(path, "rb") as src:
        while True:
            try:
                item: tuple[Article, ArticleRecord] = pickle.load(src)  # written by kg itself
            except EOFError:
                return
            yield item


# the frozen values a record holds, with their fields in order (``RecordPickler``)
_VALUES = {
    cls: attrgetter(*(f.name for f in fields(cls)))
    for cls in (Article, ArticleRecord, Draft, Mention, SpanMention)
}


def fresh(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs over the same Docs with no links: the rules can run on them again."""
    return [p.unlinked() for p in paragraphs]
