"""Epithets as coreference: "Jeb Bush spoke in Iowa. The former Florida governor criticised
Obama" -> the one person the sentence before named. A new description of someone just named,
not a title the article gave them (``link_titles``), a noun it set beside the name
(``link_described_refs``) nor an age (``link_pronouns``: "The 57-year-old took ...").
Words: ``epithets`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.coref import another_office
from kg.extract.discourse import Discourse, main_subject
from kg.extract.nominals import nominal_words
from kg.lexicon import Lexicon
from kg.resolve.described import people_nouns
from kg.vocab import EntityType, Predicate

_MODIFIERS = ("amod", "compound", "nmod")
_BODIES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP)
_TIES = (Predicate.MEMBER_OF, Predicate.LEADER_OF)


def epithet_heads(lx: Lexicon) -> Iterable[str]:
    """The head words an epithet may have: the titles and WordNet's nouns for people, less
    those that name many (``epithets.not_heads``); the stage's cue words."""
    never = frozenset(lx.cues["epithets"]["not_heads"])
    return {*lx.roles, *people_nouns(lx.language)} - never


def link_epithets(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Senator Rand Paul announced his bid. The Kentucky senator criticised Clinton": a
    definite singular description with a capitalised modifier ("the Kentucky senator", "the
    former Florida governor", "the Conservative leader"), main subject of its sentence, left
    unlinked by the title, description and pronoun rules -> the one person the sentence
    before and the epithet's own, up to it, mention (by name, or by a pronoun or description
    of someone named before). Left: a noun with no such modifier ("the judge", "the presiding
    judge": maybe someone the story brings along), an owned one ("his lawyer"), one of a body
    ("the mayor of X"), one said to be another ("the other senator"), one after two people
    ("Kerry met Salman. The White House press secretary"), and one whose country or body
    modifier the person is not tied to ("Kerry arrived. The Iraqi activist said")."""
    heads = ctx.word_set(epithet_heads)
    disc: Discourse | None = None
    for para in paras:
        for i in para.hits(heads):
            token = para.tokens[i]
            if i in para.links or not _epithet(para, token):
                continue
            if disc is None:
                disc = Discourse(paras)
            person = _person_before(ctx, disc, para, token)
            if person is None or not _fits(ctx, para, token, person):
                continue
            para.links[i] = person
            ctx.reference(para, token, person, "nominal")
            disc.add(para, token, person)


def _epithet(para: Paragraph, token: Any) -> bool:
    """The token heads "the" + a capitalised modifier + a person noun, as the main subject
    of its sentence, with no owner, no "of" phrase and no word for someone new."""
    if not main_subject(token, para) or token.tag_ != "NN":
        return False
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in kids):
        return False
    new = nominal_words().new_referent_words
    if any(t.lower_ in new for t in token.subtree if t.i < token.i):
        return False
    # a capitalised modifier tells who the person is ("the Kentucky senator"), not what part
    # they play in the story ("the presiding judge" may be someone the story brings along)
    return any(c.dep_ in _MODIFIERS and c.i < token.i and c.text[:1].isupper() for c in kids)


def _person_before(ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any) -> str | None:
    """The one person mentioned in the sentence before the token's and in its own up to
    it, named by name there or earlier; None for none or two."""
    here = disc.sent(para, token)
    before = disc.sentence_before(here)
    if before < 0:
        return None
    people = {
        s.label
        for s in disc.before(para, token, here - before)
        if s.sent >= before and ctx.etype_is(s.label, EntityType.PERSON)
    }
    if len(people) != 1:
        return None
    (person,) = people
    return person if _named(disc, para, token, person) else None


def _named(disc: Discourse, para: Paragraph, token: Any, label: str) -> bool:
    """The article named the person by name before the token (a pronoun may take them up
    after), so the label is someone named, not an unnamed official's title."""
    return any(s.proper for s in disc.before(para, token, None) if s.label == label)


def _fits(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> bool:
    """No modifier names another person ("the Obama adviser") or a country or body the
    article does not tie the person to ("The Iraqi activist" after "Kerry arrived"), nor
    one whose leader the article made the person under another title ("The Turkish prime
    minister" after "President Recep Tayyip Erdogan")."""
    for child in token.subtree:
        label = para.links.get(child.i)
        if child.i >= token.i or label is None or label == person:
            continue
        if ctx.etype_is(label, EntityType.PERSON):
            return False
        if ctx.etype_in(label, _BODIES) and not any(
            c.subject == person and c.object == label and c.predicate in _TIES for c in ctx.claims
        ):
            return False
        if ctx.etype_in(label, _BODIES) and another_office(ctx, para, token, person, label):
            return False
    return True
