"""Party words before a title: "Conservative Prime Minister David Cameron", "Republican
presidential hopeful X": the person is ``member_of`` the party the article names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.names import name_words
from kg.vocab import EntityType, Predicate

_ROLES = (Predicate.LEADER_OF, Predicate.MEMBER_OF, Predicate.SPOKESPERSON_FOR)
_PARTY_TYPES = (EntityType.ORGANIZATION, EntityType.GROUP)
# at most this many words between the party's word and the name ("Conservative Employment
# Minister", "Republican presidential hopeful")
_WIDTH = 4


def _nouns(lx: Lexicon) -> frozenset[str]:
    return lx.title_words.get("party_person_nouns", frozenset())


def party_titles(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "Conservative Prime Minister David Cameron", "Conservative candidate Andrea
    Jenkyns", "Democratic Senator X": a capitalised word that the article also writes as a
    party's name with "party" after it ("the Conservative party"), then a title or a
    politician's noun (``party_person_nouns``), then a person's name: the person is
    ``member_of`` that party (``leader_of`` under a leader's one-word title: "Socialist
    leader X"). None when the article already gives the person a role in the
    party ("Labour leader X": ``leader_of``), nor for a word no party of the article has."""
    parties = _article_parties(ctx, paras)
    if not parties:
        return
    held = {(c.subject, c.object) for c in ctx.claims if c.predicate in _ROLES}
    seen: set[tuple[str, str]] = set()
    for para in paras:
        for start, person in _name_starts(ctx, para):
            party, at = _party_before(ctx, para, start, parties)
            if party is None or (person, party) in held or (person, party) in seen:
                continue
            seen.add((person, party))
            title = para.tokens[at + 1 : start]
            if len(title) == 1 and _role(ctx, title[0]) is Predicate.LEADER_OF:
                # "Socialist leader X": the party's own leader
                yield ctx.draft(
                    para, title[0], person, Predicate.LEADER_OF, party, 0.7, title=title[0].lower_
                )
                continue
            # the title as written between ("Employment Minister", "candidate")
            written = " ".join(t.text for t in title)
            yield ctx.draft(
                para, para.tokens[at], person, Predicate.MEMBER_OF, party, 0.7, title=written
            )


def _role(ctx: ArticleContext, token: Any) -> Predicate | None:
    roles = ctx.lx.roles
    return roles.get(token.lemma_.lower()) or roles.get(token.lower_)


def _article_parties(ctx: ArticleContext, paras: list[Paragraph]) -> dict[str, str]:
    """{the lower-cased first word: the label} of the article's nodes named "<Word> party"
    ("Conservative Party", "the Labour party"), an organisation or group."""
    found: dict[str, str] = {}
    parties = name_words(ctx.lx.language).party_nouns  # "party" (the resolver's too)
    for label in sorted({label for para in paras for label in para.links.values()}):
        words = label.split()
        if (
            len(words) == 2
            and words[1].lower() in parties
            and words[0][:1].isupper()
            and ctx.etype_in(label, _PARTY_TYPES)
        ):
            found.setdefault(words[0].lower(), label)
    return found


def _name_starts(ctx: ArticleContext, para: Paragraph) -> Iterable[tuple[int, str]]:
    """(index, label) of the first token of each person's name in the paragraph."""
    links = para.links
    for i in sorted(links):
        label = links[i]
        if links.get(i - 1) == label or para.tokens[i].pos_ != "PROPN":
            continue
        if ctx.etype_is(label, EntityType.PERSON):
            yield i, label


def _party_before(
    ctx: ArticleContext, para: Paragraph, start: int, parties: dict[str, str]
) -> tuple[str | None, int]:
    """(party, index of its word) when the words just before the name at ``start`` are a
    party's word and a title: no punctuation, determiner or other name between them."""
    tokens, nouns = para.tokens, _nouns(ctx.lx)
    titled = False
    for k in range(start - 1, max(start - 1 - _WIDTH, -1), -1):
        token: Any = tokens[k]
        if not token.is_alpha:
            return None, k
        party = parties.get(token.lower_) if token.text[:1].isupper() else None
        if party is not None:
            return (party if titled else None), k
        if _role(ctx, token) is not None or token.lower_ in nouns:
            titled = True  # (a title word, whatever coreference linked it to)
        elif k in para.links:
            return None, k  # another name between: "Britain's X Minister"
    return None, start
