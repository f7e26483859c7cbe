"""Mention finding: turn spaCy entities (and gazetteer names the model missed) into clean
mentions: titles, articles, possessives and stray quotes trimmed, glued typos split.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from kg.actors import Seat
from kg.cities import city_country
from kg.lexicon import GazetteerEntry, Lexicon, alias_key, once_per_lexicon
from kg.nlp.coordination import first_conjunct
from kg.nlp.datelines import wire_dateline
from kg.resolve.agencies import agency_labels
from kg.resolve.anchored import later_anchored
from kg.resolve.bodies import HYPHENS
from kg.resolve.capital_places import capital_as_place
from kg.resolve.collectives import (
    PLAIN_STATE,
    bare_collectives,
    body_phrase,
    diaspora_demonym,
    ethnic_countries,
    find_collectives,
    frontier_demonym,
    lone_verb,
    main_country,
    owner_entry,
    plain_bare_collectives,
)
from kg.resolve.country_bodies import own_bodies
from kg.resolve.local_owners import local_owned, mention_country
from kg.resolve.name_cuts import participle_parts
from kg.resolve.names import initials, is_acronym, name_words
from kg.resolve.sides import article_sides, find_sides
from kg.resolve.teams import contest_name
from kg.vocab import EntityType, Predicate

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
_TIME_LABELS = frozenset({"DATE", "TIME"})  # a word of a date or time is no name
_TRIM = "\"'“”‘’«»()[]{}.,;:!?-–— "
_QUOTES = "\"'“”‘’«»()[]{} "


@dataclass(slots=True, unsafe_hash=True)  # (see ``Draft`` on why not frozen)
class SpanMention:
    """A cleaned mention in one parsed paragraph (token span ``[start, end)``).

    Never changed once made (``dataclasses.replace`` makes another), as if frozen; hashed by
    its fields."""

    start: int
    end: int
    text: str
    label: str
    title: str | None = None  # an honorific or title stripped from the front
    demonym: bool = False
    canonical: str | None = None  # a collective actor's canonical label ("Israeli military")
    country: str | None = None  # ISO code of a collective actor's country
    sector: str | None = None  # sector code of a collective actor (kg/data/sectors.json)
    scoped: bool = False  # a plain collective ("protesters"): one node per article
    # "city" ("the town of Garissa"), "area" ("the province of Lahj"), "place" ("in
    # Garissa"), "toward" ("to Garissa"), "goal" (a person-tagged name a verb of going goes
    # to: "fled to Tora Bora"), "person", "org": what the words around say it is
    where: str | None = None
    # a capital read as its government from where it stands ("urged Beijing"), undone when
    # the article also uses it as a place ("took him to Washington")
    weak: bool = False
    # a plain collective written as one already named ("the hostages", "two hostages")
    definite: bool = False
    # a plain plural its own words describe ("refugees who fled Burundi", a relation's
    # own owner: "its neighbours"): no named kin's
    described: bool = False
    # people written with their number ("nine herdsmen", "14 defendants"): a group of its
    # own, the article's bare one of its noun when it counts no other (``counted_kin``)
    counted: bool = False
    # a scoped side keyed by whom it stands with or where it sits ("Saleh" for "troops loyal
    # to Saleh" and "pro-Saleh fighters", "Tobruk" for "the government in Tobruk"): one node
    # per article and key, shown as the article first writes it (``canonical``)
    side: str | None = None
    # the admin noun that introduced an "area" ("province" in "the province of Hasakah"):
    # the area is "Hasakah province" when the article also makes Hasakah a city
    noun: str | None = None


def _strip_title(tokens: list[Any], lexicon: Lexicon) -> tuple[int, str | None]:
    """Number of leading tokens that are a title ("President", "Sheikh", "Prime Minister")."""
    words = [t.text.lower() for t in tokens]
    if not words:
        return 0, None
    if (
        len(words) > 3
        and words[1] in ("-", "–")
        and f"{words[0]} {words[2]}" in _lowered(lexicon.person_titles)
    ):  # "Major-General X": a title written with a hyphen
        rest, more = _strip_title(tokens[3:], lexicon)
        title = "".join(t.text for t in tokens[:3])
        return 3 + rest, title if more is None else f"{title} {more}"
    # the titles whose first word is this one, in the lexicon's order (longest first)
    for parts, title in _titles_by_first(lexicon.person_titles).get(words[0], ()):
        if len(parts) < len(words) and words[: len(parts)] == parts:
            rest, more = _strip_title(tokens[len(parts) :], lexicon)
            return len(parts) + rest, title if more is None else f"{title} {more}"
    return 0, None


@lru_cache(maxsize=8)
def _lowered(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.lower() for t in titles)


@lru_cache(maxsize=8)
def _titles_by_first(titles: tuple[str, ...]) -> dict[str, list[tuple[list[str], str]]]:
    """Person titles indexed by their first word, lower-cased, each with its words."""
    index: dict[str, list[tuple[list[str], str]]] = {}
    for title in titles:
        parts = [p.lower() for p in title.split()]
        if parts:
            index.setdefault(parts[0], []).append((parts, title))
    return index


def clean_span(
    span: Any, lexicon: Lexicon, text: str | None = None, doc_tokens: list[Any] | None = None
) -> SpanMention | None:
    """Trim a spaCy span to the name it contains; None when nothing name-like is left.

    ``text`` is the Doc's text when the caller has it (``Doc.text`` is rebuilt on each call),
    ``doc_tokens`` its tokens likewise (iterating a Span makes new Token objects).
    """
    tokens = list(span) if doc_tokens is None else doc_tokens[span.start : span.end]
    label = span.label_
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].text in _TRIM):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].text in ("'s", "’s", "'", "’")
        or tokens[-1].text in _TRIM
        or tokens[-1].lower_ in ("and", "or")  # "between Timbuktu and Goundam" as one span
    ):
        tokens = tokens[:-1]
    tokens = _after_kind_words(tokens, lexicon)
    tokens = _after_sect(tokens, lexicon)
    opened = [k for k, t in enumerate(tokens) if t.text == "("]
    if opened and not any(t.text == ")" for t in tokens[opened[-1] :]):
        tokens = tokens[: opened[-1]]  # "World Health Organization (WHO": the name before
    if not tokens:
        return None
    # (the possessives are looked for in an organisation's span only)
    cut = (
        [k for k, t in enumerate(tokens) if t.text in ("'s", "’s") and 0 < k < len(tokens) - 1]
        if label == "ORG"
        else ()
    )
    if (
        cut
        and len(tokens) - cut[-1] > 2
        and lexicon.lookup(" ".join([t.text for t in tokens[: cut[-1]]])) is not None
    ):
        tokens = tokens[cut[-1] + 1 :]  # "Jonathan's Peoples Democratic Party": the party
    title = None
    if label in ("PERSON", "ORG") and lexicon.lookup(" ".join([t.text for t in tokens])) is None:
        skip, title = _strip_title(tokens, lexicon)
        words = lexicon.words
        last = tokens[-1].lower_
        if label == "ORG" and (last in words.body_words or last in words.org_after_nouns):
            skip, title = 0, None  # "the General Accounting Office" is no General's office
        if label == "ORG" and skip and len(tokens) - skip == 1 and tokens[-1].tag_ == "NNPS":
            skip, title = 0, None  # "General Motors", "General Dynamics": no one's name
        if label == "ORG" and skip and _body_head_after(tokens[skip:], lexicon):
            skip, title = 0, None  # "Justice Project Pakistan": a body's name, no one's title
        if skip and skip < len(tokens) and tokens[skip].text in ("'s", "’s"):
            skip, title = 0, None  # "the King's Cup": the title word owns the name, no one's title
        tokens = tokens[skip:]
    if label == "PERSON":
        tokens = _name_before_heading(tokens)
    if not tokens:
        return None
    if (
        label == "PERSON"
        and " ".join(t.lower_ for t in tokens) in lexicon.roles
        and " ".join(t.text for t in tokens) not in lexicon.person_titles
    ):
        return None  # "UN Secretary General Spokesperson": a role only; "King" may be a name
    if (
        tokens[0].is_lower  # (a name's first word is capitalised: the rest is not read)
        and all(t.is_lower for t in tokens)
        and " ".join([t.lower_ for t in tokens]) in lexicon.roles
    ):
        return None  # "Egypt's grand mufti" tagged ORG: a title in lower case is no name
    if (
        label in ("GPE", "LOC", "ORG", "NORP")
        and len(tokens) == 1
        and tokens[0].text in lexicon.person_titles
        and tokens[0].lower_ in lexicon.roles
        and lexicon.lookup(tokens[0].text) is None
    ):
        return None  # "Enda Kenny, Taoiseach of Ireland" with "Taoiseach" tagged GPE: a title
    if (
        label in ("PERSON", "ORG")
        and len(tokens) == 3
        and tokens[1].text in ("-", "–")
        and f"{tokens[0].lower_} {tokens[2].lower_}" in _lowered(lexicon.person_titles)
    ):
        return None  # "Major-General" tagged apart from the name after it: a rank, no name
    whole = text if text is not None else span.doc.text
    # a final "." belongs to abbreviations ("U.S."), so only quotes and brackets are trimmed
    name = whole[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)].strip(_QUOTES)
    name = changed_name(name)
    # (a name's first character is a letter: the rest is read only when it is not)
    if not name or not (name[0].isalpha() or any(ch.isalpha() for ch in name)):
        return None
    return SpanMention(tokens[0].i, tokens[-1].i + 1, name, label, title)


def _after_sect(tokens: list[Any], lexicon: Lexicon) -> list[Any]:
    """A sect the model took into an armed group's name ("Shia Houthi rebels" tagged "Shia
    Houthi"): the group's name after it, when that is a known group and the whole is no name
    of its own ("Christian Democratic Union" stays; att45)."""
    if len(tokens) < 2 or tokens[0].lower_ not in lexicon.actors.sects:
        return tokens
    if lexicon.lookup(" ".join(t.text for t in tokens)) is not None:
        return tokens
    entry = lexicon.lookup(" ".join(t.text for t in tokens[1:]))
    return tokens[1:] if entry is not None and entry.type is EntityType.GROUP else tokens


def changed_name(name: str) -> str:
    """The name before an asterisk that marks it as changed ("Nadia*, 25", "Omar*", written
    "Nadia*,25" with no space; fp41): the asterisk and what follows are no part of it.

    >>> changed_name("Nadia*,25")
    'Nadia'
    >>> changed_name("Omar*")
    'Omar'
    >>> changed_name("Ahmed Hassan")
    'Ahmed Hassan'
    >>> changed_name("F**k")
    'F**k'
    """
    if "*" not in name:
        return name
    head, _, _ = name.partition("*")
    head = head.rstrip()
    if len(head) > 1 and head[:1].isupper() and head[-1:].isalpha():
        return head
    return name


def _body_head_after(tokens: list[Any], lexicon: Lexicon) -> bool:
    """Whether the words after a title word hold a capitalised head of a body's name
    ("Project" of "Justice Project Pakistan"): the title
    word begins the organisation's name and titles no one."""
    heads = name_words(lexicon.language).not_person_heads
    return any(t.text[:1].isupper() and t.lower_ in heads for t in tokens)


def _after_kind_words(tokens: list[Any], lexicon: Lexicon) -> list[Any]:
    """The name after lower-case words that say what kind of body it is, kept in the
    model's span: "opposition party Union for Progress" -> "Union for Progress", "rebel
    group Seleka" -> "Seleka" (the words end with a kind noun, the name is capitalised)."""
    k = 0
    while k < len(tokens) and tokens[k].is_lower and tokens[k].is_alpha:
        k += 1
    kinds = name_words(lexicon.language).kind_nouns
    if 0 < k < len(tokens) and tokens[k - 1].lower_ in kinds and tokens[k].text[:1].isupper():
        return tokens[k:]
    return tokens


_DASHES = frozenset({"-", "–", "—", "--"})


def _dash_parts(ents: Any, lexicon: Lexicon, doc_tokens: list[Any]) -> Iterator[Any]:
    """The model's entities with a place's or a body's span cut at a spaced dash: "Dublin,
    Ireland - Ireland will vote" (a dateline run into the sentence) is "Ireland" and, when
    the words after the dash are a known name, that name ("Ireland"); "United Kingdom -
    Activists" is "United Kingdom" alone; "the alliance - Pakatan Rakyat" is the name after
    the dash. ``doc_tokens``: the Doc's tokens, read by index (a Span makes its anew)."""
    for ent in ents:
        if ent.end - ent.start < 3 or ent.label_ not in _DASH_LABELS:
            yield ent
            continue
        tokens = doc_tokens[ent.start : ent.end]
        pair = _known_pair(ent, tokens, lexicon)
        if pair is not None:
            yield from pair
            continue
        cut = next(
            (
                k
                for k in range(1, len(tokens) - 1)
                if tokens[k].text in _DASHES and tokens[k - 1].whitespace_ and tokens[k].whitespace_
            ),
            None,
        )
        if cut is None:
            yield ent
            continue
        doc = ent.doc
        head = Span(doc, ent.start, ent.start + cut, label=ent.label_)
        named = any(t.text[:1].isupper() for t in head)
        if named:
            yield head
        tail = Span(doc, ent.start + cut + 1, ent.end, label=ent.label_)
        # "the opposition alliance - Pakatan Rakyat -": the name is after a common noun
        if lexicon.lookup(tail.text) is not None or (not named and tail.text[:1].isupper()):
            yield tail


_DASH_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _credit_parts(ents: Iterable[Any], lexicon: Lexicon, tokens: list[Any]) -> Iterator[Any]:
    """The model's person spans cut at a programme's credit word: a programme page writes
    its credits run together ("Presenter: Richelle Carey Guests Ateny Wek Ateny, ..."), and
    the model reads one person "Richelle Carey Guests"; the names on either side of the
    credit word (``credit_words`` of ``names.json``) are the persons, the word is none.
    ``tokens``: the Doc's tokens, read by index (a Span makes its anew)."""
    credits = name_words(lexicon.language).credit_words
    for ent in ents:
        cuts = (
            [t.i for t in tokens[ent.start : ent.end] if t.text in credits]
            if ent.label_ == "PERSON"
            else []
        )
        if not cuts:
            yield ent
            continue
        begin = ent.start
        for cut in [*cuts, ent.end]:
            if cut > begin:
                yield Span(ent.doc, begin, cut, label=ent.label_)
            begin = cut + 1


def _known_pair(ent: Any, tokens: list[Any], lexicon: Lexicon) -> list[Any] | None:
    """ "Amnesty International and Human Rights Watch" tagged as one name: two names joined
    by "and", each known or ending on the head of a body's name ("International", "Watch"),
    are two; "Bosnia and Herzegovina", "Ministry of Labour and Social Affairs" stay one."""
    ands = [k for k in range(1, len(tokens) - 1) if tokens[k].lower_ == "and"]
    if len(ands) != 1:
        return None
    doc, k = ent.doc, ent.start + ands[0]
    left = Span(doc, ent.start, k, label=ent.label_)
    right = Span(doc, k + 1, ent.end, label=ent.label_)
    heads = name_words(lexicon.language).not_person_heads

    def named(part: Any) -> bool:
        last = part[-1]
        return lexicon.lookup(part.text) is not None or (
            len(part) > 1 and last.text[:1].isupper() and last.lower_ in heads
        )

    if named(left) and named(right):
        return [left, right]
    if _listed_places(ent, lexicon) and all(part[0].text[:1].isupper() for part in (left, right)):
        return [left, right]
    return None


def _listed_places(ent: Any, lexicon: Lexicon) -> bool:
    """The name follows a plural place noun and its "of" ("the towns of Sderot and Ashkelon",
    "the provinces of Anbar and Diyala"): the noun announces several places, so a span the
    model ran over their "and" is a list of them."""
    doc, start = ent.doc, ent.start
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    noun = doc[start - 2]
    return noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon.words.places.place_nouns


def _name_before_heading(tokens: list[Any]) -> list[Any]:
    """A person's name without what a list or a score wrote after it: "Maha Azzam - Head
    of ..." (a spaced dash), "Venus Williams 6-2 6-1" (a number)."""
    for k in range(1, len(tokens)):
        t = tokens[k]
        spaced = t.text in ("-", "–", "—") and bool(tokens[k - 1].whitespace_)
        if spaced or any(c.isdigit() for c in t.text):
            return tokens[:k]
    return tokens


def split_pairs(doc: Any, mentions: list[SpanMention], known: Any) -> list[SpanMention]:
    """Split "Trump-Putin" into two mentions when both halves are names already known (in
    the gazetteer, the article or the corpus); "Bosnia-Herzegovina" and "Kassym-Jomart" stay
    whole. ``known(name)`` says whether a name is known."""
    out: list[SpanMention] = []
    for mention in mentions:
        if mention.end - mention.start != 3 or mention.label not in ("PERSON", "ORG", "NORP"):
            out.append(mention)  # (the test first: a mention's tokens are new Token objects)
            continue
        tokens = list(doc[mention.start : mention.end])
        if tokens[1].text in ("-", "–") and known(tokens[0].text) and known(tokens[2].text):
            for token in (tokens[0], tokens[2]):
                out.append(SpanMention(token.i, token.i + 1, token.text, "PERSON_OR_ORG"))
        else:
            out.append(mention)
    return out


def _name_edges(
    tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention, taken: set[int]
) -> SpanMention:
    """A person's name the model cut short by a word of it at either end ("Ana" + "Carolina
    Gutierrez", "Wan Junaidi" + "Tuanku Jaafar"): a capitalised word of the same noun
    compound, right before the name (one word, not the sentence's first nor a group's noun) or
    after it (up to two), that is in no other mention, names nothing the lexicon knows (a
    title, a role, a country, a demonym) and is no entity of the model's."""
    if m.label != "PERSON":
        return m

    def loose(t: Any) -> bool:
        return bool(
            t.pos_ == "PROPN"
            and t.text.isalpha()
            and t.text.istitle()
            and len(t.text) > 1
            and t.i not in taken
            and not t.ent_type_
            and t.text not in lexicon.person_titles
            and t.lower_ not in lexicon.roles
            and t.lower_ not in lexicon.by_demonym
            and t.lower_ not in STOP_WORDS
            and lexicon.lookup(t.text) is None
        )

    start, end = m.start, m.end
    inside = range(start, end)
    before = tokens[start - 1] if start > 0 else None
    if (
        before is not None
        and loose(before)
        and before.dep_ == "compound"
        and before.head.i in inside
        and before.whitespace_
        and not before.is_sent_start  # "Activist Shirin Karimi": a noun capitalised to open
        and lexicon.actors.sector_of(before.lower_) is None
        and not _person_noun(before, lexicon, plural=False)  # "Paleontologist Kim Scott"
        and start >= 2
        and not tokens[start - 2].text[:1].isupper()
        and not tokens[start - 2].is_space  # a line's first word ("Follow X on Twitter")
        and not tokens[start - 2].like_num  # "1st Class X": a rank
    ):
        start -= 1
    while end < len(tokens) and end - m.end < 2 and loose(tokens[end]):
        if not tokens[end - 1].whitespace_:
            break
        end += 1
    last = tokens[m.end - 1]
    if (
        end > m.end
        and (
            tokens[end - 1].dep_ == "compound"  # "the Colin Powell Pottery Barn rule"
            or last.dep_ != "compound"
            or last.head.i not in range(m.end, end)
            or (end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].is_alpha)
        )
    ):
        end = m.end  # no word of the name's compound, or a longer run of capitals
    if (start, end) == (m.start, m.end):
        return m
    name = text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    return SpanMention(start, end, name, "PERSON", m.title)


