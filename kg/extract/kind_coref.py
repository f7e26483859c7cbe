"""Definite kind nouns over the whole article: "the airline's chairman", "chaired the
commission", "the secretary-general of the movement" -> the one body of that kind the article
has named so far, however far back. Words: ``kind_coref`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.extract.named_heads import bare_definite
from kg.lexicon import Lexicon
from kg.resolve.agencies import described_agency
from kg.vocab import EntityType

_BODIES = (EntityType.ORGANIZATION, EntityType.GROUP)


def kind_nouns(lx: Lexicon) -> frozenset[str]:
    """The reference nouns ("airline", "party", "commission"): the stage's cue words."""
    return frozenset(w for w in lx.cues["kind_coref"]["nouns"] if not w.startswith("_"))


def link_kind_nouns(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Korean Air cancelled ... [ten sentences] ... the eldest daughter of the airline's
    chairman": a bare definite kind noun ("the airline", "the party", "the commission";
    ``kind_coref.nouns``, each with the kind it names) the nearer rules left -> the one
    organisation or group the article has named by name before it whose kind is that one.
    A body's kind is read from its name's head word ("Korean Air": airline; "Liberal
    Democrats": party; "Truth and Reconciliation Commission": commission;
    ``kind_coref.heads``), or from a kind noun the article puts beside the name ("Et andet
    universitet, a student movement", "the Hamas movement", "X is a reform-oriented
    movement"; ``kind_coref.beside``: "the car parts maker Takata"). Two bodies of the kind
    named so far, one named only in passing, never a topic ("lost his seat to the SNP"), an
    unnamed one of the kind in between ("a lower court ... the court"), or a nearer body of
    no known kind ("in UNICEF's first mission, the agency"): no link."""
    table = ctx.cues["kind_coref"]
    nouns: dict[str, str] = {w: k for w, k in table["nouns"].items() if not w.startswith("_")}
    heads: dict[str, list[str]] = {
        w: list(ks) for w, ks in table["heads"].items() if not w.startswith("_")
    }
    beside: dict[str, list[str]] = {
        w: list(ks) for w, ks in table["beside"].items() if not w.startswith("_")
    }
    words = frozenset(nouns)
    disc: Discourse | None = None
    kinds_of: dict[str, set[str]] = {}
    for para in paras:
        lemmas, tags = para.lemmas, para.tags
        for i in para.hits(words):
            token = para.tokens[i]
            kind = nouns.get(lemmas[i])
            if kind is None or i in para.links or tags[i] != "NN" or not bare_definite(token):
                continue
            if disc is None:
                disc = Discourse(paras)
                kinds_of = _body_kinds(ctx, disc, nouns, heads, beside)
            above = {t.i for t in token.ancestors}
            found = [
                s
                for s in disc.before(para, token, None)
                if kind in kinds_of.get(s.label, ())
                and not s.adjective
                and not (s.para is para and s.token.i in above)
            ]
            labels = list(dict.fromkeys(s.label for s in found))
            if len(labels) != 1 or not (
                any(_by_name(s) for s in found) or described_agency(ctx.lx, labels[0])
            ):
                continue  # an agency's description names it ("the UN refugee agency")
            if not any(_topic(s) for s in found):
                continue  # "lost his seat to the SNP": named in passing, no topic
            if _nearer_unknown(ctx, disc, para, token, found[0], kinds_of):
                continue
            same = frozenset(w for w, k in nouns.items() if k == kind)
            if _other_between(disc, para, token, found[0], same):
                continue
            para.links[i] = labels[0]
            ctx.reference(para, token, labels[0], "nominal")
            disc.add(para, token, labels[0])


def _body_kinds(
    ctx: ArticleContext,
    disc: Discourse,
    nouns: dict[str, str],
    heads: dict[str, list[str]],
    beside: dict[str, list[str]],
) -> dict[str, set[str]]:
    """Each organisation or group the article names -> the kinds its name's head word or a
    kind noun beside one of its names gives it. The class is asked last, of a name given a
    kind only: the corpus's answer for one given none ("Toyota" a person in one article)
    does not matter."""
    found: dict[str, set[str]] = {}
    for sighting in disc.sightings:
        label = sighting.label
        kinds = found.setdefault(label, set(_head_kinds(label, nouns, heads)))
        if described_agency(ctx.lx, label):
            kinds.add(nouns["agency"])  # "the World Food Programme ... the agency said"
        token, links = sighting.token, sighting.para.links
        if token.i > 0 and links.get(token.i - 1) == label:
            # the name's own head noun, as written here: "the BDS movement", "the Spanish
            # football federation (RFEF)"
            kinds.update(_word_kinds(token.lower_, nouns, {**beside, **heads}))
        if sighting.proper:
            kinds.update(k for n in _beside(sighting) for k in _word_kinds(n, nouns, beside))
    return {
        label: kinds for label, kinds in found.items() if kinds and ctx.etype_in(label, _BODIES)
    }


def _topic(sighting: Sighting) -> bool:
    """The body is a topic where named: a subject, the owner of a person or thing ("the
    Korean Air executive", "Toshiba's profits") or a source ("according to the Seoul High
    Court"); not an object named in passing ("lost his seat to the SNP")."""
    token = sighting.token
    if sighting.subject or token.dep_ in ("compound", "poss"):
        return True
    prep = token.head
    return bool(
        token.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and token.doc[prep.i - 1].lower_ == "according"
    )


def _by_name(sighting: Sighting) -> bool:
    """A mention by name: a proper noun, or a noun written after the name it belongs to
    ("the BDS movement")."""
    token, links = sighting.token, sighting.para.links
    if sighting.proper:
        return True
    k = token.i - 1
    return k >= 0 and links.get(k) == sighting.label and sighting.para.tokens[k].pos_ == "PROPN"


def _head_kinds(label: str, nouns: dict[str, str], heads: dict[str, list[str]]) -> list[str]:
    """The kinds a name's head word gives: its last word, or the word before its "of"
    ("Court of Appeal", "Network of Migrant Domestic Workers")."""
    words = label.lower().split()
    if len(words) < 2:
        head = words[0] if words else ""
        # a one-word name is its kind only when it is that word ("the Commission")
        return [nouns[head]] if head in nouns and label[:1].isupper() else []
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return _word_kinds(head, nouns, heads)


def _word_kinds(word: str, nouns: dict[str, str], more: dict[str, list[str]]) -> list[str]:
    """The kinds one word gives: its own entry in ``more``, else the kind of the noun it is."""
    return more.get(word, [nouns[word]] if word in nouns else [])


def _beside(sighting: Sighting) -> Iterable[str]:
    """The lemmas of the unlinked nouns a name is set beside: its apposition ("X, a
    movement"; "the movement, X"), the noun it names ("the Hamas movement") or its predicate
    ("X is a movement", "X has long been a reform-oriented movement")."""
    token, links = sighting.token, sighting.para.links
    near: list[Any] = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos" or (token.dep_ == "compound" and _names_alone(sighting)):
        near.append(token.head)
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        near.extend(c for c in token.head.children if c.dep_ == "attr")
    return [
        n.lemma_.lower()
        for n in near
        if n.pos_ == "NOUN" and links.get(n.i, sighting.label) == sighting.label
    ]


def _nearer_unknown(
    ctx: ArticleContext,
    disc: Discourse,
    para: Paragraph,
    token: Any,
    since: Sighting,
    kinds_of: dict[str, set[str]],
) -> bool:
    """Another body named by name, of no kind known, after the candidate ``since``: in the
    reference's sentence or the one before ("in UNICEF's first mission, the agency delivered
    kits" may be that body's, which the nearer rules decide), or further back as a topic
    ("Korean Air cancelled ... Delta said demand held up ... the airline's chief executive"
    may be Delta's)."""
    here = disc.sent(para, token)
    near = disc.sentence_before(here)
    return any(
        s.label != since.label
        and (s.sent, s.index) > (since.sent, since.index)
        and s.proper
        and not s.adjective
        and s.label not in kinds_of
        and ctx.etype_in(s.label, _BODIES)
        and (s.sent >= near or _topic(s))
        for s in disc.before(para, token, None)
    )


def _names_alone(sighting: Sighting) -> bool:
    """The name is all that describes the noun it is a compound of ("the Hamas movement"),
    not one word of a longer description ("the UN refugee agency" is another body)."""
    noun, links = sighting.token.head, sighting.para.links
    return all(
        c.dep_ in ("det", "case", "punct") or links.get(c.i) == sighting.label
        for c in noun.children
        if c.i < noun.i or c.dep_ in ("prep", "appos", "acl", "relcl")
    )


def _other_between(
    disc: Discourse, para: Paragraph, token: Any, since: Sighting, same: frozenset[str]
) -> bool:
    """A noun of the kind (``same``: "company", "firm") no rule linked, indefinite ("a lower
    court") or described ("the ruling party"), stands between the candidate ``since`` and
    the reference: another body of the kind. The noun the candidate's own name is set
    beside ("Podemos, a left-wing party") is no other."""
    first, last = (since.sent, since.index), (disc.sent(para, token), token.i)
    for other in disc.paras:
        for i in other.hits(same):
            t = other.tokens[i]
            if i in other.links or t.lemma_.lower() not in same or _beside_name(other, t):
                continue
            if first < (disc.sent(other, t), i) < last and any(
                (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
                or (c.dep_ in ("amod", "compound") and c.i not in other.links)
                for c in t.children
            ):
                return True
    return False


def _beside_name(para: Paragraph, noun: Any) -> bool:
    """The noun is set beside a name (the other side of ``_beside``): "X, a movement", "X is
    a movement"."""
    links = para.links
    if noun.dep_ == "appos" and noun.head.i in links:
        return True
    if any(c.dep_ == "appos" and c.i in links for c in noun.children):
        return True
    return noun.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.i in links for c in noun.head.children
    )
