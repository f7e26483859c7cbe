"""Places named as parts of other places: "the al-Tawahi district of Aden", "the Naltar Valley
area of Gilgit-Baltistan" (a name before a part noun lies in the place after "of", a name the
model missed included), "in Maiduguri and the rest of Borno State", "Turkey's tourism
destination, the city of Antalya", "Kabul's airport", "made gains in northwestern Syria,
seizing the city of Idlib", and "Located in Homs province, the city lies ..."."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.discourse import Discourse
from kg.extract.places import _area, _emit, _of_object, modifier_place, named_place
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType

if TYPE_CHECKING:
    from kg.lexicon import Lexicon


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The stage's words: the part nouns and the nouns of the rest."""
    lists = lx.words.places.lists
    return (
        lists["named_part_nouns"]
        | lists["feature_nouns"]
        | lists["rest_nouns"]
        | lists["other_part_nouns"]
        | lists["town_facility_nouns"]
        | frozenset(lx.words.places.place_nouns)
    )


def place_parts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Every part-of-a-place rule over one paragraph."""
    yield from _named_parts(ctx, para)
    yield from _owned_parts(ctx, para)
    yield from _rest_of(ctx, para)
    yield from _owned_appositions(ctx, para)
    yield from _town_facilities(ctx, para)
    yield from _placed_in_country(ctx, para)


def _part_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["named_part_nouns"]


def _owned_part_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["named_part_nouns"] | lx.words.places.lists["feature_nouns"]


def _rest_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["rest_nouns"] | lx.words.places.lists["other_part_nouns"]


def _named_parts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "the al-Tawahi district of Aden", "the Subid Bazar area of Sylhet city": the name
    before a singular part noun, after "the", names a part of the place after "of" (or
    "in", with no "of": "the Tahrir area in central Sanaa"). A name
    the model missed becomes a place; a tagged one counts with a noun that is no place noun
    of its own ("area": the place nouns' rules in ``kg.extract.places`` read the others)."""
    lists = ctx.lx.words.places.lists
    tokens = para.tokens
    for i in para.hits(ctx.word_set(_part_words)):
        noun = tokens[i]
        if noun.lower_ not in lists["named_part_nouns"] or noun.tag_ != "NN" or i in para.links:
            continue
        span = _name_span(para, noun)
        if span is None:
            continue
        start, end = span
        pobjs = [p for p in _of_object(para, noun) if p.head.head.i == noun.i]
        # "the Tahrir area in central Sanaa": the place the part lies "in", when no "of" names
        # it (a tagged name must then be a place already: "the Houthi area in X" is theirs)
        within = not pobjs
        if within:
            pobjs = _in_after(para, noun)
        if len(pobjs) != 1:
            continue
        outer = _area(ctx, para, pobjs[0])
        if outer is None or not ctx.etype_in(outer, PLACE_TYPES):
            continue
        labels = {para.links.get(k) for k in range(start, end)}
        inner: str | None = None
        if labels == {None}:
            inner = para.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
            ctx.record(para, SpanMention(start, end, inner, "GPE"), inner)
        elif len(labels) == 1 and noun.lemma_ not in ctx.lx.words.places.place_nouns:
            inner = labels.pop()
            if inner is None or ctx.etype_is(inner, EntityType.COUNTRY):
                continue  # "the US area of ...": an owner
            if within and not ctx.etype_in(inner, PLACE_TYPES):
                continue
        if inner is None:
            continue
        yield from _emit(ctx, para, noun, inner, outer, 0.75, EntityType.PLACE, strong=True)


def _in_after(para: Paragraph, noun: Any) -> list[Any]:
    """The objects of an "in" right after the part noun, wherever the parser hung it: on the
    noun, or on what governs the noun's phrase ("attacked the Karrada area in Baghdad", "the
    building in the Tahrir area in central Sanaa")."""
    if noun.i + 1 >= len(para.tokens):
        return []
    prep = para.tokens[noun.i + 1]
    if (
        prep.lower_ != "in"
        or prep.dep_ != "prep"
        or prep.head not in (noun, noun.head, noun.head.head)
    ):
        return []
    return [p for p in prep.children if p.dep_ == "pobj"]


# what a name before an owned part noun must not be: an owner or an actor ("Syria's Kurdish
# area", "Iraq's ISIL areas"), not the part's own name
_NOT_PART_NAMES = (EntityType.COUNTRY, EntityType.GROUP, EntityType.ORGANIZATION)


