"""Places: where a city or place lies. "City, Country", "X, the capital of Y", "X, Y's
capital", "the Okinawa city of Nago", "X is part of Y", "X and Y provinces in Z", "X in
northern Y", "the X neighbourhood of the city of Y", "the province of Y, which includes X",
"X, one of the last towns in Y". A place noun also types the name it describes ("the town of
X" is a city)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.place_intros import _same_country
from kg.extract.states import named_country
from kg.nlp.datelines import wire_dateline
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Predicate

if TYPE_CHECKING:
    from kg.lexicon import Lexicon


def located_in(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Every place rule over one paragraph: "Geneva, Switzerland" -> Geneva located_in
    Switzerland, and the constructions below."""
    _admin_names(ctx, para)
    yield from _facilities(ctx, para)
    yield from _dateline(ctx, para)
    yield from _comma_pairs(ctx, para)
    yield from _appositions(ctx, para)
    yield from _loose_capitals(ctx, para)
    yield from _named_by_noun(ctx, para)
    yield from _country_islands(ctx, para)
    yield from _listed_parts(ctx, para)
    yield from _contains(ctx, para)
    yield from _narrowed(ctx, para)
    yield from _provincial_capitals(ctx, para)
    yield from _predicates(ctx, para)
    yield from _place_in(ctx, para)
    yield from _framed(ctx, para)
    yield from _distance(ctx, para)
    yield from _same_event(ctx, para)


# -- shared helpers -------------------------------------------------------------------------
# the words a rule's loop starts from (``Paragraph.hits``: the loop visits the tokens with one
# of them, not every token; each loop still tests its own word)
def _admin_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["admin_nouns"]


def _facility_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.facility_nouns


def _place_words(lx: Lexicon) -> frozenset[str]:
    return frozenset(lx.words.places.place_nouns)


def _listing_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["listing_preps"]


def _direction_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["directions"]


def _contain_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["contain_verbs"]


def _same_time_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["same_time"]


def _root(para: Paragraph, token: Any) -> bool:
    """The token is the syntactic root of its mention (not a word inside the name)."""
    label = para.links.get(token.i)
    return label is not None and para.links.get(para.heads[token.i]) != label


def _placeish(ctx: ArticleContext, label: str, strong: bool, named: bool = False) -> bool:
    """A label can be a place: typed as one, or (on a strong cue, which overrules the
    model) typed as an organisation, group or one-word person; a place noun that names it
    ("the town of Tal Abyad") overrules any type."""
    if named or ctx.etype_in(label, PLACE_TYPES):
        return True
    if not strong:
        return False
    return ctx.etype_in(label, (EntityType.ORGANIZATION, EntityType.GROUP)) or (
        len(label.split()) == 1 and ctx.etype_is(label, EntityType.PERSON)
    )


def _emit(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    inner: str | None,
    outer: str | None,
    confidence: float,
    kind: EntityType | None = None,
    strong: bool = False,
    outer_named: bool = False,
) -> Iterator[Draft]:
    """Yield ``inner located_in outer`` when both can be places, the outer one is not
    smaller and, the outer one being a town or a region, the data puts them in no two
    countries (prec61; a text may put a place in a country the data does not: "Serbia's
    province of Kosovo"); a strong cue votes the types its words give (``outer_named``: the
    words make the outer one a place too, as "the capital of Y" does)."""
    if inner is None or outer is None or inner == outer:
        return
    if inner.islower() or outer.islower():
        return  # "one of the city's mosques", "tried in absentia in Turkey": no place's name
    if any(label.endswith(" of") for label in (inner, outer)):
        return  # "the Bay of" and "Bengal": a name the model cut in two
    if ctx.etype_is(outer, EntityType.COUNTRY) and _high_water(ctx, inner):
        return  # "in the South China Sea, China ...": a sea lies between countries
    named = kind is not None
    if not (
        _placeish(ctx, inner, strong or named, named)
        and _placeish(ctx, outer, strong, outer_named and ctx.lx.lookup(outer) is None)
    ):
        return
    if kind is not None:
        ctx.resolver.add_vote(inner, kind, 5)
    if strong and not ctx.etype_in(outer, PLACE_TYPES):
        ctx.resolver.add_vote(outer, EntityType.PLACE, 3)
    if ctx.etype_is(inner, EntityType.COUNTRY) and ctx.etype_is(outer, EntityType.CITY):
        return
    towns = not strong or _match_towns(ctx, inner, outer)
    if not ctx.etype_is(outer, EntityType.COUNTRY) and not _same_country(
        ctx, inner, outer, towns=towns
    ):
        return  # "will meet Tehran in Vienna": the "in" phrase is the verb's, no town's
    if ctx.etype_is(outer, EntityType.COUNTRY):
        ctx.place_country.setdefault(inner, outer)
    yield ctx.draft(para, token, inner, Predicate.LOCATED_IN, outer, confidence)


def _match_towns(ctx: ArticleContext, inner: str, outer: str) -> bool:
    """In a match report (``qualifiers.contest_report``) two towns are checked against the
    large-town table whatever cue joins them ("Juve face Barcelona in Berlin": a club of one
    country plays in a town of another, soft61). Elsewhere a strong cue is the text's word
    (``_same_country`` with ``towns=False``): a district may share a town's name abroad
    ("Eastleigh, a suburb of Nairobi")."""
    return (
        ctx.lead is not None
        and ctx.lead.contest
        and ctx.etype_is(inner, EntityType.CITY)
        and ctx.etype_is(outer, EntityType.CITY)
    )


def _high_water(ctx: ArticleContext, label: str) -> bool:
    """The label names a sea, an ocean, a strait or a gulf (``high_waters``)."""
    return bool(set(label.lower().split()) & ctx.lx.words.places.lists["high_waters"])


def _name(ctx: ArticleContext, para: Paragraph, token: Any, kind: EntityType) -> str | None:
    """The entity a proper noun names; one the model missed ("the province of Lahj") is
    recorded as a new mention of the kind the place noun gives."""
    label = para.links.get(token.i)
    if label is not None or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return label
    tokens = para.tokens
    start = token.i
    while (
        start > token.sent.start
        and tokens[start - 1].pos_ == "PROPN"
        and tokens[start - 1].i not in para.links
    ):
        start -= 1
    text = para.text[tokens[start].idx : token.idx + len(token.text)]
    ctx.record(para, SpanMention(start, token.i + 1, text, "GPE"), text)
    ctx.resolver.add_vote(text, kind, 2)
    return text


def _of_object(para: Paragraph, token: Any, words: tuple[str, ...] = ("of",)) -> list[Any]:
    """Objects of the token's prepositions ``words``, with their conjuncts."""
    found = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in words:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found.append(pobj)
                    found.extend(c for c in pobj.children if c.dep_ == "conj")
    return found


def _area(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The place a noun phrase names: a name ("western Kumanovo"), or a place noun with its
    name ("Anbar province", "the province of Lahj")."""
    label = para.links.get(token.i)
    if label is not None:
        return label
    if token.lower_ in ctx.lx.words.places.lists["part_nouns"]:
        # "in the eastern part of Aleppo", "on the western side of the city of Kano"
        return next((a for p in _of_object(para, token) if (a := _area(ctx, para, p))), None)
    if token.lower_ in ctx.lx.words.places.lists["region_nouns"]:
        # "a city in Iraq's Sunni heartland", "a town in Syria's north": the owner's region
        return next(
            (
                label
                for c in token.children
                if c.dep_ == "poss" and (label := para.links.get(c.i)) is not None
            ),
            None,
        )
    kind = ctx.lx.words.places.place_nouns.get(token.lemma_.lower())
    if kind is None:
        # "Mitrapark in Chabahil area", "in the Ghouta area": the named area
        return _named_area(ctx, para, token) if token.lower_ == "area" else None
    if kind is EntityType.CITY:
        city = _ranked_city(ctx, para, token)
        if city is not None:
            return city
    named = _of_object(para, token)
    for child in token.children:
        if child.dep_ in ("compound", "nmod") and child.i in para.links and child.pos_ == "PROPN":
            if named and ctx.etype_is(para.links[child.i], EntityType.COUNTRY):
                break  # "in the US island of Hawaii": the country owns the place named after
            return _area_name(ctx, para, child, token)
    for pobj in named:
        return _name(ctx, para, pobj, kind)
    return None


def _named_area(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The place a proper noun in front of "area" names ("in Chabahil area of eastern
    Kathmandu", "the Ghouta area"): a town or an area, no country or body; else the country
    of a demonym in front of it ("in the South African platinum mining area")."""
    named = next(
        (
            label
            for c in noun.children
            if c.dep_ == "compound"
            and c.i == noun.i - 1
            and c.pos_ == "PROPN"
            and (label := para.links.get(c.i)) is not None
            and ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE))
        ),
        None,
    )
    if named is not None:
        return named
    return next(
        (
            label
            for c in noun.children
            if c.dep_ == "amod"
            and c.i < noun.i
            and (label := modifier_place(ctx, para, c)) is not None
            and ctx.etype_is(label, EntityType.COUNTRY)
        ),
        None,
    )


def _ranked_city(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """ "Pakistan's largest city", "Iraq's second city": the one city of that country the
    article has placed in it so far; none when it placed several or none."""
    if not any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in noun.children):
        return None
    for child in noun.children:
        country = para.links.get(child.i) if child.dep_ == "poss" else None
        if country is not None and ctx.etype_is(country, EntityType.COUNTRY):
            cities = {
                c
                for c, o in ctx.place_country.items()
                if o == country and ctx.etype_is(c, EntityType.CITY)
            }
            return cities.pop() if len(cities) == 1 else None
    return None