def find_mentions(
    doc: Any,
    lexicon: Lexicon,
    tokens: list[Any] | None = None,
    text: str | None = None,
    ents: Any = None,
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """Mentions in a parsed paragraph, in order: spaCy entities plus gazetteer names.

    ``tokens`` and ``text`` are ``list(doc)`` and ``doc.text`` when the caller has them
    already (both are rebuilt by spaCy on every access), ``ents`` ``doc.ents`` likewise;
    ``words`` the paragraph's lower-cased forms and lemmas (``Paragraph.words``), with which
    a finder that starts from words the paragraph does not hold is skipped.
    """
    tokens = tokens if tokens is not None else list(doc)
    text = text if text is not None else doc.text
    mentions: list[SpanMention] = []
    taken: set[int] = set()
    named = participle_parts(doc.ents if ents is None else ents, tokens)
    for ent in _credit_parts(_dash_parts(named, lexicon, tokens), lexicon, tokens):
        ent_label = ent.label_  # (a string-store read: once)
        if ent_label not in NAME_LABELS:
            continue
        cleaned = clean_span(ent, lexicon, text, tokens)
        if cleaned is not None:
            cleaned = _no_actor_name(tokens, text, lexicon, cleaned)
        if cleaned is not None:
            cleaned = _demonym_in_name(
                tokens, text, lexicon, _opening_verb(tokens, text, lexicon, cleaned)
            )
        if cleaned is None:
            continue
        if cleaned.title is None and ent_label in ("PERSON", "ORG", "NORP") and cleaned.start > 0:
            before = tokens[cleaned.start - 1].text
            if (
                before[:1].isupper()
                and before in lexicon.person_titles
                # "Sheikh Tamim" tagged NORP is a person; a demonym after a title is not
                and (ent_label != "NORP" or cleaned.text.lower() not in lexicon.by_demonym)
            ):
                label = "PERSON" if ent_label == "NORP" else ent_label
                cleaned = SpanMention(cleaned.start, cleaned.end, cleaned.text, label, before)
                ent_label = label
        if ent_label == "NORP" or (
            cleaned.end - cleaned.start == 1
            and cleaned.text.lower() in lexicon.by_demonym
            and lexicon.lookup(cleaned.text) is None
        ):
            demonym = lexicon.by_demonym.get(cleaned.text.lower())
            if demonym is not None:
                cleaned = SpanMention(cleaned.start, cleaned.end, cleaned.text, "NORP", None, True)
        mentions.append(cleaned)
        taken.update(range(cleaned.start, cleaned.end))
    mentions = [_party_adjective(tokens, text, lexicon, m, taken) for m in mentions]
    mentions = _join_names(tokens, text, mentions, lexicon)
    mentions = _city_owner_cut(tokens, text, lexicon, mentions)
    mentions = _hyphen_places(tokens, text, lexicon, mentions, taken, words)
    mentions = [_function_word_front(tokens, text, lexicon, m, taken) for m in mentions]
    mentions = [_name_edges(tokens, text, lexicon, m, taken) for m in mentions]
    mentions = _alias_in_longer_name(tokens, text, lexicon, mentions, taken)
    mentions = _org_tails(tokens, text, lexicon, mentions)
    mentions = _longer_names(tokens, text, lexicon, mentions)
    mentions = [_kind_head(tokens, lexicon, m) for m in mentions]
    mentions = _events(tokens, text, mentions, taken, lexicon)
    mentions.extend(_gazetteer_mentions(text, tokens, lexicon, taken))
    mentions.extend(_outlet_names(tokens, text, lexicon, taken, words))
    mentions = _headed_orgs(tokens, text, lexicon, mentions, words)
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_demonym_mentions(tokens, lexicon, taken, words))
    mentions.extend(_untagged_people(tokens, text, lexicon, mentions))
    mentions.extend(_titled_names(tokens, text, lexicon, mentions))
    mentions = [_bloc(tokens, lexicon, _metonym(tokens, lexicon, m)) for m in mentions]
    mentions += _untagged_blocs(tokens, lexicon, mentions, words)
    mentions = _untagged_parties(tokens, text, lexicon, mentions, words)
    mentions = find_sides(tokens, text, lexicon, mentions, words)
    mentions = [m for m in mentions if not diaspora_demonym(tokens, m, lexicon)]
    mentions = _collectives(tokens, text, lexicon, mentions, words)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions = _collective_groups(tokens, lexicon, mentions, taken)
    mentions = [_counted_people(tokens, lexicon, m) for m in mentions]
    mentions = [
        _compass_people(tokens, lexicon, _community_origin(tokens, lexicon, m)) for m in mentions
    ]
    mentions = [_place_cue(tokens, lexicon, m) for m in mentions]
    mentions = [_admin_people_name(tokens, lexicon, m) for m in mentions]
    mentions += _untagged_places(tokens, lexicon, mentions)
    mentions += _named_groups(tokens, lexicon, mentions, words)
    mentions = [_owned_area(tokens, lexicon, m) for m in mentions]
    mentions = [_bracketed_acronym(tokens, m) for m in mentions]
    if words is None or "(" in words:  # no bracket in the paragraph: no acronym in one
        mentions += _described_acronyms(tokens, lexicon, mentions)
    mentions = [_region_office(tokens, lexicon, _site_name(tokens, lexicon, m)) for m in mentions]
    mentions = [_prefixed_demonym(tokens, lexicon, m) for m in mentions]
    mentions = [_family(tokens, text, lexicon, m) for m in mentions]
    mentions = [m for m in mentions if not _attribute_adjective(tokens, lexicon, m)]
    # last: a coup word another finder read ("a military coup against X": the army's act;
    # "leaders of a failed coup": the plotters) stays theirs
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions.extend(_dated_events(tokens, lexicon, taken, words))
    mentions.extend(_coup_events(tokens, text, lexicon, taken, words))
    titled = work_title_tokens(tokens, lexicon, words)
    if titled:
        mentions = [m for m in mentions if not titled.intersection(range(m.start, m.end))]
    return sorted(mentions, key=lambda m: m.start)


def _headed_orgs(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    words: frozenset[str] | None,
) -> list[SpanMention]:
    """Organisations' names found from their head noun (kg/resolve/org_names.py, imported
    here: it builds this module's mentions)."""
    from kg.resolve.org_names import headed_org_mentions

    return headed_org_mentions(tokens, text, lexicon, mentions, words)