def _owned_parts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "in central Baghdad's Bab al-Sharji area", "Damascus's Bab Touma district", "Syria's
    Qalamoun mountain range": the name between a place's possessive and a singular part noun
    or a land feature's noun (``feature_nouns``) names a part of that place. The model often
    tags such a name as a person ("Bab Touma") or splits it into several words hung on the
    noun, which the single-name rule of ``kg.extract.places`` does not read; a name it missed
    becomes a place."""
    features = ctx.lx.words.places.lists["feature_nouns"]
    tokens = para.tokens
    for i in para.hits(ctx.word_set(_owned_part_words)):
        noun = tokens[i]
        feature = noun.lower_ in features
        if (noun.tag_ != "NN" and not feature) or i in para.links or _of_object(para, noun):
            continue
        span = _owned_name_span(para, noun, feature)
        if span is None:
            continue
        start, end = span
        outer = modifier_place(ctx, para, tokens[start - 2])
        if outer is None or not ctx.etype_in(outer, PLACE_TYPES):
            continue
        labels = {para.links.get(k) for k in range(start, end)}
        if labels == {None}:
            inner = para.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
            ctx.record(para, SpanMention(start, end, inner, "GPE"), inner)
            ctx.resolver.add_vote(inner, EntityType.PLACE, 2)
        elif len(labels) == 1 and (label := labels.pop()) is not None:
            if ctx.etype_in(label, _NOT_PART_NAMES) or label == outer or _known(ctx, label):
                continue
            inner = label
            if not ctx.etype_in(inner, PLACE_TYPES):
                ctx.resolver.add_vote(inner, EntityType.PLACE, 2)  # "Bab Touma" read as a person
        else:
            continue
        yield from _emit(ctx, para, noun, inner, outer, 0.75, EntityType.PLACE, strong=True)


def _known(ctx: ArticleContext, label: str) -> bool:
    """The gazetteer knows the label as a person or body, no place's part."""
    entry = ctx.lx.lookup(label)
    return entry is not None and entry.type not in PLACE_TYPES


def _owned_name_span(para: Paragraph, noun: Any, feature: bool) -> tuple[int, int] | None:
    """The proper-noun words right before the noun, right after an owner's "'s" whose owner
    hangs on the noun ("Baghdad's Bab al-Sharji area"), or on the phrase a feature's noun
    begins ("Syria's Qalamoun mountain range"): ``(start, end)``, or none."""
    tokens = para.tokens
    start = noun.i
    while start > noun.sent.start and (
        tokens[start - 1].pos_ == "PROPN"
        or (tokens[start - 1].text == "-" and tokens[start - 2].pos_ in ("PROPN", "NOUN"))
        or (tokens[start - 1].lower_ == "al" and tokens[start - 1].head.i >= start)
    ):
        start -= 1
    if start == noun.i or start < noun.sent.start + 2:
        return None
    name = tokens[start : noun.i]
    if not name[0].text[:1].isupper() or not name[-1].text[:1].isupper():
        return None
    head = noun.head if feature and noun.dep_ == "compound" else noun
    if any(t.head.i < start or t.head.i > max(noun.i, head.i) for t in name):
        return None  # the words belong to another phrase
    case, owner = tokens[start - 1], tokens[start - 2]
    if case.dep_ != "case" or owner.dep_ != "poss" or owner.head.i != head.i:
        return None
    return start, noun.i


def _name_span(para: Paragraph, noun: Any) -> tuple[int, int] | None:
    """The proper-noun words right before the noun, after its "the" (and any adjectives):
    ``(start, end)``, or none when no capitalised name stands there."""
    tokens = para.tokens
    start = noun.i
    while start > noun.sent.start and tokens[start - 1].pos_ == "PROPN":
        start -= 1
    if start == noun.i or start == noun.sent.start:
        return None
    name = tokens[start : noun.i]
    if not name[0].text[:1].isalpha() or not any(t.text[:1].isupper() for t in name):
        return None
    if any(t.head.i < start or t.head.i > noun.i for t in name):
        return None  # the words belong to another phrase
    before = start - 1
    while before > noun.sent.start and tokens[before].dep_ == "amod":
        before -= 1  # "the rebel-held Salaheddine district"
    det = tokens[before]
    if det.pos_ == "ADP" and before == start - 1 and noun.head.i == det.i:
        # "in Chabahil area of eastern Kathmandu": no article, the phrase is the
        # preposition's object
        return start, noun.i
    if det.lower_ != "the" or det.head.i != noun.i:
        return None
    return start, noun.i


