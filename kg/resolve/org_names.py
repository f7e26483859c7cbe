"""Organisations' names the model leaves untagged, found from the noun that heads them: a
capitalised ``org_name_heads`` word (names.json: "Foundation", "Federation", "Council", ...)
with capitalised words before it ("the National Wildlife Federation") or a capitalised
complement after it ("the Foundation for Labour and Employment Promotion", "the Bank of
England"); two coordinated words in front of the head are the name's too ("the Freedom and
Justice Party", absento66)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention, _title_cased
from kg.resolve.names import NameWords, name_words
from kg.vocab import EntityType

_TIME_LABELS = frozenset({"DATE", "TIME"})
# mentions a name may hold inside it: places and demonyms ("the Bank of England", "the
# Federation of Turkish Women's Associations"), never a person or another organisation
_INNER_LABELS = frozenset({"GPE", "LOC", "NORP"})
_FRONT_MAX = 5  # capitalised words before the head
_TAIL_MAX = 10  # tokens of the complement after the head


def headed_org_mentions(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """ "Poonsap Tulaphan, director of the Foundation for Labour and Employment Promotion,
    said", "the Wildlife Conservation Society warned": an untagged capitalised head noun of
    an organisation's name (``org_name_heads``) with capitalised words before it, or a
    complement after it ("of", "for", "on", "to" and capitalised words, joined by "and",
    "of", "for", "the" or a possessive), is an organisation's name; place and demonym
    mentions inside it are dropped ("the Bank of England" is one name, not England).

    Not a head alone ("the Union", "Union leaders said"), a headline in title case, a
    sentence's first word the model reads as no proper noun ("Opposition Party leaders"), a
    name the gazetteer knows as another kind ("West Bank"), nor over a person or another
    organisation ("the Council of Europe and NATO" stops before "and"). Returns the mentions
    with those found; a paragraph whose ``words`` (its lower-cased forms) hold no head:
    the mentions as they are, no token read."""
    nw = name_words(lexicon.language)
    heads = nw.org_name_heads
    if not heads or (words is not None and words.isdisjoint(heads)):
        return mentions
    places = lexicon.words.places.lists
    compass = places["directions"] | places["compass_adjectives"]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions = [_joined_org(tokens, text, lexicon, nw, m, taken) for m in mentions]
    mentions = [_org_headed(tokens, lexicon, nw, m) for m in mentions]
    at: dict[int, int] = {}  # token -> index of the mention holding it
    for k, m in enumerate(mentions):
        for i in range(m.start, m.end):
            at[i] = k
    found: list[SpanMention] = []
    dropped: set[int] = set()
    used: set[int] = set()
    headlines: dict[int, bool] = {}

    def inner(i: int) -> bool:
        """Whether token ``i`` is free or in a place or demonym mention."""
        k = at.get(i)
        if k is None:
            return i not in used
        m = mentions[k]
        return m.label in _INNER_LABELS or m.demonym

    def free(i: int) -> bool:
        """Whether token ``i`` is in no mention and no name found."""
        return i not in at and i not in used

    for head in tokens:
        if (
            head.lower_ not in heads
            or not head.text[:1].isupper()
            or not head.is_alpha
            or head.i in at
            or head.i in used
            or head.ent_type_ in _TIME_LABELS
        ):
            continue
        nxt = tokens[head.i + 1] if head.i + 1 < len(tokens) else None
        if (
            nxt is not None
            and _cap(nxt)
            and not nxt.is_sent_start
            and (nxt.lower_ in heads or (nxt.i not in at and nxt.text not in lexicon.person_titles))
        ):
            continue  # "the National Union Party" (the last head's), "Union Station"
        sent = head.sent
        if sent.start not in headlines:
            headlines[sent.start] = _title_cased(sent) or sent.text.isupper()
        if headlines[sent.start]:
            continue
        start = _front(tokens, head, sent.start, inner, lexicon)
        start = _joined_front(tokens, head, start, sent.start, free, lexicon)
        cut = _cut_complement(tokens, head, mentions, at, lexicon, nw)

        def in_tail(i: int, cut: range = cut) -> bool:
            return inner(i) or i in cut

        end = _tail(tokens, head, sent.end, in_tail, at, nw)
        if start == head.i and end == head.i + 1:
            continue  # "the Union", "Union leaders said": a head alone names nothing
        if end == head.i + 1 and all(t.lower_ in compass for t in tokens[start : head.i]):
            continue  # "the West Bank", "the Western Front": a place
        name = text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        entry = lexicon.lookup(name)
        if entry is not None and entry.type is not EntityType.ORGANIZATION:
            continue  # "West Bank"
        inside = {at[i] for i in range(start, end) if i in at}
        if any(mentions[k].start < start or mentions[k].end > end for k in inside):
            continue  # a place or demonym mention that goes on past the name
        found.append(SpanMention(start, end, name, "ORG"))
        dropped.update(inside)
        used.update(range(start, end))
    if not found:
        return mentions
    return [m for k, m in enumerate(mentions) if k not in dropped] + found


def _joined_org(
    tokens: list[Any], text: str, lexicon: Lexicon, nw: NameWords, m: SpanMention, taken: set[int]
) -> SpanMention:
    """An organisation mention the model began after the "and" of its name ("the Peace and
    [Democracy Party]", "the Law and [Justice Party]") starts at the coordinated word before
    "and" (``_and_left``) and the capitalised words before that one; not a mention the
    gazetteer resolved, one whose last word is no ``org_name_heads`` word, nor from a
    sentence's first word."""
    if m.label != "ORG" or m.canonical or tokens[m.end - 1].lower_ not in nw.org_name_heads:
        return m
    if m.start < 2 or tokens[m.start - 2].is_sent_start:
        return m

    def free(i: int) -> bool:
        """Whether token ``i`` is in no mention."""
        return i not in taken

    left = _and_left(tokens, m.start - 1, range(m.start, m.end), free, lexicon)
    if left is None:
        return m
    start = _front(tokens, left, left.sent.start, free, lexicon)
    last = tokens[m.end - 1]
    return replace(m, start=start, text=text[tokens[start].idx : last.idx + len(last.text)])


def _org_headed(tokens: list[Any], lexicon: Lexicon, nw: NameWords, m: SpanMention) -> SpanMention:
    """A name the model read as a place or facility that a capitalised ``org_name_heads``
    word ends ("analysts at the Middle East Institute") or heads before its complement ("the
    Toledo International Centre for Peace") is an organisation's; not one the gazetteer
    knows, a head of facilities ("centre", "center") without "for" after it ("the World
    Trade Center"), nor a place's compass name ("the West Bank")."""
    if m.label not in ("LOC", "FAC") or m.demonym or lexicon.lookup(m.text) is not None:
        return m
    for k in range(m.start + 1, m.end):
        t = tokens[k]
        if t.lower_ not in nw.org_name_heads or not t.text[:1].isupper():
            continue
        nxt = tokens[k + 1].lower_ if k + 1 < m.end else None
        if t.lower_ in nw.facility_heads and nxt != "for":
            continue
        if nxt is None or nxt in nw.org_complement_words:
            places = lexicon.words.places.lists
            if all(
                w.lower_ in places["directions"] or w.lower_ in places["compass_adjectives"]
                for w in tokens[m.start : k]
                if w.lower_ != "the"
            ):
                return m
            return replace(m, label="ORG")
    return m


def _cut_complement(
    tokens: list[Any],
    head: Any,
    mentions: list[SpanMention],
    at: dict[int, int],
    lexicon: Lexicon,
    nw: NameWords,
) -> range:
    """The tokens of an organisation mention the model cut out of the head's complement
    ("the Network of [Migrant Domestic Workers]", "the Union of [Islamic Courts]"): one that
    starts right after "of"/"for" (and "the") and that the gazetteer does not know as a body
    of its own ("the Council of [NATO]" stays two); empty for none."""
    j = head.i + 1
    if j >= len(tokens) or tokens[j].lower_ not in nw.org_complement_words:
        return range(0)
    j += 1
    if j < len(tokens) and tokens[j].lower_ == "the":
        j += 1
    k = at.get(j)
    if k is None:
        return range(0)
    m = mentions[k]
    if m.label != "ORG" or m.start != j or m.canonical or lexicon.lookup(m.text) is not None:
        return range(0)
    return range(m.start, m.end)


def _front(tokens: list[Any], head: Any, first: int, inner: Any, lexicon: Lexicon) -> int:
    """Where the name whose head is ``head`` begins: over the capitalised words right before
    it (a possessive "'s" between two of them), within its sentence (from token ``first``)."""
    start: int = head.i
    count = 0
    while start > first and count < _FRONT_MAX:
        t = tokens[start - 1]
        if t.text in ("'s", "’s") and start - 1 > first and _cap(tokens[start - 2]):
            if not inner(start - 1):
                break
            start -= 1
            continue
        if not _cap(t) or not inner(t.i) or t.text in lexicon.person_titles:
            break
        if t.ent_type_ in _TIME_LABELS:
            break
        if t.i == first and (t.is_stop or t.pos_ != "PROPN"):
            break  # "Opposition Party leaders said": a sentence's first word, capitalised
        start -= 1
        count += 1
    while start < head.i and tokens[start].text in ("'s", "’s"):
        start += 1
    return start


def _joined_front(
    tokens: list[Any],
    head: Any,
    start: int,
    first: int,
    free: Callable[[int], bool],
    lexicon: Lexicon,
) -> int:
    """Where a name begins whose untagged front words are two coordinated ones ("the Freedom
    and Justice Party", "the Sports and Recreation Commission", "the National Health and
    Family Planning Commission"): at the coordinated word before "and" (``_and_left``) and
    the capitalised words before that one, within the sentence (from token ``first``); else
    ``start``. A title word is a name's word here ("Justice"), as the coordination shows.
    Not from a sentence's first word, nor over a second "and"."""
    right = start
    while right - 1 > first and head.i - right < _FRONT_MAX:
        if not _cap(tokens[right - 1]) or not free(right - 1):
            break
        right -= 1
    if right >= head.i or right - 2 <= first:
        return start
    left = _and_left(tokens, right - 1, range(right, head.i), free, lexicon)
    if left is None:
        return start
    return _front(tokens, left, first, free, lexicon)


def _and_left(
    tokens: list[Any], j: int, words: range, free: Callable[[int], bool], lexicon: Lexicon
) -> Any | None:
    """The word before the "and" at token ``j`` when it is the first of two coordinated
    words of a name: capitalised, in no mention (``free``: "Hamas and Islamic Jihad
    Movement" stays two), no name the gazetteer knows ("Labour and Conservative Party"),
    and the parser's conjunct is one of the name's ``words`` after "and"; else None."""
    if j < 1 or tokens[j].lower_ != "and":
        return None
    left = tokens[j - 1]
    if not _cap(left) or not free(left.i) or lexicon.lookup(left.text) is not None:
        return None
    if not any(c.dep_ == "conj" and c.i in words for c in left.children):
        return None  # the parser joins no words of the name: two phrases, no one name
    return left


def _tail(
    tokens: list[Any], head: Any, last: int, inner: Any, at: dict[int, int], nw: NameWords
) -> int:
    """Where the name whose head is ``head`` ends: after its complement ("of", "for", "on",
    "to", maybe "the", then capitalised words joined by "and", "of", "for", "the", "'s"),
    within its sentence (up to token ``last``); right after the head when it has none. After
    "and" no mention may follow ("the Council of Europe and Russia" ends at "Europe")."""
    hi: int = head.i
    j = hi + 1
    if j >= last or tokens[j].lower_ not in nw.org_complement_words:
        return j
    j += 1
    if j < last and tokens[j].lower_ == "the":
        j += 1
    end = hi + 1
    after_and = False
    while j < last and j - hi <= _TAIL_MAX:
        t = tokens[j]
        if t.ent_type_ in _TIME_LABELS:
            break
        if _cap(t):
            if not inner(j) or (after_and and j in at):
                break
            end = j + 1
        elif t.text in ("'s", "’s") and end == j:
            if not inner(j):
                break
        elif t.lower_ in nw.org_name_joiners and j - end < 2:
            pass  # "Organisation for the Prohibition of Chemical Weapons"
        elif t.lower_ == "and" and end == j:
            after_and = True
        else:
            break
        j += 1
    return end


def _cap(t: Any) -> bool:
    """A capitalised word."""
    return bool(t.is_alpha and t.text[:1].isupper())