def _area_name(
    ctx: ArticleContext, para: Paragraph, name: Any, noun: Any, wards: bool = False
) -> str:
    """ "the Khaldiya district" names a district, not the town Khaldiya: a name right before
    a singular area noun keeps the noun ("Khaldiya district"), as the text writes it (with
    ``wards``, a ward noun too: "the Shaar neighbourhood of the city of Aleppo")."""
    label: str = para.links[name.i]
    lists = ctx.lx.words.places.lists
    if (
        name.i != noun.i - 1
        or noun.tag_ != "NN"
        or (
            noun.lower_ not in lists["admin_nouns"]
            and not (wards and noun.lower_ in lists["ward_nouns"])
        )
        or label.lower().endswith(noun.lower_)
        or ctx.etype_is(label, EntityType.COUNTRY)
    ):
        return label
    start = name.i
    while start > name.sent.start and para.links.get(start - 1) == label:
        start -= 1
    text = para.text[para.tokens[start].idx : noun.idx + len(noun.text)]
    ctx.record(para, SpanMention(start, noun.i + 1, text, "GPE"), text)
    ctx.resolver.add_vote(text, EntityType.PLACE, 5)
    return text


def place_in(
    ctx: ArticleContext,
    para: Paragraph,
    preps: list[Any],
    skip: str | None = None,
    through: frozenset[str] = frozenset(),
) -> str | None:
    """The named place (of ``PLACE_TYPES``) after the first "in" of ``preps`` that names one,
    its object or an apposition of it ("a mosque in the city of Tal Afar", "the headquarters
    in the capital Sanaa"): not a phrase holding the word ``skip`` ("two mosques in the city
    - X and Y mosques": the sites' names); an unnamed noun of ``through`` ("graves in two
    locations in Kedah") gives the place in its own phrase."""
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_.lower() in through and pobj.i not in para.links:
                return place_in(ctx, para, list(pobj.children), pobj.lower_, through)
            for q in (pobj, *(a for a in pobj.children if a.dep_ == "appos")):
                if skip is not None and any(t.lower_ == skip for t in q.subtree):
                    continue
                label = named_place(ctx, para, q)
                if label is not None and ctx.etype_in(label, PLACE_TYPES):
                    return label
    return None


def named_place(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The place a noun names, read only: its own name, or the name a place noun gives it
    ("the town of Kumanovo", "Yumbis village", "the province of Lahj")."""
    label = para.links.get(token.i)
    if label is not None or token.lemma_.lower() not in ctx.lx.words.places.place_nouns:
        return label
    for child in token.children:  # "the Black Sea city of Samsun" is Samsun
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in para.links:
                    return para.links[pobj.i]
    for child in token.children:  # "the capital Skopje", "the capital, Skopje"
        if child.dep_ in ("compound", "nmod", "appos") and child.i in para.links:
            return para.links[child.i]
    return None


def _water(ctx: ArticleContext, child: Any, label: str | None) -> bool:
    """The modifier names a sea, river, lake or coast ("the Black Sea", "the Red Sea coast");
    a delta is land, it holds its towns ("the Nile Delta province of X")."""
    water = ctx.lx.words.places.lists["water_nouns"]
    words = [t.lower_ for t in child.subtree] + (label.lower().split() if label else [])
    return any(w in water for w in words)


def demonym_modifier(child: Any) -> bool:
    """The modifier is an adjective or a nationality ("Moroccan", "German"), not a name."""
    return bool(child.pos_ == "ADJ" or child.ent_type_ == "NORP")


def modifier_place(ctx: ArticleContext, para: Paragraph, child: Any) -> str | None:
    """The place a modifier names: "Okinawa's", "the Okinawa (city)", "the Moroccan (town)".
    A demonym counts only when it is a known country's (not a people's name)."""
    label = para.links.get(child.i)
    if _water(ctx, child, label):
        return None  # "the Black Sea city of Samsun": a sea describes the city, holds nothing
    demonym = demonym_modifier(child)
    if child.dep_ in ("poss", "compound", "nmod") and not demonym:
        return label
    if child.dep_ == "amod" and child.pos_ == "PROPN" and not demonym and label is not None:
        return label  # "the Koloma neighbourhood" with the name parsed as an adjective
    if child.dep_ not in ("amod", "compound", "nmod") or not child.text[:1].isupper():
        return None
    if label is not None and ctx.etype_is(label, EntityType.COUNTRY):
        return label
    if label is not None and label in ctx.cues["region_demonyms"]["regions"].values():
        return label  # "the Bavarian capital of Munich" (kg.resolve.entities _region_office)
    entry = ctx.lx.by_demonym.get(child.text.lower())
    return entry.label if entry is not None else None


def _owner(
    ctx: ArticleContext, para: Paragraph, noun: Any, preps: tuple[str, ...] = ("of", "in")
) -> str | None:
    """The place a place noun belongs to: "Okinawa's capital", "the Okinawa city",
    "the Moroccan town", "a town in Y", "the capital of Y"."""
    for child in noun.children:
        if child.dep_ == "poss" or child.i < noun.i:
            label = modifier_place(ctx, para, child)
            if label is not None:
                return label
    for pobj in _of_object(para, noun, preps) + _in_after(para, noun):
        area = _area(ctx, para, pobj)
        if area is None and pobj.pos_ == "PROPN":
            area = _name(ctx, para, pobj, EntityType.PLACE)  # "in western Aleppo"
        if area is not None:
            return area
    return None


def _in_after(
    para: Paragraph,
    token: Any,
    words: tuple[str, ...] = ("in",),
    named: bool = True,
    comma: bool = False,
) -> list[Any]:
    """ "Marib and Shabwa provinces in eastern Yemen" with "in" hung on the verb: the
    (linked) object of an "in" right after the token's phrase (with ``comma``, also after
    its comma: "the Palace of Fine Arts, in San Francisco")."""
    end = token.right_edge.i + 1
    if para.tokens[end - 1].dep_ == "cc":
        return []  # "the capital, Nairobi, and in Mombasa": a list goes on, to another place
    if comma and end + 2 < len(para.tokens) and para.tokens[end].text == ",":
        end += 1
    if end + 1 >= len(para.tokens) or para.tokens[end].lower_ not in words:
        return []
    prep = para.tokens[end]
    if prep.head.i == token.i or prep.dep_ != "prep":
        return []
    return [
        p
        for p in prep.children
        if p.dep_ == "pobj" and (p.i in para.links or words != ("in",) or not named)
    ]


def _country_before(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The one country named earlier in the sentence ("eastern Libya ... the capital
    Tripoli"): "the capital" with no owner is that country's."""
    found = {
        para.links[t.i]
        for t in token.sent
        if t.i < token.i and t.i in para.links and ctx.etype_is(para.links[t.i], EntityType.COUNTRY)
    }
    return found.pop() if len(found) == 1 else None


def _bare_capital_of(
    ctx: ArticleContext, para: Paragraph, token: Any, label: str | None
) -> str | None:
    """The country of "the capital X" with no owner said: the one whose capital the data
    knows X to be, when the article names that country ("protesters in Burundi ... leaders
    meeting in Tanzania ... the capital Bujumbura" is Burundi's; "Earlier in the capital
    Ankara" in a story naming Turkey), else the one country named earlier in the sentence
    ("eastern Libya ... the capital Tripoli"), unless the data knows X as another country's
    capital ("Kerry left Israel for the capital Amman" puts Amman in no country)."""
    seat = ctx.lx.actors.seats.get(label.lower()) if label else None
    if seat is not None and _capital(ctx, label or "") and seat.iso:
        entry = ctx.lx.country_of_iso(seat.iso)
        if entry is not None and entry.label in ctx.resolver.clusters:
            return entry.label  # (a country the article names)
        # "Kerry left Israel for the capital Amman": another country's capital, not Israel's
        return None if entry is not None else _country_before(ctx, para, token)
    return _country_before(ctx, para, token)


# -- rules ----------------------------------------------------------------------------------
def _admin_names(ctx: ArticleContext, para: Paragraph) -> None:
    """A name that ends in an area noun is an area ("Cameron Parish", "Dan Sai District",
    "Harris County"), whatever the model said of it."""
    admin = ctx.lx.words.places.lists["admin_nouns"]
    lemmas, tokens = para.lemmas, para.tokens
    for i in para.hits(ctx.word_set(_admin_words)):
        token = tokens[i]
        label = para.links.get(token.i)
        if label is None or not _root(para, token) or lemmas[token.i] not in admin:
            continue
        named = token.text[:1].isupper() and token.i > 0 and para.links.get(token.i - 1) == label
        if named and ctx.etype_in(label, (EntityType.PERSON, EntityType.ORGANIZATION)):
            ctx.resolver.add_vote(label, EntityType.PLACE, 5)