def _rest_of(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "in Maiduguri and the rest of Borno State", "Aden and other parts of the south of
    Yemen": a town listed with the rest (or the other parts) of a place lies in it."""
    lists = ctx.lx.words.places.lists
    tokens = para.tokens
    for i in para.hits(ctx.word_set(_rest_words)):
        noun = tokens[i]
        lemma = noun.lemma_.lower()
        if noun.dep_ != "conj" or i in para.links:
            continue
        if lemma in lists["rest_nouns"]:
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                continue
        elif lemma not in lists["other_part_nouns"] or not any(
            c.dep_ == "amod" and c.lower_ == "other" for c in noun.children
        ):
            continue
        outers = [_area(ctx, para, p) for p in _of_object(para, noun, ("of", "in"))]
        first = noun.head
        listed = [first, *(c for c in first.children if c.dep_ == "conj" and c.i < noun.i)]
        left = noun.left_edge.i
        if left >= 2 and tokens[left - 1].lower_ == "and":
            listed.append(tokens[left - 2])  # the name right before "and", however it hangs
        for outer in outers:
            if outer is None or not ctx.etype_in(outer, PLACE_TYPES):
                continue
            for inner, town in {para.links.get(t.i): t for t in listed}.items():
                if inner is not None and ctx.etype_in(inner, (EntityType.CITY, EntityType.PLACE)):
                    yield from _emit(ctx, para, town, inner, outer, 0.7)


def _owned_appositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "in Turkey's popular tourism destination, the city of Antalya": a country's thing
    described by a place noun that names a town is the country's town. The noun must give a
    town or an area, not a country ("Iran's ally, the nation of Syria")."""
    nouns = ctx.lx.words.places.place_nouns
    for i in para.hits(ctx.word_set(_place_nouns)):
        noun = para.tokens[i]
        kind = nouns.get(noun.lemma_.lower())
        if kind not in (EntityType.CITY, EntityType.PLACE) or noun.dep_ != "appos":
            continue
        if any(t.dep_ in ("cc", "conj") for t in noun.subtree):
            continue  # "Kenya's economy, the town of Eldoret and trade": a list
        owner_noun = noun.head
        left = noun.left_edge.i
        if left >= 2 and para.tokens[left - 1].text == "," and para.tokens[left - 2].pos_ == "NOUN":
            owner_noun = para.tokens[left - 2]  # the phrase right before the comma, however hung
        if owner_noun.i in para.links or owner_noun.lemma_.lower() in nouns:
            continue  # a name's apposition, or a place noun's (``kg.extract.places``)
        owners = [
            label
            for c in owner_noun.children
            if c.dep_ == "poss" and (label := para.links.get(c.i)) is not None
        ]
        if len(owners) != 1 or not ctx.etype_is(owners[0], EntityType.COUNTRY):
            continue
        for pobj in _of_object(para, noun):
            inner = para.links.get(pobj.i)
            if inner is not None:
                yield from _emit(ctx, para, pobj, inner, owners[0], 0.75, kind, strong=True)


def _town_facility_words(lx: Lexicon) -> frozenset[str]:
    return lx.words.places.lists["town_facility_nouns"]


def _town_facilities(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "near Kabul's airport", "Aden's port": a town's one facility of a kind is a place of
    its own ("Kabul airport"), in the town. Only a bare singular noun after a town's
    possessive: not "Kabul's airports", "Kabul's new airport" or "Turkey's airport"."""
    words = ctx.lx.words.places.lists["town_facility_nouns"]
    tokens = para.tokens
    for i in para.hits(ctx.word_set(_town_facility_words)):
        noun = tokens[i]
        if noun.lower_ not in words or noun.tag_ != "NN" or i in para.links:
            continue
        children = list(noun.children)
        owners = [c for c in children if c.dep_ == "poss"]
        if len(owners) != 1 or any(c.i < noun.i and c.dep_ != "poss" for c in children):
            continue
        owner = owners[0]
        town = para.links.get(owner.i)
        if town is None or not ctx.etype_is(town, EntityType.CITY) or owner.i + 2 != noun.i:
            continue  # "Kabul 's airport": the name, its "'s", the noun
        start = owner.i
        while start > noun.sent.start and para.links.get(start - 1) == town:
            start -= 1
        text = para.text[tokens[start].idx : noun.idx + len(noun.text)]
        label = f"{town} {noun.lower_}"
        ctx.record(para, SpanMention(start, noun.i + 1, text, "FAC"), label)
        ctx.resolver.add_vote(label, EntityType.PLACE, 5)
        yield from _emit(ctx, para, noun, label, town, 0.75)


def _placed_in_country(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "made gains in northwestern Syria ..., seizing the city of Idlib, the town of Jisr
    al-Shughour", "Meanwhile in Syria, ISIL has seized territory in the central province of
    Homs": one deed placed in a country and, by a place noun, in a town or an area (the
    object of its participle, or a second "in" of its verb); the town lies in that country.
    Not a place its own words put elsewhere ("the Iraqi city of X"), nor one the data puts
    in another country, nor with two countries on the verb."""
    nouns = ctx.lx.words.places.place_nouns
    tokens = para.tokens
    for i in para.hits(ctx.word_set(_place_nouns)):
        noun = tokens[i]
        if noun.lemma_.lower() not in nouns or noun.pos_ != "NOUN" or i in para.links:
            continue
        label = named_place(ctx, para, noun)
        if label is None or not ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
            continue
        if any(modifier_place(ctx, para, c) for c in noun.children if c.i < noun.i):
            continue  # "the Iraqi city of X", "Syria's city of X": its own words place it
        verb = _deed_of(noun)
        country = _country_of_deed(ctx, para, verb, noun) if verb is not None else None
        if country is None:
            continue
        known = ctx.resolver.country_of(label)
        if known is None or known == ctx.resolver.country_of(country):
            yield from _emit(ctx, para, noun, label, country, 0.7)


def _deed_of(noun: Any) -> Any | None:
    """The verb whose deed a place phrase tells where: the verb of a participle the phrase is
    the object of ("..., seizing the city of X"), through an apposition ("the city of X, the
    town of Y"), or the verb of its "in" ("seized territory in the province of Homs")."""
    while noun.dep_ == "appos" or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    head = noun.head
    if noun.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ == "advcl":
        return head.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
        return head.head
    return None


def _country_of_deed(ctx: ArticleContext, para: Paragraph, verb: Any, noun: Any) -> str | None:
    """The one country an "in" on the verb or on its object names ("made gains in
    northwestern Syria", "Meanwhile in Syria, ... seized"), not the place phrase's own."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    found = {
        para.links[p.i]
        for h in holders
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i != noun.head.i
        for p in prep.children
        if p.dep_ == "pobj"
        and p.i in para.links
        and ctx.etype_is(para.links[p.i], EntityType.COUNTRY)
    }
    return found.pop() if len(found) == 1 else None


def _place_nouns(lx: Lexicon) -> frozenset[str]:
    return frozenset(lx.words.places.place_nouns)


def fronted_locations(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "Located in central Homs province, the city lies ...", "Situated in northern Syria,
    Kobani ...": a sentence that opens with where its subject lies. A subject "the city"
    (a place noun) is the one place of its kind the sentence before named."""
    verbs = ctx.lx.words.places.lists["fronted_location_verbs"]
    nouns = ctx.lx.words.places.place_nouns
    disc = Discourse(paras)
    for para in paras:
        for start, _ in para.sents:
            verb = para.tokens[start]
            if verb.lemma_.lower() not in verbs or verb.tag_ != "VBN" or verb.dep_ != "advcl":
                continue
            outers = [_area(ctx, para, p) for p in _of_object(para, verb, ("in",))]
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(subjects) != 1 or len(outers) != 1 or outers[0] is None:
                continue
            subject, outer = subjects[0], outers[0]
            inner = para.links.get(subject.i)
            kind = nouns.get(subject.lemma_.lower())
            if inner is None and kind is not None and subject.tag_ == "NN":
                if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                    continue
                labels = {
                    s.label
                    for s in disc.before(para, subject, 1)
                    if not s.adjective and s.label != outer and ctx.etype_is(s.label, kind)
                }
                inner = labels.pop() if len(labels) == 1 else None
            if inner is not None and ctx.etype_in(inner, (EntityType.CITY, EntityType.PLACE)):
                yield from _emit(ctx, para, verb, inner, outer, 0.7)
