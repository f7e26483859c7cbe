"""A place set against the rest of a place: "banned in Northern Ireland though legal in the
rest of Britain", "spread from Sierra Leone to the rest of West Africa": the one other place
the sentence names lies in the place whose rest it names (``X and the rest of Y`` is read by
``kg.extract.place_parts``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.places import _area, _emit, _of_object
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType

if TYPE_CHECKING:
    from kg.lexicon import Lexicon


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The stage's words: the nouns of the rest ("rest", "remainder")."""
    return lx.words.places.lists["rest_nouns"]


def rest_contrasts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "the rest of Y" (a named place) with one other place named in its sentence before
    the phrase, not listed with it: that place lies in Y. A town or an area, of Y's country
    or of none the data knows; a country only in a region of no country ("Sierra Leone ... the
    rest of West Africa"). Two other places ("Russia annexed Crimea and threatened the rest of
    Ukraine") tell nothing."""
    rests = ctx.lx.words.places.lists["rest_nouns"]
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        noun = tokens[i]
        if noun.lemma_.lower() not in rests or noun.dep_ == "conj" or i in para.links:
            continue  # "Maiduguri and the rest of Borno State": ``kg.extract.place_parts``
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        wholes = [
            _area(ctx, para, p)
            for p in _of_object(para, noun)
            if any(t.i in para.links for t in p.subtree)  # a name, not "the rest of the country"
        ]
        if len(wholes) != 1 or wholes[0] is None or not ctx.etype_in(wholes[0], PLACE_TYPES):
            continue
        whole = wholes[0]
        phrase = {t.i for t in noun.subtree}
        others = _other_places(ctx, para, noun.sent, phrase, whole)
        if len(others) != 1:
            continue
        label, token = next(iter(others.items()))
        if token is not None and _fits(ctx, label, whole):
            yield from _emit(ctx, para, token, label, whole, 0.7)


def _other_places(
    ctx: ArticleContext, para: Paragraph, sent: Any, phrase: set[int], whole: str
) -> dict[str, Any]:
    """The places the sentence names before the phrase of the rest ("in Northern Ireland
    ... in the rest of Britain"; one after it is another place it is set against: "rare in
    the rest of Africa, as compared to ... in North America"), other than its whole: label
    -> the first word of its mention. A people's word ("Russian") counts, and names none."""
    found: dict[str, Any] = {}
    first = min(phrase)
    for token in sent:
        label = para.links.get(token.i)
        if token.i >= first:
            break
        if (
            label is None
            or label == whole
            or label in found
            or not ctx.etype_in(label, PLACE_TYPES)
        ):
            continue
        found[label] = None if token.ent_type_ == "NORP" or token.pos_ == "ADJ" else token
    return found


def _fits(ctx: ArticleContext, inner: str, whole: str) -> bool:
    """Whether the place can lie in the whole: a town or an area of the whole's country (or
    of none the data knows), or a country in a region the data puts in no country."""
    resolver = ctx.resolver
    inner_country, whole_country = resolver.country_of(inner), resolver.country_of(whole)
    if ctx.etype_is(inner, EntityType.COUNTRY):
        return not ctx.etype_is(whole, EntityType.COUNTRY) and whole_country is None
    if not ctx.etype_in(inner, (EntityType.CITY, EntityType.PLACE)):
        return False
    return inner_country is None or whole_country is None or inner_country == whole_country
