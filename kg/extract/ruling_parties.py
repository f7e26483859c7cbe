""" "The ruling party" as the one party its article names as ruling (party67): "Zimbabwe's
ruling ZANU-PF party won ... . The ruling party made Mugabe its candidate" -> ZANU-PF. The
article names a body as ruling by the word on its name ("the ruling ZANU-PF party", "the
governing Likud") or by apposition ("Fidesz, the ruling party"); with no such body, or two
(a story on two countries), the phrase stays unresolved: no gazetteer guesses who rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.assaults import sector
from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# what the parser makes of the words around a described noun that are no name of it
_BARE = frozenset({"det", "amod"})
# the ruler a name the article does not link stands for ("the ruling Fidesz party", unknown)
UNKNOWN = ""


def ruling_words(lx: Lexicon) -> Iterable[str]:
    """The words that say a body rules ("ruling", "governing"): the stage's cues."""
    words: list[str] = lx.cues.get("ruling_parties", {}).get("words", [])
    return words


def link_ruling_parties(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "the ruling party", "the governing coalition" (a bare definite noun of
    ``ruling_parties.nouns`` with only a ruling word on it) -> the one organisation or group
    the article names as ruling, when its kind fits the noun (``_fits``)."""
    table = ctx.cues.get("ruling_parties", {})
    nouns = frozenset(table.get("nouns", ()))
    named: dict[str, set[str]] = {}
    bare: list[tuple[Paragraph, Any]] = []
    for para, word in _ruling_words(ctx, paras):
        head = word.head
        found = _named_ruler(para, word, nouns)
        if found is not None:
            named.setdefault(found[0], set()).update(found[1])
        elif head.lemma_.lower() in nouns and _bare(head) and word.dep_ == "amod":
            bare.append((para, head))
    if len(named) != 1:
        return
    label = next(iter(named))
    if not ctx.etype_in(label, (EntityType.ORGANIZATION, EntityType.GROUP)):
        return
    for para, noun in bare:
        if noun.i not in para.links and _fits(ctx, label, named[label], noun.lemma_.lower()):
            para.links[noun.i] = label
            ctx.reference(para, noun, label, "nominal")


def _ruling_words(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[tuple[Paragraph, Any]]:
    """Each ruling word before a noun or a name ("the ruling party", "the governing Likud")."""
    words = ctx.word_set(ruling_words)
    for para in paras:
        for i in para.hits(words):
            token = para.tokens[i]
            after = i + 1
            if after < len(para.tokens) and para.tokens[after].pos_ in ("NOUN", "PROPN"):
                yield para, token


def _named_ruler(para: Paragraph, word: Any, nouns: frozenset[str]) -> tuple[str, set[str]] | None:
    """The body ``word`` names as ruling, with the kind noun it is named with: the name
    right after it ("the governing Likud", "the ruling ZANU-PF party": a noun the name
    modifies is its kind) or the name in apposition to the noun it modifies ("the ruling
    party, Fidesz"; "Fidesz, the ruling party"). A name right after it that the article
    does not link is a ruler too, of no label (``UNKNOWN``): it still makes two."""
    links, name = para.links, para.tokens[word.i + 1]
    if name.pos_ == "PROPN":
        return links.get(name.i, UNKNOWN), _kind(name)
    head = word.head
    named = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        named.append(head.head)
    labels = {links[t.i] for t in named if t.i in links}
    noun = {head.lemma_.lower()} & nouns
    if len(labels) == 1 and noun:
        return labels.pop(), noun
    return None


def _kind(name: Any) -> set[str]:
    """The common noun that heads the name's phrase ("the ruling Barisan Nasional coalition":
    coalition), none for a name of its own ("the governing Likud")."""
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return {head.lemma_.lower()} if head.pos_ == "NOUN" else set()


def _bare(noun: Any) -> bool:
    """ "the ruling party" as a phrase of its own: "the", the ruling word and nothing else
    on the singular noun, which no name follows ("the ruling party PRI" is named there)
    and which modifies no other ("ruling party officials")."""
    if noun.tag_ != "NN" or noun.dep_ in ("compound", "appos", "attr"):
        return False
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    after = noun.i + 1
    if after < len(noun.doc) and noun.doc[after].pos_ == "PROPN":
        return False
    return all(c.dep_ in _BARE or c.dep_ == "punct" for c in kids)


def _fits(ctx: ArticleContext, label: str, kinds: set[str], noun: str) -> bool:
    """Whether the ruler is of the noun's kind: named with it, its name ending in it, or,
    for a noun ``ruling_parties.sectors`` gives a sector ("party": PTY), named with no kind
    noun and of that sector or of none the data knows ("the governing Likud")."""
    if noun in kinds or label.lower().rsplit(" ", 1)[-1] == noun:
        return True
    code = ctx.cues.get("ruling_parties", {}).get("sectors", {}).get(noun)
    return code is not None and not kinds and sector(ctx, label) in (code, None)


def own_party_nouns(lx: Lexicon) -> Iterable[str]:
    """The nouns of a person's own party ("his party", "Merkel's party"): the stage's cues."""
    nouns: list[str] = lx.cues.get("own_parties", {}).get("nouns", [])
    return nouns


def link_own_parties(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "his party", "Merkel's own party" (a singular noun of ``own_parties.nouns`` whose only
    modifiers are one person's possessive, named or a pronoun already resolved, and "own")
    -> the one party the article makes that person's: one they lead or are a member of
    (``_parties_of``), or one named with their possessive ("Le Pen's National Front")."""
    parties = _parties_of(ctx, paras)
    for para in paras:
        _link_own_parties(ctx, para, parties)


def link_late_own_parties(ctx: ArticleContext, para: Paragraph) -> None:
    """ "his party" once more, in claim time, for a leader or member told by an apposition
    of this paragraph ("X, leader of the Labour Party, ... . His party ..."), read before
    this paragraph's relations."""
    _link_own_parties(ctx, para, _parties_of(ctx, [para]))


def _link_own_parties(
    ctx: ArticleContext, para: Paragraph, parties: dict[str, dict[str, None]]
) -> None:
    allowed = frozenset(ctx.cues.get("own_parties", {}).get("modifiers", ()))
    for i in para.hits(ctx.word_set(own_party_nouns)):
        token = para.tokens[i]
        owner = _owner(para, token, allowed)
        if i in para.links or token.tag_ != "NN" or owner is None:
            continue
        found = parties.get(owner, {})
        if len(found) == 1:
            label = next(iter(found))
            para.links[i] = label
            ctx.reference(para, token, label, "nominal")


def _owner(para: Paragraph, token: Any, allowed: frozenset[str]) -> str | None:
    """The one person's label whose possessive is the noun's only modifier ("his party",
    "Merkel's own party"), if any."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].i not in para.links:
        return None
    if any(
        c.dep_ not in ("poss", "det", "punct") and c.lower_ not in allowed for c in token.children
    ):
        return None
    if token.dep_ in ("compound", "appos"):
        return None
    after = token.i + 1  # "his party, Morena": named there
    if after < len(token.doc) and token.doc[after].pos_ == "PROPN":
        return None
    return para.links[owners[0].i]


def _parties_of(ctx: ArticleContext, paras: list[Paragraph]) -> dict[str, dict[str, None]]:
    """Person -> the parties the article makes theirs, in the order found: bodies they are
    members of that are parties, bodies they lead or that are named with their possessive
    ("Le Pen's National Front") that are parties or bodies the data does not know (a party
    leader's party the gazetteer lacks: "X, leader of the Forum for Democratic Change")."""
    held: dict[str, dict[str, None]] = {}
    member, lead = Predicate.MEMBER_OF, Predicate.LEADER_OF
    pairs = [
        (person, org, p is lead)
        for (p, org), person in ctx.role_holders.items()
        if p in (member, lead)
    ]
    pairs += [
        (c.subject, c.object, c.predicate is lead)
        for c in ctx.claims
        if c.predicate in (member, lead) and c.object
    ]
    for para in paras:
        pairs += [(person, body, True) for person, body in _possessed(para)]
    for person, org, led in pairs:
        if ctx.etype_is(person, EntityType.PERSON) and _party(ctx, org, led):
            held.setdefault(person, {})[org] = None
    return held


def _possessed(para: Paragraph) -> list[tuple[str, str]]:
    """(owner, body) of each name with another's possessive before it ("Marine Le Pen's
    National Front")."""
    links, found = para.links, []
    for i in para.linked():
        token = para.tokens[i]
        if token.dep_ != "poss" or token.head.i not in links:
            continue
        body = links[token.head.i]
        if body != links[i]:
            found.append((links[i], body))
    return found


def _party(ctx: ArticleContext, label: str, unknown: bool) -> bool:
    """Whether the body is a party: of the party sector (``own_parties.sector``) or its name
    ending in a party noun ("Labour Party"); with ``unknown``, also a body the data does not
    know at all (a gazetteer entry of no sector is no party: Human Rights Watch)."""
    if not ctx.etype_in(label, (EntityType.ORGANIZATION, EntityType.GROUP)):
        return False
    code = ctx.cues.get("own_parties", {}).get("sector")
    if label.lower().rsplit(" ", 1)[-1] in ctx.word_set(own_party_nouns):
        return True
    found = sector(ctx, label)
    return found == code or (unknown and found is None and ctx.lx.lookup(label) is None)
