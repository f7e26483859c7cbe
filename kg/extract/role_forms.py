"""More ways news writes a role: "a senior Iraqi lawmaker, X" read from the words when the
parse misses the apposition, "X became president" and "take over as Nigeria's head of
state", "his vice-president-elect X", and parts of organisations ("al-Qaeda affiliate X",
"the youth wing of the PKK, the YDG-H"); members given as examples ("member states such as
Britain") are kg/extract/member_examples.py's."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.lede_titles import lede_holder
from kg.extract.role_owners import STATE_SECTORS, role_of
from kg.extract.roles import elect_status, led_by, office_of, role_noun
from kg.lexicon import Lexicon
from kg.resolve.collectives import shared_complement_noun
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate, Status

_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–", '"', "”"})
_ORG_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
_PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})


def surface_appositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "a senior Iraqi lawmaker, Hakim al-Zamili, who said": a title phrase, a comma and a
    person's name closed by punctuation or a verb, which the parser did not join. A title
    read as a collective actor ("Iraqi lawmaker" -> Iraqi legislature) is the person."""
    yield from _credit_line(ctx, para)
    yield from _dash_line(ctx, para)
    yield from _owner_titles(ctx, para)
    tokens, lowers, starts = para.tokens, para.lowers, para.sent_starts
    # the commas only, picked out in one comprehension (not a loop's test at every word)
    for c in [c for c, lower in enumerate(lowers) if lower == ","]:
        if not 1 <= c < len(tokens) - 1 or starts[c + 1] != starts[c - 1]:
            continue
        person = para.links.get(c + 1)
        if person is None or not ctx.etype_is(person, EntityType.PERSON):
            continue
        end = para.name_end(c + 1, person)
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if after is not None and after.text not in _CLOSERS and after.pos_ not in ("VERB", "AUX"):
            continue  # "the minister, X and Y": a list, not an apposition
        noun = _title_noun(ctx, para, tokens[c - 1])
        if noun is None or _apposed(noun, tokens[c + 1 : end + 1]):
            continue
        _take_over_collective(ctx, para, noun, person)
        drafts = [elect_status(ctx, d) for d in role_noun(ctx, para, noun, person, tokens[c + 1])]
        if drafts and noun.i not in para.links:
            para.links[noun.i] = person  # "talks with the UN envoy, X": the envoy is X
        yield from drafts


