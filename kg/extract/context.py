"""What extraction stages share: a parsed paragraph with its token -> entity links, a draft
relation, and the per-article context (rule data, resolver, what earlier stages found).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Generic, Self, TypeVar, overload

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.tokens import Token

from kg.lexicon import GazetteerEntry, Lexicon, once_per_lexicon
from kg.model import Mention
from kg.nlp.coordination import first_conjunct
from kg.resolve.collectives import collective_label_for
from kg.resolve.resolver import ACTOR_TYPES, Resolver
from kg.vocab import EntityType, Predicate, Status

# the kinds of place a listed place noun names ("the town of Ariha"), not the country it is in
_LISTED = (EntityType.CITY, EntityType.PLACE)
QUOTE_MARKS = frozenset({'"', "“", "”"})  # the marks that open or close a quotation

# one type as a question's kinds, one object per type (a record pickles it once)
_ONE: dict[EntityType, tuple[EntityType]] = {t: (t,) for t in EntityType}


def _set_aside(kids: Sequence[Any], i: int, adding: frozenset[str]) -> int | None:
    """Where a noun's "not" sets a name aside: -1 when it negates the noun itself ("not
    Uganda" of "Not Uganda but Kenya", "Kenya, and not Uganda"), the index of the "not" when
    it stands after the noun and negates the name set beside it ("Kenya, not Uganda": the
    parser hangs "not" on "Kenya", "Uganda" its apposition), None without such a "not". A
    "not" before one of ``adding`` ("not only", "not least") sets nothing aside."""
    for kid in kids:
        if kid.lower_ != "not":  # (mostly "neg"; the parser may hang it as an apposition)
            continue
        doc = kid.doc
        if kid.i + 1 < len(doc) and doc[kid.i + 1].lower_ in adding:
            continue
        return -1 if kid.i < i else kid.i
    return None


_T = TypeVar("_T")


class _once(Generic[_T]):  # noqa: N801  # a decorator, named as ``cached_property`` is
    """``functools.cached_property`` without its lock: a value computed at the first read
    and kept in the instance's ``__dict__``, where later reads find it. Python 3.11's takes
    a lock at each first read (~0.7 µs; a paragraph's first reads are ~100,000 a corpus of
    350 articles), and a paragraph is read by one thread."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self._func = func
        self._name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object, owner: type | None = None) -> _T | Self:
        if instance is None:
            return self
        value: _T = self._func(instance)
        instance.__dict__[self._name] = value
        return value


# not ``frozen``: a frozen dataclass's ``__init__`` sets each field through
# ``object.__setattr__``, several times slower than a plain one's (perf42: a news2015 build
# makes ~6k drafts, ~18k ``SpanMention``s, ~48k ``Sighting``s); never changed once made, as
# if frozen, and hashed by its fields
@dataclass(slots=True, unsafe_hash=True)
class Draft:
    """A relation before entity ids are final: endpoints are cluster labels. Never changed
    once made (``dataclasses.replace`` makes another)."""

    subject: str
    predicate: Predicate
    object: str | None
    status: Status
    date: str | None
    place: str | None
    title: str | None
    cameo: str | None
    sentence: tuple[int, int]  # char span in the article's cleaned text
    confidence: float
    value: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a constructor call (a build spools its drafts to disk): a slotted
        dataclass's default pickling looks its fields up again for every object."""
        return Draft, (
            self.subject,
            self.predicate,
            self.object,
            self.status,
            self.date,
            self.place,
            self.title,
            self.cameo,
            self.sentence,
            self.confidence,
            self.value,
        )


@dataclass(frozen=True, slots=True)
class Lead:
    """The story's opening: the char offsets where its headline and first sentence start,
    and the day the story tells of (``qualifiers.story_date``); ``contest``: the story is a
    match report (``qualifiers.contest_report``)."""

    sentences: frozenset[int]
    title: int | None
    date: str | None
    contest: bool = False


# spaCy attribute ids read into ``Columns`` (one ``Doc.to_array`` a paragraph): the string
# columns first (lower, lemma, pos, tag, dep, orth), read in one pass, then head and sentence
_ATTRS = (LOWER, LEMMA, POS, TAG, DEP, ORTH, HEAD, SENT_START)
_STRINGS_END = 6  # the columns of ``_ATTRS`` before it are strings


# not ``frozen``: its ``__init__`` would set each field through ``object.__setattr__`` (one
# ``Columns`` a paragraph); never changed once made, as if frozen
@dataclass(slots=True)
class Columns:
    """A paragraph's token attributes as plain lists indexed by token, read once.

    A spaCy attribute read (``token.lower_``, ``token.dep_``) is a string-store look-up,
    and ``token.head``, ``token.children`` and ``doc[i]`` make new ``Token`` objects each
    time: a stage's per-token loop tests these lists first and touches a ``Token`` only
    for the few tokens that pass.
    """

    lower: list[str]
    lemma: list[str]  # lower-cased
    pos: list[str]
    tag: list[str]
    dep: list[str]
    heads: list[int]
    # the first token of each sentence after the first (``Doc.sents``' bounds); None when
    # read token by token
    starts: list[int] | None = None
    # ``token.lemma_`` as spaCy gives it, and ``token.text``: the plain tokens' values
    raw_lemma: list[str] | None = None
    text: list[str] | None = None

    @classmethod
    def of(cls, doc: Any, tokens: list[Any]) -> Columns:
        """The columns of a Doc (or, for a stand-in list of tokens, read token by token)."""
        if not hasattr(doc, "to_array"):
            heads = [t.head.i for t in tokens]
            return cls(
                [t.lower_ for t in tokens],
                [t.lemma_.lower() for t in tokens],
                [t.pos_ for t in tokens],
                [getattr(t, "tag_", "") for t in tokens],
                [t.dep_ for t in tokens],
                heads,
            )
        n = len(doc)
        if n == 0:
            return cls([], [], [], [], [], [])
        array = doc.to_array(_ATTRS)
        strings = doc.vocab.strings
        # one C pass to Python integers, a list a column: the strings are looked up in
        # Python, where numpy's own operations cost more than a paragraph's few dozen tokens
        keys = array[:, :_STRINGS_END].ravel(order="F").tolist()
        words = _strings(keys, strings)  # lower, lemma, pos, tag, dep, orth
        sent_start = array[:, _STRINGS_END + 1].tolist()
        # a head's offset read as signed (``astype`` wraps it), plus the token's index: in
        # numpy, ~1.4 µs a paragraph less than a test on each offset in Python
        heads = (array[:, _STRINGS_END].astype(numpy.int64) + numpy.arange(n)).tolist()
        # a sentence starts where SENT_START is 1 (as ``Doc.sents`` reads it), token 0 aside
        starts = [i for i, start in enumerate(sent_start) if start == 1 and i]
        return cls(
            words[:n],
            _strings(keys[n : 2 * n], strings, _LOWERED),
            words[2 * n : 3 * n],
            words[3 * n : 4 * n],
            words[4 * n : 5 * n],
            heads,
            starts,
            words[n : 2 * n],
            words[5 * n :],
        )