def _titled_names(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """People's names found from the honorific before them (kg/resolve/titled_names.py,
    imported here: it builds this module's mentions)."""
    from kg.resolve.titled_names import titled_name_mentions

    return titled_name_mentions(tokens, text, lexicon, mentions)


def _named_groups(
    tokens: list[Any],
    lexicon: Lexicon,
    mentions: list[SpanMention],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """Groups that name themselves (kg/resolve/named_groups.py, imported here: it builds
    this module's mentions); none in a paragraph with no group noun's lemma (``words``:
    every find starts from one, and the paragraph's tokens are not walked for it)."""
    from kg.resolve.named_groups import named_group_mentions

    if words is not None and words.isdisjoint(
        lexicon.title_words.get("self_named_nouns", frozenset())
    ):
        return []
    return named_group_mentions(tokens, lexicon, mentions)


_TITLE_MARKS = frozenset({":", '"', "“", "”", "'", "‘", "’", "-", "–", "—"})


def work_title_tokens(
    tokens: list[Any], lexicon: Lexicon, words: frozenset[str] | None
) -> set[int]:
    """The tokens of a work's title named after "author of" or "a book called", or quoted
    right after a noun of a title or a slogan (cues ``work_titles``): a book, film, report
    or slogan names no actor, so the countries and people in its title ("author of
    Answering the Call: Popular Islamic Activism in Sadat's Egypt", "a book called A Narco
    History: How the United States and Mexico Jointly Created ...", "his campaign slogan
    "Sai Buhari"") make no mentions and no claims. The title is a quoted phrase, or a run of
    capitalised words with ``joiners`` and title marks; a run that ends in a possessive
    before a common noun is an owner ("author of Amnesty's report"), no title."""
    cue = lexicon.cues["work_titles"]
    if (  # (set tests, not a word-by-word scan: asked of every paragraph twice)
        words is not None
        and words.isdisjoint(cue["authors"])
        and words.isdisjoint(cue["naming"])
        and words.isdisjoint(cue["quoted"])
    ):
        return set()
    out: set[int] = set()
    for tok in tokens:
        start = _title_start(tokens, tok, cue)
        if start is not None:
            out.update(_title_run(tokens, start, cue["joiners"]))
    return out


def _title_start(tokens: list[Any], tok: Any, cue: dict[str, Any]) -> int | None:
    """Where a work's title starts after ``tok``: the word after "of" of an author noun
    ("author of X"), after a naming participle that follows a work noun ("a book called
    X"), or the opening quote right after a noun of a title or a slogan ("his campaign
    slogan "Sai Buhari""); else None."""
    i: int = tok.i
    if i + 2 >= len(tokens):
        return None
    if tok.lower_ in cue["authors"] and tokens[i + 1].lower_ == "of":
        return i + 2
    if tok.lower_ in cue["quoted"] and tok.pos_ == "NOUN" and tokens[i + 1].text in ('"', "“"):
        return i + 1
    if tok.lower_ in cue["naming"] and i > 0:
        before = tokens[i - 2] if tokens[i - 1].text == "," and i > 1 else tokens[i - 1]
        if before.lower_ in cue["works"]:  # "a book called X", "the report, titled X"
            return i + 1
    return None


def _title_run(tokens: list[Any], start: int, joiners: Container[str]) -> range:
    """The tokens of the title from ``start``: up to the closing quote of a quoted title,
    else while capitalised words, ``joiners`` and title marks go on; empty when the first
    word is no capital or quote, or when the run stops at a possessive's common noun."""
    first = tokens[start]
    if first.text in ('"', "“"):
        for j in range(start + 1, min(len(tokens), start + 40)):
            if tokens[j].text in ('"', "”"):
                return range(start, j + 1)
        return range(start, start)
    if not (first.text[:1].isupper() and first.is_alpha):
        return range(start, start)
    end = start
    while end < len(tokens):
        t = tokens[end]
        if not (
            (t.text[:1].isupper() and not t.is_punct)
            or t.lower_ in joiners
            or t.text in _TITLE_MARKS
            or t.like_num
        ):
            break
        end += 1
    if (
        start < end < len(tokens)
        and tokens[end - 1].lower_ in ("'s", "’s")
        and tokens[end].is_alpha
        and tokens[end].is_lower
    ):
        return range(start, start)  # "author of Egypt's new constitution": an owner
    return range(start, end)


_NOT_ORG_LABELS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


def _no_actor_name(
    tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention
) -> SpanMention | None:
    """A name span that is no actor's name: an illness the model tagged as an organisation
    ("Cholera spread among refugees": ``disease_names`` in ``cues.json``), an honour
    ("All-Star guard X": ``honour_names``) or a storm ("Typhoon Haiyan": ``hazard_names``); a
    name ending in an adjective made with a hyphen ("Tuareg-led rebels", "the Dublin-based
    group"): the name before it, or nothing when that is no known name (the people the
    adjective describes are the actor); the words of a title the model read as an
    organisation ("US National Security" of "US National Security Adviser Susan Rice"): the
    country in front of them, or nothing. None when no mention is left."""
    if m.label in ("ORG", "PERSON") and m.text.lower() in lexicon.cues["disease_names"]["words"]:
        return None
    if m.label in ("ORG", "PERSON") and m.text.lower() in lexicon.cues["honour_names"]["words"]:
        return None  # "All-Star guard X", "Nobel laureate Y": an honour, no body
    if m.label in ("ORG", "PERSON", "GPE") and _hazard_name(lexicon, m.text):
        return None  # "Typhoon Haiyan hit the Philippines": a storm, no actor
    if _no_name_at_all(tokens, lexicon, m):
        return None
    end = m.end
    if (
        m.label == "PERSON"
        and end + 1 < len(tokens)
        and tokens[end].text in _DASHES
        and tokens[end + 1].is_lower
        and tokens[end + 1].tag_ in ("VBN", "VBD")
        and lexicon.lookup(m.text) is None
    ):
        return None  # "Tuareg" of "Tuareg-led rebels": a people's name, no person's
    if (
        end - m.start >= 2
        and tokens[end - 2].text in _DASHES
        and tokens[end - 1].is_lower
        and tokens[end - 1].tag_ in ("VBN", "VBD")
    ):
        if end - m.start == 2:
            return None
        head = tokens[end - 3]
        name = text[tokens[m.start].idx : head.idx + len(head.text)]
        if lexicon.lookup(name) is None and name.lower() not in lexicon.by_demonym:
            return None  # "Tuareg-led", "Popular Dublin-based": no actor of its own
        return SpanMention(m.start, end - 2, name, m.label, m.title)
    if m.label == "PERSON" and end + 1 < len(tokens) and _names_facility(tokens, lexicon, end):
        return replace(m, label="LOC")  # "the Zaatari camp", "Al-Anad air base": a place's name
    return _title_words(tokens, text, lexicon, m)


def _opening_verb(tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """A verb opening an imperative sentence the model took into the name after it ("Meet
    Local Motors, the company behind ...": ``opening_verbs`` in cues.json): the name is the
    words after it (soft61)."""
    first = tokens[m.start]
    if (
        m.end - m.start < 2
        or not first.is_sent_start
        or first.lower_ not in lexicon.cues["opening_verbs"]["words"]
        or not tokens[m.start + 1].text[:1].isupper()
    ):
        return m
    last = tokens[m.end - 1]
    name = text[tokens[m.start + 1].idx : last.idx + len(last.text)]
    return replace(m, start=m.start + 1, text=name)


def _hazard_name(lexicon: Lexicon, text: str) -> bool:
    """The name is a storm's: a word of ``hazard_names`` and a name after it ("Typhoon
    Haiyan", "Tropical Storm Bill")."""
    words = text.lower().split()
    hazards = lexicon.cues["hazard_names"]["words"]
    return any(
        " ".join(words[:k]) in hazards and len(words) > k for k in range(1, min(3, len(words)) + 1)
    )


def _demonym_in_name(tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """A demonym the model took into a person's name: in front of two names ("Ethiopian
    Hagos Gebrhiwet" is Hagos Gebrhiwet), or a plural one at the end ("Innocent Pakistanis":
    the people, a demonym)."""
    if m.label != "PERSON" or m.title is not None:
        return m
    first, last = tokens[m.start], tokens[m.end - 1]
    if (
        m.end - m.start >= 3
        and first.text[:1].isupper()
        and first.lower_ in lexicon.by_demonym
        and all(t.text[:1].isupper() for t in tokens[m.start + 1 : m.end])
    ):
        start = tokens[m.start + 1].idx
        return replace(m, start=m.start + 1, text=text[start : last.idx + len(last.text)])
    if m.end - m.start >= 2 and last.tag_ in ("NNPS", "NNS") and last.lower_ in lexicon.by_demonym:
        return SpanMention(m.end - 1, m.end, last.text, "NORP", None, True)
    return m


def _no_name_at_all(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """Spans the model tagged that name no actor: a time zone ("2100 GMT", ``clock_names``),
    a handle ("@ajenglish") or hashtag ("#FreedomFlotilla"), words with no capital ("plane
    hacker", "in absentia"), the last word of a title
    ("State" of "Secretary of State"), a portfolio heading a list entry ("; Interior - Y"),
    a platform where someone spoke ("said on Twitter", "his Facebook page":
    ``platform_names``)."""
    lowered = m.text.lower()
    if lowered in lexicon.cues["clock_names"]["words"] or m.text.startswith("@"):
        return True
    if m.start > 0 and tokens[m.start - 1].text == "#":
        return True  # "#FreedomFlotilla": a hashtag, no one's name
    if (
        m.label in ("PERSON", "GPE", "LOC", "FAC")
        and not m.text[:1].isupper()  # (a first capital answers at once)
        and not any(c.isupper() for c in m.text)
    ):
        return True  # "tried in absentia"; an organisation may be lower-case: "the electoral
        # commission"
    if (
        m.label in ("ORG", "NORP")
        and m.start > 0
        and tokens[m.start - 1].text in (":", ";", ",")
        and m.end + 1 < len(tokens)
        and tokens[m.end].text in _DASHES
        and tokens[m.end + 1].text[:1].isupper()
    ):
        return True  # "Ministers named: Defence - X; Interior - Y": a portfolio heading
    if m.start >= 2 and f"{tokens[m.start - 2].lower_} {tokens[m.start - 1].lower_} {lowered}" in (
        lexicon.roles
    ):
        return True  # "Secretary of State John Kerry"
    if _plural_opener(tokens, lexicon, m):
        return True  # "Hypocrites, the senator called them": a common noun, no name
    return _platform_spoken_on(tokens, lexicon, m)


_OPENER_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})


def _plural_opener(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """One plural common noun capitalised only because it opens its sentence, tagged a name
    ("Hypocrites, the senator called them" as a city, "Battles erupted" as a body): no
    place, person or body the gazetteer does not know is one plural common noun (people
    so written, "Liars", "Migrants", are a collective's, kg/resolve/collectives.py). A name
    the gazetteer knows ("Houthis"), a demonym ("Saudis") and a proper plural ("Democrats",
    tagged NNPS) stay."""
    if m.end - m.start != 1 or m.label not in _OPENER_LABELS:
        return False
    word = tokens[m.start]
    if not word.is_sent_start or word.tag_ != "NNS" or not word.is_title:
        return False
    return lexicon.lookup(m.text) is None and m.text.lower() not in lexicon.by_demonym


def _platform_spoken_on(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A platform where someone spoke ("said on Twitter", "his Facebook page":
    ``platform_names``), no actor; the company acting is one ("Twitter suspended ...")."""
    if m.text.lower() not in lexicon.cues["platform_names"]["words"]:
        return False
    last = tokens[m.end - 1]
    said_on = m.start > 0 and tokens[m.start - 1].lower_ in ("on", "via")
    return said_on or (last.dep_ in ("compound", "nmod", "poss") and last.head.pos_ == "NOUN")


def _names_facility(tokens: list[Any], lexicon: Lexicon, end: int) -> bool:
    """Whether a name ending before ``end`` is the first word of a facility's name: a
    lower-case facility noun ("camp", "hospital"), maybe after one lower-case noun ("air
    base"), that the name modifies ("the Zaatari camp", "the al-Sakhour hospital")."""
    last = tokens[end - 1]
    if last.dep_ != "compound":
        return False
    for k in (end, end + 1):
        noun = tokens[k] if k < len(tokens) else None
        if noun is None or not noun.is_lower or noun.pos_ != "NOUN":
            return False
        if noun.tag_ == "NN" and noun.lemma_ in lexicon.words.places.facility_nouns:
            return last.head.i == noun.i or (k == end + 1 and last.head.i == end)
    return False


def _title_words(
    tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention
) -> SpanMention | None:
    """An organisation span the model ended right before a title word and a name ("US
    National Security" + "Adviser Susan Rice"), whose last word names no body ("Security",
    not "Service" or "Council") and which is no known name, after a country: the words belong
    to the title and the country stays ("FIFA President X" is left alone)."""
    end = m.end
    if (
        m.label != "ORG"
        or end + 1 >= len(tokens)
        or not tokens[end].text[:1].isupper()
        or tokens[end].lower_ not in lexicon.roles
        or tokens[end].is_upper  # "Qatar Airways CEO X": a company's officer, no state's
        or tokens[end + 1].pos_ != "PROPN"
        or lexicon.lookup(m.text) is not None
    ):
        return m
    last = tokens[end - 1].lower_
    words = lexicon.words
    if last in words.body_words or last in words.org_after_nouns or tokens[end - 1].tag_ == "NNPS":
        return m  # "Kenya Wildlife Service Director X": a body's name
    for k in range(end - 1, m.start, -1):
        head = tokens[k - 1]
        name = text[tokens[m.start].idx : head.idx + len(head.text)]
        entry = lexicon.lookup(name)
        if entry is not None and entry.type is EntityType.COUNTRY:
            if any(t.is_upper for t in tokens[k:end]):
                return m  # "US FDA Commissioner X": an acronym names a body
            return SpanMention(m.start, k, name, "GPE", None)
    return m  # "FIFA President X", "Homeland Security Secretary X": a body, or can't tell


def _site_name(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """A proper noun the model took for a people that names a camp, a base or an area ("the
    Dadaab refugee camp", "near the Futenma base", "the Tamim province"): the place named
    with its noun (``named_site_nouns``, ``admin_nouns``)."""
    if m.label != "NORP" or m.demonym or m.canonical is not None:
        return m
    last = tokens[m.end - 1]
    sites = (
        lexicon.words.places.lists["named_site_nouns"] | lexicon.words.places.lists["admin_nouns"]
    )
    head = last.head
    # "Aleppo province": the parser may hang the name as an adjective ("amod"), or as a
    # nominal modifier before an adjective ("nmod": "the Habbaniya military base")
    if last.tag_ != "NNP" or last.dep_ not in ("compound", "amod", "nmod") or head.i < m.end:
        return m
    if head.lemma_.lower() not in sites or m.text.lower() in lexicon.by_demonym:
        return m
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in tokens[m.end : head.i]):
        return replace(m, label="LOC", where="place")
    text = "".join(t.text_with_ws for t in tokens[m.start : head.i + 1]).strip()
    return replace(m, end=head.i + 1, text=text, label="FAC", where="place")


def _region_office(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """A region's adjective before an office title ("Bavarian premier X", "the Punjabi chief
    minister", "the Western Australian state premier X") or a place noun ("the Bavarian capital
    of Munich"): the region the office or place is of (``region_demonyms`` in ``cues.json``)."""
    if m.label != "NORP" or m.demonym or not 1 <= m.end - m.start <= 2 or m.end >= len(tokens):
        return m
    cues = lexicon.cues["region_demonyms"]
    region = cues["regions"].get(" ".join(t.lower_ for t in tokens[m.start : m.end]))
    end = m.end + (tokens[m.end].lower_ in cues["state_words"])  # "state premier"
    after = " ".join(t.lower_ for t in tokens[end : end + 2])
    # "the Bavarian capital of Munich", "the Scottish city of Glasgow": a place of the region
    place = end < len(tokens) and tokens[end].lemma_.lower() in lexicon.words.places.place_nouns
    if region is None or not (
        place or any(after == title or after.startswith(f"{title} ") for title in lexicon.roles)
    ):
        return m
    return replace(m, text=region, label="GPE", where="area")


def _prefixed_demonym(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """ "ex-Sudanese president X": the country's demonym after a prefix of time and a
    hyphen."""
    last = tokens[m.end - 1]
    if (
        m.label != "NORP"
        or m.demonym
        or m.end - m.start != 3
        or tokens[m.start + 1].text != "-"
        or last.lower_ not in lexicon.by_demonym
        or tokens[m.start].lower_ in lexicon.cues["stance_prefixes"]["words"]
    ):
        return m  # "anti-American protests": an attitude (``_attribute_adjective``)
    return SpanMention(m.end - 1, m.end, last.text, "NORP", None, True)


def _attribute_adjective(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A faith, creed or region's adjective that only describes the noun after it ("a
    Catholic priest", "an anti-Hezbollah bloc", "North African leaders", "pro-Kurdish HDP"):
    no actor of its own. A country's demonym ("Syrian"), a known name and a noun ("Sunnis",
    "the Shia of Iraq") stay."""
    if m.demonym or m.canonical is not None or m.end >= len(tokens):
        return False
    prefixes = lexicon.cues["stance_prefixes"]["words"]
    if (
        m.end - m.start >= 3
        and tokens[m.start].lower_ in prefixes
        and tokens[m.start + 1].text == "-"
    ):
        head = tokens[m.start + 2].head  # the span may hold the noun: "anti-Taliban party"
        return (
            m.label in ("NORP", "ORG") and head.i > m.start + 2 and head.pos_ in ("NOUN", "PROPN")
        )
    if m.label != "NORP":
        return False
    last = tokens[m.end - 1]
    if last.tag_ in ("NNS", "NNPS") or lexicon.lookup(m.text) is not None:
        return False
    if m.text.lower() in lexicon.by_demonym:
        return False
    last = first_conjunct(last, leftward=True)  # "European and North African leaders"
    head = last.head
    if tokens[m.end].text == "-" and head.i > m.end and head.tag_ in ("VBN", "JJ"):
        return True  # "the Communist-ruled island", "a Kurdish-populated city"
    if lexicon.triggers.candidates(head.lemma_.lower(), "NOUN"):
        return False  # "the Abu Sayyaf insurgency", "a Houthi offensive": the event's doer
    return (
        last.dep_ in ("amod", "compound", "nmod")
        and head.i >= m.end
        and head.pos_ in ("NOUN", "PROPN")
    )


def _family(tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """ "the Soltan family", "the Gandhi clan": a name with a family noun after it (its head)
    is the family, a group labelled as written ("Soltan family"), not the one person of the
    article or the gazetteer with that surname."""
    if (
        m.label not in ("PERSON", "ORG", "GPE", "GAZ")
        or m.demonym
        or m.canonical
        or m.title
        or m.sector
        or m.end >= len(tokens)
    ):
        return m
    noun = tokens[m.end]
    if (
        noun.lower_ not in name_words(lexicon.language).family_nouns
        or tokens[m.end - 1].head.i != noun.i
        or not all(w[:1].isupper() for w in m.text.split())
        or lexicon.by_demonym.get(m.text.lower()) is not None
    ):
        return m
    span = text[tokens[m.start].idx : noun.idx + len(noun.text)]
    return SpanMention(m.start, m.end + 1, span, "GROUP")


def _bracketed_acronym(tokens: list[Any], m: SpanMention) -> SpanMention:
    """ "the Norway-based Iran Human Rights (IHR) group": a name the model took for an event
    or a law, followed by the bracketed acronym of its initials, is an organisation."""
    if m.label not in _NOT_ORG_LABELS or m.end + 2 >= len(tokens):
        return m
    opening, acronym, closing = tokens[m.end : m.end + 3]
    if opening.text != "(" or closing.text != ")" or not is_acronym(acronym.text):
        return m
    return replace(m, label="ORG") if acronym.text in initials(m.text) else m


def _described_acronyms(
    tokens: list[Any], lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """ "the Spanish football federation (RFEF)", "the players' union (AFE)": an untagged
    upper-case word in brackets right after a lower-case kind noun of an organisation
    (``kind_nouns`` in ``names.json``, ``org_after_nouns``) is that organisation's name."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    kinds = name_words(lexicon.language).kind_nouns | lexicon.words.org_after_nouns
    found = []
    for k in range(1, len(tokens) - 2):
        noun, opening, word, closing = tokens[k - 1 : k + 3]
        if (
            opening.text == "("
            and closing.text == ")"
            and noun.is_lower
            and noun.lower_ in kinds
            and k + 1 not in taken
            and is_acronym(word.text)
            and lexicon.lookup(word.text) is None
        ):
            found.append(SpanMention(k + 1, k + 2, word.text, "ORG"))
    return found


def _counted_people(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """A plural demonym counted as people ("thousands of Guatemalans", "500 Iraqis", "many
    Britons") or bare ("South Africans protested") is that people (sector CVL), not its state
    ("the Saudis hit Saada" stays)."""
    head = tokens[m.end - 1]
    if not m.demonym or head.tag_ not in ("NNPS", "NNS"):
        return m
    entry = lexicon.by_demonym.get(m.text.lower())
    if entry is None or not entry.iso:
        return m
    counts = set(lexicon.cues["people_counts"]["words"]) | set(lexicon.cues["quantity_nouns"])
    counted = any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "compound", "det") and c.lower_ in counts)
        for c in head.children
    ) or (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in counts)
    # a bare plural ("South Africans protested", "Kenyans queued to vote") names the people;
    # "the Saudis", "the Americans" are the state's agents
    bare = m.start == 0 or tokens[m.start - 1].lower_ not in ("the", "'s", "’s")
    if not counted and not (bare and not any(c.dep_ in ("det", "poss") for c in head.children)):
        return m
    start, written = _origin_in_front(tokens, lexicon, m)
    return SpanMention(
        start,
        m.end,
        written,
        "GROUP",
        canonical=_people_label(written),
        country=entry.iso,
        sector="CVL",
    )


def _community_origin(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """A faith's or people's plural the model tagged as a name ("Ethiopian Jews", "Russian
    Jews") written with where the community comes from: "Ethiopian Jews", not "Jews"; a
    name of more words has its origin already ("Israeli Ethiopian Jews" stays "Ethiopian
    Jews", as the article's other mentions write it)."""
    if m.label != "NORP" or m.demonym or m.end - m.start != 1:
        return m
    if tokens[m.start].tag_ not in ("NNPS", "NNS"):
        return m
    start, written = _origin_in_front(tokens, lexicon, m)
    return m if start == m.start else replace(m, start=start, text=written)


def _compass_people(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """A people's plural the model tagged without the lower-case compass word in front
    ("the eastern Europeans", "western Africans"): the people of that part, a group of its
    own as "Northern Iraqis" or "West Africans" written capitalised are, not the whole
    people."""
    if m.label != "NORP" or m.end - m.start != 1 or m.start == 0:
        return m
    word, front = tokens[m.start], tokens[m.start - 1]
    if (
        word.tag_ not in ("NNPS", "NNS")
        or not front.is_lower
        or front.head.i != word.i
        or front.lower_ == "far"
        or front.lower_ not in lexicon.words.places.lists["compass_adjectives"]
    ):
        return m
    return replace(m, start=front.i, text=f"{front.text} {m.text}", demonym=False)


def _origin_in_front(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> tuple[int, str]:
    """Where a counted people starts and how it is written, with the nationality in front
    that says where the community comes from ("1,000 Ethiopian Israelis" are "Ethiopian
    Israelis", not all Israelis; ``diaspora_demonym`` made that word no mention of its own)."""
    if m.start == 0:
        return m.start, m.text
    front = tokens[m.start - 1]
    if front.head.i != m.end - 1 or not diaspora_demonym(
        tokens, SpanMention(front.i, front.i + 1, front.text, "NORP", demonym=True), lexicon
    ):
        return m.start, m.text
    return front.i, f"{front.text} {m.text}"


def _people_label(text: str) -> str:
    """The label of a people written as its plural demonym: that plural as written
    ("Palestinians", "South Africans"), not "Palestinian civilians": the text says who they
    are, not that they bear no arms ("the US has trained Iraqis to fight").

    >>> _people_label("South  Africans")
    'South Africans'
    """
    return " ".join(text.split())


def _place_cue(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """Mark a name the words around say is a place: "the town of Garissa" (city), "north
    of Garissa", "in Garissa", "between Garissa and ..." (a place; a city when the model
    called it a GPE). Names known to the gazetteer and collectives are left alone; a
    possessive ("in Renzi's office") or a title is no place cue."""
    if m.demonym or m.canonical or m.title or m.sector or lexicon.lookup(m.text) is not None:
        return m
    if contest_name(m.text, lexicon):
        return m  # "the Bulls in Game Four", "at the Madrid Open": a match is no place
    kind = _kind_cue(tokens, lexicon, m)
    if kind is not None:
        return replace(m, where=kind)
    after = tokens[m.end] if m.end < len(tokens) else None
    if (
        after is not None
        and after.is_lower
        and after.lower_ in lexicon.words.town_nouns
        and m.label != "NORP"  # "the ancient Assyrian city of Nimrud"
    ):
        return replace(m, where="city")  # "the provincial capital Idlib city"
    named = _place_noun_after(tokens, lexicon, m) or _place_apposition(tokens, lexicon, m)
    if named is not None:
        return replace(m, where=named)
    if m.label != "NORP" and _listed_towns(tokens, lexicon, m):
        return replace(m, where="city")  # "The towns overrun by ISIL include Baga and Marte"
    if after is not None and after.text in ("'s", "’s", "'"):
        return replace(m, where="city") if _city_owns_site(tokens, lexicon, m) else m
    if m.start == 0:
        return m
    before = tokens[m.start - 1]
    if m.start >= 2 and _compass_of(before, tokens[m.end - 1], lexicon):
        # "in central Sanaa", "in eastern Aleppo": the compass word is no part of the cue
        # (place8)
        before = tokens[m.start - 2]
    word = before.lower_
    if m.label == "GPE" and _listed_with_city(tokens, lexicon, m):
        return replace(m, where="city")  # "relocated to Damascus and Homs"
    if word in ("of", "in") and m.start >= 2 and _ward(tokens[m.start - 2], lexicon):
        return replace(m, where="city")  # "a rebel-held neighbourhood in Aleppo": a town
    if word == "of" and m.start >= 2:
        noun = tokens[m.start - 2].lemma_.lower()  # "the suburbs of Homs"
        regions = name_words(lexicon.language).region_nouns
        area = after is not None and after.text in regions
        if (noun in regions or noun in lexicon.words.area_nouns) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in tokens[m.start - 2].children
        ):
            # "the al-Midan district of Damascus": the name before the noun is the district's
            return replace(m, where="place")
        if noun in lexicon.words.town_nouns and not area:  # "the capital of Anbar province"
            return replace(m, where="city")
        if noun in regions:
            return replace(m, where="area", noun=noun)  # "the province of Lahj": no city
        if noun in lexicon.words.area_nouns:
            return replace(m, where="place")
        return m
    if m.label == "NORP":
        return m  # "in Arabic": a language or nationality
    if word in lexicon.words.place_preps or (
        word in ("between", "and") and _between(tokens, m.start)
    ):
        modifier = m.end < len(tokens) and tokens[m.end].pos_ in ("NOUN", "PROPN")
        if (
            m.label == "ORG"
            and word != "to"
            and not modifier
            and _large_city(m.text)
            and (word != "from" or _own_country_after(tokens, lexicon, m))
        ):
            # "in Kobane", "tools from Reykjavik in Iceland": the model's organisation is a
            # city the data knows, and the words say place ("from Oslo peace talks" is a
            # modifier; "Patrick Smith, from Salon" a workplace, unless its country follows)
            return replace(m, where="place")
        if m.label in ("PERSON", "ORG") and word in ("to", "from"):
            # "spoke to Renzi", "a letter from Amnesty"; "fled to Tora Bora" is a goal
            return replace(m, where="goal") if _moved(before, lexicon) else m
        if m.label == "ORG" or modifier:
            return m  # "in NFL history": a modifier, and an organisation is often "in" a deal
        # a place; its type (a city for a GPE) the votes decide: "in Aceh" is no city cue.
        # "to"/"from" a GPE may still be a person the model misread ("according to Rajoub")
        return replace(m, where="toward" if word in ("to", "from") else "place")
    return m


def _site_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of sites a town holds ("bazaar", "roundabout", "stadium", "airport":
    ``facility_nouns``, ``site_nouns``, ``venue_nouns`` of places.json)."""
    places = lexicon.words.places
    lists = places.lists
    return frozenset(places.facility_nouns | lists["site_nouns"] | lists["venue_nouns"])


def _city_owns_site(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """ "Quetta's main bazaar", "Aleppo's main hospital": a large city the model took for an
    organisation or (one word) a person (``_large_city``), whose "'s" owns a singular
    lower-case site noun, is the town the site lies in ("Barcelona's coach" is left to the
    model)."""
    if m.title or not _large_city(m.text):
        return False
    if m.label != "ORG" and (m.label != "PERSON" or m.end - m.start != 1):
        return False
    owner = tokens[m.end - 1]
    noun = owner.head
    return (
        owner.dep_ == "poss"
        and noun.i > owner.i
        and noun.is_lower
        and noun.tag_ == "NN"
        and noun.lower_ in _site_nouns(lexicon)
    )


def _city_owner_cut(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """An organisation the model read over a large city's possessive and the name after it
    ("Lahore's Liberty" of "Lahore's Liberty roundabout"): the city is a town of its own,
    and the name, with the site noun after it, is the site's (``kg.extract.owned_sites``);
    a longer name with no site noun after it stays a name of its own ("Karachi's Aga Khan
    University")."""
    out: list[SpanMention] = []
    for m in mentions:
        cut = next(
            (k for k in range(m.start + 1, m.end - 1) if tokens[k].text in ("'s", "’s")), None
        )
        if m.label != "ORG" or cut is None:
            out.append(m)
            continue
        owner = text[tokens[m.start].idx : tokens[cut - 1].idx + len(tokens[cut - 1].text)]
        known = lexicon.lookup(owner)
        if not _large_city(owner) or (known is not None and known.type is not EntityType.CITY):
            out.append(m)
            continue
        out.append(SpanMention(m.start, cut, owner, "GPE", where="city"))
        after = tokens[m.end] if m.end < len(tokens) else None
        site = after is not None and after.is_lower and after.lower_ in _site_nouns(lexicon)
        if m.end - cut - 1 >= 2 and not site:
            rest = text[tokens[cut + 1].idx : tokens[m.end - 1].idx + len(tokens[m.end - 1].text)]
            out.append(SpanMention(cut + 1, m.end, rest, m.label))
    return out


def _listed_towns(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A name in the list a sentence whose subject is plural towns names with its list verb
    ("The towns overrun by ISIL include Baga, Monguno and Marte", "Villages shelled by the
    army included X and Y"; ``taken_places.listed`` of cues.json): each name is a town."""
    k = m.start - 1
    while k >= 0 and (tokens[k].text in (",", "and", "-") or tokens[k].pos_ == "PROPN"):
        k -= 1  # back over the names listed before it
    verbs = lexicon.cues["taken_places"]["listed"]["verbs"]
    if k < 1 or tokens[k].lemma_.lower() not in verbs or tokens[k].pos_ != "VERB":
        return False
    start = k
    while start > 0 and not tokens[start].is_sent_start:
        start -= 1
    for t in tokens[start:k]:  # the subject: plural towns, after a determiner or adjectives
        if t.tag_ == "NNS":
            return t.lemma_.lower() in lexicon.words.town_nouns
        if t.pos_ not in ("DET", "ADJ", "NUM"):
            return False
    return False


def _own_country_after(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """ "Reykjavik in Iceland", "Harare, Zimbabwe": the country the data puts the large city
    ``m`` in follows it after "in" or a comma."""
    if m.end + 1 >= len(tokens) or tokens[m.end].lower_ not in ("in", ","):
        return False
    iso = city_country(m.text)
    for end in range(m.end + 2, min(m.end + 5, len(tokens) + 1)):
        entry = lexicon.lookup(" ".join(t.text for t in tokens[m.end + 1 : end]))
        if entry is not None and entry.type is EntityType.COUNTRY:
            return entry.iso == iso
    return False


def _large_city(text: str) -> bool:
    """A large city's name as written in running text (``kg.cities``), not an acronym
    ("CAIR", "FAR"): only with a place word before it is it read as the city."""
    return not text.isupper() and city_country(text) is not None


_QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’"})


def _place_noun_after(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> str | None:
    """ "the Panmunjom "truce village"", "the Gamboru cattle market": a one-word name after
    "the" in front of a lower-case singular town noun (``town_nouns``) or, for a name the model
    took for a person, a site noun (``site_nouns``: "market", "road"), past quote marks and
    one lower-case noun, which it is the name of: a town ("city") or a place. The other
    mentions of the name still vote (type1)."""
    if m.end - m.start != 1 or m.label not in ("PERSON", "ORG") or m.start == 0:
        return None
    if tokens[m.start - 1].lower_ != "the":
        return None
    k = m.end
    while k < len(tokens) and tokens[k].text in _QUOTE_MARKS:
        k += 1
    sites = lexicon.words.places.lists["site_nouns"]
    for j in (k, k + 1):
        noun = tokens[j] if j < len(tokens) else None
        if noun is None or not noun.is_lower or noun.pos_ != "NOUN":
            return None
        if j > k and tokens[k].lower_ in lexicon.words.places.place_nouns:
            return None  # "the Guerrero state town": the name is the state's, not the town's
        if noun.tag_ == "NN" and noun.dep_ != "compound":
            if noun.lower_ in lexicon.words.town_nouns and (j > m.end or m.label == "PERSON"):
                return "city"  # (an organisation right before the noun is read above)
            if noun.lower_ in sites and m.label == "PERSON":
                return "place"
            return None
    return None


def _place_apposition(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> str | None:
    """ "Shibam, a town in Hadramawt", "in Thamel, in Kathmandu": a name with a place noun
    (``place_nouns``; a town or an area, not a country) and a preposition in apposition after
    it, or one "in" a place the model tagged, after "in" itself or another preposition of
    place (``apposed_place_preps``: "sank off Jianli, in Hubei province"): a town ("city") or
    a place (type1)."""
    if m.label == "NORP" or m.end + 3 > len(tokens) or tokens[m.end].text != ",":
        return None
    word = tokens[m.end + 1].lower_
    preps = lexicon.words.places.lists["apposed_place_preps"]
    if word == "in" and m.start > 0 and tokens[m.start - 1].lower_ in preps:
        other = tokens[m.end + 2]
        if m.end + 3 < len(tokens) and _compass_of(other, tokens[m.end + 3], lexicon):
            other = tokens[m.end + 3]  # "off Zuwara, in western Libya"
        if other.ent_type_ in ("GPE", "LOC") and other.ent_iob_ == "B":
            return "place"
        return None
    if word not in ("a", "an"):
        return None
    for k in range(m.end + 2, min(m.end + 5, len(tokens) - 1)):
        t = tokens[k]
        kind = lexicon.words.places.place_nouns.get(t.lower_)
        if kind is not None and t.is_lower and t.tag_ == "NN":
            if kind is EntityType.COUNTRY or tokens[k + 1].lower_ not in ("in", "of", "near"):
                return None
            return "city" if kind is EntityType.CITY else "area"
        if not (t.is_lower and t.pos_ in ("ADJ", "NOUN")):
            return None  # "Oxfam, a charity in ...": no place noun
    return None


def _compass_of(word: Any, name: Any, lexicon: Lexicon) -> bool:
    """The word right before a name is a lower-case compass adjective that modifies it ("in
    central Sanaa", "in eastern Aleppo", "in south Sanaa"; ``compass_adjectives`` and
    ``directions``): the name is the place whose part it picks, the word no name of it."""
    lists = lexicon.words.places.lists
    return (
        word.is_lower
        and word.dep_ in ("amod", "compound")
        and word.head.i == name.i
        and (word.lower_ in lists["compass_adjectives"] or word.lower_ in lists["directions"])
    )


def _ward(noun: Any, lexicon: Lexicon) -> bool:
    """Whether a word right before "of" or "in" is a ward noun ("the Silwan neighbourhood
    of East Jerusalem", "a neighbourhood in Aleppo"; the parser often hangs "in" on the
    verb): the place after it is a town, not the province of the same name the article may
    name too ("Aleppo province")."""
    return bool(
        noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.words.places.lists["ward_nouns"]
    )


def _moved(prep: Any, lexicon: Lexicon) -> bool:
    """Whether a preposition hangs on a verb of going ("fled to", "flew back from"; the
    ``motion_verbs`` cue)."""
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.cues["motion_verbs"]["words"]


def _aimed_or_gone(prep: Any, lexicon: Lexicon) -> bool:
    """Whether a preposition says where an attack was aimed ("fired rockets at", "shells
    crashed into": ``aim_preps`` of ``untagged_places`` on an attack trigger) or where
    someone went ("fled to", "marched towards": ``goal_preps`` on a ``motion_verbs`` verb)."""
    cue = lexicon.cues["untagged_places"]
    word = prep.lower_
    if word in cue["goal_preps"] and _moved(prep, lexicon):
        return True
    if word not in cue["aim_preps"]:
        return False
    trigger = lexicon.triggers.match(prep.head)
    return trigger is not None and trigger.predicate is Predicate.ATTACKED


def _untagged_places(
    tokens: list[Any], lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """A one-word name the model did not tag where the words around say it is a place:
    after a place noun and "of" ("the province of Lahj", "the town of Zinjibar"), after a
    word of nearness ("in nearby Lahj"), as the object of a verb of overlooking ("a hill
    overlooking Taez"), coordinated with a place the model tagged ("Lahj and Aden"), or
    where an attack was aimed or someone went ("fired rockets at Sderot", "fled to
    Kurram"). A word opening its sentence, a known name or a demonym is left alone."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for t in tokens:
        if t.pos_ != "PROPN":
            continue  # both cases below start from a proper noun (read before the call)
        # an admin unit's name modifies the noun right after it (``_admin_unit``' first tests)
        modifies = t.dep_ in ("compound", "amod") and t.head.i == t.i + 1
        unit = _admin_unit(tokens, lexicon, t, taken) if modifies else None
        if unit is not None:
            found.append(unit)
            continue
        if not _lone_untagged(tokens, t, lexicon, taken):
            continue
        where, area_noun = _untagged_place_cue(tokens, t, lexicon)
        if where is not None:
            found.append(SpanMention(t.i, t.i + 1, t.text, "GPE", where=where, noun=area_noun))
    return found


def _lone_untagged(tokens: list[Any], t: Any, lexicon: Lexicon, taken: set[int]) -> bool:
    """Whether the proper noun ``t`` is a one-word name of letters no mention holds, that
    the model left untagged or misread, not opening its sentence, and no title, known name
    or demonym of the lexicon."""
    return not (
        t.ent_type_ not in MISREAD_LABELS  # "fled to Somaliland" read as a product
        or t.i in taken
        or t.is_sent_start
        or not (t.text.isalpha() and t.text.istitle() and len(t.text) > 2)
        # one word: no capitalised word before it ("the Indian Wells and Miami
        # tournaments") or after it
        or (not tokens[t.i - 1].is_sent_start and tokens[t.i - 1].text[:1].isupper())
        or (t.i + 1 < len(tokens) and tokens[t.i + 1].text[:1].isupper())
        or any(c.dep_ == "compound" for c in t.children)
        or t.dep_ == "compound"
        or t.text in lexicon.person_titles
        or lexicon.lookup(t.text) is not None
        or t.lower_ in lexicon.by_demonym
    )


def _untagged_place_cue(
    tokens: list[Any], t: Any, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """What the words around the untagged name ``t`` say it is (``SpanMention.where``:
    "city", "area" or "place", else None), and for an area the noun that says so."""
    places = lexicon.words.places
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.is_lower:
        noun = t.head.head.lemma_.lower()
        if noun in lexicon.words.town_nouns:
            return "city", None  # "the town of Zinjibar"
        if noun in name_words(lexicon.language).region_nouns or noun in places.lists["admin_nouns"]:
            return "area", noun  # "the province of Lahj"
        return None, None
    if t.dep_ == "pobj" and any(
        c.dep_ == "amod" and c.lower_ in places.lists["near_adjectives"] for c in t.children
    ):
        return "place", None  # "in nearby Lahj"
    if t.dep_ == "dobj" and t.head.lower_ in places.lists["overlook_verbs"]:
        return "place", None  # "a hill overlooking Taez"
    if (
        t.dep_ == "pobj"
        and t.head.lower_ in lexicon.words.place_preps
        and _compass_of(tokens[t.i - 1], t, lexicon)
    ):
        return "place", None  # "in eastern Aleppo", "across northern Nimroz" (place8)
    if any(c.ent_type_ in ("GPE", "LOC") for c in t.conjuncts):
        return "place", None  # "Lahj and Aden"
    if t.dep_ == "pobj" and _aimed_or_gone(t.head, lexicon):
        return "place", None  # "fired rockets at Sderot", "fled to Kurram"
    return None, None


def _admin_unit(
    tokens: list[Any],
    lexicon: Lexicon,
    t: Any,
    taken: set[int],
    extra: frozenset[str] = frozenset(),
) -> SpanMention | None:
    """ "in the Tawahi district", "Hasakah governorate": a one-word name no mention holds
    (the model did not tag it, or tagged it as no actor), right before a lower-case singular
    admin noun it modifies (``admin_nouns``), is that area, labelled with its noun; a known
    name or a demonym is left alone, and so is an admin noun that modifies another ("English
    county championship")."""
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
    if (
        nxt is None
        or t.pos_ != "PROPN"
        or t.i in taken  # (a tag no mention kept, "PRODUCT", is the model's guess)
        or nxt.i in taken
        or t.dep_ not in ("compound", "amod")
        or t.head.i != nxt.i
        or nxt.tag_ != "NN"
        or nxt.dep_ == "compound"  # "English county championship": the noun names no area
        or not nxt.is_lower
        or (nxt.lower_ not in lexicon.words.places.lists["admin_nouns"] and nxt.lower_ not in extra)
        or not (t.text.isalpha() and t.text.istitle() and len(t.text) > 2)
        or (t.i > 0 and tokens[t.i - 1].text[:1].isupper() and not t.is_sent_start)
        or (t.i > 0 and tokens[t.i - 1].text in HYPHENS)  # "the al-Tawahi district"
        or lexicon.lookup(t.text) is not None
        or t.lower_ in lexicon.by_demonym
    ):
        return None
    return SpanMention(t.i, nxt.i + 1, f"{t.text} {nxt.text}", "GPE", where="area")


def _admin_people_name(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """ "in Perlis state in Malaysia": a one-word name the model took for a people (NORP)
    that is no known demonym or community, right before a lower-case admin noun or "state",
    is that area (as ``_admin_unit`` reads an untagged name)."""
    if m.label != "NORP" or m.demonym or m.end - m.start != 1:
        return m
    t = tokens[m.start]
    if t.text in lexicon.cues["communities"]["words"]:
        return m  # "the Kurdish region": a people's area, no name
    # a state too ("Perlis state"): the name is no common word ("the state") or faith's
    unit = _admin_unit(tokens, lexicon, t, set(), frozenset({"state"}))
    return m if unit is None else unit


def _owned_area(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """ "Indonesia's Aceh province", "Kathmandu's northern Nayabazar district": a place's name
    and its lower-case admin noun after an owner's possessive is the name, the noun saying what
    the owner's place is (as in "Syria's city of Aleppo"), so the area is labelled as the
    article names it bare ("Aceh"); recorded as an area of that noun, it stays "Aceh province"
    apart from a town of the same name the article also makes a city (``_city_areas``)."""
    if m.label not in ("GPE", "LOC") or m.demonym or m.canonical is not None:
        return m
    last = tokens[m.end - 1]
    admin = lexicon.words.places.lists["admin_nouns"] | {"state"}
    if m.end - m.start < 2 or not last.is_lower or last.tag_ != "NN" or last.lower_ not in admin:
        return m
    if not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in tokens[m.start : m.end - 1]):
        return m
    k = m.start - 1
    while k > 0 and tokens[k].is_lower and tokens[k].pos_ == "ADJ":
        k -= 1  # "Iraq's western Anbar province"
    if k < 1 or tokens[k].tag_ != "POS" or not tokens[k - 1].text[:1].isupper():
        return m
    text = "".join(t.text_with_ws for t in tokens[m.start : m.end - 1]).strip()
    return replace(m, end=m.end - 1, text=text, label="GPE", where="area", noun=last.lower_)


def _listed_with_city(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A name coordinated with a capital or a gazetteer city ("Damascus and Homs"): a city
    too."""
    for other in tokens[m.end - 1].conjuncts:
        seat = lexicon.actors.seats.get(alias_key(other.text))
        entry = lexicon.lookup(other.text) if seat is None else None
        if (seat is not None and seat.kind == "capital") or (
            entry is not None and entry.type is EntityType.CITY
        ):
            return True
    return False


def _kind_cue(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> str | None:
    """A person or organisation cue: "Costas Takkas, who ..." and "a top general, Mamdouh
    Shaheen," are people; "the Maariv daily", "the Yeni Ihya Der aid group" organisations."""
    if m.label == "NORP":
        return None  # "the Soviet news agency": a nationality, not the agency's name
    if _kin_before(tokens, lexicon, m):
        # "her husband, Taghi Mohammadi, who …": a relative of someone named (a person too)
        return "kin"
    after = tokens[m.end : m.end + 3]
    if (
        len(after) >= 2
        and after[0].text == ","
        and after[1].lower_ == "who"
        and not m.text.endswith(".")
        # "born in Fort Scott, Kan., who ...": the person before
        and lexicon.words.place_preps.isdisjoint(
            [t.lower_ for t in tokens[max(0, m.start - 4) : m.start]]
        )
    ):
        return "person"
    if (
        len(after) == 3
        and after[0].text == ","
        and after[1].text.isdigit()
        and 0 < int(after[1].text) < 120
        and after[2].text == ","
        and m.label in ("PERSON", "ORG")
    ):
        return "person"  # an age in apposition: "Ulf Merbold, 47, of the agency"
    if _reporting_after(tokens, lexicon, m):
        return "person"  # "Al Jazeera's Step Vaessen, reporting from Jakarta": a correspondent
    if (
        m.start >= 2
        and tokens[m.start - 1].text == ","
        and tokens[m.start - 2].lower_ in lexicon.roles
        and tokens[m.start - 2].pos_ == "NOUN"
        and m.end < len(tokens)
        and tokens[m.end].text in (",", ".")
    ):
        return "person"  # "a top general, Mamdouh Shaheen,"
    if _role_after(tokens, lexicon, m):
        return "person"  # "Yanis Varoufakis, the Greek finance minister," tagged ORG
    if _person_before(tokens, lexicon, m):
        return "person"  # "lecturer Tarik Oguzlu", "28-year-old Uddhav Paudel" tagged ORG
    if _listed_with_orgs(tokens, m):
        return "org"  # "automakers like Ford and General Motors"
    if _kind_before(tokens, lexicon, m):
        return "org"  # "the armed group Jaish al-Fatah" tagged PERSON
    if m.start == 0 or tokens[m.start - 1].lower_ != "the":
        return None  # "Phoenix newspaper reporter": a place that modifies the noun
    for t in after[:2]:
        if (
            t.lower_ in lexicon.words.org_after_nouns
            and t.pos_ in ("NOUN", "ADJ", "ADV")
            and t.dep_ != "advmod"
        ):
            return "org"
        if t.pos_ not in ("NOUN", "ADJ"):
            break
    return None


def _reporting_after(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """Whether a comma and the -ing form of a reporting verb follow a name of two or three
    words that can be a person's, past only the cue's ``between`` words ("X, reporting from
    Jakarta", "X, also reporting from Y"; ``reporter_names`` in cues.json): a
    correspondent's name, which the "from" after it made the model read as a place's. Not a
    name the model read as an organisation's ("The Associated Press, reporting from Kabul")
    nor a one-word name ("Reuters")."""
    words = m.text.split()
    if m.label not in ("GPE", "LOC", "FAC") or not 2 <= len(words) <= 3:
        return False
    if m.end >= len(tokens) or tokens[m.end].text != ",":
        return False
    if not name_words(lexicon.language).person_name(words):
        return False
    cue = lexicon.cues["reporter_names"]
    for t in tokens[m.end + 1 : m.end + 4]:
        if t.tag_ == "VBG" and t.lemma_.lower() in cue["verbs"]:
            return True
        if t.lower_ not in cue["between"]:
            return False
    return False


def _listed_with_orgs(tokens: list[Any], m: SpanMention) -> bool:
    """A one-word name the model tagged an organisation, coordinated with organisations
    only, one of them a name of two words or more ("Honda, General Motors and Ford",
    "automakers like Ford and General Motors"): an organisation, no one's surname."""
    if m.label != "ORG" or m.end - m.start != 1:
        return False
    others = list(tokens[m.start].conjuncts)
    if not others or any(c.ent_type_ not in ("ORG", "") for c in others):
        return False
    # a name of two words or more: its head is inside the entity ("General Motors")
    return any(c.ent_type_ == "ORG" and c.ent_iob_ == "I" for c in others)


def _role_after(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A name of two or three capitalised words with a person's role in apposition after it
    ("Yanis Varoufakis, the Greek finance minister,", "Faraz Sanei, a researcher at ...")."""
    words = m.text.split()
    if m.label not in ("ORG", "PERSON") or not 2 <= len(words) <= 3:
        return False
    if not all(w.istitle() and w.replace("-", "").isalpha() for w in words):
        return False
    after = tokens[m.end : m.end + 8]
    if len(after) < 3 or after[0].text != "," or after[1].lower_ not in ("the", "a", "an"):
        return False
    for t in after[2:]:
        if t.is_punct or (t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of"):
            return False
        if t.pos_ == "NOUN" and _person_noun(t, lexicon, plural=False):
            return name_words(lexicon.language).person_name(words)  # not "Press Council"
    return False


def _kind_before(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A name right after a definite kind noun of a body ("the movement Solidarnosc Nowa",
    "the rebel group Jaish al-Fatah", ``kind_nouns`` of ``names.json``): an organisation's,
    whatever the model's label; not the subject of a clause on the noun ("the party Ali
    Saleh founded")."""
    if m.label not in ("PERSON", "GPE", "NORP") or m.start < 2:
        return False
    noun = tokens[m.start - 1]
    if not noun.is_lower or noun.lower_ not in name_words(lexicon.language).kind_nouns:
        return False
    last = tokens[m.end - 1]
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.dep_ in ("relcl", "acl"):
        return False
    first = noun.i - 1
    while first > 0 and tokens[first].is_lower and tokens[first].pos_ in ("ADJ", "NOUN"):
        first -= 1  # "the armed rebel group"
    return bool(tokens[first].lower_ == "the")


def _person_noun(token: Any, lexicon: Lexicon, plural: bool = True) -> bool:
    """A lower-case noun of one person: a title, a job or a person noun of ``names.json``
    ("minister", "researcher", "woman"), also in the plural unless ``plural`` is False
    ("a committee of newspaper editors" is no person)."""
    if not token.is_lower:
        return False
    words = (token.lower_, token.lemma_.lower()) if plural else (token.lower_,)
    nouns = name_words(lexicon.language).person_nouns
    return any(w in lexicon.roles or w in lexicon.words.occupations or w in nouns for w in words)


def _person_before(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A name of two or three capitalised words right after a person noun or an age
    ("lecturer Tarik Oguzlu", "officers Sebastien Gaillemin and ...", "28-year-old Uddhav
    Paudel"): a person's, whatever the model's label."""
    words = m.text.split()
    if m.label not in ("ORG", "PERSON", "GPE", "LOC", "FAC") or not 2 <= len(words) <= 3:
        return False
    if not all(w.istitle() and w.replace("-", "").isalpha() for w in words):
        return False
    if m.start < 1 or not name_words(lexicon.language).person_name(words):
        return False
    before = tokens[m.start - 1]
    if before.lower_ == "old" and m.start >= 3 and tokens[m.start - 3].lower_ in ("year", "years"):
        return True  # "28-year-old Uddhav Paudel"
    return before.pos_ == "NOUN" and _person_noun(before, lexicon)


# no tag, or a tag the model gives unfamiliar names of people ("Sospeter Boyo" a work of art)
MISREAD_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "LAW"})


def _untagged_people(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """A name of two or three capitalised words the model did not tag, with a person's role
    or kin in apposition ("Sospeter Boyo, Nyarugusu's camp manager, told …", "Gonul Tul, the
    director of …", "Flavio di Giacomo, a spokesman for …", a particle inside; "Martina de la
    Cruz, the mother of one of the missing students, …"): a person."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    names = name_words(lexicon.language)
    kin, credits = names.kin_nouns, names.credit_words
    found = []
    for head in tokens:
        # a name the model took for a title of a work ("Sospeter Boyo" as WORK_OF_ART)
        # (the entity type, a string-store read, asked last)
        if head.pos_ != "PROPN" or head.i in taken or head.ent_type_ not in MISREAD_LABELS:
            continue
        if not any(
            c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and (c.lower_ in lexicon.roles or c.lower_ in kin)
            for c in head.children
        ):
            continue
        start = head.i
        while (
            start > 0
            and tokens[start - 1].dep_ == "compound"
            and tokens[start - 1].head.i == head.i
            and tokens[start - 1].text not in credits  # "Guests Ateny Wek Ateny": a credit
        ):
            start -= 1
        words = tokens[start : head.i + 1]
        particles = name_words(lexicon.language).name_particles
        # "Flavio di Giacomo": a family name's lower-case particle inside the name
        inner = [w for w in words[1:-1] if w.text in particles]
        capitals = [w for w in words if w not in inner]
        if not 2 <= len(capitals) <= 3 or any(
            w.i in taken
            or w.ent_type_ not in MISREAD_LABELS
            or (w not in inner and not (w.text.istitle() and w.text.isalpha()))
            for w in words
        ):
            continue
        if lexicon.lookup(words[0].text) is not None:
            continue  # "Kenya Red Cross", a name in front: no one's given name
        span = text[words[0].idx : head.idx + len(head.text)]
        found.append(SpanMention(start, head.i + 1, span, "PERSON", where="person"))
    return found


def _kin_before(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """A person introduced as someone's relative: "her husband, Taghi Mohammadi", "his son
    Osama Morsi"."""
    if m.label != "PERSON" or len(m.text.split()) < 2:
        return False
    i = m.start - 1
    if i >= 0 and tokens[i].text == ",":
        i -= 1
    kin = name_words(lexicon.language).kin_nouns
    return (
        i >= 1
        and tokens[i].lower_ in kin
        and tokens[i - 1].tag_ == "PRP$"  # "her husband", not "the husband of"
    )


def _between(tokens: list[Any], start: int) -> bool:
    """ "between Garissa and the Dadaab camp": the name right after "between", or after
    "and" when "between" opens the phrase."""
    return any(t.lower_ == "between" for t in tokens[max(0, start - 4) : start])


# a seat acting as subject; "Pyongyang's ..." is left alone: the same article often uses the
# capital as a place too, and "Beijing's officials" is found as a collective actor anyway
_METONYM_DEPS = frozenset({"nsubj", "nsubjpass"})


def _metonym(tokens: list[Any], lexicon: Lexicon, mention: SpanMention) -> SpanMention:
    """A capital or seat of power acting ("Beijing condemned", "the Kremlin said",
    "Washington's sanctions") stands for its country ("Brussels" for the EU); "in Beijing"
    stays a place. The country is the actor, so country-level questions find these events."""
    if mention.label not in ("GPE", "ORG", "FAC", "LOC", "GAZ", "PERSON") or mention.demonym:
        return mention
    seat = _seat(lexicon, mention.text)
    if seat is None:
        return mention
    if mention.label == "PERSON":  # "accused Kiev of": a capital the model read as a person
        entry = lexicon.lookup(mention.text)
        if mention.end - mention.start != 1 or (
            entry is not None and entry.type is EntityType.PERSON
        ):
            return mention
    root = tokens[mention.end - 1]
    if _dateline(tokens, mention):
        return mention  # "Manila, Philippines - Thousands of ...": where the story is filed
    if _struck(root, lexicon):
        return mention  # "Aden was shelled by Houthi rebels": the city hit, not its government
    if capital_as_place(tokens, mention.start, mention.end, lexicon):
        return mention  # "in the capital Ankara", "Baghdad has been rocked by car bombs"
    acting = _acting(root, lexicon.actors.relation_nouns)
    # "Kremlin spokesman X", "State Department spokeswoman Y": the seat names the state whose
    # role the person holds (one node with the country, as the role's object)
    titled = (
        seat.kind == "seat"
        and seat.sector == "GOV"  # "Pentagon spokesman": the defence department's, a body
        and mention.label != "GPE"  # "Cape Town mayor X" is the city's
        and mention.end + 1 < len(tokens)
        and tokens[mention.end].pos_ == "NOUN"
        and tokens[mention.end].lower_ in lexicon.roles
        # the holder named after the title; "X, the Kremlin spokesman," keeps the seat
        and tokens[mention.end + 1].pos_ == "PROPN"
    )
    owns = _owns_body(root, lexicon) or _owns_act(root, lexicon)
    if not (acting or titled or owns) and not _governed(root, lexicon):
        return mention
    if root.dep_ == "poss" and not owns and not titled:
        return mention  # "Pyongyang's Kang Kon Military Academy", "Kabul's streets": where
    if seat.org is not None:
        entry = lexicon.lookup(seat.org)
        label = entry.label if entry is not None else seat.org
    else:
        country = lexicon.country_of_iso(seat.iso)
        if country is None:
            return mention
        label = country.label
    return SpanMention(
        mention.start,
        mention.end,
        mention.text,
        "GPE",
        mention.title,
        canonical=label,
        # a seat city that is no capital ("Aden", "Cape Town") is first a city: the place
        # when the article names it as one too ("docked in Aden ... Aden has been rocked")
        weak=not acting or (seat.kind == "seat" and mention.label == "GPE"),
    )


def _seat(lexicon: Lexicon, name: str) -> Seat | None:
    """The capital or seat of power a name is: as written ("the Kremlin"), or after the
    name or demonym of its own country ("the US State Department", "the Israeli Knesset");
    "the Turkish Pentagon" is no seat of Turkey's."""
    seats = lexicon.actors.seats
    seat = seats.get(alias_key(name))
    words = name.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    for cut in (1, 2):
        if seat is not None or len(words) <= cut:
            break
        owner = " ".join(words[:cut])
        entry = lexicon.by_demonym.get(owner.lower()) or lexicon.lookup(owner)
        found = seats.get(alias_key(" ".join(words[cut:])))
        if (
            entry is not None
            and entry.type is EntityType.COUNTRY
            and found is not None
            and found.kind == "seat"
            and found.iso == entry.iso
        ):
            seat = found
    return seat


def _dateline(tokens: list[Any], m: SpanMention) -> bool:
    """A name opening a sentence as a dateline: "Manila, Philippines - ...", "KABUL -",
    "Ramallah, occupied West Bank - " (a lower-case word before the region's name), or in a
    wire dateline ("KABUL (Reuters) -", "CAIRO, Egypt (AP) -": ``wire_dateline``, the reader
    the parse mend and the trigger rules share)."""
    if _in_wire_dateline(tokens, m):
        return True
    if m.start > 0 and not tokens[m.start].is_sent_start:
        return False
    k = m.end
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
        while (
            k < len(tokens)
            and k - m.end <= 4
            and (
                tokens[k].text[:1].isupper()
                or (tokens[k].is_lower and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())
            )
        ):
            k += 1
    while k < len(tokens) and tokens[k].is_space:
        k += 1
    return k < len(tokens) and tokens[k].text in ("-", "–", "—", "--")


def _in_wire_dateline(tokens: list[Any], m: SpanMention) -> bool:
    """The name is a word of the wire dateline opening its sentence ("KABUL (Reuters) -");
    asked only of a name with a bracket soon after it."""
    if not any(t.text == "(" for t in tokens[m.end : m.end + 8]):
        return False
    sent = tokens[m.start].sent
    return m.end <= wire_dateline(sent)


def _struck(root: Any, lexicon: Lexicon) -> bool:
    """A name that undergoes an attack or a takeover as the subject of a passive ("Aden was
    shelled by Houthi rebels", "Sanaa was seized by the Houthis", "Tripoli was taken by
    the fighters"): the place hit, never its government acting (gen59)."""
    node = first_conjunct(root)
    if node.dep_ != "nsubjpass":
        return False
    verb = node.head
    lemma = verb.lemma_.lower()
    if lemma in lexicon.cues["taken_places"]["verbs"] or lemma in lexicon.cues["occupation_words"]:
        return True
    trigger = lexicon.triggers.match(verb)
    return trigger is not None and trigger.predicate is Predicate.ATTACKED


def _acting(root: Any, relations: frozenset[str] = frozenset()) -> bool:
    """A name that acts: the subject of a verb other than "be" ("Beijing condemned") or of
    "be" in talks ("Washington was in discussions with Doha"; ``relations``: the nouns of
    relations), the agent of a passive ("was condemned by Moscow", "sanctions imposed by
    Washington") or of an event noun ("an admission by Moscow"), or one coordinated with
    such ("Beijing and Tokyo protested")."""
    node = first_conjunct(root)
    if node.dep_ in _METONYM_DEPS:
        return bool(node.head.lemma_ != "be" or _in_talks(node.head, relations))
    if node.dep_ != "pobj":
        return False
    by = node.head
    # "was condemned by Moscow"; "an admission by Moscow", "the strikes by Washington"
    return bool(by.dep_ == "agent" or (by.lower_ == "by" and by.head.pos_ == "NOUN"))


def _owns_body(root: Any, lexicon: Lexicon) -> bool:
    """A capital that owns a named state body: "Seoul's National Intelligence Service",
    "Tokyo's Foreign Ministry" (the government's, not the city's); "Pyongyang's Kang Kon
    Military Academy" and "Kabul's streets" say where."""
    head = root.head
    words = lexicon.words
    return bool(
        root.dep_ == "poss"
        and head.pos_ == "PROPN"
        and (head.lower_ in words.body_nouns or head.lower_ in words.institution_nouns)
    )


def _owns_act(root: Any, lexicon: Lexicon) -> bool:
    """A capital that owns a state's act or stance: "Tehran's nuclear programme", "Moscow's
    proposal" (the government's; ``metonym_owned``), or whose act comes "from" it ("drew an
    angry response from Ankara", "a proposal from Tehran"; "flights from Tehran" and "their
    move from Lima to Cusco", a way from place to place, are a place's)."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "from":
        head = head.head  # "a response from Ankara": the act the preposition hangs on
        routes = lexicon.cues["metonym_routes"]["preps"]  # "from Lima to Cusco"
        if any(c.dep_ == "prep" and c.lower_ in routes for c in head.children):
            return False
    elif root.dep_ != "poss":
        return False
    return bool(head.pos_ == "NOUN" and head.lower_ in lexicon.actors.metonym_owned)


def _bloc(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """ "the West" as an actor ("accused the West of hypocrisy"): a bloc of countries, a Group;
    "the West Bank" and "West African" are other names."""
    label = lexicon.actors.blocs.get(m.text.lower())
    if label is None or m.end - m.start != 1 or m.start == 0:
        return m
    nxt = tokens[m.end] if m.end < len(tokens) else None
    if tokens[m.start - 1].lower_ != "the" or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
        return m
    return SpanMention(m.start, m.end, m.text, "GROUP", canonical=label)


def _untagged_blocs(
    tokens: list[Any],
    lexicon: Lexicon,
    mentions: list[SpanMention],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """ "the West" the model did not tag. ``words``: the paragraph's lower-cased forms and
    lemmas; without a bloc's word among them no token is read (nor the mentions' tokens)."""
    blocs = lexicon.actors.blocs
    if words is not None and not any(word in words for word in blocs):
        return []  # (a dozen blocs: asked of the paragraph's words, not of every token)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for t in tokens:
        # (the rarest test first: a bloc's word; the tests have no effects)
        if t.lower_ in blocs and t.text[:1].isupper() and t.i not in taken:
            m = _bloc(tokens, lexicon, SpanMention(t.i, t.i + 1, t.text, "LOC"))
            if m.canonical:
                found.append(m)
    return found


def _untagged_parties(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """ "The Conservative party formed ...": a party's capitalised name before a lower-case
    party noun (``party_nouns``) after "the", which the model did not tag, is an
    organisation's name. Not a demonym alone ("the Kurdish party" names no party).

    A name of words joined by "and", or with its bracketed acronym before the noun ("the Law
    and Justice (PiS) party"), is the name alone ("Law and Justice"); a person the model read
    in its first word ("Law") is none. Returns the mentions with those found; ``words``
    (the paragraph's lower-cased forms and lemmas) without a party noun: the mentions as
    they are, no token read."""
    parties = name_words(lexicon.language).party_nouns
    if words is not None and words.isdisjoint(parties):
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    dropped: set[int] = set()
    for t in tokens:
        if t.lower_ not in parties or not t.is_lower or t.i < 2 or t.i in taken:
            continue
        end = t.i
        if (
            end >= 4
            and tokens[end - 1].text == ")"
            and tokens[end - 3].text == "("
            and _party_acronym(tokens[end - 2].text)
        ):
            end -= 3  # "the Law and Justice (PiS) party"
        start = end
        while (
            start > 0
            and end - start < 5
            and (
                (tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha)
                # "Law and Justice": a joined word between two capitalised ones
                or (tokens[start - 1].lower_ == "and" and start < end and start >= 2)
            )
            and tokens[start - 1].lower_ != "the"
        ):
            start -= 1
        while start < end and tokens[start].lower_ == "and":
            start += 1
        if start == end or start == 0 or tokens[start - 1].lower_ != "the":
            continue
        joined = end < t.i or any(w.lower_ == "and" for w in tokens[start:end])
        inside = [k for k, m in enumerate(mentions) if m.start < end and m.end > start]
        if inside and not (
            joined
            and all(
                mentions[k].label == "PERSON"
                and start <= mentions[k].start
                and mentions[k].end <= end
                and lexicon.lookup(mentions[k].text) is None
                for k in inside
            )
        ):
            continue
        if all(w.lower_ in lexicon.by_demonym for w in tokens[start:end] if w.lower_ != "and"):
            continue
        last = tokens[end - 1] if joined else t
        name = text[tokens[start].idx : last.idx + len(last.text)]
        found.append(SpanMention(start, last.i + 1, name, "ORG"))
        dropped.update(inside)
    return [m for k, m in enumerate(mentions) if k not in dropped] + found


def _party_acronym(word: str) -> bool:
    """An acronym, upper-case ("SLD") or with lower-case letters inside ("PiS", "MoDem")."""
    return is_acronym(word) or (
        2 <= len(word) <= 7
        and word.isalpha()
        and word[0].isupper()
        and sum(c.isupper() for c in word) >= 2
    )


def _governed(root: Any, lexicon: Lexicon) -> bool:
    """A capital as the object of a verb said to a government ("urged Beijing", "pressure
    Tokyo to halt"), of a measure taken against one ("sanctions on Moscow") or of a stance
    toward one ("policy toward Tehran"), the host of a
    post abroad ("its embassy in Tehran"), one of two sides of relations ("ties between Tokyo
    and Seoul") or the other side of them ("talks with Moscow", "its deal with Tehran")."""
    if root.dep_ == "dobj":
        return bool(root.head.lemma_.lower() in lexicon.actors.metonym_verbs)
    node = first_conjunct(root)
    if node.dep_ == "pobj" and _addressed(node.head, lexicon):
        return True
    if node.dep_ == "pobj" and node.head.lower_ in ("on", "against"):
        # "sanctions on Moscow", "imposed an embargo against Havana" (the parser may hang the
        # preposition on the verb whose object the measure is)
        at = node.head.head
        measures = [at, *(c for c in at.children if c.dep_ == "dobj")]
        return any(
            m.lemma_.lower() in lexicon.actors.metonym_nouns
            or m.lower_ in lexicon.actors.metonym_nouns
            for m in measures
        )
    if node.dep_ == "pobj" and node.head.lower_ in ("toward", "towards"):
        # "US policy toward Tehran", "an overture towards Islamabad": a stance toward the
        # government ("advancing towards Baghdad" is a place)
        return bool(node.head.head.lower_ in lexicon.actors.metonym_owned)
    if node.dep_ == "pobj" and node.head.lower_ == "in":
        # "closed its embassy in Tehran", "opened an embassy in Hanoi": a post abroad opened
        # or closed is relations with the host ("the bombing of the US embassy in Nairobi"
        # says where)
        post = node.head.head
        return bool(
            post.lower_ in lexicon.actors.metonym_posts
            and post.dep_ == "dobj"
            and not any(
                c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "poss" and c.tag_ != "PRP$")
                for c in post.children
            )
        )
    if node.dep_ != "pobj" or node.head.lower_ not in ("between", "with"):
        return False
    noun = node.head.head
    return bool(noun.lower_ in lexicon.actors.relation_nouns)


def _addressed(prep: Any, lexicon: Lexicon) -> bool:
    """A preposition by which a verb of appeal addresses a government, on the verb or on
    its object ("called on Moscow", "pleaded with Ankara", "demanded an explanation from
    Moscow"; ``metonym_addressed`` in ``kg/data/en/cues.json``)."""
    verbs = lexicon.cues["metonym_addressed"]["verbs"]
    host = prep.head
    if host.dep_ == "dobj" and host.pos_ == "NOUN" and prep.i > host.i:
        host = host.head  # "demanded an explanation from Moscow": the verb's
    preps = verbs.get(host.lemma_.lower(), ()) if host.pos_ == "VERB" else ()
    return prep.dep_ == "prep" and prep.lower_ in preps


def _in_talks(verb: Any, relations: frozenset[str]) -> bool:
    """ "was in talks with Moscow", "is in negotiations over": "be" with "in" a noun of
    relations after it."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lower_ in relations for o in c.children)
        for c in verb.children
    )


def _collectives(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """Collective actors ("Israeli troops", "Houthi fighters", "protesters"), replacing the
    name mention in front of them (see ``kg.resolve.collectives``)."""
    owners = {m.end: (m.start, m.text, m.demonym, m.label) for m in mentions}
    by_start = {m.start: m for m in mentions}
    out = list(mentions)
    for item in find_collectives(tokens, text, lexicon, owners, words):
        inside = [m for m in out if item["start"] <= m.start < item["end"]]
        absorbed = by_start.get(item["absorbs"]) if item["absorbs"] is not None else None
        phrase = item["text"].lower()
        if any(m.sector for m in out if m.start < item["end"] and item["start"] < m.end):
            continue  # a side found before ("pro-Hadi fighters")
        if any(
            m is not absorbed and not m.demonym and not phrase.endswith(m.text.lower())
            for m in inside
        ):
            continue  # a name inside the phrase that is not its owner: leave it
        for m in inside:
            out.remove(m)
        if item.get("org") is not None and absorbed is not None:
            out.append(SpanMention(item["start"], item["end"], absorbed.text, "ORG"))
            continue
        label = _ITEM_LABELS.get(item["type"], "GROUP")
        out.append(
            SpanMention(
                item["start"],
                item["end"],
                item["text"],
                label,
                canonical=item["canonical"],
                country=item["country"],
                sector=item["sector"],
                scoped=item["scoped"],
                definite=item.get("definite", False),
                described=item.get("described", False),
                counted=item.get("counted", False),
                side=item.get("side"),
            )
        )
    return out


# the model label a collective item's mention takes; a single member ("a Chinese navy radio
# operator") is a person
_ITEM_LABELS = {EntityType.ORGANIZATION: "ORG", EntityType.PERSON: "PERSON"}


def with_bare_collectives(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> tuple[list[list[SpanMention]], str | None]:
    """Each paragraph's mentions plus the bare state sector nouns ("the army", "police") of an
    article about one country (``kg.resolve.collectives.main_country``), as that country's
    collective actor, and that country's ISO code (None: no one main country); then what the
    whole article settles (``kg.resolve.sides.article_sides``: "the coalition").
    ``paragraphs`` are (tokens, text, mentions) of one article."""
    paragraphs = _word_echoes(_acronym_echoes(paragraphs))
    paragraphs = _known_as(_acronyms(paragraphs, lexicon), lexicon)
    paragraphs = agency_labels(paragraphs, lexicon)  # "the UN refugee agency ... UNHCR"
    headline = paragraphs[0][2] if paragraphs and "\n" not in paragraphs[0][1].strip() else None
    ethnic = ethnic_countries(paragraphs, lexicon)
    lead = paragraphs[1][2] if headline is not None and len(paragraphs) > 1 else None
    # a nationality naming a landmark ("the Canadian border") is not what the story is about
    counted = [m for t, _, ms in paragraphs for m in ms if not frontier_demonym(t, m, lexicon)]
    iso = main_country(counted, lexicon, headline, ethnic, lead)
    owners = _sector_owners(paragraphs, lexicon) if iso is None else {}
    # "Kenyan police", "the Burundi police": the article's police are that country's (its
    # later bare "police" are coreference's to resolve), so no plain police of the article
    owned_police = any(m.sector in PLAIN_STATE and m.country for _, _, ms in paragraphs for m in ms)
    heads = _named_heads(paragraphs, lexicon)
    dateline = _dateline_country(paragraphs, lexicon) if iso is None else None
    out = []
    for k, (tokens, text, mentions) in enumerate(paragraphs):
        # "Army" tagged as a name ("Army spokesman X"): no name, the country's army
        named = [m for m in mentions if _bare_sector_name(m, lexicon)]
        rest = [m for m in mentions if m not in named]
        taken = {i for m in rest for i in range(m.start, m.end)}
        items = []
        if iso is not None:
            # "police" the article never gives a country: its own node, as written
            written = frozenset() if owned_police else PLAIN_STATE
            items = bare_collectives(
                tokens, text, lexicon, iso, taken, {m.start for m in named}, written
            )
        starts = {m.start for m in named}
        for country in sorted({c for c, _ in owners.values()} if starts else ()):
            # no main country: "Army" tagged as a name ("Army spokesman X") after "South
            # Sudan's military", the article's only army, is that army ("the soldiers" and
            # other definite descriptions are coreference's to resolve)
            items += [
                item
                for item in bare_collectives(tokens, text, lexicon, country, taken, starts)
                if item["start"] in starts
                and _named_before(owners.get(item["sector"]), country, (k, item["start"]))
            ]
        if iso is None:
            # no main country: "the government" the text around it settles ("Nigeria's
            # army fought ... The government accused Chad": Nigeria's)
            spans = {i for m in named for i in range(m.start, m.end)}
            local = local_owned(paragraphs, k, lexicon, taken | spans, dateline)
            items += local
            taken = taken | {i for item in local for i in range(item["start"], item["end"])}
        if iso is None and not owned_police:
            # no main country and no country's police named: "Police evicted the
            # students" is the article's police (a plain collective)
            items += plain_bare_collectives(tokens, text, lexicon, taken, starts)
        items = [_head_named(item, heads, lexicon) for item in items]
        extra = [
            SpanMention(
                item["start"],
                item["end"],
                item["text"],
                "ORG" if item["type"] is EntityType.ORGANIZATION else "GROUP",
                canonical=item["canonical"],
                country=item["country"],
                sector=item["sector"],
                scoped=item["scoped"],  # "a lower court": a court of its article only
            )
            for item in items
        ]
        kept = [m for m in named if not any(x.start <= m.start < x.end for x in extra)]
        out.append((tokens, text, sorted([*rest, *kept, *extra], key=lambda m: m.start)))
    out = _metonym_only_capitals(out, lexicon)
    out = own_bodies(_named_bodies(_places_stay(out), lexicon), lexicon, iso)
    out = later_anchored(out, lexicon)  # "the captain" after "the ship's captain"
    return article_sides(out, lexicon), iso


def _dateline_country(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> str | None:
    """ISO code of the one country the story's dateline names ("ABUJA, Nigeria (Reuters) -",
    "Lagos, Nigeria -"), in its first two paragraphs (after a headline); None without one."""
    found = {
        mention_country(m, lexicon)
        for tokens, _, ms in paragraphs[:2]
        for m in ms
        if _dateline(tokens, m)
    }
    found.discard(None)
    return str(next(iter(found))) if len(found) == 1 else None


# state sectors whose bare noun ("the Senate", "police") is the article's one named body that
# ends in that noun ("the US Senate", "the Sylhet Metropolitan Police"); not the army or the
# government, whose nouns end the names of rebels ("Free Syrian Army") and rival governments
_HEAD_NAMED = frozenset({"LEG", "COP"})


def _named_heads(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> dict[str, set[str]]:
    """Sector noun -> the article's names of two or more words the model tagged an
    organisation that end in it ("senate" -> {"US Senate"}, "police" -> {"Kabul police"}),
    each under its gazetteer label; a name the gazetteer files in another sector (a party
    named "... Congress") counts for its noun too, so that a bare noun is never given to one
    of two bodies."""
    out: dict[str, set[str]] = defaultdict(set)
    for _, _, ms in paragraphs:
        for m in ms:
            words = m.text.split()
            if m.label not in ("ORG", "GAZ") or m.canonical or m.sector or len(words) < 2:
                continue
            head = words[-1].lower()
            if lexicon.actors.sector_of(head) in _HEAD_NAMED:
                entry = lexicon.lookup(m.text)
                out[head].add(entry.label if entry is not None else m.text)
    return out


def _head_named(
    item: dict[str, Any], heads: dict[str, set[str]], lexicon: Lexicon
) -> dict[str, Any]:
    """A bare state sector noun ("the Senate", "police") as the article's one named body that
    ends in that noun ("the US Senate"; ``_named_heads``) and whose name places it in the
    item's country ("the Sylhet Metropolitan Police" in a story on Bangladesh; any one
    country for plain police of no country): that body, with the item's sector and that
    country. A name of another country ("the French National Assembly" in a story on Mali)
    or of none ("the European Parliament"), a body the gazetteer files in another sector, or
    two such names leave the item as it is."""
    words = item["text"].split()
    if item["sector"] not in _HEAD_NAMED or not words:
        return item
    names = heads.get(words[-1].lower(), set())
    if len(names) != 1:
        return item
    name = next(iter(names))
    entry = lexicon.lookup(name)
    if entry is not None and entry.sector not in (None, item["sector"]):
        return item
    where = _name_country(lexicon, name)
    if where is None or where != (item["country"] or where):
        return item  # "the European Parliament" is no one country's
    return {**item, "canonical": name, "scoped": False, "country": where}


def _name_country(lexicon: Lexicon, name: str) -> str | None:
    """ISO code of the country a body's name places it in by a country ("US Senate"), its
    demonym ("Royal Canadian Mounted Police") or one of its cities ("Kabul police"), one or
    two words; None for a name that places it in no one country ("European Parliament")."""
    words = name.replace("’", "'").split()
    found = set()
    used: set[int] = set()  # "New York": not also "York"
    for size in (2, 1):
        for k in range(len(words) - size + 1):
            if used & set(range(k, k + size)):
                continue
            part = " ".join(words[k : k + size])
            entry = lexicon.by_demonym.get(part.lower()) or lexicon.lookup(part)
            iso = city_country(part) if part[:1].isupper() else None
            if entry is not None and entry.type is EntityType.COUNTRY and entry.iso:
                iso = entry.iso
            if iso is not None:
                found.add(iso)
                used.update(range(k, k + size))
    return next(iter(found)) if len(found) == 1 else None


def _sector_owners(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> dict[str, tuple[str, tuple[int, int]]]:
    """Sector -> (country, where first named) for the state sectors that the article names
    as one country's collective actor only ("South Sudan's military"), not as a named body."""
    seen: dict[str, set[str]] = {}
    first: dict[str, tuple[int, int]] = {}
    for k, (_, _, ms) in enumerate(paragraphs):
        for m in ms:
            if (
                m.scoped
                or not m.canonical
                or not m.country
                or m.sector not in _STATE_SECTORS
                or body_phrase(m.canonical, lexicon)
            ):
                continue
            seen.setdefault(m.sector, set()).add(m.country)
            first.setdefault(m.sector, (k, m.start))
    return {s: (next(iter(c)), first[s]) for s, c in seen.items() if len(c) == 1}


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def _named_before(
    owner: tuple[str, tuple[int, int]] | None, country: str, where: tuple[int, int]
) -> bool:
    return owner is not None and owner[0] == country and owner[1] < where


def _named_bodies(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """ "South Korea's spy agency" in an article that names one spy agency of no other
    country ("Seoul's National Intelligence Service") is that agency; an indefinite one ("a
    Canadian court" beside "the Canadian Supreme Court") is some body of the sector, not it."""
    orgs: dict[str, set[tuple[str, str | None]]] = {}
    for tokens, _, ms in paragraphs:
        by_end = {m.end: m for m in ms}
        for m in ms:
            if m.label not in ("ORG", "GAZ") or m.canonical or m.sector or m.demonym:
                continue
            words = m.text.lower().split()
            code = lexicon.actors.sector_of(" ".join(words[-2:])) if len(words) > 2 else None
            if code is None:
                continue
            end = m.start - 1 if m.start and tokens[m.start - 1].text in ("'s", "’s") else m.start
            owner = by_end.get(end)
            kind, iso = owner_entry(lexicon, owner.text, owner.demonym) if owner else (None, None)
            orgs.setdefault(code, set()).add((m.text, iso if kind == "country" else None))

    def named(tokens: list[Any], m: SpanMention) -> SpanMention:
        if not (
            m.canonical
            and not _indefinite(tokens, m, lexicon)
            and m.sector
            and m.country
            and not m.scoped
            and m.label == "ORG"
            and body_phrase(m.canonical, lexicon)
        ):
            return m
        found = {
            o
            for o, owner in orgs.get(m.sector, ())
            if owner in (None, m.country) and of_country(lexicon, o, m.country)
        }
        if len(found) != 1 or len(orgs[m.sector]) != 1:
            return m
        name = next(iter(found))
        entry = lexicon.lookup(name)
        return replace(m, canonical=entry.label if entry is not None else name)

    return [(tokens, text, [named(tokens, m) for m in ms]) for tokens, text, ms in paragraphs]


def _indefinite(tokens: list[Any], m: SpanMention, lexicon: Lexicon) -> bool:
    """Whether the noun phrase of a mention is indefinite ("a Canadian court", "another
    Iraqi ministry"): the determiner of its head noun or the word just before it."""
    if m.end > len(tokens) or m.start >= m.end:
        return False
    words = lexicon.cues["indefinite_determiners"]["words"]
    head = tokens[m.end - 1]
    if any(c.dep_ == "det" and c.lower_ in words for c in head.children):
        return True
    return m.start > 0 and tokens[m.start - 1].lower_ in words


def of_country(lexicon: Lexicon, name: str, iso: str) -> bool:
    """Whether an organisation's name says no other country than ``iso``."""
    entry = lexicon.lookup(name)
    if entry is not None and entry.country not in (None, iso):
        return False
    for word in name.split():
        other = lexicon.by_demonym.get(word.lower()) or lexicon.lookup(word)
        if other is not None and other.type is EntityType.COUNTRY and other.iso != iso:
            return False
    return True


# what a capital object is asked or made to do: "force Washington to act", "empower Tehran to"
_OBJECT_COMPLEMENTS = frozenset({"xcomp", "ccomp", "oprd"})


def _metonym_only_capitals(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """A country's capital the article writes only as its government ("Athens needs the
    loan", "empower Tehran to act", "lifting sanctions on Tehran") is the country at every
    mention, also where one mention alone would not say so ("bringing Havana and Washington
    closer" beside "the breakthrough between Washington and Havana"). One place use anywhere
    in the article ("in Tehran", "to Athens", "Kabul's streets", a dateline, "Tehran-based",
    or a mention read as nothing) keeps every mention as the mention rule left it
    (``_places_stay``); the capital inside a longer name ("the Washington Institute") is
    neither."""
    by_capital: dict[str, list[tuple[list[Any], SpanMention]]] = defaultdict(list)
    seats: dict[str, Seat] = {}
    for tokens, _, mentions in paragraphs:
        for m in mentions:
            if m.demonym or m.label not in ("GPE", "LOC", "FAC", "ORG", "PERSON", "GAZ"):
                continue
            seat = lexicon.actors.seats.get(alias_key(m.text))
            if seat is None or seat.kind != "capital" or seat.org is not None:
                continue
            if m.canonical is not None and not m.weak:
                continue  # read as the country already ("Beijing condemned")
            key = alias_key(m.text)
            seats[key] = seat
            by_capital[key].append((tokens, m))
    changed: dict[int, str] = {}
    for key, found in by_capital.items():
        country = lexicon.country_of_iso(seats[key].iso)
        if country is None or not all(
            m.weak or _capital_as_actor(tokens, m, lexicon) for tokens, m in found
        ):
            continue
        if _capital_elsewhere(paragraphs, found[0][1].text):
            continue
        changed.update({id(m): country.label for _, m in found})
    if not changed:
        return paragraphs
    return [
        (
            tokens,
            text,
            [
                replace(m, label="GPE", canonical=changed[id(m)], weak=False)
                if id(m) in changed
                else m
                for m in ms
            ],
        )
        for tokens, text, ms in paragraphs
    ]


def _capital_as_actor(tokens: list[Any], m: SpanMention, lexicon: Lexicon) -> bool:
    """Whether a capital's mention stands where only a government stands: the subject of a
    verb ("Athens needs"; "be" only with an adjective: "Washington was uneasy"), an object
    made to act ("force Washington to debate"), the object of "with", "by", "about", or the
    owner of an act or a body ("Tel Aviv's efforts")."""
    if _dateline(tokens, m):  # the place cues (``where``) are read here afresh
        return False
    if _struck(tokens[m.end - 1], lexicon) or capital_as_place(tokens, m.start, m.end, lexicon):
        return False  # "Kabul was rocked by a blast"
    lists = lexicon.words.places.lists
    root = tokens[m.end - 1]
    if m.end < len(tokens) and tokens[m.end].text in _DASHES:
        return False  # "Tehran-based"
    if any(c.dep_ == "appos" for c in root.children):
        return False  # "Kampala, the Ugandan capital, was calm": described as the city
    node = first_conjunct(root)
    head = node.head
    if node.dep_ in _METONYM_DEPS:
        if head.lemma_ != "be":
            return True
        kids = {c.dep_ for c in head.children}
        return "acomp" in kids and "attr" not in kids
    if node.dep_ == "dobj":
        # "force Washington to debate"; "bringing Havana and Washington closer together"
        return any(
            c.dep_ in _OBJECT_COMPLEMENTS
            or (c.dep_ == "advmod" and c.lower_ in lists["drawn_adverbs"])
            for c in head.children
        )
    if node.dep_ == "pobj" and head.lower_ == "between":
        # "the breakthrough between Washington and Havana": two governments ("the road
        # between Kabul and Jalalabad" is a route)
        others = [c for c in node.children if c.dep_ == "conj"]
        return (
            bool(others)
            and all(alias_key(c.text) in lexicon.actors.seats for c in others)
            and head.head.lower_ not in lists["route_nouns"]
        )
    if node.dep_ == "pobj":
        return head.lower_ in lists["government_preps"] or _owns_act(node, lexicon)
    if node.dep_ == "poss":
        return head.lower_ in lexicon.actors.metonym_owned or _owns_body(node, lexicon)
    return False


def _capital_elsewhere(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], name: str
) -> bool:
    """Whether the article writes a capital's name where no mention of it stands and no
    longer name goes on after it ("Tehran-based" read as nothing; not "the Washington
    Institute")."""
    words = name.split()
    n = len(words)
    for tokens, _, mentions in paragraphs:
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for i in range(len(tokens) - n + 1):
            if [t.text for t in tokens[i : i + n]] != words or i in covered:
                continue
            nxt = tokens[i + n] if i + n < len(tokens) else None
            if nxt is None or not (nxt.is_alpha and nxt.text[:1].isupper()):
                return True
    return False


def _places_stay(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]],
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """A capital read as its government only from where it stands ("relations between
    Washington and Havana") stays a place when the article also names it as one."""
    places = {m.text for _, _, ms in paragraphs for m in ms if not m.canonical}
    return [
        (
            tokens,
            text,
            [
                replace(m, canonical=None, weak=False) if m.weak and m.text in places else m
                for m in ms
            ],
        )
        for tokens, text, ms in paragraphs
    ]


def _acronyms(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """ "the Peoples' Democratic Party (HDP)": an upper-case word in brackets right after an
    organisation's name is its acronym in the whole article, spelt from whatever language,
    in mixed case too ("the University of Amsterdam (UvA)") and after a lead-in
    ("(or PAH)", "(known by its Macedonian acronym UBK)"; ``acronym_lead_ins``). A name the
    model read as a person's is the organisation its bracketed acronym stands for when
    ``_org_read_as_person`` says so ("the centrist Unity Front (FU)", "Sendero Luminoso's
    (SL) campaign")."""
    names: dict[str, str] = {}
    owners: set[str] = set()  # person-tagged names an acronym shows to be organisations
    lead_ins = lexicon.cues.get("acronym_lead_ins", {})
    for tokens, _, mentions in paragraphs:
        ends = {m.end: m for m in mentions}
        for m in mentions:
            prev = _bracket_owner(tokens, ends, m, lead_ins)
            if (
                prev is not None
                and (
                    prev.label in ("ORG", "GAZ")
                    or (prev.label in ("LOC", "FAC") and _spelled_in_order(m.text, prev.text))
                    or (prev.label == "PERSON" and _org_read_as_person(m, prev, lexicon))
                )
                and not prev.canonical
                and len(prev.text.split()) > 1
                and m.end - m.start == 1
                and m.end < len(tokens)
                and tokens[m.end].text == ")"
                and (m.text.isupper() or _acronym_case(m.text))
                and 2 <= len(m.text) <= 6
                and lexicon.lookup(m.text) is None
            ):
                entry = lexicon.lookup(prev.text)
                names.setdefault(m.text, entry.label if entry is not None else prev.text)
                if prev.label == "PERSON" and not _names_person(prev, lexicon):
                    owners.add(prev.text)  # not "Mohammed bin Salman (MBS)"
        for m in mentions:
            acronym = _untagged_acronym(tokens, lexicon, m)
            if acronym is not None:
                entry = lexicon.lookup(m.text)
                names.setdefault(acronym, entry.label if entry is not None else m.text)
    if not names:
        return paragraphs
    return [
        (
            tokens,
            text,
            _untagged_echoes(
                tokens,
                [
                    replace(m, canonical=names[m.text])
                    if m.text in names and not m.canonical and m.label in ("ORG", "GAZ", "NORP")
                    else replace(m, label="ORG")
                    if m.text in owners and m.label == "PERSON"
                    else m
                    for m in mentions
                ],
                names,
            ),
        )
        for tokens, text, mentions in paragraphs
    ]


def _org_read_as_person(m: SpanMention, owner: SpanMention, lexicon: Lexicon) -> bool:
    """Whether a person-tagged name is the organisation the acronym in brackets after it
    names: the model tags the acronym an organisation, upper case, and the name either ends
    in an organisation's head ("Civic Platform", ``not_person_heads``) or holds the
    acronym's letters in order ("Euskadi Ta Azkatasuna (ETA)"). A person's name with a
    stray bracket after it ("Ahmed Kamal (AFP)") is neither."""
    return (
        m.label == "ORG"
        and m.text.isupper()
        and (not _names_person(owner, lexicon) or _spelled_in_order(m.text, owner.text))
    )


def _names_person(m: SpanMention, lexicon: Lexicon) -> bool:
    """Whether a name may be a person's by its words (``NameWords.person_name``)."""
    return name_words(lexicon.language).person_name(m.text.split())


def _bracket_owner(
    tokens: list[Any], ends: dict[int, SpanMention], m: SpanMention, lead_ins: Any
) -> SpanMention | None:
    """The mention that ends right before the bracket ``m`` stands in, with nothing but a
    lead-in between the bracket and ``m`` ("(or PAH)", "(known by its Farsi acronym X)":
    ``words``, then one capitalised language word before one of ``nouns``), else None."""
    words, nouns = set(lead_ins.get("words", ())), set(lead_ins.get("nouns", ()))
    k = m.start - 1
    if k >= 0 and tokens[k].lower_ in nouns:
        k -= 1  # "acronym", after its language's adjective ("Macedonian")
        if k >= 0 and tokens[k].text[:1].isupper() and tokens[k].text != "(":
            k -= 1
    while k >= 0 and tokens[k].lower_ in words:
        k -= 1  # "or", "known by its", "also known as"
    if k < 0 or tokens[k].text != "(":
        return None
    if k >= 1 and tokens[k - 1].lower_ in ("'s", "’s") and k not in ends:
        return ends.get(k - 1)  # "the Workers' Party's (WP) campaign": the owner's possessive
    return ends.get(k)


def _acronym_case(text: str) -> bool:
    """An acronym as written: all upper case ("HDP"), or mixed with most letters upper and the
    first one upper ("UvA", "PiS"), never a capitalised word ("Paris", "McCain").

    >>> _acronym_case("HDP"), _acronym_case("UvA"), _acronym_case("McCain"), _acronym_case("Al")
    (True, True, False, False)
    """
    upper = sum(c.isupper() for c in text)
    return text.isalpha() and text[:1].isupper() and upper >= 2 and 2 * upper >= len(text)


def _untagged_echoes(
    tokens: list[Any], mentions: list[SpanMention], names: dict[str, str]
) -> list[SpanMention]:
    """ "the International Organization for Migration (IOM) ... Marco Boasso, IOM chief of
    Mission": an acronym the article defined names its organisation wherever else the model
    left it untagged."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    extra = [
        SpanMention(t.i, t.i + 1, t.text, "ORG", canonical=names[t.text])
        for t in tokens
        if t.text in names and t.i not in taken and not t.ent_type_
    ]
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


def _org_names(paragraphs: list[tuple[list[Any], str, list[SpanMention]]]) -> set[str]:
    """The names the model tagged as an organisation somewhere in the article that can echo
    elsewhere: an acronym ("AFE"), or several capitalised words ("Human Rights Watch")."""
    return {
        m.text
        for _, _, ms in paragraphs
        for m in ms
        if m.label == "ORG"
        and (
            (m.end - m.start == 1 and is_acronym(m.text))
            or (
                m.end - m.start > 1 and all(w[:1].isupper() and w.isalpha() for w in m.text.split())
            )
        )
    }


def _echo_at(tokens: list[Any], t: Any, names: dict[str, list[list[str]]]) -> int:
    """The end of the name of ``names`` (by first word: the words) that starts at token ``t``
    and stands alone (no capitalised name word right before or after it), else -1."""
    start: int = t.i
    for words in names.get(t.text, ()):
        end = start + len(words)
        if end > len(tokens) or [k.text for k in tokens[start:end]] != words:
            continue
        if end < len(tokens) and tokens[end].pos_ == "PROPN":
            continue
        if start and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].dep_ == "compound":
            continue
        return end
    return -1


def _acronym_echoes(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]],
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """An organisation the article names once, an acronym ("the players' union (AFE)") or
    several capitalised words ("according to Human Rights Watch"), names it where else the
    model left it untagged ("both the AFE and ...", "Human Rights Watch urged Egypt to ...":
    the model often misses such a name at a sentence's start)."""
    found = _org_names(paragraphs)
    if not found:
        return paragraphs
    names: dict[str, list[list[str]]] = {}
    for name in sorted(found, key=lambda n: (-len(n.split()), n)):  # longest first
        words = name.split()
        names.setdefault(words[0], []).append(words)
    out = []
    for tokens, text, mentions in paragraphs:
        taken = {i for m in mentions for i in range(m.start, m.end)}
        extra = []
        # the words that begin a name first (one pass in a comprehension, not a loop's)
        for t in [t for t in tokens if t.text in names]:
            if t.i in taken:
                continue
            end = _echo_at(tokens, t, names)
            if end < 0 or any(k.ent_type_ or k.i in taken for k in tokens[t.i : end]):
                continue
            extra.append(SpanMention(t.i, end, " ".join(k.text for k in tokens[t.i : end]), "ORG"))
            taken.update(range(t.i, end))
        if extra:
            mentions = sorted([*mentions, *extra], key=lambda m: m.start)
        out.append((tokens, text, mentions))
    return out


def _word_echoes(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]],
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """One-word names the model tagged once and passed over elsewhere in the article
    (kg/resolve/word_echoes.py, imported here: it builds this module's mentions)."""
    from kg.resolve.word_echoes import word_echoes

    return word_echoes(paragraphs)


def _known_as(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """ "Mario Kreutzberger, better known as Don Francisco,": a person's name, a comma,
    "(also/better) known as" and capitalised words (quoted or not): those words name the
    person in the whole article ("rebels in Yemen, known as Houthis" names no person)."""
    names: dict[str, str] = {}
    adverbs = frozenset(lexicon.cues.get("known_as_adverbs", {}).get("words", ()))
    for tokens, _, mentions in paragraphs:
        for m in mentions:
            nick = _nickname(tokens, m.end, adverbs) if m.label == "PERSON" else None
            if nick is not None and lexicon.lookup(nick) is None:
                names.setdefault(nick, m.canonical or m.text)
    if not names:
        return paragraphs
    return [
        (
            tokens,
            text,
            [
                replace(m, canonical=names[m.text], label="PERSON")
                if m.text in names and not m.canonical
                else m
                for m in mentions
            ],
        )
        for tokens, text, mentions in paragraphs
    ]


def _nickname(tokens: list[Any], k: int, adverbs: frozenset[str]) -> str | None:
    """The capitalised words after ", (better) known as" at token ``k``, or None."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    k += 1
    if k < len(tokens) and tokens[k].lower_ in adverbs:
        k += 1
    if [t.lower_ for t in tokens[k : k + 2]] != ["known", "as"]:
        return None
    k += 2
    if k < len(tokens) and tokens[k].text in ('"', "“", "'"):
        k += 1
    end = k
    while end < len(tokens) and end - k < 4 and tokens[end].is_alpha and tokens[end].is_title:
        end += 1
    return " ".join(t.text for t in tokens[k:end]) if end > k else None


def _spelled_in_order(acronym: str, name: str) -> bool:
    """A place's acronym: its first letter the name's initial, its letters in order in the
    name, its last in the last word ("DMZ" for "the Demilitarized Zone")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if words and words[0].lower() == "the":
        words = words[1:]
    letters = acronym.replace(".", "").upper()
    if len(words) < 2 or len(letters) < 2 or letters[0] != words[0][0].upper():
        return False
    head, last = " ".join(words[:-1]).upper()[1:], words[-1].upper()
    rest = iter(head)
    return all(c in rest for c in letters[1:-1]) and letters[-1] in last


def _untagged_acronym(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> str | None:
    """ "the European Court of Human Rights (ECHR)" with "ECHR" not tagged: the bracketed
    word after an organisation's name that its initials spell."""
    if m.label not in ("ORG", "GAZ") or m.canonical or len(m.text.split()) < 2:
        return None
    if m.end + 2 >= len(tokens) or tokens[m.end].text != "(" or tokens[m.end + 2].text != ")":
        return None
    word = tokens[m.end + 1]
    if (
        word.ent_type_
        or not (is_acronym(word.text) or _acronym_case(word.text))
        or lexicon.lookup(word.text) is not None
    ):
        return None
    spelled, letters = initials(m.text), word.text.upper()  # "TuD": the initials in mixed case
    if letters in spelled or (len(letters) >= 3 and sorted(letters) == sorted(spelled[0])):
        # "Coordination of Azawad Movements (CMA)": the initials of the name in its own
        # language, the words in another order
        return str(word.text)
    return None


def _bare_sector_name(m: SpanMention, lexicon: Lexicon) -> bool:
    """A one-word name mention that is only a state sector noun ("Army", "Police")."""
    return (
        m.end - m.start == 1
        and m.label in ("ORG", "PERSON", "GPE", "NORP", "GAZ")
        and not m.demonym
        and m.canonical is None
        and lexicon.actors.sector_of(m.text) in ("GOV", "MIL", "COP", "SPY", "LEG", "JUD")
        and lexicon.lookup(m.text) is None
    )


def _party_adjective(
    tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention, taken: set[int]
) -> SpanMention:
    """A plural the model tagged without the capitalised adjective it is named with ("the
    Liberal Democrats", "the Free Democrats", "Christian Democrats": "Democrats" alone) is
    named with it. Not a demonym ("Iraqi Kurds": two names), a title, a name's own word or a
    sentence's first word (capitalised anyway)."""
    if m.label != "NORP" or m.demonym or m.end - m.start != 1 or m.start < 2:
        return m
    head, before = tokens[m.start], tokens[m.start - 1]
    if (
        not head.text.endswith("s")
        or before.head.i != head.i
        or before.dep_ not in ("amod", "compound")
        or before.pos_ not in ("ADJ", "PROPN")
        or not before.text[:1].isupper()
        or not before.is_alpha
        or before.is_sent_start
        or before.i in taken
        or before.lower_ in lexicon.by_demonym
        or before.text in lexicon.person_titles
    ):
        return m
    name = text[before.idx : head.idx + len(head.text)]
    return replace(m, start=m.start - 1, text=name)


def _join_names(
    tokens: list[Any], text: str, mentions: list[SpanMention], lexicon: Lexicon
) -> list[SpanMention]:
    """Two person mentions with nothing between them are one name the model cut in two
    ("Abd-Rabbu" + "Mansour Hadi"); a first one that is a person's title alone ("Taoiseach"
    tagged apart from "Enda Kenny") is the second one's title, no word of the name."""
    out: list[SpanMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        m = _hyphen_tail(tokens, text, m)
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "PERSON"
            and m.label == "PERSON"
            and prev.end == m.start
            and tokens[m.start].idx == tokens[prev.end - 1].idx + len(tokens[prev.end - 1].text) + 1
        ):
            if prev.end - prev.start == 1 and prev.text in lexicon.person_titles:
                out[-1] = replace(m, title=m.title or prev.text)
                continue
            name = text[
                tokens[prev.start].idx : tokens[m.end - 1].idx + len(tokens[m.end - 1].text)
            ]
            out[-1] = SpanMention(prev.start, m.end, name, "PERSON", prev.title or m.title)
            continue
        out.append(m)
    return out


def _alias_in_longer_name(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    taken: set[int],
) -> list[SpanMention]:
    """A one-word person mention that is a known person's short name ("Khan" of "Imran
    Khan") at the end of a run of two or three capitalised words the model did not take
    into it ("Wazir Akbar Khan", "Liaquat Ali Khan"): the last word of another name, not
    that person; the mention is the whole run (which its own cues may make a place). A
    title before the run ("President", "Justice") or a word of it the lexicon knows keeps
    the mention as it is."""
    out = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(out):
        if m.label != "PERSON" or m.end - m.start != 1 or m.title is not None:
            continue
        entry = lexicon.lookup(m.text)
        if entry is None or entry.type is not EntityType.PERSON or entry.label == m.text:
            continue
        start = m.start
        while start > 0 and m.start - start < 3 and _run_word(tokens[start - 1], lexicon):
            start -= 1
            if tokens[start].is_sent_start:
                break
        if m.start - start < 2:
            continue  # one word before: a given name ("Amir Khan"), ``_name_edges``
        last = tokens[m.end - 1]
        name = text[tokens[start].idx : last.idx + len(last.text)]
        out[k] = SpanMention(start, m.end, name, "PERSON", None)
        out = [x for x in out if x is out[k] or x.end <= start or x.start >= m.end]
        taken.update(range(start, m.end))  # no gazetteer name inside it ("Gul")
        return _alias_in_longer_name(tokens, text, lexicon, out, taken)
    return out


def _run_word(t: Any, lexicon: Lexicon) -> bool:
    """A capitalised word of a name run: alphabetic, followed by a space, no title, and no
    word the lexicon knows as a name of its own but a person's short name ("Gul" of
    "Gul Bahar Khan", itself a word of the longer name)."""
    if not (
        t.is_alpha
        and t.text.istitle()
        and t.whitespace_
        and t.text not in lexicon.person_titles
        and t.lower_ not in lexicon.roles
    ):
        return False
    entry = lexicon.lookup(t.text)
    return entry is None or (entry.type is EntityType.PERSON and entry.label != t.text)


def _org_tails(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """An organisation's name the model cut at a function word goes on over it into the
    capitalised words of the name: "the United Nations Office" + "for the Coordination of
    Humanitarian Affairs", "US Campaign" + "to End the Occupation", "Union for the Peace in"
    + "Central Africa", "Mothers" + "and Fathers Matter". Two names stay two ("Britain and
    France", "the Ministry of Defence and the Army")."""
    out = sorted(mentions, key=lambda m: m.start)
    k = 0
    while k < len(out):
        m = out[k]
        k += 1
        end = _org_tail_end(tokens, lexicon, m, out)
        if end is None:
            continue
        name = text[tokens[m.start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        longer = SpanMention(m.start, end, name, "ORG", m.title)
        out = [x for x in out[: k - 1] if x.end <= m.start] + [longer] + out[k:]
        out = [x for x in out if x is longer or x.end <= m.start or x.start >= end]
        k = out.index(longer) + 1
    return out


def _function_word_front(
    tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention, taken: set[int]
) -> SpanMention:
    """An organisation's name the model began at a capitalised function word of it
    ("Without Borders" of "Reporters Without Borders", "Sans Frontieres" of "Medecins Sans
    Frontieres"): the capitalised word right before (and one more before that) begins the
    name, an organisation's. Not a title ("President"), a word of another mention, a name
    the lexicon knows as it stands, nor in a headline written in title case."""
    if m.label not in ("ORG", "PERSON") or m.start == 0 or m.title is not None:
        return m
    first = tokens[m.start]
    words = name_words(lexicon.language)
    if not first.text[:1].isupper() or first.lower_ not in words.not_name_words:
        return m
    if lexicon.lookup(m.text) is not None or _title_cased(first.sent):
        return m

    def front(t: Any) -> bool:
        return bool(
            t.i not in taken
            and t.is_alpha
            and t.text[:1].isupper()
            and t.whitespace_
            and t.text not in lexicon.person_titles
            and t.lower_ not in words.not_name_words
            and t.sent == first.sent
        )

    start = m.start
    while start > 0 and m.start - start < 2 and front(tokens[start - 1]):
        start -= 1
        if tokens[start].is_sent_start:
            break
    if start == m.start:
        return m
    last = tokens[m.end - 1]
    name = text[tokens[start].idx : last.idx + len(last.text)]
    return SpanMention(start, m.end, name, "ORG", m.title)


def _range(tokens: list[Any], m: SpanMention, mentions: list[SpanMention]) -> bool:
    """Whether a name and the name after its "to" are the two ends of a range: "from" right
    before the first ("everyone from the Green Party to Amnesty International"), and the
    mention of an actor right after "to" (maybe after "the"); "from the US Campaign to End
    the Occupation" and "from the UN Mission to Mali" are one name each."""
    i = m.start - 1
    if i >= 0 and tokens[i].lower_ == "the":
        i -= 1
    if i < 0 or tokens[i].lower_ != "from":
        return False
    k = m.end + 1
    if k < len(tokens) and tokens[k].lower_ == "the":
        k += 1
    return any(x.start == k and x.label in ("ORG", "PERSON", "NORP") for x in mentions)


def _org_tail_end(
    tokens: list[Any], lexicon: Lexicon, m: SpanMention, mentions: list[SpanMention]
) -> int | None:
    """Where a cut organisation's name ends (see ``_org_tails``), or None when it is whole."""
    if m.label not in ("ORG", "NORP") or m.end >= len(tokens) or m.canonical is not None:
        return None
    words = name_words(lexicon.language)
    joins = words.name_connectors
    last, nxt = tokens[m.end - 1], tokens[m.end]
    if last.lower_ in joins and m.end - m.start > 1:
        k = m.end  # "the Union for the Peace in": the model's span ends on the function word
    elif nxt.lower_ in ("of", "for", "to", "on", "against") and m.label == "ORG":
        if last.lower_ not in words.org_complement_heads or not last.text[:1].isupper():
            return None
        if nxt.lower_ == "to" and _range(tokens, m, mentions):
            return None  # "from the Green Party to Amnesty": the other end of a range
        k = m.end + 1
    elif nxt.lower_ == "and" and not m.demonym:
        inside = {i for x in mentions if x is not m for i in range(x.start, x.end)}
        return _and_tail_end(tokens, lexicon, m, inside)
    elif nxt.lower_ == "in" and m.label == "ORG" and m.end - m.start > 1:
        return _in_tail_end(tokens, m)
    else:
        return None
    if k < len(tokens) and tokens[k].lower_ == "the":
        k += 1
    starts = {x.start: x for x in mentions}
    end = None
    j = k
    while j < len(tokens) and j - m.start <= 14:
        t = tokens[j]
        if t.is_sent_start or t.ent_type_ in _TIME_LABELS:
            break
        x = starts.get(j)
        if x is not None and x.label == "PERSON":
            break
        if t.text[:1].isupper() and any(c.isalpha() for c in t.text):
            end = j + 1
        elif end is None or not (
            (t.lower_ in joins and t.lower_ != "and")
            or (t.text in ("-", "–") and not t.whitespace_ and not tokens[j - 1].whitespace_)
        ):
            break
        j += 1
    if end is None or _title_cased(tokens[m.start].sent):
        return None
    return end


def _in_tail_end(tokens: list[Any], m: SpanMention) -> int | None:
    """ "the Union for the Peace" + "in Central Africa (UPC)", "International Campaign for
    Human Rights" + "in Iran (ICHRI)": a name the model cut before "in" goes on over the
    capitalised words after it when the acronym in brackets right after spells the whole
    name, the place included ("the Red Cross in Syria (ICRC)" stays two)."""
    j = m.end + 1
    while j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].is_alpha:
        j += 1
    if j == m.end + 1 or j + 2 >= len(tokens) or tokens[j].text != "(":
        return None
    acronym, closing = tokens[j + 1].text, tokens[j + 2].text
    if closing != ")" or not is_acronym(acronym):
        return None
    heads = [t.text[0] for t in tokens[m.start : j] if t.text[:1].isupper()]
    tail = j - m.end - 1  # the words after "in"
    k = 0  # the acronym's letters, in order, among the name's initials
    for n, letter in enumerate(heads):
        if k < len(acronym) and letter == acronym[k]:
            k += 1
            if k == len(acronym):
                return j if n >= len(heads) - tail else None
    return None


def _and_tail_end(
    tokens: list[Any], lexicon: Lexicon, m: SpanMention, inside: set[int]
) -> int | None:
    """ "Mothers and Fathers Matter": an unknown name, "and", and two capitalised words or
    more the model tagged as nothing and the gazetteer does not know are one name."""
    if lexicon.lookup(tokens[m.start].doc[m.start : m.end].text) is not None:
        return None
    j = m.end + 1
    while (
        j < len(tokens)
        and j not in inside
        and tokens[j].text[:1].isupper()
        and tokens[j].is_alpha
        and not tokens[j].is_sent_start
        and tokens[j].ent_type_ not in _TIME_LABELS
    ):
        j += 1
    if j - (m.end + 1) < 2 or (j < len(tokens) and j in inside):
        return None
    tail = tokens[m.end + 1].doc[m.end + 1 : j].text
    if lexicon.lookup(tail) is not None or _title_cased(tokens[m.start].sent):
        return None
    return j


def _title_cased(sent: Any) -> bool:
    """A headline written in title case: most of its words capitalised."""
    alpha = [t for t in sent if t.is_alpha]
    return len(alpha) >= 4 and sum(t.text[:1].isupper() for t in alpha) > 0.6 * len(alpha)


def _longer_names(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """A name the model cut short ("Islamic State of Iraq" + "Levant") that goes on into a
    longer gazetteer name ("Islamic State of Iraq and the Levant") is that name."""
    out = sorted(mentions, key=lambda m: m.start)
    # "the ruling AK party": a kind noun the model left out ends the gazetteer's "AK Party"
    kinds = name_words(lexicon.language).kind_nouns
    k = 0
    while k < len(out):
        m = out[k]
        k += 1
        if m.demonym or m.label not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"):
            continue
        for end in range(min(len(tokens), m.start + 8), m.end, -1):
            last = tokens[end - 1]
            if not last.text[:1].isupper() and last.lower_ not in kinds:
                continue
            name = text[tokens[m.start].idx : last.idx + len(last.text)]
            if lexicon.lookup(name) is None:
                continue
            longer = SpanMention(m.start, end, name, "GAZ", m.title)
            out = [x for x in out if x.end <= m.start or x.start >= end]
            out.insert(k - 1, longer)
            break
        else:
            front = _longer_in_front(tokens, text, lexicon, m)
            if front is not None:
                out = [x for x in out if x.end <= front.start or x.start >= front.end]
                out.insert(k - 1, front)
    return out


def _longer_in_front(
    tokens: list[Any], text: str, lexicon: Lexicon, m: SpanMention
) -> SpanMention | None:
    """A name the model cut at its front ("Liberal" + "Democrats") that one or two
    capitalised words before it make a longer gazetteer name ("Liberal Democrats") is that
    name; not a name the lexicon knows as it stands, nor a person's name after a title ("King
    Salman" is the title's holder, ``Resolver``)."""
    if m.label == "PERSON" or lexicon.lookup(m.text) is not None:
        return None
    for start in (m.start - 1, m.start - 2):
        front = tokens[start : m.start] if start >= 0 else []
        if not front or not all(
            t.text[:1].isupper() and t.text not in lexicon.person_titles for t in front
        ):
            return None
        name = text[tokens[start].idx : tokens[m.end - 1].idx + len(tokens[m.end - 1].text)]
        if lexicon.lookup(name) is not None:
            return SpanMention(start, m.end, name, "GAZ", m.title)
    return None


def _kind_head(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> SpanMention:
    """An organisation's name in front of a noun saying what kind of body it is ("the Hamas
    movement accused", "al-Qaeda's terror network has threatened", "the Hezbollah group")
    is the organisation: the mention spans the noun, so the noun's verb has its actor."""
    if m.demonym or m.end >= len(tokens) or m.label not in ("ORG", "GAZ", "NORP"):
        return m
    entry = lexicon.lookup(m.text)
    if entry is not None and entry.type not in (EntityType.ORGANIZATION, EntityType.GROUP):
        return m
    if entry is None and m.label != "ORG":
        return m
    head = tokens[m.end - 1].head
    kinds = name_words(lexicon.language).kind_nouns
    if (
        tokens[m.end - 1].dep_ not in ("compound", "nmod", "amod")
        or not m.end <= head.i <= m.end + 1
        or head.tag_ != "NN"
        or head.lower_ not in kinds
        or any(t.head.i != head.i or not t.is_lower for t in tokens[m.end : head.i])
    ):
        return m
    return replace(m, end=head.i + 1)


def _glued(tokens: list[Any], k: int) -> bool:
    """Whether token ``k`` follows token ``k - 1`` with no space between."""
    return bool(k > 0 and not tokens[k - 1].whitespace_)


def _hyphen_places(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    taken: set[int],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """A place name written with hyphens round a lower-case particle ("Clichy-sous-Bois",
    "Stoke-on-Trent", "Aix-les-Bains"; ``hyphen_particles``), which the model cuts at its
    hyphens and often reads as a person ("Clichy" + "Bois"): one place's name, kept whole
    (the mentions inside it dropped, one outside it left alone) (type1). A paragraph whose
    forms (``words``, ``Paragraph.words``) hold no hyphen or no particle has none: its
    tokens are not walked."""
    particles = lexicon.words.places.lists["hyphen_particles"]
    if words is not None and (words.isdisjoint(HYPHENS) or words.isdisjoint(particles)):
        return mentions

    def cap(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].is_alpha and tokens[k].text[:1].isupper()

    def link(k: int) -> bool:
        # tokens k..k+2 are "-particle-", glued to each other and to the words round them
        return (
            k + 3 < len(tokens)
            and tokens[k].text in HYPHENS
            and tokens[k + 2].text in HYPHENS
            and tokens[k + 1].lower_ in particles
            and tokens[k + 1].is_lower
            and all(_glued(tokens, j) for j in range(k, k + 4))
            and cap(k - 1)
            and cap(k + 3)
        )

    spans: list[tuple[int, int]] = []
    k = 1
    while k < len(tokens) - 3:
        if not link(k):
            k += 1
            continue
        start, end = k - 1, k + 4
        while start >= 2 and tokens[start - 1].text in HYPHENS and cap(start - 2):
            if not (_glued(tokens, start) and _glued(tokens, start - 1)):
                break
            start -= 2  # "Saint-Germain-des-Prés": a capitalised word glued before
        while True:
            if link(end):
                end += 4
            elif (
                end + 1 < len(tokens)
                and tokens[end].text in HYPHENS
                and cap(end + 1)
                and _glued(tokens, end)
                and _glued(tokens, end + 1)
            ):
                end += 2
            else:
                break
        spans.append((start, end))
        k = end
    if not spans:
        return mentions
    out = list(mentions)
    for start, end in spans:
        inside = [m for m in out if start <= m.start and m.end <= end]
        if any(m.start < end and m.end > start and m not in inside for m in out):
            continue  # a longer name holds part of it ("the Clichy-sous-Bois Town Hall")
        name = text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        out = [m for m in out if m not in inside]
        out.append(SpanMention(start, end, name, "GPE"))
        taken.update(range(start, end))
    return sorted(out, key=lambda m: m.start)


def _hyphen_tail(tokens: list[Any], text: str, m: SpanMention) -> SpanMention:
    """A person's name the model ended inside a hyphenated part ("Hwang Pyong" of "Hwang
    Pyong-so") goes on to its end."""
    end = m.end
    if m.label != "PERSON" or end + 1 >= len(tokens) or tokens[end].text not in ("-", "–"):
        return m
    hyphen, tail = tokens[end], tokens[end + 1]
    last = tokens[end - 1]
    if (
        hyphen.idx != last.idx + len(last.text)
        or tail.idx != hyphen.idx + 1
        or not tail.text.isalpha()
        or not tail.is_lower
        or tail.tag_ in ("VBN", "VBD")  # "Tuareg-led": an adjective, no part of a name
    ):
        return m
    name = text[tokens[m.start].idx : tail.idx + len(tail.text)]
    return replace(m, end=end + 2, text=name)


def _events(
    tokens: list[Any],
    text: str,
    mentions: list[SpanMention],
    taken: set[int],
    lexicon: Lexicon,
) -> list[SpanMention]:
    """A named body or place followed by an event noun is an event: "the G20 summit",
    "the Munich Security Conference" (when the model tagged only "Munich Security"). An
    organisation the event is named after stays a mention of its own after it ("the G7
    summit", "the FIFA congress": G7 and FIFA are actors of the article, as coders list
    them); the name's words stay linked to the event, so the claims read it as before."""
    out = []
    for m in mentions:
        nxt = tokens[m.end] if m.end < len(tokens) else None
        if (
            nxt is not None
            and not m.demonym
            and m.label in ("ORG", "GAZ", "GPE", "EVENT")
            and not (m.end - m.start == 3 and tokens[m.start + 1].text in ("-", "–"))
            and nxt.lower_ in lexicon.words.event_nouns
            and tokens[m.end - 1].head.i == nxt.i
            and nxt.i not in taken
        ):
            if _event_host(m, lexicon):
                out.append(m)  # before the event, whose node its words stay linked to
            name = text[tokens[m.start].idx : nxt.idx + len(nxt.text)]
            out.append(SpanMention(m.start, m.end + 1, name, "EVENT"))
            taken.add(nxt.i)
        else:
            out.append(m)
    return out


def _dated_events(
    tokens: list[Any],
    lexicon: Lexicon,
    taken: set[int],
    words: frozenset[str] | None,
) -> list[SpanMention]:
    """A past event the article names by its year, with no name of its own: "the 2011
    uprising", "a 2011 opposition uprising", "the 2005 riots" (``dated_events`` of
    ``cues.json``): news recalls an upheaval by the year it broke out, and that is its name
    here, "<year> <noun>". The mention is the noun alone, so the year still dates and a group
    written between ("a 2016 opposition uprising": the opposition rose) is still read by
    the finders that read it. The words between the year and the noun must modify the noun
    ("the 2011 popular uprising"); a year that dates something else ("in 2011, the uprising
    ...") names nothing."""
    listed = lexicon.cues.get("dated_events", {}).get("words", ())
    if words is not None and words.isdisjoint(listed):
        return []  # (before the set is made: most paragraphs hold no event noun)
    nouns = frozenset(listed)
    found = []
    for head in tokens:
        if head.lower_ not in nouns or head.pos_ != "NOUN" or head.i in taken:
            continue
        years = [
            c
            for c in head.children
            if c.i < head.i
            and c.text.isdigit()
            and len(c.text) == 4
            and 1900 <= int(c.text) <= 2099
            and c.dep_ in ("nummod", "compound", "amod", "npadvmod")
        ]
        if not years:
            continue
        year = years[0]
        between = tokens[year.i + 1 : head.i]
        if any(
            not t.is_lower or t.head.i != head.i or t.pos_ not in ("ADJ", "NOUN") for t in between
        ):
            continue
        label = f"{year.text} {head.text}"
        found.append(SpanMention(head.i, head.i + 1, head.text, "EVENT", canonical=label))
        taken.add(head.i)
    return found


def _coup_events(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    taken: set[int],
    words: frozenset[str] | None,
) -> list[SpanMention]:
    """A coup the article tells of ("the coup attempt", "the attempted coup", "a failed
    coup", "the coup"; ``coup_events`` of ``cues.json``) is an event of its article: news
    names the coup it reports by its noun, so every phrase is one node, "coup", its words
    as written ("failed coup": ``modifiers`` kept, no determiner). A coup word that modifies
    another noun ("coup leaders", "anti-coup protesters") or another finder read ("leaders
    of a failed coup") names no event, nor does one with another word in front or a "for"
    after it ("a diplomatic coup", "a major coup for X": a success, and "a military coup
    against X" is the army's act); a dated one ("the 2014 coup") is ``_dated_events``'."""
    cue = lexicon.cues.get("coup_events", {})
    if words is not None and words.isdisjoint(cue.get("words", ())):
        return []  # (before the sets are made: most paragraphs hold no coup word)
    nouns, attempts = frozenset(cue.get("words", ())), frozenset(cue.get("attempts", ()))
    modifiers = frozenset(cue.get("modifiers", ()))
    found = []
    for word in tokens:
        if word.lower_ not in nouns or word.pos_ != "NOUN" or word.i in taken:
            continue
        head = word
        if word.dep_ == "compound":
            if word.head.lower_ not in attempts or word.head.i != word.i + 1:
                continue  # "coup leaders", "coup plotters": people, no event
            head = word.head
        if word.i > 0 and tokens[word.i - 1].text in HYPHENS:
            continue  # "anti-coup protesters"
        if any(
            (c.i < word.i and c.dep_ in ("amod", "compound") and c.lower_ not in modifiers)
            or (c.dep_ == "prep" and c.lower_ == "for")
            for c in word.children
        ):
            continue  # "a diplomatic coup", "a major coup for X": a success, no coup d'etat
        start = word.i
        while (
            start > 0
            and tokens[start - 1].lower_ in modifiers
            and tokens[start - 1].head.i == head.i
            and tokens[start - 1].i not in taken
        ):
            start -= 1  # "a failed coup", "the attempted coup"
        label = text[tokens[start].idx : head.idx + len(head.text)]
        found.append(SpanMention(start, head.i + 1, label, "EVENT", canonical="coup"))
        taken.update(range(start, head.i + 1))
    return found


def _event_host(mention: SpanMention, lexicon: Lexicon) -> bool:
    """Whether the name in front of an event noun is an organisation that holds the event
    ("G7" in "the G7 summit", "FIFA" in "the FIFA congress"), not a place where it is held
    ("the Riyadh summit", "the Munich Security Conference") or an event's own name."""
    entry = lexicon.lookup(mention.text)
    if entry is not None:
        return entry.type is EntityType.ORGANIZATION
    return mention.label == "ORG"


def _collective_groups(
    tokens: list[Any], lexicon: Lexicon, mentions: list[SpanMention], taken: set[int]
) -> list[SpanMention]:
    """Collective actors: "Western powers", "European leaders", "Russian forces", and with
    lower-case words between, "European foreign ministers", "European football leaders"."""
    by_start = {m.start: m for m in mentions}
    # "Middle East leaders", "West African leaders": a place's or people's name of two words
    # before the noun opens the group, not its last word alone
    by_last = {m.end - 1: m for m in mentions if m.end - m.start > 1 and m.label in _AREA_LABELS}
    out = [m for m in mentions]
    for token in tokens[:-1]:
        # (the tag first: a slot's read, where the capital's test makes a string; the group's
        # plural noun, tested below, is the word's head, after it)
        if (
            not (token.pos_ in ("ADJ", "PROPN") and token.text[:1].isupper())
            or token.head.tag_ != "NNS"
            or token.head.i <= token.i
        ):
            continue
        end = token.i + 1
        while end < len(tokens) - 1 and end - token.i <= 2 and _modifier(tokens[end]):
            end += 1
        head = tokens[end]
        if not (
            token.head.i == head.i
            and head.tag_ == "NNS"
            and head.i not in taken
            and (
                head.lower_ in lexicon.collective_heads
                or (end > token.i + 1 and lexicon.actors.sector_of(head.lower_) == "GOV")
            )
            and not any(i in taken for i in range(token.i + 1, end))
        ):
            continue
        old = by_start.get(token.i) or by_last.get(token.i)
        if old is not None and old.end != token.i + 1:
            continue
        start = token.i
        if old is not None:
            out.remove(old)
            start = old.start
        text = " ".join(t.text for t in tokens[start : head.i + 1])
        canonical = None
        if lexicon.actors.sector_of(head.lower_) == "MIL" and head.lower_ != "forces":
            # "Assad regime troops" and "Assad regime forces" are one armed side
            canonical = " ".join([*(t.text for t in tokens[start : head.i]), "forces"])
        out.append(SpanMention(start, head.i + 1, text, "GROUP", canonical=canonical))
        taken.update(range(start, head.i + 1))
    return out


_AREA_LABELS = frozenset({"LOC", "NORP"})  # not "Hays County officials": a place stays


def _modifier(token: Any) -> bool:
    """A lower-case word inside a group's name ("foreign" in "European foreign ministers")."""
    return bool(
        token.is_lower
        and token.pos_ in ("ADJ", "NOUN")
        and token.dep_ in ("amod", "compound")
        and not lone_verb(token)  # "Threats against Kiev alarmed diplomats": the verb
    )


def opens_no_name(token: Any, starts: frozenset[str], firsts: frozenset[str]) -> bool:
    """Whether no name ``Lexicon.lookup`` knows can begin with ``token``: an ASCII word
    starting with a letter or digit (no space, which a key drops, nor a non-ASCII letter,
    which lower-casing may change), not "the" (which a key drops), that starts no gazetteer
    key's first word (``starts``: ``Lexicon.name_starts``), or, with a space after it, is no
    key's whole first word (``firsts``: ``Lexicon.name_firsts``). A name made of it and the
    words after it is then looked up in vain."""
    low = token.lower_
    return (
        low[:1].isalnum()
        and low.isascii()
        and low != "the"
        and (low not in starts or (low not in firsts and bool(token.whitespace_)))
    )


def _gazetteer_mentions(
    text: str, tokens: list[Any], lexicon: Lexicon, taken: set[int]
) -> list[SpanMention]:
    """Capitalised token runs that are gazetteer names the model did not tag."""
    found: list[SpanMention] = []
    starts, firsts = lexicon.name_starts(), lexicon.name_firsts()
    n = len(tokens)
    # the capitalised words, picked once; the words of a name found are taken, so the words
    # after its first are passed over as taken
    for first in [t for t in tokens if t.text[:1].isupper()]:
        i = first.i
        if (
            i in taken
            or opens_no_name(first, starts, firsts)  # a plain word
            or (first.is_sent_start and first.is_stop)
            or first.ent_type_ in _TIME_LABELS  # "on May 31" is not Theresa May
        ):
            continue
        for length in range(min(6, n - i), 0, -1):
            if not taken.isdisjoint(range(i, i + length)):
                continue
            last = tokens[i + length - 1]
            if last.is_lower and last.is_alpha:
                continue  # "The ban is illegal": a common noun, not Ban Ki-moon
            name = text[first.idx : last.idx + len(last.text)]
            entry = lexicon.lookup(name)
            if entry is not None and (length > 1 or len(name) > 2 or name.isupper()):
                if length == 1 and _common_noun_acronym(first, name, entry):
                    continue  # "Car bombers killed": a common noun opening a sentence
                if _platform_spoken_on(tokens, lexicon, SpanMention(i, i + length, name, "GAZ")):
                    break  # "said on Twitter": no actor (``_no_name_at_all``)
                found.append(SpanMention(i, i + length, name, "GAZ"))
                taken.update(range(i, i + length))
                break
    return found


@lru_cache(maxsize=8)
def _kind_heads(kinds: frozenset[str]) -> frozenset[str]:
    """The last words of the media kind nouns, lower-cased ("agency" of "news agency"), made
    once a set of nouns, not for every paragraph."""
    return frozenset(k.rsplit(" ", 1)[-1].lower() for k in kinds)


def _outlet_names(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    taken: set[int],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """A news outlet's name the model did not tag, written before its kind ("according to
    The Age newspaper", "told Mosaique FM radio", "Poland's TVP public television
    broadcaster"; ``media_nouns`` in names.json): the capitalised words right before the
    kind noun, at most two lower-case words between, are an organisation's name. Not a
    date ("Sunday newspaper") nor a name the gazetteer knows as something else."""
    kinds = name_words(lexicon.language).media_nouns
    if words is not None and words.isdisjoint(_kind_heads(kinds)):
        return []  # no kind noun in the paragraph (``words``: its lower-cased forms)
    found: list[SpanMention] = []
    for noun in tokens[1:]:
        if noun.pos_ != "NOUN":
            continue
        pair = f"{tokens[noun.i - 1].text} {noun.text}"
        if noun.text not in kinds and pair not in kinds:
            continue
        end = noun.i - (2 if pair in kinds else 1)
        while end >= 0 and noun.i - end <= 3 and tokens[end].is_lower:
            end -= 1  # "public television" in "TVP public television broadcaster"
        start = end
        while start >= 0 and _outlet_word(tokens[start], noun.i, taken):
            start -= 1
        start += 1
        if start > end or (tokens[start].is_sent_start and start == end):
            continue  # no name, or one capitalised word opening the sentence
        if start > 0 and (
            _name_part(tokens[start - 1], noun.i) or not tokens[start - 1].whitespace_
        ):
            continue  # the rest of a name tagged in part ("Shems" of "Shems FM", "Shems-FM")
        name = text[tokens[start].idx : tokens[end].idx + len(tokens[end].text)]
        entry = lexicon.lookup(name)
        if entry is not None and entry.type is not EntityType.ORGANIZATION:
            continue
        found.append(SpanMention(start, end + 1, name, "ORG"))
        taken.update(range(start, end + 1))
    return found


def _outlet_word(token: Any, noun: int, taken: set[int]) -> bool:
    """A word of an untagged outlet's name: a capitalised proper noun inside the noun
    phrase of the kind noun at ``noun``, no word of another mention or of a date."""
    return _name_part(token, noun) and token.i not in taken and not token.ent_type_


def _name_part(token: Any, noun: int) -> bool:
    """A capitalised proper noun that modifies a word up to ``noun``, after it."""
    return bool(
        token.pos_ == "PROPN" and token.text[:1].isupper() and token.i < token.head.i <= noun
    )


def _common_noun_acronym(token: Any, name: str, entry: GazetteerEntry) -> bool:
    """A sentence's first word, capitalised only there and tagged a common noun, whose
    gazetteer key is only an acronym ("Car bombers killed 20" is no "CAR"; "Isis fighters"
    and a written "CAR" still are)."""
    if not token.is_sent_start or token.pos_ != "NOUN" or name.isupper():
        return False
    key = name.lower()
    forms = [a for a in (entry.label, *entry.aliases) if a.lower() == key]
    return bool(forms) and all(a.isupper() for a in forms)


def _demonym_mentions(
    tokens: list[Any], lexicon: Lexicon, taken: set[int], words: frozenset[str] | None = None
) -> list[SpanMention]:
    """Demonym adjectives the model did not tag ("the Russian leader"); none in a paragraph
    whose lower-cased words (``words``) hold no demonym (each is one word's lower case)."""
    demonyms = lexicon.by_demonym
    if words is not None and words.isdisjoint(_demonym_keys(lexicon)):
        return []
    return [
        SpanMention(t.i, t.i + 1, t.text, "NORP", None, True)
        for t in tokens
        # (the cheapest test first: a capital; the tests have no effects)
        if t.text[:1].isupper() and t.i not in taken and t.text.lower() in demonyms
    ]


def _demonym_keys(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's demonyms as a set, made once a lexicon (a paragraph's words are
    tested against it, and a dict's keys would be read one by one)."""
    keys: frozenset[str] = once_per_lexicon(lexicon, _make_demonym_keys)
    return keys


def _make_demonym_keys(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.by_demonym)


def known_name_mentions(
    tokens: list[Any],
    names: Container[str],
    mentions: list[SpanMention],
    titles: Container[str] = (),
    titled: Iterable[int] = (),
) -> list[SpanMention]:
    """Proper nouns the model missed that are surnames already known in the corpus. A
    capitalised given name the model also missed right before it makes a full name of its own
    ("Narges Mohammadi" in an article that also names Taghi Mohammadi), not that person.
    ``titled``: the tokens of a work's title or a slogan (``work_title_tokens``), no name's."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    taken.update(titled)
    found = []
    for t in tokens:
        if t.i in taken or t.pos_ != "PROPN" or t.text not in names or t.ent_type_ in _TIME_LABELS:
            # a word of a date is no name
            continue
        first = t.i
        prev = tokens[t.i - 1] if t.i > 0 else None
        if (
            prev is not None
            and prev.i not in taken
            and prev.pos_ == "PROPN"
            and prev.text.istitle()
            and prev.text.isalpha()
            and prev.text not in names
            and prev.text not in titles
        ):
            first = prev.i
        name = " ".join(x.text for x in tokens[first : t.i + 1])
        found.append(SpanMention(first, t.i + 1, name, "PERSON"))
    return found


def glued_name(token_text: str, known: Container[str]) -> str | None:
    """The known name a typo glued to an ordinary word ("Putinon" -> "Putin"), if any.

    >>> glued_name("Putinon", {"Putin", "Trump"})
    'Putin'
    >>> glued_name("Putinesque", {"Putin"}) is None
    True
    >>> glued_name("Salehi", {"Saleh"}) is None  # a one-letter rest is a name's own ending
    True
    """
    # the token's prefixes, longest first, looked up (not every known name tried in turn)
    for end in range(len(token_text) - 1, 2, -1):
        name = token_text[:end]
        if name in known:
            rest = token_text[end:]
            if len(rest) > 1 and rest.lower() in STOP_WORDS and rest.islower():
                return name
    return None