def _owner_titles(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "X, NATO secretary-general, said": a person's name, a comma, an organisation's or a
    country's name and a lower-case title closed by punctuation, which the parser hung
    elsewhere (the name as an apposition of the person, the title of the name)."""
    if "," not in para.words:
        return  # every line it reads has a comma after the name
    tokens = para.tokens
    for c in (i + 1 for i in para.linked() if i < len(tokens) - 4):  # (it links no token)
        person = para.links[c - 1]
        if tokens[c].text != ",":
            continue
        if not ctx.etype_is(person, EntityType.PERSON):
            continue
        start = c + 2 if tokens[c + 1].lower_ == "the" else c + 1
        owner = para.links.get(start)
        if owner is None or owner == person or not ctx.etype_in(owner, ACTOR_TYPES):
            continue
        end = para.name_end(start, owner)
        close = end + 1
        while close < len(tokens) and close - end <= 4 and tokens[close].text not in _CLOSERS:
            word = tokens[close]
            if word.i in para.links or not (
                (word.is_alpha and word.is_lower) or word.tag_ == "HYPH"
            ):
                break
            close += 1
        if close == end + 1 or close >= len(tokens) or tokens[close].text not in _CLOSERS:
            continue
        title = para.text[tokens[end + 1].idx : tokens[close].idx]
        title = title.strip()
        predicate = role_of(ctx, title)
        last = tokens[close - 1].lemma_.lower()
        words = title.lower().split()
        if words[:1] and words[0] in ctx.lx.title_words.get("deputy_words", ()):
            words = words[1:]
        if (
            predicate is None
            or " ".join(words) not in ctx.lx.roles  # "foreign policy chief": a portfolio's
            or last in ctx.lx.title_words.get("profession_titles", ())
        ):
            continue
        if _apposed_title(para, tokens[end + 1 : close], tokens[c - 1]):
            continue
        ctx.name_title(para, tokens[c - 1], title, person)
        yield elect_status(
            ctx,
            ctx.draft(para, tokens[c - 1], person, predicate, owner, title=title, confidence=0.8),
        )


def _apposed_title(para: Paragraph, title: list[Any], name: Any) -> bool:
    """The parse joins the title to the person (the appositions stage reads it)."""
    return any(t.dep_ == "appos" and t.head.i == name.i for t in title)


def _credit_line(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Martina Keller, UNICEF": a paragraph of a person's name, a comma and an
    organisation's name and nothing else, as a photo caption or a pull quote credits a
    speaker, gives the person's affiliation (``member_of``). A title in the line ("X, FIFA
    president") is read by the title rules."""
    if "," not in para.words:
        return  # no comma, no credit line
    tokens = para.tokens
    end = len(tokens)
    while end and (tokens[end - 1].is_space or tokens[end - 1].text == "."):
        end -= 1
    comma = next((k for k in range(min(end, 6)) if tokens[k].text == ","), None)
    if comma is None or comma == 0 or end - comma > 10:
        return
    person = para.links.get(0)
    start = (
        comma + 2
        if tokens[comma + 1 : comma + 2] and tokens[comma + 1].lower_ == "the"
        else comma + 1
    )
    org = para.links.get(start) if start < end else None
    if person is None or org is None or person == org:
        return
    if any(para.links.get(k) != person for k in range(comma)) or any(
        para.links.get(k) != org for k in range(start, end)
    ):
        return
    if not ctx.etype_is(person, EntityType.PERSON) or not ctx.etype_is(
        org, EntityType.ORGANIZATION
    ):
        return
    yield ctx.draft(para, tokens[0], person, Predicate.MEMBER_OF, org, confidence=0.8)


# the dashes that part a guest's name from the title in a list of a programme's guests
_DASHES = frozenset({"-", "–", "—"})
# what sets a part's phrase beside the name before it ("X, the armed wing of Y", "X (the
# military of Y)", "X - the armed wing of Y")
_OPENERS = frozenset({",", "(", *_DASHES})


def _dash_line(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Redwan Hussein - Spokesman for the ruling party.", "Hakim Al Masmari -
    Editor-in-Chief of the Yemen Post.": a paragraph of one sentence that opens with a
    person's name, a dash and a title, as a programme lists its guests, gives the person the
    title's role (its owner after "of"/"for"/"at", ``role_noun``). A dash inside a sentence
    ("X - himself a refugee - chaired ...") is no such line."""
    tokens = para.tokens
    person = para.links.get(0)
    if person is None or len(para.sents) != 1:
        return
    dash = para.name_end(0, person) + 1
    if dash >= len(tokens) - 1 or tokens[dash].text not in _DASHES:
        return
    noun = _line_title(ctx, para, dash + 1)
    # the class is asked last, of a guest line only: the corpus's answer for a name that
    # opens a paragraph may differ from its article's ("Qalamoun" a person in one)
    if noun is None or not ctx.etype_is(person, EntityType.PERSON):
        return
    for draft in role_noun(ctx, para, noun, person, tokens[0]):
        yield elect_status(ctx, draft)


def _line_title(ctx: ArticleContext, para: Paragraph, start: int) -> Any | None:
    """The role noun that opens a guest line's title after its dash: the first noun with a
    role ("Spokesman", "public relations head", "Head"), over words that are no name and
    no verb, before any "of"/"for"/"at" or punctuation; None for a line with no title
    ("X - a specialist and author on Arctic governance": a profession)."""
    for token in para.tokens[start : start + 5]:
        if token.i in para.links or token.pos_ in ("VERB", "AUX", "ADP", "PUNCT"):
            return None
        if token.pos_ in ("NOUN", "PROPN") and role_of(ctx, token.lemma_.lower()) is not None:
            return token
    return None


def _title_noun(ctx: ArticleContext, para: Paragraph, last: Any) -> Any | None:
    """The singular role noun whose phrase ends at ``last``: the word itself ("a senior Iraqi
    lawmaker") or the head it hangs from through "of" ("the mayor of the city of Nago")."""
    node = last
    for _ in range(6):
        label = para.links.get(node.i)
        collective = label is not None and _collective(ctx, label)
        if (
            node.pos_ == "NOUN"
            and node.tag_ == "NN"
            and (label is None or collective)
            and (
                role_of(ctx, node.lemma_.lower()) is not None
                or node.lemma_.lower() in ctx.cues["counterpart_nouns"]["nouns"]
            )
        ):
            return node
        if node.dep_ not in ("pobj", "prep") or node.head.i >= node.i:
            return None
        if node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX") and node.i > 0:
            node = para.tokens[node.i - 1]  # "met the UN envoy to Yemen, X": "to" on the verb
            continue
        node = node.head
    return None


def _collective(ctx: ArticleContext, label: str) -> bool:
    cluster = ctx.resolver.clusters.get(label)
    return cluster is not None and cluster.sector is not None


def _apposed(noun: Any, name: list[Any]) -> bool:
    """The parse already joins the title and the name (the appositions stage reads it)."""
    return any(t.head == noun or noun.head == t for t in name)


def _take_over_collective(ctx: ArticleContext, para: Paragraph, noun: Any, person: str) -> None:
    """ "a senior Iraqi lawmaker, X": the words the resolver read as a collective ("Iraqi
    legislature") name the person; a nationality among them is its country again."""
    label = para.links.get(noun.i)
    if label is None:
        return
    cluster = ctx.resolver.clusters[label]
    country = ctx.lx.country_of_iso(cluster.country) if cluster.country else None
    for t in noun.subtree:
        if para.links.get(t.i) != label:
            continue
        nationality = t.i != noun.i and country is not None and t.lower_ in _demonyms(country)
        if nationality and country and ctx.resolver.ensure(country.label, ctx.article_id):
            para.links[t.i] = country.label
        else:
            para.links[t.i] = person
    ctx.resolver.add_vote(person, EntityType.PERSON, 2)


def _demonyms(entry: Any) -> set[str]:
    return {d.lower() for d in entry.demonyms} | {entry.label.lower()}


def accessions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Sisi became president", "Buhari is preparing to take over as Nigeria's head of state",
    "X was sworn in as prime minister", "Hyon was promoted to the rank of vice marshal of
    the North Korean army", "Y appointed X defence minister": the person takes the title of
    the verb's complement; the status follows the verb ("preparing to" is planned)."""
    verbs = ctx.lx.title_words.get("accession_verbs", frozenset())
    appointing = ctx.lx.title_words.get("appointment_verbs", frozenset())
    preps = ctx.lx.title_words.get("accession_preps", frozenset())
    lemmas, poses = para.lemmas, para.poses
    for verb in para.tokens:
        lemma = lemmas[verb.i]
        if poses[verb.i] not in ("VERB", "AUX") or (lemma not in verbs and lemma not in appointing):
            continue
        holder = _holder(ctx, para, verb, lemma in appointing)
        if holder is None:
            continue
        token, person = holder
        for noun in _complements(ctx, verb, preps):
            drafts = list(role_noun(ctx, para, noun, person, token))
            if not drafts:
                title = " ".join(
                    t.text for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "amod")
                )
                drafts = list(office_of(ctx, para, token, person, f"{title} {noun.text}".strip()))
            if verb.dep_ == "xcomp" and verb.head.lower_ in ctx.cues["seeking_verbs"]:
                continue  # "hopes to become president": a wish, no title held nor planned
            status = qualifiers.status(ctx, verb, verb)
            if status is Status.OCCURRED and verb.dep_ == "xcomp":
                # "hopes to become president", "is preparing to take over as": not yet
                if verb.head.lemma_.lower() not in ctx.cues["planned_words"]:
                    continue
                status = Status.PLANNED
            for draft in drafts:
                draft = elect_status(ctx, draft)
                yield replace(draft, status=max(draft.status, status, key=_rank))


def _rank(status: Any) -> int:
    """Planned over occurred: the verb's mood or the title's "-elect" decides."""
    return 0 if status.value == "occurred" else 1


def _holder(
    ctx: ArticleContext, para: Paragraph, verb: Any, appointing: bool
) -> tuple[Any, str] | None:
    """Who takes the title: the subject ("X became"), the passive subject ("X was
    appointed"), or the object of an appointing verb ("appointed X", or the name beside it:
    "named its military chief, X, as ..."); "who" stands for the name it follows."""
    deps = ("nsubjpass",) if appointing else ("nsubj", "nsubjpass")
    clause = verb
    while not any(c.dep_ in deps for c in clause.children):
        if clause.dep_ == "xcomp":
            clause = clause.head  # "X is preparing to take over as ..."
        elif (
            not appointing
            and clause.dep_ == "pcomp"
            and clause.head.lower_ in ctx.lx.title_words.get("accession_gerund_preps", ())
        ):
            clause = clause.head.head  # "X resigned after working as a consultant for Y"
        else:
            break
    children = [*clause.children, *(verb.children if clause != verb else ())]
    for child in children:
        if child.dep_ in deps or (appointing and child.dep_ == "dobj"):
            named = child
            if child.lower_ in ("who", "that") and clause.dep_ == "relcl":
                named = clause.head
            for token in (named, *_apposed_names(para, named, appointing)):
                person = para.links.get(token.i)
                if person is not None and ctx.etype_is(person, EntityType.PERSON):
                    return token, person
    return None


def _apposed_names(para: Paragraph, noun: Any, appointing: bool) -> list[Any]:
    """The names set beside an appointed title noun ("named its military chief, X, as its
    new leader"): the appointed one is the person the title describes. Only for the object
    of an appointing verb, and only a noun no name of its own links."""
    if not appointing or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.i in para.links:
        return []
    return [c for c in para.children(noun) if c.dep_ == "appos"]


def _complements(ctx: ArticleContext, verb: Any, preps: frozenset[str]) -> list[Any]:
    """Title nouns after the verb: its complement ("became president"), or the object of
    "as"/"to" ("take over as head of state"), through "the rank of" / "the post of"."""
    offices = ctx.lx.title_words.get("office_nouns", frozenset())
    found = []
    for child in verb.children:
        if child.dep_ in ("attr", "oprd", "xcomp", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps:
            found += [p for p in child.children if p.dep_ == "pobj"]
    out = []
    for noun in found:
        if noun.lemma_.lower() in offices:
            noun = next((p for c in noun.children if c.lower_ == "of" for p in c.children), noun)
        if noun.pos_ in ("NOUN", "PROPN") and role_of(ctx, noun.lower_) is not None:
            out.append(noun)
    return out


def pronoun_titles(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "his vice-president-elect Yemi Osinbajo", "her spokesman X", "its foreign minister
    X", "the movement's leader X": a title before a name owned by a pronoun or a definite
    noun (resolved by coreference: ``kg.extract.nominals``). A person's aide,
    envoy or spokesperson is theirs; a member of a leader's government is a member of the
    country the leader leads."""
    tokens = para.tokens
    for i in para.linked():  # (the stage links no token)
        token, person = tokens[i], para.links[i]
        if token.pos_ == "PRON" or para.links.get(i - 1) == person:
            continue
        if not ctx.etype_is(person, EntityType.PERSON) or _modifier(para, token, person):
            continue
        k = token.i - 1
        while k >= 0 and k not in para.links and token.i - k <= 6:
            word = tokens[k]
            if word.pos_ not in ("NOUN", "ADJ", "PROPN") and word.tag_ != "HYPH":
                break
            k -= 1
        first = k + 1  # the title's first word
        if k >= 1 and tokens[k].tag_ == "POS" and k < token.i - 1:
            k -= 1  # "the movement's leader X": a nominal coreference linked owns it
            if not _owner_nominal(ctx, para, k) or not all(
                t.is_lower for t in tokens[first : token.i]
            ):
                continue  # "the military's spokesperson Major-General X": a rank's own rule
        elif k < 0 or k == token.i - 1 or tokens[k].tag_ != "PRP$" or k not in para.links:
            continue
        if tokens[token.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue  # "his official Twitter account": no title noun
        title = para.text[tokens[first].idx : tokens[token.i - 1].idx + len(tokens[token.i - 1])]
        predicate = role_of(ctx, title)
        owner = para.links[k]
        obj = _owner_office(ctx, owner, predicate)
        if predicate is None or obj is None or obj == person:
            continue
        ctx.name_title(para, token, title, person)
        draft = ctx.draft(para, token, person, predicate, obj, title=title, confidence=0.8)
        yield elect_status(ctx, draft)


def _owner_nominal(ctx: ArticleContext, para: Paragraph, k: int) -> bool:
    """The word is a definite common noun ("the movement's", "the organisation's") that
    coreference linked to an organisation or armed group: it owns a title after it, as "its"
    does."""
    token = para.tokens[k]
    label = para.links.get(k)
    return (
        label is not None
        and token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and ctx.etype_in(label, (EntityType.ORGANIZATION, EntityType.GROUP))
    )


def _modifier(para: Paragraph, token: Any, label: str) -> bool:
    """The name modifies a noun after it ("his Twitter account")."""
    end = para.name_end(token.i, label)
    last = para.tokens[end]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.i > end


def _owner_office(ctx: ArticleContext, owner: str, predicate: Predicate | None) -> str | None:
    """Whom a title owned by ``owner`` is towards: the owner itself (a country, an
    organisation; a person's aide or envoy), else the country the person leads."""
    if predicate is None:
        return None
    if not ctx.etype_is(owner, EntityType.PERSON) or predicate in (
        Predicate.ADVISER_TO,
        Predicate.ENVOY_OF,
        Predicate.SPOKESPERSON_FOR,
    ):
        return owner
    return led_by(ctx, owner) if predicate is Predicate.MEMBER_OF else None


def affiliates(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "al-Qaeda affiliate al-Nusra Front", "the youth wing of the PKK, the YDG-H", "Hamas's
    armed wing, the Qassam Brigades", "the Nusra Front, an affiliate of al-Qaeda": a part of
    an organisation is a member of it. An unnamed proper noun in apposition to the part
    ("the YDG-H") names it."""
    nouns = ctx.lx.title_words.get("affiliate_nouns", frozenset())
    tokens = para.tokens
    for noun in tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.i in para.links:
            continue
        if noun.i > 0 and tokens[noun.i - 1].tag_ == "HYPH":
            continue  # "left-wing", "right-wing": an adjective
        if any(t.lower_ in ctx.lx.title_words.get("split_words", ()) for t in noun.lefts):
            continue  # "an al-Qaeda splinter faction" has left it
        parent = _parent_org(ctx, para, noun)
        if parent is None:
            continue
        for part in _parts(ctx, para, noun):
            if part != parent:
                for label in (part, parent):
                    if ctx.etype_is(label, EntityType.PERSON):
                        ctx.resolver.add_vote(label, EntityType.ORGANIZATION, 3)
                yield ctx.draft(para, noun, part, Predicate.MEMBER_OF, parent, 0.8)


def _is_org(ctx: ArticleContext, label: str | None) -> bool:
    """An organisation or group; a name the model read as a person counts when the
    gazetteer does not know it ("the Qassam Brigades")."""
    if label is None:
        return False
    return ctx.etype_in(label, _ORG_TYPES) or (
        ctx.lx.lookup(label) is None and ctx.etype_is(label, EntityType.PERSON)
    )


def _parent_org(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The organisation a part belongs to: named before it ("al-Qaeda affiliate", "Hamas's
    armed wing") or after "of" ("the armed wing of Hamas")."""
    tokens = para.tokens
    k = noun.i - 1
    while k >= 0 and k not in para.links and noun.i - k <= 3:
        if tokens[k].pos_ not in ("ADJ", "NOUN", "PART") and tokens[k].tag_ != "HYPH":
            break
        k -= 1
    if k >= 0 and k in para.links and _is_org(ctx, para.links[k]):
        return para.links[k]
    if k >= 0 and k in para.links and ctx.etype_in(para.links[k], _PLACE_TYPES):
        # "al-Qaeda's Syria branch": the place is the part's field, the possessive its parent
        place, j = para.links[k], k
        while j >= 0 and para.links.get(j) == place:
            j -= 1
        if j >= 1 and tokens[j].tag_ == "POS" and _is_org(ctx, para.links.get(j - 1)):
            return para.links[j - 1]
        if j >= 0 and tokens[j].tag_ == "PRP$" and _is_org(ctx, para.links.get(j)):
            return para.links[j]  # "Volkswagen and its US subsidiary Audi"
    of = ctx.linked_pobjs(para, noun, ("of",))
    return of[0] if of and _is_org(ctx, of[0]) else None


def _parts(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The organisations named as the part: right after the noun, in apposition after its
    phrase ("..., the YDG-H"), before it ("the Nusra Front, an affiliate of ...", "the
    Peshmerga (the military of the KRG)", "the Quds Force - the foreign arm of ...") or
    described as it ("AQAP, considered as an affiliate of ...")."""
    tokens = para.tokens
    found = []
    after = noun.i + 1
    if after < len(tokens) and _is_org(ctx, para.links.get(after)):
        found.append(para.links[after])
    end = max([noun.i, *(t.i for c in noun.children if c.dep_ == "prep" for t in c.subtree)])
    if end + 1 < len(tokens) and tokens[end + 1].text == ",":
        k = end + 2
        if k < len(tokens) and tokens[k].lower_ == "the":
            k += 1
        label = para.links.get(k) or _name_run(ctx, para, k)
        if _is_org(ctx, label) and label is not None and not _apposed_elsewhere(tokens[k], noun):
            found.append(label)
    start = min(t.i for t in noun.subtree if t.text not in _OPENERS)
    before = start - 2
    if before >= 2 and tokens[before].text == ")" and tokens[start - 1].text == ",":
        # "Jabhat Fateh al-Sham (JFS), an affiliate of al-Qaeda": the name before the acronym
        opening = next(
            (k for k in range(before - 1, max(before - 5, 0), -1) if tokens[k].text == "("), 0
        )
        before = opening - 1 if opening > 0 else before
    if before >= 0 and tokens[start - 1].text in _OPENERS and _is_org(ctx, para.links.get(before)):
        # "the Peshmerga (the military of the KRG)", "the Qassam Brigades - Hamas's armed wing"
        found.append(para.links[before])
    described = _described_as(para, noun)
    if described is not None and _is_org(ctx, described):
        found.append(described)
    return found


def _apposed_elsewhere(token: Any, noun: Any) -> bool:
    """The name after the part's phrase is set beside a word outside it ("X, head of the
    motorcycle unit of ANCMA, the National Association of ...": the association is ANCMA's
    own name, apposed to the speaker's), not the part's name."""
    while token.dep_ in ("compound", "det", "amod") and token.head.i > token.i:
        token = token.head
    head = token.head
    return token.dep_ == "appos" and not noun.left_edge.i <= head.i <= noun.right_edge.i


def _described_as(para: Paragraph, noun: Any) -> str | None:
    """The name a participle with "as" describes by the noun ("AQAP, considered by Washington
    as the most dangerous affiliate of al-Qaeda", "Jabhat al-Nusra, seen as al-Qaeda's
    branch"): the name the participle hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as":
        return None
    verb = prep.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    return para.links.get(verb.head.i)


def _name_run(ctx: ArticleContext, para: Paragraph, k: int) -> str | None:
    """A run of proper nouns no entity covers ("the YDG-H"), recorded as an organisation."""
    tokens = para.tokens
    end = k
    while (
        end < len(tokens)
        and end not in para.links
        and (tokens[end].pos_ == "PROPN" or (tokens[end].tag_ == "HYPH" and end > k))
    ):
        end += 1
    if end == k or tokens[end - 1].tag_ == "HYPH" or end - k > 6:
        return None
    if end < len(tokens) and tokens[end].text not in _CLOSERS:
        return None
    text = para.text[tokens[k].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    key = ctx.record(para, SpanMention(k, end, text, "ORG"), text)
    ctx.resolver.add_vote(key, EntityType.ORGANIZATION, 2)
    return key


def unnamed_envoys(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Mogherini met the UN ambassador for Libya, who ...": a definite envoy the article
    never names (coreference found no one) is an actor of its own, one node per article,
    labelled by the title; the role is the title's."""
    tags, lemmas, deps = para.tags, para.lemmas, para.deps
    for noun in para.tokens:
        i = noun.i
        if (
            i in para.links
            or tags[i] != "NN"
            or lemmas[i] not in ctx.lx.words.envoy_titles
            or not _actor_slot(deps, noun)
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            or any(c.dep_ == "appos" for c in noun.children)
        ):
            continue
        span = [
            t
            for t in noun.subtree
            if t.dep_ not in ("det", "relcl", "punct", "appos", "case")
            and not any(a.dep_ in ("relcl", "appos") and t in a.subtree for a in noun.children)
        ]
        owned = [t for t in span if t.i in para.links and t.i != noun.i]
        start, end = span[0].i, span[-1].i + 1
        if not owned or end - start != len(span) or end - start > 8:
            continue
        if _named_after(ctx, para, noun):
            continue  # "the UN envoy to Yemen, Ismail Ould Cheikh Ahmed"
        last = para.tokens[end - 1]
        text = para.text[para.tokens[start].idx : last.idx + len(last.text)]
        links = {i: para.links.get(i) for i in range(start, end)}
        mention = SpanMention(start, end, text, "PERSON", canonical=text, scoped=True)
        ctx.record(para, mention, text)
        label = para.links[noun.i]
        for i, old in links.items():
            if old is not None:
                para.links[i] = old  # the owner's name stays its own
        drafts = list(role_noun(ctx, para, noun, label, noun))
        if drafts:
            yield from drafts
        else:
            for i in range(start, end):
                if para.links.get(i) == label:
                    del para.links[i]


def _named_after(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """A person named after the title, before the clause's next verb: the title is theirs."""
    for t in para.tokens[noun.i + 1 : noun.sent.end]:
        if t.pos_ in ("VERB", "AUX"):
            return False
        label = para.links.get(t.i)
        if label is not None and ctx.etype_is(label, EntityType.PERSON):
            return True
    return False


def unnamed_officials(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "Malaysia's foreign minister hosted ...", "the Kenyan interior minister said": an
    official the article singles out by a title and a country but never names (no holder
    of that title is named anywhere in it, and coreference found none) is a node of its
    own, one per article labelled as written without the determiner, with the title's role
    (``member_of`` the country with the title). Its acts stay the country's, as event coders
    code them ("Malaysia's foreign minister hosted ...": Malaysia met ...). Organisations'
    unnamed staff ("the UN official", "an AFP reporter") are left out: sources, rarely
    actors; their spokespeople ("a Pentagon spokesman") are not (``_staff_owner``), nor are
    those of the article's country's sector it names ("a police spokesman said":
    ``_sector_staff_owner``)."""
    named, kinds = _named_holders(ctx, paras)
    # the countries of the people the article names: "the Turkish prime minister" in an
    # article naming Davutoglu (without his title) is most likely him, no one new; asked
    # only of an article with a leader's title it may leave unnamed (a rule asks the
    # corpus only what the sentence needs: ``kg.pipeline_records``)
    home: set[str | None] = set()
    if any(_leader_title(ctx, para, noun) for para in paras for noun in _role_nouns(ctx, para)):
        home = {
            ctx.resolver.country_of(label)
            for para in paras
            for label in dict.fromkeys(para.links.values())
            if ctx.etype_is(label, EntityType.PERSON)
        }
        home.discard(None)
    for n, para in enumerate(paras):
        yield from _unnamed_officials(ctx, para, named, kinds, home, (paras, n))


def _role_words(lx: Lexicon) -> Iterable[str]:
    return lx.roles


def _role_nouns(ctx: ArticleContext, para: Paragraph) -> list[Any]:
    """The paragraph's tokens with a role word, in order: the only ones ``_official_span``
    takes for a title (its lemma is a key of the roles' table); not every token."""
    tokens = para.tokens
    return [tokens[i] for i in para.hits(ctx.word_set(_role_words))]


def _official_span(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[Any] | None:
    """The words of a title an unnamed official may go by ("Malaysia's foreign minister"),
    read on the sentence alone; None when the noun is no such title."""
    tags, lemmas, deps = para.tags, para.lemmas, para.deps
    i = noun.i
    if (
        i in para.links
        or (tags[i] != "NN" and not _capital_local_head(ctx, para, noun))
        or lemmas[i] not in ctx.lx.roles
        or lemmas[i] in ctx.lx.words.envoy_titles
        or not (_actor_slot(deps, noun) or _described_slot(ctx, para, noun))
        or (noun.i + 1 < len(para.tokens) and para.tokens[noun.i + 1].pos_ == "PROPN")
    ):
        return None
    kids = list(noun.children)
    det = next((c.lower_ for c in kids if c.dep_ == "det"), None)
    poss = [c for c in kids if c.dep_ == "poss" and c.i in para.links]
    if det not in ("the", "a", "an") and not poss:
        return None
    span = [
        t
        for t in noun.subtree
        if t.i <= i
        and t.dep_ != "det"
        and not (t.dep_ == "advmod" and t.head.i == i)  # "even the Mayor of London"
        and (t.dep_ != "punct" or t.tag_ == "HYPH")  # "an al-Qaeda spokesman"
        and not (t.i == noun.left_edge.i and t.lower_ in ("a", "an", "the"))
    ]
    if not span or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return span


def _actor_slot(deps: list[str], noun: Any) -> bool:
    """The noun is a clause's subject or object, a preposition's object or a possessive ("the
    Israeli ambassador's house"), or coordinated with one ("A representative for the families
    and the mayor of X urged ...")."""
    slots = ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
    dep = deps[noun.i]
    return dep in slots or (dep == "conj" and deps[noun.head.i] in slots)


def _capital_local_head(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """A city's head's title written with a capital before "of" ("the Mayor of London")."""
    i = noun.i
    return (
        para.tags[i] == "NNP"
        and para.lemmas[i] in ctx.lx.words.local_head_titles
        and i + 1 < len(para.tokens)
        and para.tokens[i + 1].lower_ == "of"
    )


def _leader_title(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """A leader's title an unnamed official may go by, with a name in it ("the Turkish
    prime minister"), read on the sentence alone."""
    span = _official_span(ctx, para, noun)
    if span is None or not any(t.i in para.links for t in span):
        return False
    words = " ".join(t.lower_ for t in span if t.i not in para.links)
    lemma = para.lemmas[noun.i]
    return (role_of(ctx, words) or ctx.lx.roles.get(lemma)) is Predicate.LEADER_OF


def _unnamed_officials(
    ctx: ArticleContext,
    para: Paragraph,
    named: set[tuple[str, str | None]],
    kinds: set[tuple[str, str, str | None]],
    home: set[str | None],
    place: tuple[list[Paragraph], int] | None = None,
) -> Iterator[Draft]:
    lemmas = para.lemmas
    for noun in _role_nouns(ctx, para):
        i = noun.i
        span = _official_span(ctx, para, noun)
        if span is None or any(
            c.dep_ == "appos" and _names_someone(ctx, para, c) for c in noun.children
        ):
            continue
        start, end = span[0].i, i + 1
        owned = [
            para.links[t.i]
            for t in span
            if t.i in para.links and ctx.etype_is(para.links[t.i], EntityType.COUNTRY)
        ] or _staff_owner(ctx, para, span, noun)
        if end - start != len(span) or end - start > 7:
            continue
        if not owned:
            owned = _sector_staff_owner(ctx, para, span, noun)
        described = [] if owned else _described_owner(ctx, para, noun)
        owned = owned or described
        body_head = False  # "the mayor of Clichy-sous-Bois", "the head of the UBK"
        # "a presidential adviser dismissed ...": the president's own staff, who act for
        # themselves (no country is written for their acts to stay with)
        presidential = [] if owned else _presidential_owner(ctx, para, span, noun)
        owned = owned or presidential
        if not owned:
            after = _owner_after(ctx, para, noun)
            if after is None:
                after = _led_body_after(ctx, para, noun, named)
                body_head = after is not None
            if after is None:
                continue
            end, owner = after
            owned = [owner]
            if any(
                c.dep_ == "appos" and any(k.pos_ == "PROPN" for k in c.subtree)
                for c in noun.children
            ):
                continue  # "the spokesman for the Thai navy, Kan Deeubol,"
        if any(
            para.tokens[k].pos_ == "PROPN" and k not in para.links and k != i
            for k in range(start, end)
        ):
            continue  # an unknown name inside: no plain title ("Mayor" itself is the title)
        kind = _title_kind(ctx, para, [para.tokens[k] for k in range(start, i)])
        if _named_after(ctx, para, noun) or _holder_named(named, kinds, lemmas[i], kind, owned[-1]):
            continue
        words = " ".join(para.tokens[k].lower_ for k in range(start, i + 1) if k not in para.links)
        leads = (role_of(ctx, words) or ctx.lx.roles.get(lemmas[i])) is Predicate.LEADER_OF
        if (
            leads
            and ctx.etype_is(owned[-1], EntityType.COUNTRY)
            and not _country_leader_title(ctx, words)
        ):
            continue  # "the Taiwanese director": a film's or a body's head, not Taiwan's
        if leads and not body_head and (end > i + 1 or ctx.resolver.country_of(owned[-1]) in home):
            # a leader's title in an article naming people of that country; "the leader of
            # X" is often named in the next sentence (kg.extract.actor_coref)
            continue
        holder = lede_holder(ctx, *place, i) if place is not None else None
        if holder is not None:
            # "Egypt's justice minister has resigned ... . X said": the person named next
            yield from role_noun(ctx, para, noun, holder, noun)
            continue
        last = para.tokens[end - 1]
        text = para.text[para.tokens[start].idx : last.idx + len(last.text)]
        links = {k: para.links.get(k) for k in range(start, end)}
        mention = SpanMention(start, end, text, "PERSON", canonical=text, scoped=True)
        ctx.record(para, mention, text)
        label = para.links.get(i)
        for k, old in links.items():
            if old is not None:
                para.links[k] = old  # the owner's name stays its own
        if label is None:
            continue
        para.officials[i] = label
        titled = [k for k, old in links.items() if old is None and k != i]
        for k in titled:
            para.links.pop(k, None)  # "foreign" in the title, read as a title word
        if presidential:
            yield from _presidential_role(ctx, para, noun, label, span, presidential[0])
            continue  # the node keeps its acts: no country in the title to give them to
        drafts = list(role_noun(ctx, para, noun, label, noun))
        if drafts:
            yield from drafts
        elif described or (end > i + 1 and not body_head):  # "a general from the Iraqi army"
            yield from _title_role(ctx, para, noun, label, span, owned[-1])
        else:
            yield from _nested_country_role(ctx, para, noun, label, span)
        # the official's acts stay their country's, as event coders code them ("Malaysia's
        # foreign minister hosted his Indonesian counterpart": Malaysia met Indonesia)
        for k in range(start, end):
            if para.links.get(k) == label:
                del para.links[k]


def _described_slot(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """The title is in apposition to an actor's noun a country owns ("... rests with Egypt's
    highest religious figure, the grand mufti")."""
    return bool(_described_owner(ctx, para, noun)) and _actor_slot(para.deps, noun.head)


def _described_owner(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """[the country] whose person an apposition's title describes: "Egypt's highest religious
    figure, the grand mufti" (the title in apposition to a noun no name covers, that a
    country's name owns), else []."""
    head = noun.head
    if para.deps[noun.i] != "appos" or head.i in para.links or head.tag_ != "NN":
        return []
    return [
        para.links[c.i]
        for c in head.children
        if c.dep_ == "poss"
        and c.i in para.links
        and ctx.etype_is(para.links[c.i], EntityType.COUNTRY)
    ][:1]


def _nested_country_role(
    ctx: ArticleContext, para: Paragraph, noun: Any, person: str, span: list[Any]
) -> Iterator[Draft]:
    """ "a US consulate official", "a French embassy spokesman": the country owns the title
    through the word it modifies (a body of its own no one names), so no owner hangs on the
    title noun itself; the role is the title's, over the country, with the words after it as
    the title ("consulate official"). Only a country written once, before a lower-case
    title word, and not a nationality of a profession ("a French lawyer")."""
    i = noun.i
    countries = [t for t in span if t.i in para.links and t.i != i]
    if not countries or any(t.head.i == i for t in countries):
        return  # an owner on the noun itself: role_noun read it (or chose to say nothing)
    owners = {para.links[t.i] for t in countries}
    if len(owners) != 1:
        return
    owner = next(iter(owners))
    after = [t for t in span if t.i > countries[-1].i]
    if (
        not ctx.etype_is(owner, EntityType.COUNTRY)
        or len(after) < 2
        or any(
            (t.i in para.links and t.i != i) or not t.is_lower or t.pos_ not in ("NOUN", "ADJ")
            for t in after
        )
    ):
        return
    yield from _title_role(ctx, para, noun, person, after, owner)


def _title_role(
    ctx: ArticleContext, para: Paragraph, noun: Any, person: str, words: list[Any], owner: str
) -> Iterator[Draft]:
    """The role of an unnamed official's title ``words`` (ending with ``noun``) over the
    ``owner`` found apart from the title noun's own modifiers ("a general from the Iraqi
    army", "the defence minister in Saudi Arabia", "a US consulate official"): a member's
    or a spokesperson's role; a leader's title is left to the role stages."""
    predicate = role_of(ctx, " ".join(t.lower_ for t in words)) or ctx.lx.roles.get(
        para.lemmas[noun.i]
    )
    if predicate not in (Predicate.MEMBER_OF, Predicate.SPOKESPERSON_FOR):
        return
    title = " ".join(t.text for t in words)
    ctx.name_title(para, noun, title, person)
    yield ctx.draft(para, noun, person, predicate, owner, title=title, confidence=0.8)


def _staff_owner(ctx: ArticleContext, para: Paragraph, span: list[Any], noun: Any) -> list[str]:
    """[the organisation] whose unnamed spokesperson, commander or judge a title names with
    the organisation's name in front ("a Pentagon spokesman", "an ISIL spokesperson", "a
    Hezbollah commander", "a FIFA judge"; ``org_staff_titles``, ``org_member_titles``), else
    []: the name is written with a capital, an organisation or armed group, and the only name
    in the title; also a spokesperson's title of two words ("the White House press
    secretary") and an indefinite leader's (``org_one_of_titles``: "a CMA leader"). Other
    unnamed staff ("a UN official said") are sources, no actors: left out."""
    lemma = para.lemmas[noun.i]
    owned = [t for t in span if t.i in para.links]
    words = " ".join(t.lower_ for t in span if owned and t.i > owned[-1].i)
    if (
        lemma not in ctx.lx.title_words.get("org_staff_titles", ())
        and lemma not in ctx.lx.title_words.get("org_member_titles", ())
        and not (words != lemma and role_of(ctx, words) is Predicate.SPOKESPERSON_FOR)
        and not (
            lemma in ctx.lx.title_words.get("org_one_of_titles", ())
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        )
    ):
        return []
    owners = {para.links[t.i] for t in owned}
    if len(owners) != 1:
        return []
    owner = next(iter(owners))
    written = [t for t in span if para.links.get(t.i) == owner]
    if not any(c.isupper() for t in written for c in t.text) or not ctx.etype_in(
        owner, (EntityType.ORGANIZATION, EntityType.GROUP)
    ):
        return []
    return [owner]


def _presidential_owner(
    ctx: ArticleContext, para: Paragraph, span: list[Any], noun: Any
) -> list[str]:
    """[the president] whose unnamed spokesperson or adviser a title names by the office's
    adjective alone ("a presidential adviser dismissed the report", "a presidential
    spokesman said"; ``presidential_words``): the one person the article titles with
    ``presidential_titles``, as for a named "presidential spokesman X" (``roles``), else []."""
    words = ctx.lx.title_words
    predicate = ctx.lx.roles.get(para.lemmas[noun.i])
    if predicate not in (Predicate.SPOKESPERSON_FOR, Predicate.ADVISER_TO):
        return []
    before = [t for t in span if t.i != noun.i]
    if not before or any(t.i in para.links or not t.is_lower for t in before):
        return []  # "a Kremlin adviser", "a Presidential Guard spokesman": another owner
    if not any(t.lower_ in words.get("presidential_words", ()) for t in before):
        return []
    holders = {
        p for word in words.get("presidential_titles", ()) for _, p in ctx.titled.get(word, [])
    }
    return [holders.pop()] if len(holders) == 1 else []


def _presidential_role(
    ctx: ArticleContext, para: Paragraph, noun: Any, person: str, span: list[Any], owner: str
) -> Iterator[Draft]:
    """The title's role ("presidential adviser": ``adviser_to``) over the president."""
    predicate = ctx.lx.roles.get(para.lemmas[noun.i])
    if predicate is None:
        return
    title = " ".join(t.text for t in span)
    ctx.name_title(para, noun, title, person)
    yield ctx.draft(para, noun, person, predicate, owner, title=title, confidence=0.7)


def _sector_staff_owner(
    ctx: ArticleContext, para: Paragraph, span: list[Any], noun: Any
) -> list[str]:
    """[the article's country's sector] whose unnamed spokesperson a title names by the sector
    word alone ("a police spokesperson told", "the army spokesman said"), in an article about
    one country that names that sector as an actor ("the police", "Israeli police"), else []:
    the title holds no name, and a sector no article names is not guessed."""
    if para.lemmas[noun.i] not in ctx.lx.title_words.get("org_staff_titles", ()):
        return []
    words = [t for t in span if t.i != noun.i]
    if not words or any(t.i in para.links or t.pos_ == "PROPN" for t in words):
        return []
    codes = {c for c in (ctx.lx.actors.sector_of(t.lower_) for t in words) if c is not None}
    if len(codes) != 1 or not codes <= STATE_SECTORS:
        return []
    iso = ctx.resolver.countries.get(ctx.article_id)
    if not iso or ctx.main_country() is None:
        return []
    label = ctx.sector_actor(iso, next(iter(codes)))
    return [label] if label is not None else []


def _country_leader_title(ctx: ArticleContext, words: str) -> bool:
    """The title (its words without the owner's name, "former president") ends in one a
    country's leader holds (``country_leader_titles``)."""
    titles = ctx.lx.title_words.get("country_leader_titles", ())
    return any(words == t or words.endswith(" " + t) for t in titles)


def _owner_after(ctx: ArticleContext, para: Paragraph, noun: Any) -> tuple[int, str] | None:
    """(end, owner) of a title's owner after "of"/"for"/"from", or "in" a country: "the
    spokesperson for the Popular Mobilisation Forces", "the deputy chief of staff of the
    Lebanese army", "a general from the Iraqi army", "the defence minister in Saudi Arabia" (a
    country, or a body or armed group coded with a sector; "an official of the UN" is left
    out)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "from", "in"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "in" and not (
            pobj is not None and ctx.etype_is(para.links.get(pobj.i) or "", EntityType.COUNTRY)
        ):
            continue  # "the defence minister in Saudi Arabia"; "in" a city is no owner
        if pobj is not None and pobj.i not in para.links and pobj.is_lower:
            # "chief of staff of X": the title goes on through an unnamed noun
            inner = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner else None
        owner = para.links.get(pobj.i) if pobj is not None else None
        if pobj is None or owner is None:
            return None
        cluster = ctx.resolver.clusters.get(owner)
        # the gazetteer's sector before the cluster's (the same truth; an article alone
        # may not have written the cluster's)
        coded = cluster is not None and (
            (cluster.entry is not None and cluster.entry.sector) or cluster.sector
        )
        if not ctx.etype_is(owner, EntityType.COUNTRY) and not coded:
            return None
        if not any(t.text[:1].isupper() for t in pobj.subtree if para.links.get(t.i) == owner):
            return None  # "a spokesman for the government": an owner only coreference gives
        end = pobj.i + 1
        while end < len(para.tokens) and para.links.get(end) == owner:
            end += 1  # the owner's name to its end, not an apposition after it
        if any(t.pos_ in ("VERB", "AUX") for t in para.tokens[noun.i : end]):
            return None
        return end, owner
    return None


def _led_body_after(
    ctx: ArticleContext, para: Paragraph, noun: Any, named: set[tuple[str, str | None]]
) -> tuple[int, str] | None:
    """(end, owner) of an unnamed head of a named city or body after "of": "the mayor of
    Clichy-sous-Bois", "the head of the Spanish Banking Association" (a leader's title of an
    organisation or group, a city's head's title of a city or place). One person the article
    singles out but never names, unlike "the president of Egypt" (``_owner_after``, whose
    holder is most often named elsewhere) or an unnamed official of a body ("an official of
    the UN": a source). None when the article names a holder of a title of the owner ("Sepp
    Blatter, the president of FIFA ... the head of FIFA" is Blatter)."""
    title = para.lemmas[noun.i]
    if role_of(ctx, title) is not Predicate.LEADER_OF:
        return None
    local = title in ctx.lx.words.local_head_titles
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        owner = para.links.get(pobj.i) if pobj is not None else None
        if pobj is None or owner is None or not pobj.text[:1].isupper():
            return None  # "the head of the police operation": no named owner
        kinds = (EntityType.CITY, EntityType.PLACE) if local else (*sorted(_ORG_TYPES),)
        if not ctx.etype_in(owner, kinds) or _named_head(ctx, owner, named):
            return None
        end = pobj.i + 1
        while end < len(para.tokens) and para.links.get(end) == owner:
            end += 1  # the owner's name to its end
        if any(t.pos_ in ("VERB", "AUX") for t in para.tokens[noun.i : end]):
            return None
        return end, owner
    return None


def _named_head(ctx: ArticleContext, owner: str, named: set[tuple[str, str | None]]) -> bool:
    """The article gives a named person a title of ``owner`` ("X, the secretary general of
    the Norwegian Refugee Council": most likely the head it means), or one already leads it."""
    return (Predicate.LEADER_OF, owner) in ctx.role_holders or any(
        held == owner for _, held in named
    )


def _names_someone(ctx: ArticleContext, para: Paragraph, appos: Any) -> bool:
    """An apposition with a name in it ("Malaysia's foreign minister, Anifah Aman"), not a
    description ("Egypt's grand mufti, the government interpreter of Islamic law")."""
    return any(
        t.pos_ == "PROPN"
        and (t.i not in para.links or ctx.etype_is(para.links[t.i], EntityType.PERSON))
        for t in appos.subtree
    )


def _named_holders(
    ctx: ArticleContext, paras: list[Paragraph]
) -> tuple[set[tuple[str, str | None]], set[tuple[str, str, str | None]]]:
    """(title word, owner or None) of every title the article gives a named person: "X,
    Chile's foreign minister", "X is the foreign minister", "foreign minister X", or a title
    coreference already linked to a person. An unnamed official with that title and owner
    is then that person, not an actor of its own. Second, (title word, kind, owner or None)
    of the same titles with their kind ("prime" of "Prime Minister X", "" for none)."""
    found: set[tuple[str, str | None]] = set()
    kinds: set[tuple[str, str, str | None]] = set()
    roles = ctx.lx.roles
    for para in paras:
        lemmas, tags = para.lemmas, para.tags
        for t in _role_nouns(ctx, para):  # the tokens with a role word, not every token
            word = lemmas[t.i]
            if word not in roles or tags[t.i] not in ("NN", "NNP"):
                continue
            if not _titles_person(ctx, para, t):
                continue
            owners = [
                para.links[k.i]
                for k in t.subtree
                if k.i != t.i
                and k.i in para.links
                and ctx.etype_in(para.links[k.i], (EntityType.COUNTRY, EntityType.ORGANIZATION))
            ]
            found.update((word, o) for o in owners)
            if not owners:
                found.add((word, None))
            # the title's kind ("Prime Minister X": "prime"), for ``_holder_named``
            kind = _title_kind(ctx, para, [k for k in t.children if k.i < t.i])
            held: list[str | None] = [*owners] or [None]
            kinds.update((word, kind, o) for o in held)
    return found, kinds


def _title_kind(ctx: ArticleContext, para: Paragraph, words: list[Any]) -> str:
    """The lower-case modifiers of a title noun that say which title it is ("justice" of
    "Egypt's justice minister", "prime" of "Prime Minister X"), as one string; not those of
    cues ``title_kinds`` that tell no kind apart ("senior", "new") (context47)."""
    plain = ctx.lx.cues.get("title_kinds", {}).get("no_kind", ())
    return " ".join(
        t.lower_
        for t in words
        if t.dep_ in ("compound", "amod") and t.i not in para.links and t.lower_ not in plain
    )


def _holder_named(
    named: set[tuple[str, str | None]],
    kinds: set[tuple[str, str, str | None]],
    word: str,
    kind: str,
    owner: str | None,
) -> bool:
    """Whether the article names a holder of the unnamed official's title: one of its title
    word and owner (or none), and, when both are written with a kind, of the same kind
    ("Prime Minister X" names no "Egypt's justice minister"; context47)."""
    owners = (owner, None)
    if not any((word, o) in named for o in owners):
        return False
    if not kind or any((word, "", o) in kinds for o in owners):
        return True  # a bare title ("X, the minister") may be any kind
    return any((word, kind, o) in kinds for o in owners)


def _titles_person(ctx: ArticleContext, para: Paragraph, t: Any) -> bool:
    """The title token names a person: linked to one, in apposition with one, the
    complement of a copula whose subject is one, or right before one's name."""

    def person(k: Any) -> bool:
        label = para.links.get(k.i)
        return label is not None and ctx.etype_is(label, EntityType.PERSON)

    if person(t) or any(c.dep_ == "appos" and person(c) for c in t.children):
        return True
    if t.dep_ == "appos" and person(t.head):
        return True
    if t.dep_ == "attr" and any(c.dep_ == "nsubj" and person(c) for c in t.head.children):
        return True
    if (
        t.dep_ == "nsubj"
        and t.head.lemma_ == "be"
        and any(c.dep_ == "attr" and person(c) for c in t.head.children)
    ):
        return True  # "The chairman of the committee was Argentina's Julio Grondona"
    nxt = t.i + 1
    return nxt < len(para.tokens) and person(para.tokens[nxt])


_FOLLOWED = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP)
_OWNERS = (*_FOLLOWED, EntityType.COUNTRY)
_ARMED = frozenset({"REB", "UAF"})  # the sectors of armed groups and their sides


def supporter_groups(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Morsi supporters", "hundreds of Muslim Brotherhood supporters", "supporters of the
    HDP": the followers of a named person or organisation are a group of the article, an
    actor of events, labelled as written; neither the owner nor a sector actor. "His
    supporters" is left alone (see ``_followed``)."""
    nouns = ctx.lx.actors.supporter_nouns
    for head in para.tokens:
        if head.lower_ not in nouns or head.tag_ != "NNS" or head.i in para.links:
            continue
        found = _followed(ctx, para, head)
        if found is None:
            continue
        start, end, owner = found
        side = _allied_side(ctx, head, owner)
        if side is not None:
            # "the Houthis and their allies": the allies are the article's side of them
            para.links[head.i] = side
            ctx.reference(para, head, side, "nominal")
            continue
        tokens = para.tokens
        shared = start == head.i and tokens[head.i + 1].lower_ != "of"
        if end - (shared_complement_noun(head, ctx.lx.actors).i if shared else start) > 8:
            continue
        text = para.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        person = ctx.etype_is(owner, EntityType.PERSON)
        if start == head.i:  # "supporters of X"
            # "supporters of President X": "X supporters", as news names them
            label = (
                f"{ctx.resolver.called(owner)} {head.lower_}"
                if person
                else _followers_label(para, head, end, owner)
            )
            if shared:  # "supporters and opponents of X": each noun its own mention
                end = head.i + 1
                text = head.text
        elif para.tokens[start].pos_ == "PRON":
            # "his supporters": "Morsi supporters"; "the US and its allies": "US allies"
            written = _written_owner(para, head, owner)
            if _plain_follower(ctx, head):
                label = head.lower_  # "his opponents", "its creditors": as news names them
            elif written == owner and _plural_name(ctx, owner):
                # "Houthi fighters and their allies": "Houthi allies", as news writes the
                # members' name before a noun ("Houthi fighters"), not "Houthis allies"
                label = f"{owner[:-1]} {head.lower_}"
            elif written == owner and person and para.links.get(head.head.i) != owner:
                # "her supporters": "Yingluck supporters"; "Assad and his allies" as written
                label = f"{ctx.resolver.called(owner)} {head.lower_}"
            else:
                label = f"{written} {head.lower_}"
        else:
            label = text
        if para.tokens[start].pos_ != "PRON" and _armed_allies(ctx, head, owner):
            # "allies of the Houthis", "the Houthis' allies", "Houthi allies": one node,
            # labelled as "the Houthis and their allies" is ("Houthi allies", "ISIL allies")
            written = _owner_in(para, start, end, owner)
            name = owner[:-1] if written == owner and _plural_name(ctx, owner) else written
            label = f"{name} {head.lower_}"
        links = {k: para.links.get(k) for k in range(start, end)}
        mention = SpanMention(start, end, text, "NORP", canonical=label, scoped=True)
        ctx.resolver.add_vote(label, EntityType.GROUP, 3)
        ctx.record(para, mention, label)
        group = para.links.get(head.i, label)
        for k, old in links.items():
            if old is not None and k != head.i:
                para.links[k] = old  # the owner's name stays its own
        if person and head.lower_ in ctx.lx.actors.backing_nouns and group != owner:
            # "Morsi supporters", "her followers": a person's camp backs him; a party's or
            # a movement's supporters are its voters and members, no claim of their own
            draft = ctx.draft(para, head, group, Predicate.SUPPORTED, owner, 0.6)
            yield replace(draft, cameo="050")


def _plain_follower(ctx: ArticleContext, head: Any) -> bool:
    """Whether a pronoun's follower noun names its group without the owner: neither a
    backing noun ("her supporters": "Yingluck supporters") nor an ally noun ("its allies":
    "US allies"); "his opponents", "its creditors" and "their critics" are "opponents",
    "creditors" and "critics" (``backing_nouns`` in ``kg/data/en/sector_nouns.json``)."""
    allies = ctx.cues["loyalty_words"]["ally_nouns"]
    return head.lower_ not in ctx.lx.actors.backing_nouns and head.lower_ not in allies


def _allied_side(ctx: ArticleContext, head: Any, owner: str) -> str | None:
    """The side of the article that an armed group's allies are ("the Houthis and their
    allies", "the Houthis' allies"; ``ally_nouns`` of ``loyalty_words``): the article's one
    "pro-<group>" side ("pro-Houthi army units" of "Houthi rebels and allied army units"),
    else its one side loyal to a leader that it writes coordinated with the group ("the Houthi
    militias and the forces loyal to Saleh": "pro-Saleh forces"). News calls one camp by
    each of these, and a node apart for each splits it; a group with no such side, or a
    country's allies ("the US and its allies"), keeps its own node."""
    words = ctx.cues["loyalty_words"]
    if not _armed_allies(ctx, head, owner):
        return None
    shown = {label: ctx.shown(label) for label in ctx.resolver.article_labels(ctx.article_id)}
    forms = {owner, owner[:-1]} if _plural_name(ctx, owner) else {owner}
    prefix = words["pro_prefix"] + "-"
    own = [k for k, v in shown.items() if any(v.startswith(f"{prefix}{f} ") for f in forms)]
    if len(own) == 1:
        return own[0]
    if own:
        return None
    sides = {
        k for k, v in shown.items() if v.startswith(prefix) and ctx.resolver.sector_in(k, _ARMED)
    }
    tied = {side for para in ctx.paragraphs for side in _coordinated_sides(para, owner, sides)}
    return next(iter(tied)) if len(tied) == 1 else None


def _armed_allies(ctx: ArticleContext, head: Any, owner: str) -> bool:
    """Whether ``head`` is an ally noun (``ally_nouns`` of ``loyalty_words``) of an armed group
    the gazetteer knows ("the Houthis' allies"), not of a country or a party."""
    entry = ctx.lx.lookup(owner)
    nouns = ctx.cues["loyalty_words"]["ally_nouns"]
    return head.lower_ in nouns and entry is not None and entry.sector in _ARMED


def _coordinated_sides(para: Paragraph, owner: str, sides: set[str]) -> Iterator[str]:
    """The sides of ``sides`` a mention of which the paragraph coordinates with a mention of
    ``owner`` ("the Houthi militias and the forces loyal to Saleh")."""
    links = para.links
    for k, side in links.items():
        if side not in sides:
            continue
        token = para.tokens[k]
        partners = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ == "conj":
            partners.append(token.head)
        if any(links.get(p.i) == owner for p in partners):
            yield side


def _plural_name(ctx: ArticleContext, owner: str) -> bool:
    """A group's name that is a plural of its members' name ("Houthis": "Houthi" names the
    same group), not one that ends in an s ("Hamas")."""
    if not owner.endswith("s") or not ctx.etype_is(owner, EntityType.GROUP):
        return False
    entry = ctx.lx.lookup(owner[:-1])
    return entry is not None and entry.label == owner


def _followed(ctx: ArticleContext, para: Paragraph, head: Any) -> tuple[int, int, str] | None:
    """(start, end, owner) of a supporters phrase whose owner is a linked person or body."""
    coordinated = _coordinated_followers(ctx, para, head)
    if coordinated is not None:
        return coordinated
    for c in head.children:
        if c.dep_ not in ("compound", "poss", "nmod") or c.i > head.i:
            continue
        owner = para.links.get(c.i)
        if owner is None or not ctx.etype_in(owner, _FOLLOWED):
            continue
        if c.pos_ == "PRON" and not _own_followers(para, head, c, owner, ctx):
            # "Sisi ousted Morsi and cracked down on his supporters": the pronoun's
            # coreference gives the subject, whose own followers the clause does not mean
            return None
        start = min(t.i for t in c.subtree)
        if para.tokens[start].lower_ == "the":
            start += 1
        if any(t.pos_ in ("VERB", "ADJ") for t in para.tokens[start : head.i]):
            return None  # "pro-democracy supporters": no owner named
        return start, head.i + 1, owner
    last = shared_complement_noun(head, ctx.lx.actors)
    after = para.tokens[last.i + 1] if last.i + 1 < len(para.tokens) else None
    # "his supporters and supporters of the HDP": the parser may hang "of" on the first;
    # "supporters and opponents of X": the last noun's "of" is each one's
    for prep in [after] if after is not None and after.dep_ == "prep" else []:
        if prep.lower_ != "of":
            continue
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if pobj is not None and pobj.i not in para.links:
            # "of the opposition leader X", "of President X" parsed with the title as the
            # object: the name that ends the phrase
            pobj = _titled_name(para, pobj)
        if pobj is not None:
            pobj = _first_conjunct(para, prep, pobj)
        owner = para.links.get(pobj.i) if pobj is not None else None
        if pobj is None or owner is None or not ctx.etype_in(owner, _FOLLOWED):
            return None
        end = pobj.i + 1
        while end < len(para.tokens) and para.links.get(end) == owner:
            end += 1
        return head.i, end, owner
    return None


def _first_conjunct(para: Paragraph, prep: Any, pobj: Any) -> Any:
    """The object of "of" where the parser glued two coordinated nouns into one ("supporters
    of [the ruling party and opposition activists]": "activists" as the object, "party and
    opposition" its modifier): the last word of the first conjunct when a name or collective
    is linked there, else None; the object itself when no "and"/"or" comes before it."""
    tokens = para.tokens
    cc = next((t for t in tokens[prep.i + 1 : pobj.i] if t.dep_ == "cc"), None)
    if cc is None:
        return pobj
    before = tokens[cc.i - 1]
    if cc.i - 1 > prep.i and para.links.get(before.i) is not None:
        return before
    return None


def _titled_name(para: Paragraph, pobj: Any) -> Any:
    """The last token of a name right after a title the parser made the object ("of the
    opposition leader X", "of Zambian President X"), or None."""
    owner = para.links.get(pobj.i + 1)
    if owner is None or pobj.tag_ not in ("NN", "NNP"):
        return None
    return para.tokens[para.name_end(pobj.i + 1, owner)]


def _coordinated_followers(
    ctx: ArticleContext, para: Paragraph, head: Any
) -> tuple[int, int, str] | None:
    """ "the Houthis and their allies", "the US and its allies", "Assad and his supporters":
    the pronoun stands for the actor it is coordinated with, whatever coreference said."""
    pron = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pron is None or head.dep_ != "conj" or head.head.i > head.i:
        return None
    owner = para.links.get(head.head.i)
    if owner is None:
        return None
    person = pron.lower_ in ("his", "her")
    if not ctx.etype_in(owner, _OWNERS) or person != ctx.etype_is(owner, EntityType.PERSON):
        return None
    return pron.i, head.i + 1, owner


def _written_owner(para: Paragraph, head: Any, owner: str) -> str:
    """The owner as the coordination writes it ("US" in "the US and its allies") when it is
    a name there, else its label."""
    if head.dep_ != "conj" or para.links.get(head.head.i) != owner:
        return owner
    first = last = head.head.i
    while first > 0 and para.links.get(first - 1) == owner:
        first -= 1
    while last + 1 < head.i and para.links.get(last + 1) == owner:
        last += 1
    words = [t.text for t in para.tokens[first : last + 1] if t.lower_ != "the"]
    return " ".join(words) if words and all(w[:1].isupper() for w in words) else owner


def _owner_in(para: Paragraph, start: int, end: int, owner: str) -> str:
    """The owner as the phrase writes it ("ISIL" in "allies of ISIL", "Houthis" in "the
    Houthis' allies") when it is a name there, else its label."""
    own = [t for t in para.tokens[start:end] if para.links.get(t.i) == owner]
    own = [t for t in own if t.lower_ != "the" and not t.text.startswith("'")]
    if not own:
        return owner
    text = para.text[own[0].idx : own[-1].idx + len(own[-1].text)]
    return text if all(w[:1].isupper() for w in text.split()) else owner


def _own_followers(
    para: Paragraph, head: Any, pronoun: Any, owner: str, ctx: ArticleContext
) -> bool:
    """ "his supporters" / "her followers" are the followers of the person the pronoun
    resolves to, when that person is not the actor of the clause they stand in ("X cracked
    down on his supporters" more often means another's) and the clause names no other
    person who could own them ("X ousted Y and jailed his supporters")."""
    if pronoun.lower_ not in ("his", "her") or not ctx.etype_is(owner, EntityType.PERSON):
        return False
    phrase = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "NUM"):
        phrase = head.head.head  # "thousands of his supporters"
    if phrase.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        # only as an actor or patient of a clause: a new side inside an event noun ("clashes
        # between his supporters and ...") would draw "the attack" away from the one told
        return False
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    sent = para.sent_of(head)
    people = {
        para.links[t.i]
        for t in sent
        if t.i in para.links
        and t.i != pronoun.i
        and t.pos_ == "PROPN"
        and ctx.etype_is(para.links[t.i], EntityType.PERSON)
    }
    if people - {owner}:
        return False
    return not any(
        para.links.get(t.i) == owner
        for k in (verb, *(v for v in (verb.head,) if verb.dep_ == "conj"))
        for t in k.children
        if t.dep_ in ("nsubj", "nsubjpass")
    )


def _followers_label(para: Paragraph, head: Any, end: int, owner: str) -> str:
    """ "supporters of the HDP": a body's followers under its name as written (a person's
    are named by ``_called``)."""
    tokens = para.tokens
    first = end
    while first > head.i + 2 and para.links.get(first - 1) == owner:
        first -= 1
    if first > head.i + 2 and tokens[first - 1].lower_ == "the":
        first -= 1  # "supporters of the HDP" as written
    name = para.text[tokens[first].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    return f"{head.lower_} of {name}"