def prep_objects(token: Any, preps: Container[str]) -> list[Any]:
    """The objects of the token's prepositions ``preps`` ("fled to Chad" → Chad for "to")."""
    return [
        p
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def counted_in_thousands(token: Any, words: Container[str]) -> bool:
    """Whether the noun is counted in thousands or more: a figure of 1,000 or more or one of
    ``words`` ("thousand", "million") in its count ("more than 45,000 Rohingya Muslims",
    "1.5 million Afghans", "hundreds of thousands of Syrians"); four bare digits are a year
    ("the 2014 summit"), not a count."""
    counts = [token, *(c for c in token.children if c.dep_ == "nummod")]
    for word in (t for c in counts for t in c.subtree if t.i <= token.i):
        if word.lower_ in words:
            return True
        figure = word.text.replace(",", "")
        if word.like_num and figure.isdigit() and ("," in word.text or int(figure) >= 10000):
            return True
    return False


def clause_subjects(verb: Any) -> list[Any]:
    """The verb's subject, or its head's when the verb is a conjunct, a complement or an
    adverbial clause of it ("X met Y and urged ...", "X demonstrated, calling for ...")."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    if not found and verb.dep_ in ("conj", "xcomp", "advcl"):
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return found


_Words = TypeVar("_Words")


def cue_words(kind: type[_Words], section: dict[str, Any]) -> _Words:
    """A dataclass of word lists from a rule data section (``protests`` of ``cues.json``): each
    field from the key of its name, a list as a frozenset, a mapping as a dict."""
    return kind(
        **{
            f.name: dict(section[f.name])
            if isinstance(section[f.name], dict)
            else frozenset(section[f.name])
            for f in fields(kind)  # type: ignore[arg-type]
        }
    )


class _Strings(dict[int, str]):
    """String-store hash -> string (``lower``: lower-cased), a string looked up in ``store``
    (the Doc's ``StringStore``) the first time it is asked for: hashes are of the strings
    themselves, so one table serves every Doc; it holds each distinct word once."""

    def __init__(self, lower: bool) -> None:
        super().__init__()
        self.lower = lower
        self.store: Any = None

    def __missing__(self, key: int) -> str:
        text: str = self.store[key]
        if self.lower:
            text = text.lower()
        self[key] = text
        return text


_STRINGS = _Strings(lower=False)
_LOWERED = _Strings(lower=True)


def _strings(keys: list[int], strings: Any, table: _Strings = _STRINGS) -> list[str]:
    table.store = strings  # for the strings not seen yet (``_Strings.__missing__``)
    return list(map(table.__getitem__, keys))


class PlainToken(Token):
    """A paragraph's spaCy Token whose text, lower form, lemma, tags, head and children are
    kept as plain Python values, read once for the paragraph (``Paragraph.tokens``).

    It is a real ``Token`` (same Doc, index, equality and hash; every other attribute is
    spaCy's), so stages use it as they use any Token. A spaCy read of ``token.dep_`` is a
    string-store look-up and ``token.head`` or ``token.children`` make new Token objects
    on every call; here they are a slot read.
    """

    __slots__ = (
        "_all",
        "_kids",
        "_sub",
        "dep_",
        "head",
        "lemma_",
        "lower_",
        "pos_",
        "tag_",
        "text",
    )
    _kids: Sequence[Any]
    _sub: tuple[Any, ...] | None  # the subtree, made on the first ask (``subtree``)
    _all: list[Any]  # the paragraph's tokens (``left_edge``, ``right_edge``)

    @property
    def children(self) -> Iterator[Any]:
        """The children in order, the paragraph's own tokens (``Token.children``)."""
        return iter(self._kids)

    # the tree walks below give what spaCy's give, in spaCy's order, but as the paragraph's
    # own tokens: spaCy's make a new Token for every word they pass (``Doc.__getitem__``),
    # whose every attribute is then read from the string store again
    @property
    def lefts(self) -> Iterator[Any]:
        """The children before the token, in order (``Token.lefts``)."""
        i = self.i
        return iter([k for k in self._kids if k.i < i])

    @property
    def rights(self) -> Iterator[Any]:
        """The children after the token, in order (``Token.rights``)."""
        i = self.i
        return iter([k for k in self._kids if k.i > i])

    def _subtree(self) -> tuple[Any, ...]:
        sub = self._sub
        if sub is None:
            i, found, placed = self.i, [], False
            for kid in self._kids:  # the left children's subtrees, the token, the right ones'
                if not placed and kid.i > i:
                    found.append(self)
                    placed = True
                found.extend(kid._subtree())
            if not placed:
                found.append(self)
            sub = self._sub = tuple(found)
        return sub

    @property
    def subtree(self) -> Iterator[Any]:
        """The token and its descendants, in spaCy's order: each left child's subtree, the
        token, each right child's subtree (``Token.subtree``)."""
        return iter(self._subtree())

    # the edges are spaCy's own: where the parse is not projective they are not always the
    # subtree's first and last words (spaCy stops its passes before they settle)
    @property
    def left_edge(self) -> Any:
        """The paragraph's token at spaCy's left edge of the subtree (``Token.left_edge``)."""
        return self._all[_LEFT_EDGE(self).i]

    @property
    def right_edge(self) -> Any:
        """The paragraph's token at spaCy's right edge of the subtree (``Token.right_edge``)."""
        return self._all[_RIGHT_EDGE(self).i]

    @property
    def ancestors(self) -> Iterator[Any]:
        """The token's head, its head's head, ... up to the root (``Token.ancestors``)."""
        found: list[Any] = []
        token: Any = self
        head, most = self.head, len(self.doc)  # (spaCy's guard on a cycle)
        while head is not token and len(found) < most:
            found.append(head)
            token, head = head, head.head
        return iter(found)

    @property
    def conjuncts(self) -> tuple[Any, ...]:
        """The other words coordinated with the token, from the first conjunct down
        (``Token.conjuncts``)."""
        queue = [first_conjunct(self)]
        for word in queue:  # (grows as it goes: breadth first, as spaCy's)
            queue.extend(c for c in word._kids if c.dep_ == "conj")
        return tuple(w for w in queue if w is not self)


_LEFT_EDGE = Token.left_edge.__get__
_RIGHT_EDGE = Token.right_edge.__get__


_LEAF: tuple[int, ...] = ()  # the children of every leaf


def _plain_tokens(doc: Any, columns: Columns) -> list[Any]:
    """The Doc's tokens as ``PlainToken``s with the columns' values, each with its children
    in order (``Paragraph.kids``' order, made here from the heads in one pass, without
    ``kids``' lists of indices: one empty tuple for every leaf)."""
    if columns.raw_lemma is None or columns.text is None:  # columns read token by token
        return list(doc)
    vocab = doc.vocab
    tokens = [PlainToken(vocab, doc, i) for i in range(len(doc))]
    heads = columns.heads
    for token, lower, lemma, pos, tag, dep, text, head in zip(
        tokens,
        columns.lower,
        columns.raw_lemma,
        columns.pos,
        columns.tag,
        columns.dep,
        columns.text,
        heads,
        strict=True,
    ):
        token.lower_ = lower
        token.lemma_ = lemma
        token.pos_ = pos
        token.tag_ = tag
        token.dep_ = dep
        token.text = text
        token.head = tokens[head]
        token._kids = _LEAF
        token._sub = None
        token._all = tokens
    for i, head in enumerate(heads):  # (ascending: each parent's children in order)
        if head != i:
            parent = tokens[head]
            below = parent._kids
            if below is _LEAF:
                parent._kids = [tokens[i]]
            else:
                below.append(tokens[i])  # type: ignore[attr-defined]
    return tokens


def _children(heads: list[int]) -> list[Sequence[int]]:
    kids: list[Sequence[int]] = [_LEAF] * len(heads)
    for i, head in enumerate(heads):
        if head != i:
            below = kids[head]
            if below is _LEAF:
                kids[head] = [i]
            else:
                below.append(i)  # type: ignore[attr-defined]
    return kids


@dataclass
class Paragraph:
    """A parsed paragraph with its offset in the cleaned text and its token -> entity links."""

    doc: Any
    offset: int
    links: dict[int, str] = field(default_factory=dict)
    groups: dict[int, list[str]] = field(default_factory=dict)  # "the two" -> two entities
    # a title's noun -> the unnamed official it is ("Iran's supreme leader"), kept after its
    # words go back to the country (``role_forms.unnamed_officials``)
    officials: dict[int, str] = field(default_factory=dict)
    _dates: dict[int, list[Any]] | None = None
    _tokens: list[Any] | None = None

    _text: str | None = None
    _sent_starts: list[int] | None = None
    _heads: list[int] | None = None
    _columns: Columns | None = None
    _kids: list[Sequence[int]] | None = None
    _sents: list[tuple[int, int]] | None = None
    _sent_ends: dict[int, int] | None = None
    _matches: tuple[Any, dict[int, Any]] | None = None
    _ents: tuple[Any, ...] | None = None
    # the (start, end) chars of its quotations (``kg.extract.speakers.paragraph_quotes``)
    quote_spans: tuple[tuple[int, int], ...] | None = field(default=None, compare=False, repr=False)
    # the number of its first sentence in the article, its links and the mention roots a
    # ``kg.extract.discourse.Discourse`` last found from them, for the next one
    sightings: tuple[int, dict[int, str], tuple[Any, ...]] | None = field(
        default=None, compare=False, repr=False
    )

    @_once
    def text(self) -> str:
        """The Doc's text, made once (``Doc.text`` joins every token on each call; this
        joins the tokens already made, as ``Doc.text`` does)."""
        if self._text is None:
            self._text = "".join([t.text_with_ws for t in self.tokens])
        return self._text

    @_once
    def sent_starts(self) -> list[int]:
        """Token index -> the index where its sentence starts, made once (``Token.sent``
        builds a Span and scans for the sentence's bounds on each call)."""
        if self._sent_starts is None:
            starts = [0] * len(self.doc)
            firsts = self.columns.starts
            if firsts is None:  # stand-in tokens
                for sent in self.doc.sents:
                    starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
            else:  # from the columns' sentence starts, without making each sentence's Span
                bounds = [0, *firsts, len(starts)]
                for start, end in itertools.pairwise(bounds):
                    starts[start:end] = [start] * (end - start)
            self._sent_starts = starts
        return self._sent_starts

    @_once
    def heads(self) -> list[int]:
        """Token index -> its head's index, made once (``Token.head`` makes a new Token)."""
        if self._heads is None:
            self._heads = self.columns.heads
        return self._heads

    @_once
    def columns(self) -> Columns:
        """The paragraph's token attributes as plain lists, read once (``Columns``)."""
        if self._columns is None:
            doc = self.doc
            stand_in = not hasattr(doc, "to_array")
            self._columns = Columns.of(doc, self.tokens if stand_in else [])
        return self._columns

    @_once
    def lowers(self) -> list[str]:
        """Token index -> ``token.lower_``."""
        return self.columns.lower

    @_once
    def lemmas(self) -> list[str]:
        """Token index -> ``token.lemma_.lower()``."""
        return self.columns.lemma

    @_once
    def poses(self) -> list[str]:
        """Token index -> ``token.pos_``."""
        return self.columns.pos

    @_once
    def tags(self) -> list[str]:
        """Token index -> ``token.tag_``."""
        return self.columns.tag

    @_once
    def deps(self) -> list[str]:
        """Token index -> ``token.dep_``."""
        return self.columns.dep

    @_once
    def sents(self) -> list[tuple[int, int]]:
        """The (start, end) token indices of each sentence, in order (``Doc.sents``)."""
        if self._sents is None:
            starts = self.sent_starts
            after = self.columns.starts  # the first token of each sentence after the first
            if after is not None and starts:
                firsts = [0, *after]
            else:
                firsts = [i for i, start in enumerate(starts) if start == i]
            ends = [*firsts[1:], len(starts)] if firsts else []
            self._sents = list(zip(firsts, ends, strict=True))
        return self._sents

    def sent_tokens(self, i: int) -> list[Any]:
        """The tokens of token ``i``'s sentence (``token.sent`` without making a Span)."""
        start = self.sent_starts[i]
        if self._sent_ends is None:
            self._sent_ends = dict(self.sents)
        return self.tokens[start : self._sent_ends[start]]

    def sent_start(self, token: Any) -> int:
        """``token.sent.start`` (``Token.sent`` makes a Span and scans for its bounds)."""
        if token.doc is not self.doc:
            return int(token.sent.start)
        return int(self.sent_starts[token.i])

    def sent_end(self, token: Any) -> int:
        """``token.sent.end``."""
        if token.doc is not self.doc:
            return int(token.sent.end)
        if self._sent_ends is None:
            self._sent_ends = dict(self.sents)
        return self._sent_ends[self.sent_starts[token.i]]

    def sent_of(self, token: Any) -> list[Any]:
        """The tokens of ``token.sent``, in order (a Span made only for another Doc's token)."""
        if token.doc is not self.doc:
            return list(token.sent)
        return self.sent_tokens(token.i)

    def children(self, token: Any) -> list[Any]:
        """``list(token.children)`` from the paragraph's tokens (``Token.children`` makes a
        new Token for every child, each call)."""
        if type(token) is PlainToken:  # (a paragraph's own or another's: its own children)
            return list(token._kids)
        if getattr(token, "doc", None) is not self.doc:  # another Doc's, or a stand-in
            return list(token.children)
        tokens = self.tokens
        return [tokens[k] for k in self.kids[token.i]]

    def conj_kids(self, tokens: Iterable[Any]) -> list[Any]:
        """The conjuncts hung on each of the tokens, one level down, in order, the
        paragraph's own tokens (``children``): "Rebels seized Aleppo and shelled Homs" gives
        "shelled" for "seized". Unlike ``Token.conjuncts`` it does not climb to a list's
        first word, nor reach a conjunct hung on another ("Shell, BP and Total": the parser
        may hang "Total" on "BP")."""
        return [c for t in tokens for c in self.children(t) if c.dep_ == "conj"]

    def with_conjuncts(self, token: Any) -> list[Any]:
        """The token, then the conjuncts hung on it (``conj_kids``): "took Shell and BP to
        court" gives Shell and BP for "Shell"."""
        return [token, *self.conj_kids((token,))]

    def head(self, token: Any) -> Any:
        """``token.head``, the paragraph's own Token object."""
        if token.doc is not self.doc:
            return token.head
        return self.tokens[self.heads[token.i]]

    def trigger(self, index: Any, token: Any) -> Any:
        """``index.match(token)``, from the paragraph's matches for one of its tokens."""
        if token.doc is not self.doc:
            return index.match(token)
        return self.matches(index).get(token.i)

    def matches(self, index: Any) -> dict[int, Any]:
        """Token index -> the trigger ``index`` matches there (``TriggerIndex.match``), for
        the tokens with one: found once a paragraph, for every stage that asks."""
        if self._matches is None or self._matches[0] is not index:
            only = self.hits(index.words) if hasattr(index, "words") else None
            self._matches = (index, index.match_all(self.tokens, self.columns, only))
        return self._matches[1]

    @_once
    def words(self) -> frozenset[str]:
        """Every lower-cased lemma and lower-cased form of the paragraph, made once: a stage
        with declared cue words is skipped for a paragraph that holds none of them
        (``kg.extract.stages.Stage.cues``)."""
        return frozenset(self.lemmas).union(self.lowers)

    @_once
    def word_index(self) -> dict[str, list[int]]:
        """Lower-cased lemma or form -> the indices of the tokens that have it, ascending."""
        at: dict[str, list[int]] = {}
        # one pass in token order keeps each list ascending (a token's lemma, when it is
        # another word than its form, is a key of its own)
        for i, (lower, lemma) in enumerate(zip(self.lowers, self.lemmas, strict=True)):
            found = at.get(lower)
            if found is None:
                at[lower] = [i]
            else:
                found.append(i)
            if lemma != lower:
                found = at.get(lemma)
                if found is None:
                    at[lemma] = [i]
                else:
                    found.append(i)
        return at

    def linked(self) -> list[int]:
        """The indices of the tokens linked so far, ascending: a stage that reads linked
        tokens only visits these, not every token asking ``links.get`` (about 147k asks a
        stage on a news build). A list made now: a stage that links a later token while
        it walks them must walk every token instead."""
        return sorted(self.links)

    def name_start(self, end: int, label: str) -> int:
        """The index of the first token of the name of ``label`` that runs to ``end`` (the
        tokens before it linked to the same label: "former United States President")."""
        start, links = end, self.links
        while start > 0 and links.get(start - 1) == label:
            start -= 1
        return start

    def name_end(self, start: int, label: str) -> int:
        """The index of the last token of the name of ``label`` that runs from ``start``
        (the tokens after it linked to the same label: "Myra Bielby", "Van Der Klaauw")."""
        end, links, last = start, self.links, len(self.tokens) - 1
        while end < last and links.get(end + 1) == label:
            end += 1
        return end

    def sent_root(self, i: int) -> Any:
        """``tokens[i].sent.root`` without making the sentence's Span: the first word of the
        sentence that is its own head, as ``Span.root`` looks for it first (spaCy's own for a
        sentence without one, or for stand-in tokens)."""
        tokens = self.tokens
        if type(tokens[i]) is PlainToken:
            starts, heads = self.sent_starts, self.heads
            start = starts[i]
            for j in range(start, len(tokens)):
                if starts[j] != start:
                    break
                if heads[j] == j:
                    return tokens[j]
        return tokens[i].sent.root

    def hits(self, words: frozenset[str]) -> list[int]:
        """The indices of the tokens whose lower-cased lemma or form is one of ``words``, in
        order: a stage whose every rule starts from such a token visits these, not every
        token (the paragraph's words are indexed once, ``word_index``)."""
        held = self.words
        if words.isdisjoint(held):  # (three calls in four: no set made for them)
            return []
        common = words.intersection(held)
        at = self.word_index
        if len(common) == 1:
            return list(at[next(iter(common))])
        return sorted({i for word in common for i in at[word]})

    @_once
    def quote_marks(self) -> list[int]:
        """The indices of the paragraph's double quotation marks (``QUOTE_MARKS``, read on
        the lower-cased forms: a mark has no case), ascending, found once: how many stand
        before a token says whether it is quoted (``kg.extract.discourse.quoted``)."""
        lowers = self.lowers
        return [i for i in self.hits(QUOTE_MARKS) if lowers[i] in QUOTE_MARKS]

    @_once
    def kids(self) -> list[Sequence[int]]:
        """Token index -> the indices of its children, in order (``token.children``)."""
        if self._kids is None:
            self._kids = _children(self.heads)
        return self._kids

    @_once
    def tokens(self) -> list[Any]:
        """The Doc's tokens, made once: iterating a Doc builds new Token objects each time."""
        if self._tokens is None:
            doc = self.doc
            if hasattr(doc, "to_array") and len(doc):
                self._tokens = _plain_tokens(doc, self.columns)
            else:  # a stand-in list of tokens
                self._tokens = list(doc)
        return self._tokens

    @property
    def tokens_made(self) -> bool:
        """Whether the paragraph's tokens were built (or shared from another paragraph): a
        re-run releases only the paragraphs whose tokens it made itself."""
        return self._tokens is not None

    def unlinked(self) -> Paragraph:
        """The paragraph over the same Doc with no links, for the rules to run on again:
        what depends on the Doc alone (tokens, text, dates, sentence starts, columns) is
        shared, not made again."""
        return Paragraph(
            self.doc,
            self.offset,
            _dates=self._dates,
            _tokens=self._tokens,
            _text=self._text,
            _sent_starts=self._sent_starts,
            _heads=self._heads,
            _columns=self._columns,
            _kids=self._kids,
            _sents=self._sents,
            _sent_ends=self._sent_ends,
            _matches=self._matches,
        )

    def release(self) -> None:
        """Break the cycles of the paragraph's plain tokens (each holds its head and its
        children) once its rules have run, so that its tokens and Doc are freed as soon as
        the paragraph is dropped, not by the cyclic collector's passes (which walked every
        token of every paragraph, each build about 0.4 ms an article). The paragraph's tokens
        must not be read after."""
        self.sightings = None  # (they hold the paragraph and its tokens)
        tokens = self._tokens
        if not tokens or type(tokens[0]) is not PlainToken:
            return
        for token in tokens:
            token.head = None
            token._kids = _LEAF
            token._sub = None
            token._all = _LEAF

    def dates(self, sent: Any) -> list[Any]:
        """DATE entities of a sentence, and TIME ones ("Monday night", "late Wednesday"),
        indexed once (Span.ents scans the whole Doc)."""
        return self._date_index().get(sent.start, [])

    def dates_of(self, token: Any) -> list[Any]:
        """``dates(token.sent)``, without making the sentence's Span for a token of this
        paragraph."""
        if token.doc is not self.doc:
            return self.dates(token.sent)
        return self._date_index().get(self.sent_starts[token.i], [])

    @_once
    def ents(self) -> tuple[Any, ...]:
        """``doc.ents``, made once (each read makes every Span anew)."""
        if self._ents is None:
            self._ents = self.doc.ents
        return self._ents

    def _date_index(self) -> dict[int, list[Any]]:
        if self._dates is None:
            self._dates = {}
            starts = self.sent_starts  # ``ent.sent.start``, without making the sentence
            for ent in self.ents:
                if ent.label_ in ("DATE", "TIME"):
                    self._dates.setdefault(starts[ent.start], []).append(ent)
        return self._dates


# (id of a lexicon, the function that reads the words) -> (the lexicon, the words)
_WORD_SETS: dict[tuple[int, Any], tuple[Lexicon, Any]] = {}
# (id of a lexicon, the function that reads its data) -> (the lexicon, what it made)
_PREPARED: dict[tuple[int, Any], tuple[Lexicon, Any]] = {}
_Made = TypeVar("_Made")


@dataclass
class ArticleContext:
    """Everything the stages of one article share, explicitly.

    Stages read the rule data (``lx``, ``cues``), the article's identity and date, and the
    ``resolver`` (to type entities and record the mentions they find). What one stage learns
    for later ones lives here too, named: ``role_holders`` (written by the role stages, read
    by title coreference) and ``place_country`` (written by places, read by CAMEO coding).
    """

    lx: Lexicon
    resolver: Resolver
    article_id: str
    published: str | None
    role_holders: dict[tuple[Predicate, str], str] = field(default_factory=dict)
    # title word ("president", "minister") -> (char offset, person) the article named with it
    titled: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # title word -> (char offset, entity or None) of someone new with it ("a UAE general"):
    # a later "the general" is that one, not the person named with the title before
    unnamed_titled: dict[str, list[tuple[int, str | None]]] = field(default_factory=dict)
    place_country: dict[str, str] = field(default_factory=dict)
    lead: Lead | None = None  # written by qualifiers.story_lead, read by qualifiers.date
    # every claim the stages found so far, in the order found (kept by ``run_stages``):
    # event anaphora ("the meeting was led by ...") reads the event referred back to
    claims: list[Draft] = field(default_factory=list)
    # event words of the article in order (kg/extract/event_coref.py ``EventMention``), so
    # that "the attack" knows whether another attack was named since the one it refers to
    event_mentions: list[Any] = field(default_factory=list)
    # (id of a paragraph's Doc, sentence start token) -> event words of a report the sentence
    # before denied ("X denied reports that its strike hit a mosque. Y said the strike
    # killed Z"): written by qualifiers.story_lead, read by qualifiers.status
    denied_reports: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    # id of a paragraph's Doc -> the (start, end) token bounds of its yes-no questions ("Did
    # Russia arm the rebels?"): written by qualifiers.story_lead, read by qualifiers.status
    questions: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # site noun -> the label of the article's first unnamed site of that noun ("arms depot"
    # for "depot"): written and read by kg/extract/sites.py ("struck the depot")
    sites: dict[str, str] = field(default_factory=dict)
    # key of an unnamed site an attack hits -> the named town it lies in ("the army base in
    # Kismayo"): written by sites.unnamed_sites, read by sites.site_towns
    site_towns: dict[str, str] = field(default_factory=dict)
    # the article's paragraphs in order, written by ``run_stages``: a rule on one paragraph
    # reads the one before (kg/extract/act_antecedents.py, "... . The move was criticised")
    paragraphs: list[Paragraph] = field(default_factory=list)
    # a line for each rule stage that raised on this article (``stages.rule_failure``),
    # written by ``run_stages``, carried out in the article's record
    failures: list[str] = field(default_factory=list)
    # the countries the article names a disaster of ("the Nepal earthquake"), found once by
    # kg/extract/relief_sends.py when a deployment to a country is read (None: not yet)
    struck: frozenset[str] | None = None

    @_once
    def cues(self) -> dict[str, Any]:
        """Status and speech cue words (``kg/data/en/cues.json``)."""
        return self.lx.cues

    def prepared(self, make: Callable[[Lexicon], _Made]) -> _Made:
        """``make(lx)``, made once per lexicon: a stage's rule data read into sets and
        tables once, not again for every paragraph (``make`` is a module's function)."""
        held = _PREPARED.get((id(self.lx), make))  # (asked ~400 times an article)
        if held is not None and held[0] is self.lx:
            return held[1]  # type: ignore[no-any-return]
        made: _Made = once_per_lexicon(self.lx, make, table=_PREPARED)
        return made

    def word_set(self, make: Callable[[Lexicon], Iterable[str]]) -> frozenset[str]:
        """``make(lx)``'s words, lower-cased, made once per lexicon (for ``Paragraph.hits``)."""
        held = _WORD_SETS.get((id(self.lx), make))  # (asked ~240 times an article)
        if held is not None and held[0] is self.lx:
            return held[1]  # type: ignore[no-any-return]
        words: frozenset[str] = once_per_lexicon(
            self.lx, make, lambda lx: frozenset(w.lower() for w in make(lx)), _WORD_SETS
        )
        return words

    def particle_verbs(
        self, para: Paragraph, key: str, make: Callable[[Lexicon], Iterable[str]]
    ) -> Iterator[tuple[Any, str, str | None, list[Any]]]:
        """The paragraph's verbs of the ``verbs`` table of ``cues.json``'s ``key`` (lemma ->
        the particle it needs, or null: "put" -> "down"), found through the cue words
        ``make``: each as (verb, lemma, particle, children), the particle left to the caller
        to look for (the parser hangs it as "prt" or "prep")."""
        verbs: dict[str, str | None] = self.cues[key]["verbs"]
        for i in para.hits(self.word_set(make)):
            verb = para.tokens[i]
            lemma = verb.lemma_.lower()
            if verb.pos_ == "VERB" and lemma in verbs:
                yield verb, lemma, verbs[lemma], para.children(verb)

    def ents(
        self, para: Paragraph, token: Any, depth: int = 0, adjectives: bool = False
    ) -> list[str]:
        """Entities a token stands for, following coordination and appositions.

        A demonym adjective ("the Russian leader") stands for its country only when
        ``adjectives`` is set (the owner of an event noun: "the Russian attack").
        """
        if depth > 6:
            return []
        found: list[str] = []
        links, i = para.links, token.i
        label = links.get(i)
        kids = para.children(token)
        # "Kenya, not Uganda, ...", "Not Uganda but Kenya ...": the words after a "not"
        # name someone the text sets aside (``_set_aside``)
        adding = self.lx.words.not_adding_words
        aside = _set_aside(kids, i, adding)
        if aside == -1:
            label = None
        if label is not None and (adjectives or not (token.pos_ == "ADJ" and token.dep_ == "amod")):
            found.append(label)
        elif label is None and i in para.groups:
            found.extend(para.groups[i])
        elif label is None and token.lemma_.lower() in self.lx.words.institution_nouns:
            # "the Sudanese government", "Russia's army", "the Turkish side" act for their owner
            found.extend(
                links[c.i]
                for c in para.children(token)
                if c.dep_ in ("poss", "compound", "amod") and c.i in links
            )
        for child in kids:
            dep = child.dep_
            if aside is not None and 0 <= aside < child.i and dep in ("conj", "appos"):
                continue
            if dep in ("conj", "appos") and _set_aside(para.children(child), child.i, adding) == -1:
                continue  # "Kenya, but not Uganda", "Peru - and not Bolivia -"
            if dep == "appos" and self._describing_apposition(para, child):
                found.extend(self._listed_after(para, child, depth + 1))
            elif dep in ("conj", "appos") or (dep == "nmod" and child.i in links and label is None):
                found.extend(self.ents(para, child, depth + 1))
                found.extend(self.listed_place(para, child))
            elif label is not None and dep == "amod" and self._co_actor(para, child, label):
                found.append(links[child.i])  # "Hungarian and Romanian officials"
        if len(found) < 2:
            return found  # (no repeat to drop)
        return list(dict.fromkeys(found))

    @staticmethod
    def _describing_apposition(para: Paragraph, appos: Any) -> bool:
        """An indefinite apposition headed by a name ("Melchior Ndadaye, a Hutu", "Ahmet
        Yilmaz, a Kurd", "Jean Mugabo, an ethnic Tutsi", "John Smith, a Republican") says
        what its owner is, one of a people, a faith or a party: no second actor beside it,
        unlike a name set beside another ("Egypt's president, Abdel Fattah al-Sisi")."""
        return appos.text[:1].isupper() and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in para.children(appos)
        )

    def _listed_after(self, para: Paragraph, description: Any, depth: int) -> list[str]:
        """The names the parser coordinated with a describing apposition: "Ali Hassan" of
        "arrested Ahmed al-Jabouri, a Sunni, and Ali Hassan" is a second argument, "an
        Arab" of "two men, a Kurd and an Arab" one more description."""
        found: list[str] = []
        for kin in para.children(description):
            if kin.dep_ != "conj" or depth > 6:
                continue
            if self._describing_apposition(para, kin):
                found.extend(self._listed_after(para, kin, depth + 1))
            else:
                found.extend(self.ents(para, kin, depth + 1))
        return found

    def listed_place(self, para: Paragraph, noun: Any) -> list[str]:
        """A place noun coordinated with or set beside a name names the place after its "of"
        ("seized the town of Hit and the city of Ramadi", "seizing the city of Idlib, the town
        of Ariha"), as the first noun of such a list does (kg.extract.interactions). Not the
        country or region a capital is of ("Sanaa, the capital of Yemen")."""
        words = self.cues["listed_places"]["words"]
        if noun.i in para.links or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words:
            return []
        return [
            para.links[p.i]
            for prep in para.children(noun)
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in para.children(prep)
            if p.dep_ == "pobj" and p.i in para.links and self.etype_in(para.links[p.i], _LISTED)
        ]

    def _co_actor(self, para: Paragraph, child: Any, label: str) -> bool:
        """A coordinated owner in front of a collective is a collective of its own
        ("Hungarian" in "Hungarian and Romanian officials"; kg.resolve.collectives)."""
        other = para.links.get(child.i)
        cluster = self.resolver.clusters.get(other) if other not in (None, label) else None
        return cluster is not None and cluster.sector is not None

    def linked_pobjs(self, para: Paragraph, token: Any, words: tuple[str, ...]) -> list[str]:
        """Entities named as objects of the token's prepositions ``words`` ("in Geneva")."""
        return [
            para.links[p.i]
            for prep in para.children(token)
            if prep.dep_ == "prep" and prep.lower_ in words
            for p in para.children(prep)
            if p.dep_ == "pobj" and p.i in para.links
        ]

    def prep_actors(
        self,
        para: Paragraph,
        nodes: Iterable[Any],
        preps: tuple[str, ...],
        after: int = -1,
        deps: tuple[str, ...] = ("prep",),
    ) -> list[str]:
        """Actors named as objects of the nodes' prepositions ``preps`` that stand after token
        ``after`` ("the closure of the mosque by Israel" -> Israel for "by")."""
        return [
            e
            for node in nodes
            for prep in para.children(node)
            if prep.dep_ in deps and prep.lower_ in preps and prep.i > after
            for p in para.children(prep)
            if p.dep_ == "pobj"
            for e in self.ents(para, p)
            if self.etype_in(e, ACTOR_TYPES)
        ]

    def subject_actors(self, para: Paragraph, verb: Any, agents: bool = False) -> list[str]:
        """The actors of ``verb``'s subject, or of its conjunct head's ("met X and condemned
        ..."); with ``agents``, a passive's "by" agents too."""
        found = [c for c in para.children(verb) if c.dep_ == "nsubj"]
        if not found and verb.dep_ == "conj":
            found = [c for c in para.children(verb.head) if c.dep_ == "nsubj"]
        actors = [e for t in found for e in self.ents(para, t) if self.etype_in(e, ACTOR_TYPES)]
        if agents:
            actors += self.prep_actors(para, [verb], ("by",), deps=("agent",))
        return list(dict.fromkeys(actors))

    def name_title(self, para: Paragraph, token: Any, title: str, person: str) -> None:
        """Remember that the article named ``person`` with ``title`` at ``token``, so a later
        bare "the president" or "the minister" resolves to them."""
        words = title.lower().replace("-", " ").split()
        if words:
            at = (para.offset + token.idx, person)
            # the last word, and a title of more words the lexicon has ("prime minister":
            # "the prime minister" is not any "minister")
            keys = [words[-1]]
            keys += [k for k in (" ".join(words[-3:]), " ".join(words[-2:])) if k in self.lx.roles]
            for key in dict.fromkeys(keys):
                self.titled.setdefault(key, []).append(at)
                if words[0] in ("former", "ex"):
                    # "former President Morsi": "the former president", not "the president"
                    self.titled.setdefault(f"former {key}", []).append(at)

    def etype(self, label: str) -> EntityType:
        """The label's full type: ask it only where the fine type decides the output;
        ``etype_is`` / ``etype_in`` where a class does (a record of the coarse answer holds
        on more corpora)."""
        return self.resolver.type_of(label)

    def etype_is(self, label: str, kind: EntityType) -> bool:
        """Whether the label is typed ``kind`` (``Resolver.type_in``)."""
        return self.resolver.type_in(label, _ONE[kind])

    def named_here(self, label: str) -> bool:
        """Whether this article has named ``label`` so far (``Resolver.named_in``): ask this,
        not whether the label has a cluster, which another article may have made."""
        return self.resolver.named_in(label, self.article_id)

    def shown(self, label: str) -> str:
        """The label a cluster is shown under: a group of the article's own by its display
        ("migrants" for its per-article key "migrants [a1]"), any other by its label."""
        cluster = self.resolver.clusters.get(label)
        return cluster.display if cluster is not None and cluster.display else label

    def sector_actor(self, iso: str, code: str) -> str | None:
        """The label of country ``iso``'s collective of sector ``code`` as this article named
        it: the country's ("Israeli police"), else the article's own node of that country
        written as the text does ("police": ``kg.resolve.collectives.PLAIN_STATE``), else
        None."""
        label, _ = collective_label_for(self.lx, iso, code, self.lx.actors.sectors[code].label)
        if self.named_here(label):
            return label
        plain = self.resolver.plain_collective(self.article_id, code, iso)
        return plain if plain is not None and self.named_here(plain) else None

    def etype_in(self, label: str, kinds: Container[EntityType]) -> bool:
        """Whether the label's type is one of ``kinds`` (``Resolver.type_in``)."""
        return self.resolver.type_in(label, kinds)

    def main_country(self) -> GazetteerEntry | None:
        """The one country the article is about (``Resolver.countries``), if any."""
        iso = self.resolver.countries.get(self.article_id)
        return self.lx.country_of_iso(iso) if iso else None

    def antecedent(self, para: Paragraph, token: Any) -> list[str]:
        """What a relative clause's noun refers to, through "head of X and another who"."""
        named = (
            self._apposed_antecedent(para, token)
            or self._title_tail_antecedent(para, token)
            or self._aside_antecedent(para, token)
        )
        if named:
            return named
        node = token
        for _ in range(4):
            found = self.ents(para, node)
            rel = next((c for c in para.children(node) if c.dep_ == "relcl"), None)
            if rel is not None and found:
                # "Jack Ruby, who killed Oswald, and Jim and Tammy Bakker": names joined on
                # after the clause are not what it is about
                later = {
                    e
                    for c in para.children(node)
                    if c.dep_ == "conj" and c.i > rel.right_edge.i
                    for e in self.ents(para, c)
                }
                found = [e for e in found if e not in later] or found
            if found or node.dep_ not in ("conj", "appos") or node.head == node:
                return found
            node = node.head
        return []

    def _apposed_antecedent(self, para: Paragraph, token: Any) -> list[str]:
        """The person a comma-closed apposition describes, when the parser hangs a relative
        clause after it on the apposition's last noun: "Velayati, an adviser to Iran's supreme
        leader, who was the third official to visit Damascus" is about Velayati, not the
        leader; the apposition between commas is an aside. Empty when the clause is no such
        clause (no comma before it, or the apposition's owner is no named person)."""
        rel = next((c for c in para.children(token) if c.dep_ == "relcl"), None)
        prep = token.head
        appos = prep.head
        if (
            rel is None
            or token.dep_ != "pobj"
            or prep.dep_ != "prep"
            or appos.dep_ != "appos"
            or appos.head.i >= appos.i
        ):
            return []
        first = rel.left_edge
        pronoun = [
            c for c in rel.subtree if c.lower_ in self.lx.words.relative_pronouns and c.tag_ == "WP"
        ]
        if (
            first.i < 2
            or first.doc[first.i - 1].text != ","
            or not pronoun
            or pronoun[0].i != first.i
        ):
            return []
        owners = [e for e in self.ents(para, appos.head) if self.etype_is(e, EntityType.PERSON)]
        # an apposition that is a name itself ("X, Egypt's president Y, who") is no aside
        return [] if self.ents(para, appos) else owners

    def _aside_antecedent(self, para: Paragraph, token: Any) -> list[str]:
        """The noun a comma-opened participle describes, when the parser hangs a relative
        clause after that aside on the aside's last noun: "Houthi fighters, backed by forces
        loyal to Saleh, who seized the capital" is about the fighters, not Saleh (attack62).
        Only a "who" clause, through prepositions, their objects and adjectives up to the
        participle; empty when the clause opens with no comma and "who", or the described
        noun names no one."""
        rel = next((c for c in para.children(token) if c.dep_ == "relcl"), None)
        first = rel.left_edge if rel is not None else None
        if (
            first is None
            or first.i < 2
            or first.doc[first.i - 1].text != ","
            or first.lower_ != "who"  # "which" is as often the last noun's ("strikes, which")
        ):
            return []
        node = token
        for _ in range(6):
            if node.dep_ == "acl" and node.tag_ == "VBN":
                opened = node.i > 0 and node.doc[node.i - 1].text == ","
                return self.ents(para, node.head) if opened else []
            if node.dep_ not in ("pobj", "prep", "agent", "amod") or node.head.i >= node.i:
                return []
            node = node.head
        return []

    def _title_tail_antecedent(self, para: Paragraph, token: Any) -> list[str]:
        """The person whose title the parser ended with a "who" clause: "Tom Malinowski, the
        US assistant secretary for democracy, human rights, and labour who travelled to
        Burundi" is about Malinowski. Only for "who" hung on a lower-case noun that names
        no one (not "a minister for refugees who fled": refugees are people), inside the
        title's "for"/"of" phrase, the title an apposition of a named person."""
        rel = next((c for c in para.children(token) if c.dep_ == "relcl"), None)
        if rel is None or not token.is_lower or token.pos_ != "NOUN" or self.ents(para, token):
            return []
        if not any(
            c.dep_ == "nsubj" and c.lower_ == "who" and c.tag_ == "WP" for c in para.children(rel)
        ):
            return []
        words = (token.lower_, token.lemma_.lower())
        lx = self.lx
        if any(w in lx.roles or w in lx.words.occupations or w in _person_nouns(lx) for w in words):
            return []
        node = token
        for _ in range(3):  # "the head of the agency for development who"
            node = first_conjunct(node, leftward=True)
            prep = node.head
            if node.dep_ != "pobj" or prep.dep_ != "prep":
                return []
            node = prep.head
            if node.dep_ == "appos" or not node.is_lower or self.ents(para, node):
                break
        appos = node
        if appos.dep_ != "appos":
            return []
        if appos.head.i >= appos.i or any(
            # a title that is a name itself ("X, Egypt's president Y, who"); a country in
            # it ("the US assistant secretary") is only whose title it is
            self.etype_is(e, EntityType.PERSON)
            for e in self.ents(para, appos)
        ):
            return []
        return [e for e in self.ents(para, appos.head) if self.etype_is(e, EntityType.PERSON)]

    def record(self, para: Paragraph, mention: Any, label: str) -> str:
        """Record a mention under ``label`` and link its tokens to the node it joined; returns
        that node's key (``Resolver.add``: "Al Ahram newspaper" joins Al Ahram)."""
        start = para.offset + para.tokens[mention.start].idx
        last = para.tokens[mention.end - 1]
        end = para.offset + last.idx + len(last.text)
        label = self.resolver.add(
            label, mention, Mention(self.article_id, start, end, mention.text, label)
        )
        for i in range(mention.start, mention.end):
            para.links[i] = label
        return label

    def record_aside(self, para: Paragraph, mention: Any, label: str) -> str:
        """Record a mention and return the node it joined, leaving its tokens' own links as
        they were (a doer recorded at the word of its deed: "protests", "shot")."""
        old = {i: para.links.get(i) for i in range(mention.start, mention.end)}
        self.record(para, mention, label)
        key = para.links[mention.start]
        for i, link in old.items():
            if link is None:
                del para.links[i]
            else:
                para.links[i] = link
        return key

    def reference(self, para: Paragraph, token: Any, label: str, kind: str) -> None:
        start = para.offset + token.idx
        record = Mention(self.article_id, start, start + len(token.text), token.text, label, kind)
        self.resolver.add_reference(label, record)

    def sentence_span(self, para: Paragraph, token: Any) -> tuple[int, int]:
        """The char span of the token's sentence in the article (``token.sent``'s)."""
        if token.doc is not para.doc:  # a token of another paragraph: as it always was
            span = token.sent
            return para.offset + span.start_char, para.offset + span.end_char
        sent = para.sent_tokens(token.i)
        first, last = sent[0], sent[-1]
        return para.offset + first.idx, para.offset + last.idx + len(last.text)

    def draft(
        self,
        para: Paragraph,
        token: Any,
        subject: str,
        predicate: Predicate,
        obj: str,
        confidence: float,
        title: str | None = None,
    ) -> Draft:
        return Draft(
            subject,
            predicate,
            obj,
            Status.OCCURRED,
            None,
            None,
            title,
            None,
            self.sentence_span(para, token),
            confidence,
        )

    def sentence_pairs(
        self, para: Paragraph, token: Any, predicate: Predicate
    ) -> set[tuple[str, str | None]]:
        """The (subject, object) pairs the token's sentence already has under the predicate."""
        span = self.sentence_span(para, token)
        return {
            (c.subject, c.object)
            for c in self.claims
            if c.sentence == span and c.predicate is predicate
        }

    def pair_drafts(
        self,
        para: Paragraph,
        token: Any,
        subjects: Iterable[str],
        predicate: Predicate,
        objects: Iterable[str],
        **fields: Any,
    ) -> Iterator[Draft]:
        """Drafts (0.7, with ``fields`` such as status, date, cameo) from each subject to each
        object at the token's sentence, but for a subject that is its object and the pairs the
        sentence already has under the predicate."""
        made = self.sentence_pairs(para, token, predicate)
        for subject in dict.fromkeys(subjects):
            for obj in dict.fromkeys(objects):
                if subject == obj or (subject, obj) in made:
                    continue
                made.add((subject, obj))
                draft = self.draft(para, token, subject, predicate, obj, 0.7)
                yield replace(draft, **fields)


def sentence_spans(paras: list[Paragraph]) -> list[tuple[int, int]]:
    """The article char span of each sentence, in order (``ArticleContext.sentence_span``)."""
    out = []
    for para in paras:
        tokens = para.tokens
        for start, end in para.sents:
            last = tokens[end - 1]
            out.append((para.offset + tokens[start].idx, para.offset + last.idx + len(last.text)))
    return out


def _person_nouns(lx: Lexicon) -> frozenset[str]:
    """The lower-case nouns of one person (``person_nouns`` of ``names.json``)."""
    from kg.resolve.names import name_words

    return name_words(lx.language).person_nouns