def _facilities(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A name before a facility noun names the facility ("Al-Anad air base", "the Futenma
    airbase", "Evin prison"): one place, in the area after it ("Al-Anad air base in the
    southern province of Lahj"). Not a country's ("the US embassy": its owner). One named after
    a town ("the Baiji refinery") is a place of its own, in the town only if an airport."""
    words = ctx.lx.words.places
    lemmas, tokens = para.lemmas, para.tokens
    for i in para.hits(ctx.word_set(_facility_words)):
        noun = tokens[i]
        if lemmas[noun.i] not in words.facility_nouns or noun.i in para.links:
            continue
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            continue
        name = noun.i - 1
        while (
            name > noun.sent.start
            and para.tokens[name].dep_ == "compound"
            and (para.tokens[name].pos_ == "NOUN" and name not in para.links)
        ):
            name -= 1  # "Al-Anad air base": through the noun compound
        if _kind_adjective(para.tokens[name], noun) and name - 1 > noun.sent.start:
            name -= 1  # "the Giwa military base": past a lower-case adjective of the noun
        label = para.links.get(name)
        token = para.tokens[name]
        named = _names_site(token, noun)
        pobjs = _of_object(para, noun, ("in",)) + _in_after(para, noun, ("in",), named=False)
        if label is None and named:
            # "the Yarmouk camp on the southern suburbs of Damascus": an edge's owner too
            edge_owners = [_owner(ctx, para, edge) for edge in _edges(ctx, para, noun)]
            yield from _untagged_site(ctx, para, token, noun, pobjs, edge_owners)
            continue
        if label is None or not named or not token.text[:1].isupper():
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if token.ent_type_ == "NORP" or ctx.etype_is(label, EntityType.COUNTRY):
            continue  # "the US embassy": an owner
        townly = not pobjs and not owners and ctx.etype_is(label, EntityType.CITY)
        if townly and noun.dep_ == "compound":
            continue  # "the Beiji refinery complex": the whole name is the head's
        if townly and any(
            c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children
        ):
            continue  # "a Bangkok hotel": some hotel in the town, no named one
        if noun.lower_ in words.lists["seat_nouns"] and ctx.etype_in(
            label, (EntityType.ORGANIZATION, EntityType.GROUP)
        ):
            continue  # "the HDP headquarters": the party's seat, where the party is
        start = name
        while start > noun.sent.start and para.links.get(start - 1) == label:
            start -= 1
        text = para.text[para.tokens[start].idx : noun.idx + len(noun.text)]
        inner = tokens[noun.i - 1]
        if inner.dep_ == "compound" and lemmas[inner.i] in words.facility_nouns:
            # "the Beiji refinery complex" is the Beiji refinery: one node with "the Beiji
            # refinery" elsewhere in the article
            mention = SpanMention(start, noun.i + 1, text, "FAC")
            text = para.text[para.tokens[start].idx : inner.idx + len(inner.text)]
            ctx.record(para, mention, text)
        else:
            ctx.record(para, SpanMention(start, noun.i + 1, text, "FAC"), text)
        ctx.resolver.add_vote(text, EntityType.PLACE, 5)
        if townly:
            # "the Baiji refinery", "Bujumbura airport": a thing of its own that events can
            # target; a camp or refinery named after a town need not lie in it, so only a
            # town's airport or port is placed there
            if noun.lower_ in words.lists["town_facility_nouns"]:
                yield from _emit(ctx, para, noun, text, label, 0.75)
            continue
        for pobj in pobjs:
            outer = _area(ctx, para, pobj)
            yield from _emit(ctx, para, noun, text, outer, 0.75)
            break
        else:
            for owner in owners:  # "Iraq's Baiji refinery"
                outer = modifier_place(ctx, para, owner)
                if outer is not None and ctx.etype_is(outer, EntityType.COUNTRY):
                    yield from _emit(ctx, para, noun, text, outer, 0.75)


def _kind_adjective(token: Any, noun: Any) -> bool:
    """A lower-case adjective that says what kind of facility the noun is ("military" in
    "the Giwa military base", "main" in "the Tadmor main prison"), between its name and it."""
    return bool(
        token.dep_ == "amod" and token.pos_ == "ADJ" and token.is_lower and token.head.i == noun.i
    )


def _names_site(token: Any, noun: Any) -> bool:
    """Whether the word before a facility noun (or its adjective) is the end of the
    facility's name: a compound ("the Zaatari camp"), a place's or an organisation's name the
    parser read as an adjective ("the Yarmouk refugee camp", "the Cristal hotel"), or a
    proper noun it hung as a nominal modifier before an adjective ("the Habbaniya military
    base", "near Giwa military base")."""
    if token.dep_ == "compound":
        return True
    if token.dep_ == "amod":
        return bool(token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "FAC", "ORG"))
    return bool(token.dep_ == "nmod" and token.pos_ == "PROPN" and token.head.i == noun.i)


def _untagged_site(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    noun: Any,
    pobjs: list[Any],
    edge_owners: list[str | None],
) -> Iterator[Draft]:
    """ "the Maysaloun clinic in Qamishli": proper nouns the model did not tag, right after
    "the" and before a facility noun, name the facility when an "in" places it in a named
    town or area, or an edge noun at one ("on the outskirts of Y": ``edge_owners``)."""
    if not _untagged_name(ctx, token) or not token.text[:1].isupper() or token.i != noun.i - 1:
        return
    start = token.i
    while start > noun.sent.start and para.tokens[start - 1].pos_ == "PROPN":
        if start - 1 in para.links:
            return  # part of a tagged name: the model's own reading stands
        start -= 1
    before = start - 1
    while before > noun.sent.start and _describing(para.tokens[before], noun):
        before -= 1  # "Tehran's notorious Evin prison"
    if before < noun.sent.start:
        return
    owner = _place_owner(ctx, para, noun, para.tokens[before])
    if owner is None and para.tokens[before].lower_ != "the":
        return
    outer = next(
        (
            area
            for p in pobjs
            if (area := _area(ctx, para, p)) is not None and ctx.etype_in(area, PLACE_TYPES)
        ),
        owner,
    )
    if outer is None:
        placed = (o for o in edge_owners if o is not None and ctx.etype_in(o, PLACE_TYPES))
        outer = next(placed, None)
    if outer is None:
        return
    text = para.text[para.tokens[start].idx : noun.idx + len(noun.text)]
    ctx.record(para, SpanMention(start, noun.i + 1, text, "FAC"), text)
    ctx.resolver.add_vote(text, EntityType.PLACE, 5)
    yield from _emit(ctx, para, noun, para.links.get(noun.i), outer, 0.75)


def _untagged_name(ctx: ArticleContext, token: Any) -> bool:
    """A proper noun, or a capitalised word the parser read as a compound adjective ("the
    devastated Yarmouk camp": "Yarmouk" tagged ADJ), that is no people's adjective."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.dep_ == "compound"
        and not token.is_sent_start
        and token.ent_type_ != "NORP"
        and token.lower_ not in ctx.lx.by_demonym
    )


def _describing(token: Any, noun: Any) -> bool:
    """A lower-case word describing the facility noun ("notorious", "more famous")."""
    return (
        token.is_lower
        and token.dep_ in ("amod", "advmod")
        and (token.head == noun or token.head.head == noun)
    )


def _place_owner(ctx: ArticleContext, para: Paragraph, noun: Any, token: Any) -> str | None:
    """The place whose possessive "'s" is ``token``, owning the facility noun ("Tehran's
    Evin prison"): a town, region or country, no person or body."""
    owner = token.head
    if token.dep_ != "case" or owner.dep_ != "poss" or owner.head != noun:
        return None
    label = modifier_place(ctx, para, owner)
    return label if label is not None and ctx.etype_in(label, PLACE_TYPES) else None


_DATELINE_ENDS = ("(", "--", "—", "–", "-", "_")


def _dateline(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A wire dateline, "KARBALA, Iraq (AP) --": the capitalised town is in the place after
    it (the agency is not based there)."""
    tokens = para.tokens
    end = 0
    while end < len(tokens) and tokens[end].is_upper and tokens[end].is_alpha:
        end += 1
    if 0 < end < len(tokens) and tokens[end].text == "(":
        _wire_town(ctx, para, end)
        return
    written = end == 0 and _written_town(ctx, para)
    if written:
        end = written
    if end == 0 or end + 1 >= len(tokens) or tokens[end].text != ",":
        return
    region = para.links.get(tokens[end + 1].i)
    close = end + 2
    while close < len(tokens) and para.links.get(close) == region:
        close += 1
    if region is None:
        return
    if written and not _upper_country(ctx, para, end + 1, close, region):
        return  # "Peshawar, PAKISTAN -": a town as written only before its country in capitals
    # "KARBALA, Iraq (AP) --", or a dateline on a line of its own ("ROYAL OAK, Mich.")
    alone = all(t.is_punct for t in tokens[close:])
    if not alone and (close >= len(tokens) or tokens[close].text not in _DATELINE_ENDS):
        return
    text = para.text[tokens[0].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    known = ctx.lx.lookup(text)
    if alone and known is not None and known.type is not EntityType.CITY:
        return  # "IRAN, IRAQ": a headline of two countries, not a town and its region
    label = para.links.get(0) or (text if written else text.title())
    if para.links.get(0) is None:
        ctx.record(para, SpanMention(0, end, text, "GPE"), label)
    ctx.resolver.add_vote(label, EntityType.CITY, 5)
    yield from _emit(ctx, para, tokens[0], label, region, 0.85, EntityType.CITY, strong=True)


def _country_islands(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "arrived on Sicily ... . on the Italian island": an island noun the nominal stage
    linked to the island just named (``kg.extract.nominals``), under a country's demonym,
    puts the island in that country."""
    nouns = ctx.lx.words.places.lists["island_nouns"]
    if para.words.isdisjoint(nouns):
        return
    for i in para.hits(nouns):
        token = para.tokens[i]
        island = para.links.get(i)
        if island is None or token.tag_ != "NN" or not ctx.etype_in(island, PLACE_TYPES):
            continue
        for child in token.children:
            if child.dep_ != "amod" or child.i > i:
                continue
            country = modifier_place(ctx, para, child)
            if country is not None and ctx.etype_is(country, EntityType.COUNTRY):
                yield from _emit(ctx, para, token, island, country, 0.75, EntityType.PLACE)


def _written_town(ctx: ArticleContext, para: Paragraph) -> int:
    """The end of a town written in lower case after its capital letters that may open a
    dateline ("Peshawar, PAKISTAN -", "Dera Ismail Khan, PAKISTAN -"; the region and the
    dash are read by ``_dateline``), else 0: at most four capitalised words up to the
    comma, none a name the gazetteer knows as other than a city (the model's own tag is no
    guide: it takes "Dera Ismail Khan" for a person)."""
    tokens = para.tokens
    end = 0
    while end < len(tokens) and _town_word(tokens[end]):
        end += 1
    if end == 0 or end >= len(tokens) or tokens[end].text != "," or end > 4:
        return 0
    known = ctx.lx.lookup(para.text[tokens[0].idx : tokens[end - 1].idx + len(tokens[end - 1])])
    if known is not None and known.type is not EntityType.CITY:
        return 0  # "Obama, AMERICA -": a known person's name, no town
    return end


def _town_word(token: Any) -> bool:
    """A capitalised proper noun, no date's ("Meanwhile, PAKISTAN -", "Today, ..." are no
    town)."""
    return (
        token.is_alpha
        and token.is_title
        and token.pos_ == "PROPN"
        and not token.is_stop
        and token.ent_type_ not in ("DATE", "TIME")
    )


def _upper_country(ctx: ArticleContext, para: Paragraph, start: int, end: int, region: str) -> bool:
    """The dateline's region is a country written in capitals ("PAKISTAN"), the one sure
    sign that the lower-case words before its comma are a town."""
    return (
        end - start >= 1
        and all(t.is_upper or not t.is_alpha for t in para.tokens[start:end])
        and ctx.etype_is(region, EntityType.COUNTRY)
    )


def _wire_town(ctx: ArticleContext, para: Paragraph, end: int) -> None:
    """ "BAGHDAD (Reuters) -": the capitalised town of a wire dateline with no region
    (``wire_dateline``) is a city, however the model tagged it ("BAGHDAD" as an
    organisation); the name the gazetteer or a seat knows it by, else as written."""
    tokens = para.tokens
    if wire_dateline(para.sent_tokens(0)) <= end:
        return
    text = para.text[tokens[0].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    known = ctx.lx.lookup(text)
    if known is not None and known.type is not EntityType.CITY:
        return  # "IRAQ (Reuters) -": a country's name, no town
    label = para.links.get(0)
    if label is None:
        label = ctx.record(para, SpanMention(0, end, text, "GPE"), text.title())
    ctx.resolver.add_vote(label, EntityType.CITY, 5)


_COMMA = frozenset({","})
_CAPITAL = frozenset({"capital"})


def _comma_pairs(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Geneva, Switzerland", "Aiken, S.C." (not "Renzi, Italian prime minister")."""
    if "," not in para.words:
        return  # every pair is two names around a comma (a paragraph's forms, not a token walk)
    if _tag_line(para):
        return
    tokens = para.tokens
    # the token before each comma (``Paragraph.hits``), not every token: a name and its comma
    for comma in para.hits(_COMMA):
        if not 1 <= comma < len(tokens) - 1:
            continue
        token = tokens[comma - 1]
        label = para.links.get(token.i)
        if label is None or para.links.get(token.i + 1) == label:
            continue
        if tokens[token.i + 1].text != ",":
            continue
        at = _past_compass(ctx, para, token.i + 2)  # "Kassala, eastern Sudan"
        after = tokens[at]
        if after.pos_ == "ADJ" or after.ent_type_ == "NORP":
            continue
        country = para.links.get(at)
        if country is None or country == label:
            continue
        end = at
        while end < len(tokens) and para.links.get(end) == country:
            end += 1
        if end < len(tokens) and tokens[end].tag_ == "POS" and not _owns_place(ctx, para, at, end):
            continue  # "policy toward Tehran, Syria's civil war": a list, not "Tehran, Syria"
        if token.dep_ == "pobj" and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= end for t in tokens[at:end]
        ):
            continue  # "In Geneva, Switzerland called for ...": a fronted phrase, then a clause
        if not ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
            continue  # (asked of a pair only: a worker's article alone may type it otherwise)
        if ctx.etype_is(country, EntityType.COUNTRY):
            ctx.place_country[label] = country
            yield ctx.draft(para, token, label, Predicate.LOCATED_IN, country, 0.9)
        elif ctx.etype_in(country, (EntityType.CITY, EntityType.PLACE)) and _closes(
            ctx, para, country, at
        ):
            # "Aiken, S.C." / "Pasadena, Calif.": a region after a town, not a list
            yield ctx.draft(para, token, label, Predicate.LOCATED_IN, country, 0.7)


def _tag_line(para: Paragraph) -> bool:
    """The paragraph is a line of three or more capitalised items between commas with no
    verb and no figure: a page's topic tags ("Human Rights, Europe, Ireland"), no place with
    its country (soft61)."""
    tokens = para.tokens
    # (the word test first: prose fails it at its first lower-case word)
    return (
        all(
            t.text == "," or (t.is_alpha and t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX"))
            for t in tokens
        )
        and sum(t.text == "," for t in tokens) >= 2
    )


def _owns_place(ctx: ArticleContext, para: Paragraph, start: int, end: int) -> bool:
    """The possessive mention ``start``..``end`` owns a place noun ("Muscat, Oman's capital",
    "Fatih, Istanbul's historic district"), or its head is unknown: an apposition."""
    owned = [t.head for t in para.tokens[start:end] if t.dep_ == "poss"]
    if not owned:
        return True
    nouns = ctx.lx.words.places.place_nouns
    return any(o.lemma_.lower().strip("-") in nouns or o.lower_ == "capital" for o in owned)


def _past_compass(ctx: ArticleContext, para: Paragraph, start: int) -> int:
    """The first token from ``start`` after compass words ("eastern", "south-east")."""
    words = ctx.lx.words.places.lists
    compass = words["compass_adjectives"] | words["directions"]
    k = start
    while (
        k < min(start + 3, len(para.tokens) - 1)
        and para.links.get(k) is None
        and (para.tokens[k].lower_ in compass or (k > start and para.tokens[k].text == "-"))
    ):
        k += 1
    return k


def _closes(ctx: ArticleContext, para: Paragraph, label: str, start: int) -> bool:
    """The mention starting at ``start`` ends its phrase (no list continues after it)."""
    end = start
    while end < len(para.tokens) and para.links.get(end) == label:
        end += 1
    if end >= len(para.tokens):
        return True
    after = para.tokens[end]
    if after.lower_ in ("and", "or"):
        return _new_phrase(para, end + 1)
    if after.lower_ == "in" and end + 1 < len(para.tokens):
        # "Loei Province, Nakhon Thai District in Phitsanulok Province": an item with its
        # own place, not the region of the first
        return not any(para.links.get(k) is not None for k in range(end + 1, end + 4))
    if after.text == "," and end + 1 < len(para.tokens):
        if para.tokens[end + 1].lower_ in ("and", "or"):
            # "in San Marcos, Texas, and in Oklahoma": a new phrase, not a third name
            return _new_phrase(para, end + 2)
        nxt = para.links.get(end + 1)
        if nxt is None:
            return True
        # "in nearby Rockville, Md., Bernero said": a name after the comma that is no place
        # and goes on to the clause ends the place phrase; one followed by a comma or "and"
        # continues a list ("Piedmont, Southwest, United and U.S. Air")
        k = end + 1
        while k < len(para.tokens) and para.links.get(k) == nxt:
            k += 1
        listed = k < len(para.tokens) and para.tokens[k].lower_ in (",", "and", "or")
        return ctx.etype_in(nxt, (EntityType.PERSON, EntityType.ORGANIZATION)) and not listed
    return True


def _new_phrase(para: Paragraph, at: int) -> bool:
    """The token after a list's "and" opens a prepositional phrase of its own ("and in
    Oklahoma"), not the list's next name."""
    return at < len(para.tokens) and para.tokens[at].pos_ == "ADP" and at not in para.links


def _appositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Yerevan, the capital of Armenia", "Naha, Okinawa's capital", "Diva Naselba, a
    neighbourhood in western Kumanovo", "Bosnia's capital, Sarajevo". Being "the capital
    of" a place makes an entity a city (a country, for "nation"), whatever the model said."""
    nouns = ctx.lx.words.places.place_nouns
    links, heads, deps, poses, tokens = para.links, para.heads, para.deps, para.poses, para.tokens
    if "appos" not in deps:
        return  # (no apposition in the paragraph)
    # the tokens in an apposition or with one (what the lines below find first), in order;
    # not a wire dateline's: in "KUWAIT CITY (AP) -" the agency hangs on the town's last word
    # as if it were the city's name ("AP" in Kuwait)
    dateline = wire_dateline(para.sent_tokens(0))
    appos = [i for i, dep in enumerate(deps) if dep == "appos" and i > dateline]
    for i in sorted({*appos, *(heads[i] for i in appos)}):
        token = tokens[i]
        label = links.get(i)
        if label is not None and links.get(heads[i]) == label:
            label = None  # not the root of a mention (``_root``)
        if label is None and (poses[i] != "PROPN" or i in links):
            continue
        nouns_of = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            nouns_of.append(token.head)
        for noun in nouns_of:
            kind = nouns.get(noun.lemma_.lower())
            if kind is None or noun.i in para.links:
                continue
            last = _last_conjunct(para, token, noun)
            if last is not None:
                # "in Djibouti and Puntland, a semi-autonomous Somali region": the singular
                # apposition the parser hung on the first name describes the last one
                yield from _emit(
                    ctx,
                    para,
                    last,
                    links.get(last.i),
                    _owner(ctx, para, noun),
                    0.85,
                    kind,
                    strong=True,
                )
                continue
            if _names_own_town(ctx, para, token, noun):
                continue  # "the city of Tikrit, the town of Baiji": a list of two towns
            if label is None and noun.i > token.i:
                # "Chennai, the capital of Tamil Nadu": a name the model missed, typed by
                # the place noun that describes it
                label = _name(ctx, para, token, kind)
            outer = _owner(ctx, para, noun)
            if outer is None and noun.lower_ == "capital" and noun.i < token.i:
                outer = _bare_capital_of(ctx, para, noun, label)  # "the capital Tripoli"
            # ... and what it is the capital of is a place, whatever the model said
            capital_of = noun.lower_ == "capital" and outer is not None
            yield from _emit(
                ctx, para, token, label, outer, 0.85, kind, strong=True, outer_named=capital_of
            )


def _loose_capitals(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Car bombs in Baghdad, the Iraqi capital, have killed ...", "in Chennai, the capital
    of Tamil Nadu, where ...": the apposition the parser hung elsewhere (on the clause's
    subject, or as a subject itself). A town's name, its comma, then "the capital" with its
    owner and a closing comma or stop: the town is that owner's capital."""
    links, tokens = para.links, para.tokens
    for i in para.hits(_CAPITAL):
        noun = tokens[i]
        if noun.lower_ != "capital" or noun.pos_ != "NOUN" or i in links:
            continue
        det = noun.left_edge
        if det.lower_ != "the" or det.i < 2 or tokens[det.i - 1].text != ",":
            continue
        name = tokens[det.i - 2]
        label = links.get(name.i)
        if label is None or noun.head.i == name.i or links.get(noun.head.i) == label:
            continue  # (a parse _appositions reads)
        if not ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
            continue
        end = i + 1
        if end < len(tokens) and tokens[end].lower_ == "of":
            owned = links.get(end + 1)
            end += 1
            while owned is not None and end < len(tokens) and links.get(end) == owned:
                end += 1
        if end < len(tokens) and tokens[end].text not in (",", ".", ";"):
            continue  # "Baghdad, the capital city's ...": no apposition that closes
        outer = _owner(ctx, para, noun)
        yield from _emit(
            ctx,
            para,
            name,
            label,
            outer,
            0.8,
            EntityType.CITY,
            strong=True,
            outer_named=outer is not None,
        )
    yield from _capitals_before(ctx, para)
    yield from _capitals_resolved(ctx, para)


def _capitals_resolved(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "towards key government-held areas, including the capital and Homs": a bare "the
    capital" the nominal rules resolved to a town the article names lies in the country the
    data makes that town the capital of, when the article names that country
    (``_bare_capital_of``; an owned "Burundi's capital" is ``nominals.capital_of_country``'s)."""
    links, tokens = para.links, para.tokens
    for i in para.hits(_CAPITAL):
        noun = tokens[i]
        label = links.get(i)
        if noun.lower_ != "capital" or noun.pos_ != "NOUN" or label is None:
            continue
        if any(c.dep_ != "det" for c in noun.children if c.i < noun.i):
            continue  # "the provincial capital", "Burundi's capital": no bare capital
        outer = _bare_capital_of(ctx, para, noun, label)
        if outer is not None and ctx.etype_is(outer, EntityType.COUNTRY):
            yield from _emit(ctx, para, noun, label, outer, 0.75)


def _capitals_before(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "in the Egyptian capital, Cairo, for ...", "Police in the Canadian capital, Ottawa,
    said": the name after an owned "capital" and its comma, which the parser hung elsewhere
    (on the verb or on the clause's subject), with a closing comma or stop after it: the
    town is that owner's capital. With no owner ("an attack near the capital, Cairo, last
    year", the noun linked to the town it names), the town lies in the country the data
    makes it the capital of, when the article names that country (``_bare_capital_of``)."""
    links, tokens = para.links, para.tokens
    for i in para.hits(_CAPITAL):
        noun = tokens[i]
        if noun.lower_ != "capital" or noun.pos_ != "NOUN":
            continue
        if i + 3 >= len(tokens) or tokens[i + 1].text != "," or _of_object(para, noun):
            continue
        name = tokens[i + 2]
        label = links.get(name.i)
        if label is None or name.head.i == noun.i or links.get(name.head.i) == label:
            continue  # (an apposition _appositions reads)
        if links.get(i, label) != label:
            continue  # the noun is another place
        end = name.i
        while end + 1 < len(tokens) and links.get(end + 1) == label:
            end += 1
        if end + 1 < len(tokens) and tokens[end + 1].text not in (",", ".", ";"):
            continue  # "the Iraqi capital, Baghdad police said": no apposition that closes
        if not ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
            continue
        outer = next(
            (
                modifier_place(ctx, para, c)
                for c in noun.children
                if c.i < noun.i and c.dep_ in ("poss", "amod", "compound")
            ),
            None,
        )
        if outer is None and all(c.dep_ == "det" for c in noun.children if c.i < noun.i):
            outer = _bare_capital_of(ctx, para, noun, label)  # "near the capital, Cairo,"
        yield from _emit(ctx, para, name, label, outer, 0.8, EntityType.CITY, strong=True)


def _names_own_town(ctx: ArticleContext, para: Paragraph, token: Any, noun: Any) -> bool:
    """ "seizing the city of Tikrit, the town of Baiji and ...": a town named by its own
    place noun ("the city of X"), then "the town of Y" after its comma, lists two towns; the
    second does not describe the first (unlike "Yerevan, the capital of Armenia", "Douma, a
    suburb of Damascus", "Mosul, the biggest city of Nineveh province")."""
    own = _noun_of(ctx, token)
    if own is token or noun.i < token.i or noun.lower_ == "capital":
        return False
    nouns = ctx.lx.words.places.place_nouns
    if nouns.get(own.lemma_.lower()) is not EntityType.CITY:
        return False
    if nouns.get(noun.lemma_.lower()) is not EntityType.CITY:
        return False
    if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.children):
        return False
    if any(c.dep_ in ("amod", "nummod", "compound", "poss") for c in noun.children):
        return False  # "the main town of Homs province", "Syria's second city of ...": an owner
    return any(
        p.pos_ == "PROPN"
        and p.lemma_.lower() not in nouns
        and not ctx.etype_is(para.links.get(p.i) or "", EntityType.COUNTRY)
        for p in _of_object(para, noun)
    )


def _last_conjunct(para: Paragraph, token: Any, noun: Any) -> Any | None:
    """The last of the token's conjuncts, when a singular noun follows it right after a
    comma ("Djibouti and Puntland, a ... region"); none when the token has no conjunct."""
    conjs = [c for c in token.children if c.dep_ == "conj"]
    start = noun.left_edge.i
    if not conjs or noun.i < token.i or noun.tag_ != "NN" or start < 2:
        return None
    if para.tokens[start - 1].text != "," or conjs[-1].right_edge.i not in (start - 2, start - 1):
        return None
    return conjs[-1]


def _named_by_noun(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "the Okinawa city of Nago", "the Moroccan resort town of Skhirat", "the southern
    province of Lahj", "the capital Tripoli"."""
    nouns = ctx.lx.words.places.place_nouns
    lemmas, poses, tokens = para.lemmas, para.poses, para.tokens
    for i in para.hits(ctx.word_set(_place_words)):
        noun = tokens[i]
        kind = nouns.get(lemmas[noun.i])
        if kind is None or noun.i in para.links or poses[noun.i] != "NOUN":
            continue
        if noun.dep_ == "compound" and _root(para, noun.head):
            # "the capital Tripoli": a bare "the capital" is the sentence's country's
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.head.children):
                continue
            head = para.links[noun.head.i]
            ctx.resolver.add_vote(head, kind, 3)
            if noun.lower_ == "capital":
                outer = _bare_capital_of(ctx, para, noun.head, head)
                yield from _emit(ctx, para, noun.head, head, outer, 0.75, kind)
            continue
        outer = _owner(ctx, para, noun, ("in",))
        if outer is not None and _person_owner(ctx, para, noun, outer):
            # "Harper's home province of Alberta", "his home country of Australia": a
            # person's place holds no one; the place keeps its own name
            outer = None
        if not _of_object(para, noun):
            yield from _owned_name(ctx, para, noun, kind)
        elif kind is not EntityType.CITY and _untagged_before(para, noun):
            continue  # "the al-Tawahi district of Aden": the district's own name (place_parts)
        for pobj in _of_object(para, noun):
            town = False
            if pobj.i not in para.links and lemmas[pobj.i] in nouns:
                # "the Kibera neighbourhood of the capital, Nairobi": the noun's name
                named = next((c for c in pobj.children if c.dep_ == "appos"), None)
                if named is None and kind is not EntityType.CITY:
                    # "the Shaar neighbourhood of the city of Aleppo": a part of the town
                    named = _town_of(ctx, para, pobj)
                    town = named is not None
                    if town and outer is not None:
                        outer = next(
                            (
                                _area_name(ctx, para, c, noun, wards=True)
                                for c in noun.children
                                if c.dep_ == "compound" and para.links.get(c.i) == outer
                            ),
                            outer,
                        )
                pobj = named if named is not None else pobj
            label = _name(ctx, para, pobj, kind)
            if label is None or label == outer:
                continue
            if pobj.dep_ == "conj" and ctx.etype_is(label, EntityType.PERSON):
                continue  # "the city of Nago, Susumu Inamine": a person after the place
            if (
                outer is not None
                and (
                    (_capital(ctx, label) and not _capital(ctx, outer))
                    or (
                        # "the al-Waer district of Homs" (the model's organisation): a name
                        # the model did not call a place is no town that owns a district
                        kind is not EntityType.CITY
                        and not ctx.etype_in(outer, PLACE_TYPES)
                        and ctx.etype_in(label, PLACE_TYPES)
                    )
                    or (
                        ctx.etype_is(label, EntityType.COUNTRY)
                        and noun.lemma_ in ctx.lx.words.places.lists["admin_nouns"]
                        and ctx.etype_in(outer, PLACE_TYPES)
                    )
                    or _ward_named(ctx, para, noun, outer, label)
                    or _bare_named(ctx, para, noun, outer, kind)
                    or _admin_after_of(ctx, noun, pobj)
                    or town
                )
                and not ctx.etype_is(outer, EntityType.COUNTRY)  # "Yemen's city of Aden"
            ):
                # "the Ngagara district of Bujumbura", "the Central Highlands region of
                # Vietnam", "the Silwan neighbourhood of East Jerusalem": a capital, a country
                # after a region noun or any place after a ward noun is no district of
                # anything; the name before the noun is the district's ("the Pacific island
                # of Nauru" is Nauru)
                yield from _emit(ctx, para, pobj, outer, label, 0.75, kind, strong=True)
                continue
            if (
                not ctx.etype_in(label, (EntityType.COUNTRY, EntityType.PERSON))
                or len(label.split()) == 1
            ):
                ctx.resolver.add_vote(label, kind, 3)
            yield from _emit(ctx, para, pobj, label, outer, 0.8, kind, strong=True)


def _person_owner(ctx: ArticleContext, para: Paragraph, noun: Any, label: str) -> bool:
    """The noun's possessive ("Harper's", "his") is a person's full name (two words or
    more): no place, whatever the place noun says (a one-word "person" may be a town the
    model mistyped; a name before the noun, "the Mansour neighbourhood", is the place's)."""
    return (
        len(label.split()) > 1
        and ctx.etype_is(label, EntityType.PERSON)
        and any(c.dep_ == "poss" and para.links.get(c.i) == label for c in noun.children)
    )


def _untagged_before(para: Paragraph, noun: Any) -> bool:
    """A proper noun the model did not tag stands right before the noun, in its phrase."""
    name = para.tokens[noun.i - 1] if noun.i > noun.sent.start else None
    return (
        name is not None
        and name.pos_ == "PROPN"
        and name.i not in para.links
        and name.head.i == noun.i
        and name.dep_ == "compound"
    )


def _town_of(ctx: ArticleContext, para: Paragraph, noun: Any) -> Any | None:
    """ "the city of Aleppo" after "the Shaar neighbourhood of": the town's linked name."""
    if ctx.lx.words.places.place_nouns.get(noun.lemma_.lower()) is not EntityType.CITY:
        return None
    return next((p for p in _of_object(para, noun) if p.i in para.links), None)


def _ward_named(ctx: ArticleContext, para: Paragraph, noun: Any, name: str, place: str) -> bool:
    """The name in front of a ward noun is the ward's own ("the Silwan neighbourhood of East
    Jerusalem"), not an owner's ("Baghdad's neighbourhood of Sadr City"), unless it is a town
    the gazetteer knows ("the Istanbul district of Fatih" is Fatih's)."""
    return (
        noun.lemma_ in ctx.lx.words.places.lists["ward_nouns"]
        and any(
            c.dep_ in ("compound", "nmod") and para.links.get(c.i) == name for c in noun.children
        )
        and not _known_town(ctx, name)
        and place != name
    )


def _bare_named(ctx: ArticleContext, para: Paragraph, noun: Any, name: str, kind: Any) -> bool:
    """A name right before a place noun of no article and no owner ("clashes in Sheikh
    Maqsoud district of Aleppo") is the noun's own name, as in "Sheikh Maqsoud district":
    an owning town takes an article ("the Istanbul district of Fatih"). Not a city noun
    ("Okinawa city" is a name of its own)."""
    return (
        kind is not EntityType.CITY
        and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)
        and any(c.dep_ == "compound" and para.links.get(c.i) == name for c in noun.children)
        and para.tokens[noun.i - 1].i in para.links
    )


def _admin_after_of(ctx: ArticleContext, noun: Any, pobj: Any) -> bool:
    """The place after "of" is named with an area noun of another kind ("the Chardara
    district of Kunduz province"): it is the larger area, and the name before the noun is the
    noun's own, not an owner's as in "the Istanbul district of Fatih"."""
    admin = ctx.lx.words.places.lists["admin_nouns"]
    word = pobj.lemma_.lower()
    return word in admin and word != noun.lemma_.lower()


def _known_town(ctx: ArticleContext, label: str) -> bool:
    """The gazetteer knows the label as a place with a country, or as a seat."""
    return ctx.resolver.country_of(label) is not None or label.lower() in ctx.lx.actors.seats


def _contains(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "the central province of Homs, which includes Palmyra", "Kachin state, which
    contains Myitkyina": the places a named area's relative clause says it holds lie in it."""
    verbs = ctx.lx.words.places.lists["contain_verbs"]
    for i in para.hits(ctx.word_set(_contain_words)):
        verb = para.tokens[i]
        if verb.lemma_.lower() not in verbs or verb.dep_ != "relcl" or verb.pos_ != "VERB":
            continue
        which = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "WDT"), None)
        if which is None:
            continue  # "the province, whose governor includes ...": not the place's own
        area, noun = _container(ctx, para, verb.head)
        if area is None and which.i > 1 and para.tokens[which.i - 1].text == ",":
            # "the governor of the province of Homs, which includes Palmyra": the clause
            # hung on the governor is the place's right before its comma
            area, noun = _container(ctx, para, para.tokens[which.i - 2])
        if area is None:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for name in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
                if name.i not in para.links:
                    # a name the model missed: a town of the area ("which includes Mayadeen")
                    town = _name(ctx, para, name, EntityType.CITY)
                    yield from _emit(ctx, para, name, town, area, 0.7, EntityType.CITY, noun)
                    continue
                inner = para.links[name.i]
                if ctx.etype_in(inner, PLACE_TYPES):
                    yield from _emit(ctx, para, name, inner, area, 0.75, strong=noun)


def _narrowing_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["narrowing_adverbs"]


def _narrowed(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "17 people were killed in India, mostly in the northern Bihar state", "raids in
    Yemen, mainly in Aden": a second "in" place of the same word, narrowed to by one of the
    ``narrowing_adverbs``, lies in the first."""
    for i in para.hits(ctx.word_set(_narrowing_words)):
        adverb = para.tokens[i]
        prep = adverb.head
        if adverb.dep_ != "advmod" or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        firsts = [
            p
            for p in prep.head.children
            if p.dep_ == "prep" and p.lower_ == "in" and p.i < adverb.i
        ]
        if len(firsts) != 1:
            continue
        outer_objs = [c for c in firsts[0].children if c.dep_ == "pobj"]
        if len(outer_objs) != 1:
            continue
        outer = para.links.get(outer_objs[0].i)
        if outer is None or not ctx.etype_is(outer, EntityType.COUNTRY):
            continue
        for pobj in _of_object(para, prep.head, ("in",)):
            if pobj.i < adverb.i:
                continue  # the first place's own objects
            inner = _area(ctx, para, pobj) or _tagged_name(ctx, para, pobj)
            if inner is None or ctx.etype_is(inner, EntityType.COUNTRY):
                continue  # "in Africa, mostly in Nigeria": a country lies in no other
            yield from _emit(ctx, para, pobj, inner, outer, 0.75)


def _tagged_name(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The place named before a place noun the parser took for its adjective ("the northern
    Bihar state": "Bihar" an amod)."""
    if noun.lemma_.lower() not in ctx.lx.words.places.place_nouns:
        return None
    return next(
        (
            label
            for c in noun.children
            if c.dep_ == "amod"
            and c.text[:1].isupper()
            and (label := para.links.get(c.i)) is not None
            and ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE))
        ),
        None,
    )


def _container(ctx: ArticleContext, para: Paragraph, token: Any) -> tuple[str | None, bool]:
    """The place a token names and whether a place noun says so ("Nineveh province", "the
    province of Homs"); none for a name not typed as a place."""
    area = named_place(ctx, para, token) or _area(ctx, para, token)
    noun = token.i not in para.links or _noun_of(ctx, token) is not token
    if area is None or not (noun or ctx.etype_in(area, PLACE_TYPES)):
        return None, False
    return area, noun


def _listed_parts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "large parts of Yemen, including Sanaa", "several towns in Mali, including Gao": the
    places a part or place noun of a named place lists lie in that place."""
    lists = ctx.lx.words.places.lists
    nouns = ctx.lx.words.places.place_nouns
    for i in para.hits(ctx.word_set(_listing_words)):
        prep = para.tokens[i]
        area = prep.head
        if prep.dep_ != "prep" or area.pos_ != "NOUN" or area.i in para.links:
            continue
        if area.lemma_ not in lists["part_nouns"] and area.lemma_ not in nouns:
            continue
        outer = next(
            (para.links[o.i] for o in _of_object(para, area, ("of", "in")) if o.i in para.links),
            None,
        )
        if outer is None or not ctx.etype_in(outer, PLACE_TYPES):
            continue
        # "towns ... including X": X is a town; "parts of Y, including X": a place
        kind = nouns.get(area.lemma_, EntityType.PLACE)
        for pobj in _of_object(para, area, (prep.lower_,)):
            inner = para.links.get(pobj.i)
            if inner is None or (ctx.etype_is(inner, EntityType.PERSON) and len(inner.split()) > 1):
                continue
            yield from _emit(ctx, para, pobj, inner, outer, 0.75, kind)


def _provincial_capitals(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "in Helmand province, ... overran the provincial capital, Lashkar Gah", "in Anbar
    province ... retaking the provincial city of Ramadi": a town named after a regional
    adjective lies in the province the sentence named before it."""
    lists = ctx.lx.words.places.lists
    for i in para.hits(ctx.word_set(_place_words)):
        noun = para.tokens[i]
        kind = ctx.lx.words.places.place_nouns.get(noun.lemma_.lower())
        if kind is not EntityType.CITY or not any(
            c.dep_ == "amod" and c.lower_ in lists["admin_adjectives"] for c in noun.children
        ):
            continue
        # "the provincial capital, Lashkar Gah", "the provincial city of Ramadi"; when a
        # clause follows ("the provincial capital, Ramadi, officials said") the parser may
        # hang the apposition elsewhere: the name right after the noun's comma
        names = [c for c in noun.children if c.dep_ == "appos"] + _of_object(para, noun)
        if noun.i + 2 < len(para.tokens) and para.tokens[noun.i + 1].text == ",":
            names.append(para.tokens[noun.i + 2])
        inner = next((para.links[c.i] for c in names if c.i in para.links), None)
        start = para.sent_starts[i]
        outer = next(
            (
                label
                for t in reversed(para.tokens[start:i])
                if t.lemma_ in lists["admin_nouns"]
                and (label := _area(ctx, para, t) or named_place(ctx, para, t)) is not None
            ),
            None,
        )
        if inner is not None and outer is not None and inner != outer:
            yield from _emit(ctx, para, noun, inner, outer, 0.7, EntityType.CITY, strong=True)


def _compound_name(para: Paragraph, noun: Any) -> str | None:
    """The name in front of a place noun ("Helmand province")."""
    return next(
        (para.links[c.i] for c in noun.children if c.dep_ == "compound" and c.i in para.links),
        None,
    )


def _owned_name(
    ctx: ArticleContext, para: Paragraph, noun: Any, kind: EntityType
) -> Iterator[Draft]:
    """ "Myanmar's Rakhine state", "Iraq's western Anbar province": the name in front of a
    lower-case place noun lies in the noun's owner."""
    lists = ctx.lx.words.places.lists
    if not noun.is_lower or noun.lemma_ not in lists["admin_nouns"] | lists["owned_place_nouns"]:
        return
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(named) != 1 or len(owners) != 1 or owners[0].i > named[0].i:
        return
    outer = modifier_place(ctx, para, owners[0])
    if outer is None or not ctx.etype_in(outer, PLACE_TYPES):
        return
    name = named[0]
    if name.i in para.links or name.i != noun.i - 1:
        inner = _name(ctx, para, name, kind)
    else:
        # a name the model missed keeps its noun ("Rakhine state"), as "the Khaldiya
        # district" does
        start = name.i
        while start > name.sent.start and para.tokens[start - 1].pos_ == "PROPN":
            if start - 1 in para.links:
                break
            start -= 1
        inner = para.text[para.tokens[start].idx : noun.idx + len(noun.text)]
        ctx.record(para, SpanMention(start, noun.i + 1, inner, "GPE"), inner)
        ctx.resolver.add_vote(inner, kind, 2)
    yield from _emit(ctx, para, name, inner, outer, 0.8, kind, strong=True)


def _capital(ctx: ArticleContext, label: str) -> bool:
    seat = ctx.lx.actors.seats.get(label.lower())
    return seat is not None and seat.kind in ("capital", "seat")


def _predicates(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Husaybah is part of the Khaldiya district", "X is a town in Y", "X is the capital
    of Y", "X lies in Y", "X is located in Y"."""
    nouns = ctx.lx.words.places.place_nouns
    lemmas, tokens = para.lemmas, para.tokens
    locating = ("be", "lie", "locate", "situate", "sit")
    for i in para.hits(frozenset(locating)):
        verb = tokens[i]
        lemma = lemmas[verb.i]
        if lemma not in locating:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or (subjects[0].pos_ != "PROPN" and subjects[0].i not in para.links):
            continue  # a name, or a reference resolved to one ("The town ... is the capital of")
        if lemma == "be":
            for attr in (c for c in verb.children if c.dep_ == "attr"):
                kind = nouns.get(attr.lemma_.lower())
                if attr.lemma_.lower() == "home":
                    # "The city is also home to the notorious Tadmor prison": a named place
                    # the subject holds (not "home to 100,000 people")
                    outer = para.links.get(subjects[0].i)
                    for pobj in _of_object(para, attr, ("to",)):
                        # a facility's noun ("prison", "mosque") makes it a place, whatever
                        # the model typed it
                        built = pobj.lemma_.lower() in ctx.lx.words.places.facility_nouns
                        inner = _area(ctx, para, pobj)
                        yield from _emit(ctx, para, verb, inner, outer, 0.75, strong=built)
                    continue
                if attr.lemma_.lower() == "part":
                    outers = [_area(ctx, para, p) for p in _of_object(para, attr)]
                    kind = EntityType.PLACE
                    yield from _part_of_body(ctx, para, verb, subjects[0], outers)
                    outers = [o for o in outers if o is None or not _body(ctx, o)]
                elif kind is not None:
                    outers = [_owner(ctx, para, attr)]
                else:
                    continue
                inner = _name(ctx, para, subjects[0], kind)
                for outer in outers:
                    yield from _emit(ctx, para, verb, inner, outer, 0.8, kind, strong=True)
        else:
            inner = para.links.get(subjects[0].i)
            for pobj in _of_object(para, verb, ("in",)):
                outer = _area(ctx, para, pobj)
                yield from _emit(ctx, para, verb, inner, outer, 0.75)
            if _where_clause(verb):
                # "Homs province, where the city is located": the place the clause describes
                yield from _emit(ctx, para, verb, inner, _area(ctx, para, verb.head), 0.75)


def _where_clause(verb: Any) -> bool:
    """ "X, where Y is located": a relative clause opened by "where" with no place of its own
    ("in ...") on the verb."""
    kids = list(verb.children)
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in kids)
        and not any(c.dep_ == "prep" for c in kids)
    )


def _body(ctx: ArticleContext, label: str) -> bool:
    """The label is typed an organisation or a group, not a place."""
    return ctx.etype_in(label, (EntityType.ORGANIZATION, EntityType.GROUP))


def _part_of_body(
    ctx: ArticleContext, para: Paragraph, verb: Any, subject: Any, outers: list[str | None]
) -> Iterator[Draft]:
    """ "Ahrar al-Sham is part of the Fattah Army": a part of a body is its member, not a
    place in it (a place typed as a body stays a place: "X is part of the Khaldiya
    district")."""
    inner = para.links.get(subject.i)
    if inner is None or ctx.etype_in(inner, PLACE_TYPES):
        return
    for outer in outers:
        if outer is not None and outer != inner and _body(ctx, outer):
            yield ctx.draft(para, verb, inner, Predicate.MEMBER_OF, outer, 0.75)


def _place_in(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A named place inside another: "the Palace of Fine Arts, in San Francisco",
    "Beijing's Tiananmen Square", "Kassala in eastern Sudan", "Gosince on Macedonia's
    northern border", "Dhamar and Baida provinces in central Yemen"."""
    words = ctx.lx.words.places
    links, heads, lemmas, deps, tokens = para.links, para.heads, para.lemmas, para.deps, para.tokens
    # each phrase below starts from a preposition's form or from "one": in a paragraph without
    # the word (``Paragraph.words``, forms and lemmas) it finds nothing, and is not looked for
    held = para.words
    has_in, has_one = "in" in held, "one" in held
    has_edge = not held.isdisjoint(("on", "along"))
    for i, label in enumerate(map(links.get, range(len(tokens)))):  # (read as it goes)
        if label is None or links.get(heads[i]) == label:
            continue  # not the root of a mention (``_root``)
        token = tokens[i]
        head = tokens[heads[i]]
        kind = words.place_nouns.get(lemmas[head.i])
        if deps[i] in ("compound", "nmod") and kind is not None and head.i not in para.links:
            # "Dhamar and Baida provinces in central Yemen": the names share the noun's place
            outers = [_area(ctx, para, p) for p in _of_object(para, head, ("in",))]
            outers += [para.links[p.i] for p in _in_after(para, head)]
            # "most of Idlib province, in Syria's northwest": after the noun's comma
            outers += [
                _area(ctx, para, p)
                for p in _in_after(para, head, named=False, comma=True)
                if p.i not in para.links
            ]
            for name in [token, *(c for c in token.children if c.dep_ == "conj")]:
                inner = para.links.get(name.i)
                if inner is not None:
                    ctx.resolver.add_vote(inner, kind, 3)
                for outer in outers:
                    yield from _emit(ctx, para, name, inner, outer, 0.75, kind)
            continue
        owners = [para.links[c.i] for c in token.children if c.dep_ == "poss" and c.i in para.links]
        ins = _of_object(para, token, ("in",)) if has_in else []
        if lemmas[i] in words.lists["ward_nouns"]:
            ins += _of_object(para, token)  # "the Muslim Quarter of the Old City" (rel43)
        # "Ariha, one of the last government bastions in Idlib": one of the places in Y
        if has_one and has_in:
            ins += [
                place
                for one in [
                    *token.children,
                    *_noun_of(ctx, token).children,
                    *_next_one(para, token),
                ]
                if one.dep_ == "appos" and one.lemma_ == "one"
                for kind in _of_object(para, one)
                if kind.tag_ == "NNS"
                for place in _of_object(para, kind, ("in",))
            ]
        after = _in_after(para, token, named=False, comma=True) if has_in else []
        edges = _edges(ctx, para, token) if has_edge else []
        # a site's name of two words or more ("Tahrir Square roundabout"); not a town the
        # gazetteer labels with two ("the Gaza market": "Gaza" is the gazetteer's "Gaza Strip")
        site = (
            token.dep_ == "compound"
            and head.lower_ in words.lists["site_nouns"]
            and " " in label
            and ctx.lx.lookup(label) is None
        )
        if not (owners or ins or after or edges or site):
            continue  # the sentence first, the type after (``kg.pipeline_records``)
        if not ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
            continue
        outers = [*owners, *(_area(ctx, para, p) for p in ins)]
        outers += [_area(ctx, para, p) for p in after]
        known = ctx.resolver.country_of(label) is not None or label.lower() in ctx.lx.actors.seats
        if site and not known:
            # a street's or a square's name, not a town's ("the Gaza market in Cairo", "the
            # Kabul road in Jalalabad": the town names the site, and is not in the place)
            # "the Tahrir Square roundabout in central Cairo": the name's phrase goes on
            sites = _of_object(para, head, ("in",)) + _in_after(para, head, named=False)
            outers += [_area(ctx, para, p) for p in sites]
        outers += [_owner(ctx, para, edge) for edge in edges]
        for outer in dict.fromkeys(o for o in outers if o is not None):
            if not _open_water(ctx, label, outer):
                yield from _emit(ctx, para, token, label, outer, 0.7)


def _edges(ctx: ArticleContext, para: Paragraph, token: Any) -> list[Any]:
    """The edge nouns a place's phrase lies "on" or "along" ("Gosince on Macedonia's northern
    border", "the Yarmouk camp on the southern suburbs of Damascus"; ``edge_nouns``, read by
    lemma: "outskirts" is "outskirt"); "on the border of" is not said, so a border needs its
    owner's possessive."""
    return [
        edge
        for edge in _of_object(para, token, ("on", "along"))
        + _in_after(para, token, ("on", "along"))
        if edge.lemma_.lower() in ctx.lx.words.places.edge_nouns
        and (
            edge.lemma_.lower() not in ("border", "frontier")
            or any(c.dep_ == "poss" for c in edge.children)
        )
    ]


def _next_one(para: Paragraph, token: Any) -> list[Any]:
    """The words right after the name's phrase and its comma ("Ariha, one of ..."), where the
    parser hung the apposition elsewhere."""
    end = token.right_edge.i
    if para.tokens[end].text != ",":
        end += 1  # the comma may hang on the name ("Ariha ,") or after its phrase
    if end + 1 < len(para.tokens) and para.tokens[end].text == ",":
        return [para.tokens[end + 1]]
    return []


def _noun_of(ctx: ArticleContext, name: Any) -> Any:
    """The place noun a name is "of" ("the town of Ariha"), else the name itself."""
    prep = name.head
    if (
        name.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i != prep.i
        and prep.head.lemma_.lower() in ctx.lx.words.places.place_nouns
    ):
        return prep.head
    return name


def _open_water(ctx: ArticleContext, inner: str, outer: str) -> bool:
    """ "dumping by the Soviet Union in the Sea of Japan": a bare "in" a sea or a lake tells
    where something happened; only islands and reefs lie in it."""
    lists = ctx.lx.words.places.lists
    return (
        not ctx.etype_is(outer, EntityType.COUNTRY)
        and bool(set(outer.lower().split()) & lists["open_waters"])
        and not set(inner.lower().split()) & lists["island_nouns"]
    )


def _framed(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "In the rebel-held northern province of Jawf, tribesmen seized control of Yatamah":
    a sentence that opens in an area (a province, district or region) tells of towns inside
    it: the towns its verb acts on or in ("seized Yatamah", "fighting in Yatamah"), not those
    it goes to or comes from."""
    admin = ctx.lx.words.places.lists["admin_nouns"]
    lowers, deps, poses, heads = para.lowers, para.deps, para.poses, para.heads
    for start, _ in para.sents:
        if lowers[start] != "in" or deps[start] != "prep" or poses[heads[start]] != "VERB":
            continue
        first = para.tokens[start]
        verb = first.head
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in admin:
            continue
        area = _area(ctx, para, pobj)
        if area is None:
            continue
        inside = [c for c in verb.children if c.dep_ == "dobj"]
        inside += [
            p
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and prep.i != first.i
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        inside += [o for d in list(inside) for o in _of_object(para, d)]
        for node in inside:
            label = para.links.get(node.i)
            if label is not None and label != area and ctx.etype_is(label, EntityType.CITY):
                yield from _emit(ctx, para, node, label, area, 0.7)


def _distance(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Kumanovo is a town located about 40km northeast of the capital Skopje", "Yumbis
    village, 70km north of Garissa": a place a short way from a city lies in that city's
    country (not in the city)."""
    words = ctx.lx.words.places.lists
    lowers, tokens = para.lowers, para.tokens
    for i in para.hits(ctx.word_set(_direction_words)):
        way = tokens[i]
        if lowers[way.i] not in words["directions"]:
            continue
        if not any(
            c.dep_ == "npadvmod" and c.lower_ in words["distance_units"] for c in way.children
        ):
            continue
        cities = [c for p in _of_object(para, way) if (c := named_place(ctx, para, p))]
        country = city_country(ctx, cities[0]) if cities else None
        inner = _described(ctx, para, way)
        if country is not None and inner is not None:
            yield from _emit(ctx, para, way, inner, country, 0.7, strong=True)


def city_country(ctx: ArticleContext, city: str) -> str | None:
    """The country label of a city the article or the data places: "Geneva, Switzerland"
    earlier, or a capital ("Skopje") whose country the article names."""
    if city in ctx.place_country:
        return ctx.place_country[city]
    seat = ctx.lx.actors.seats.get(city.lower())
    return named_country(ctx, seat.iso if seat is not None else ctx.resolver.country_of(city))


def _described(ctx: ArticleContext, para: Paragraph, way: Any) -> str | None:
    """The place a distance phrase describes: the subject of "X is a town located ...", the
    noun it qualifies ("a town 40km north of"), or the place right before its comma."""
    head = way.head
    if head.dep_ == "acl" and head.lemma_.lower() in ("locate", "situate", "lie", "base"):
        head = head.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in ctx.lx.words.places.place_nouns:
        if head.dep_ == "attr":
            subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
            return para.links.get(subjects[0].i) if subjects else None
        if head.dep_ == "appos":
            return para.links.get(head.head.i)
        return named_place(ctx, para, head)
    start = way.left_edge.i
    if start >= 2 and para.tokens[start - 1].text == ",":
        return named_place(ctx, para, para.tokens[start - 2])
    return None


def _same_event(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "carried out its deadliest attack in Kenya earlier this year, when its fighters
    massacred 148 people at a university in Garissa": one event placed twice, in a country by
    the clause and in a town by its "when" clause; the town is in the country."""
    same_time = ctx.lx.words.places.lists["same_time"]
    lowers, deps, tokens = para.lowers, para.deps, para.tokens
    for i in para.hits(ctx.word_set(_same_time_words)):
        when = tokens[i]
        if lowers[when.i] not in same_time or deps[when.i] not in ("advmod", "mark"):
            continue
        verb = when.head
        if verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
            continue
        main = verb.head
        outside = {t.i for t in verb.subtree}
        countries = {
            para.links[t.i]
            for t in main.subtree
            if t.i not in outside
            and t.i in para.links
            and t.dep_ == "pobj"
            and t.head.lower_ == "in"
            and ctx.etype_is(para.links[t.i], EntityType.COUNTRY)
        }
        if len(countries) != 1:
            continue
        country = countries.pop()
        for token in verb.subtree:
            if token.dep_ != "pobj" or token.head.lower_ not in ("in", "at"):
                continue
            label = named_place(ctx, para, token)
            if label is None or not ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
                continue
            known = ctx.resolver.country_of(label)
            if known is None or known == ctx.resolver.country_of(country):
                yield from _emit(ctx, para, token, label, country, 0.65)
