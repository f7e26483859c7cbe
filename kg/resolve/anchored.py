"""Unnamed people a definite phrase anchors to one person (unnamed57): "the ship's captain",
"the first MERS patient", "the lone survivor", "South Korea's first patient", "the owner of
the factory", "the deputy president of the court" -> one Person of their article, as "a flight
attendant" is (kg/resolve/described.py); none when the article names one of that title.

"the journalist" alone stays coreference's (someone the article may name); a possessive of a
thing, a ranking word or an "of" phrase with a thing makes the phrase one person of its own.
``anchored_people`` of cues.json holds the words. A later bare "the captain" of the same
article is that node (``later_anchored``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.lexicon import Lexicon, once_per_lexicon
from kg.nlp.coordination import first_conjunct
from kg.resolve.bodies import POSSESSIVES, Owners, collective_item
from kg.vocab import EntityType

if TYPE_CHECKING:
    from kg.resolve.entities import SpanMention


def anchored_cues(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The word sets of ``anchored_people`` (``unique_modifiers``, ``not_possessors``, ...),
    made once a lexicon."""
    cues: dict[str, frozenset[str]] = once_per_lexicon(lexicon, _anchored_cues)
    return cues


def _anchored_cues(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    cue = lexicon.cues.get("anchored_people", {})
    return {k: frozenset(v) for k, v in cue.items() if not k.startswith("_")}


def anchored_kind(
    tokens: list[Any], head: Any, lexicon: Lexicon, owners: Owners, people: frozenset[str]
) -> str | None:
    """How a definite singular people noun is anchored to one person: "poss" (the possessive
    of a thing: "the ship's captain"), "unique" (a ranking word: "the first patient",
    "South Korea's first patient"), "of" ("the owner of the factory"), or None. A noun
    coordinated under the first one's possessive ("the ship's captain and chief engineer")
    is anchored as that one is."""
    if head.tag_ != "NN":
        return None
    cues = anchored_cues(lexicon)
    kids = list(head.children)
    if head.dep_ == "conj" and not any(c.dep_ in ("det", "poss") for c in kids):
        first = first_conjunct(head)
        if first.i < head.i and first.tag_ == "NN" and first.lemma_.lower() in people:
            kind = anchored_kind(tokens, first, lexicon, owners, people)
            return kind if kind == "poss" else None
        return None
    if _thing_possessor(tokens, head, cues, owners, people) is not None:
        return "poss"
    dets = [c for c in kids if c.dep_ == "det" and c.i < head.i]
    the = bool(dets) and dets[0].lower_ in cues.get("the_words", frozenset())
    named_poss = _named_possessor(tokens, head, owners)
    ranked = head.lemma_.lower() not in cues.get("not_ranked", frozenset())
    if (the or named_poss is not None) and ranked and _unique_modifier(head, cues) is not None:
        return "unique"
    if the and _of_thing(tokens, head, cues, owners, people) is not None:
        return "of"
    return None


def anchored_item(
    tokens: list[Any],
    text: str,
    head: Any,
    kind: str,
    start: int,
    lexicon: Lexicon,
    owners: Owners,
    people: frozenset[str],
) -> dict[str, Any] | None:
    """The Person item of an anchored noun (``anchored_kind``), labelled as written without
    determiner: "ship's captain", "chief engineer" (a coordinated one: its own words),
    "first MERS patient", "South Korea's first patient", "owner of the factory". ``start``
    is where the noun's lower-case modifiers start."""
    cues = anchored_cues(lexicon)
    absorbs = None
    end = head.i + 1
    owner = _thing_possessor(tokens, head, cues, owners, people) if kind == "poss" else None
    if kind == "poss" and owner is None:
        label_start = start  # "the ship's captain and chief engineer": its own words
    elif owner is not None:
        label_start = min(t.i for t in owner.subtree if t.dep_ != "det")
        if not all(_hangs_on(tokens[k], head) for k in range(owner.i + 2, head.i)):
            return None
    elif kind == "unique":
        word = _unique_modifier(head, cues)
        if word is None:
            return None
        label_start = word.i
        if not all(_hangs_on(tokens[k], head) for k in range(word.i, head.i)):
            return None
        named = _named_possessor(tokens, head, owners)
        if named is not None:
            label_start = absorbs = named  # "South Korea's first patient": the name stays
    else:
        pobj = _of_thing(tokens, head, cues, owners, people)
        if pobj is None:
            return None
        label_start, end = start, pobj.i + 1
    last = tokens[end - 1]
    label = text[tokens[label_start].idx : last.idx + len(last.text)]
    first = tokens[label_start]
    if absorbs is None and first.text[:1].isupper() and first.text[1:].islower():
        label = label[:1].lower() + label[1:]  # "The ship's captain"; "MERS" keeps its case
    item = collective_item(label_start, end, label, label, EntityType.PERSON, scoped=True)
    item["absorbs"] = absorbs
    item["definite"] = True  # dropped when the article names one with its noun (later_anchored)
    return item


def anchored_role(head: Any, kind: str, lexicon: Lexicon) -> bool:
    """Whether an anchored person acts with no event verb of its own: held "in custody"
    ("the ship's captain and chief engineer were in police custody": a detention, read by
    kg/extract/custody_*), or a ranked one the clause is about ("the first patient did not
    reveal he had travelled": the subject the story follows, its pronouns' person)."""
    node = first_conjunct(head)
    verb = node.head
    if node.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if kind == "unique":
        return True
    places = frozenset(lexicon.cues.get("custody_holds", {}).get("places", ()))
    return bool(
        verb.lemma_ == "be"
        and any(
            prep.dep_ == "prep"
            and prep.lower_ == "in"
            and any(p.dep_ == "pobj" and p.lemma_.lower() in places for p in prep.children)
            for prep in verb.children
        )
    )


def _hangs_on(token: Any, head: Any) -> bool:
    """A modifier of the noun, directly or through the modifiers after it ("first MERS
    patient"), not a word of another phrase."""
    node = token
    while node.i < head.i and node.dep_ in ("amod", "compound", "nmod", "nummod", "advmod"):
        node = node.head
    return bool(node.i == head.i and token.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP"))


def _thing_possessor(
    tokens: list[Any],
    head: Any,
    cues: dict[str, frozenset[str]],
    owners: Owners,
    people: frozenset[str],
) -> Any | None:
    """The possessor noun of "the ship's captain": a common noun in lower case with "the",
    no person ("the victim's lawyer") and none of ``not_possessors`` ("the country's
    president": a named state's)."""
    for poss in head.children:
        if poss.dep_ != "poss" or poss.i >= head.i:
            continue
        mark = tokens[poss.i + 1] if poss.i + 1 < len(tokens) else None
        lemma = poss.lemma_.lower()
        if (
            poss.tag_ != "NN"
            or not poss.is_lower
            or mark is None
            or mark.text not in POSSESSIVES
            or poss.i + 1 in owners
            or lemma in people
            or lemma in cues.get("not_possessors", frozenset())
            or poss.ent_type_
        ):
            return None
        dets = [c for c in poss.children if c.dep_ == "det"]
        if dets and dets[0].lower_ in cues.get("the_words", frozenset()):
            return poss
        return None
    return None


def _named_possessor(tokens: list[Any], head: Any, owners: Owners) -> int | None:
    """Where the name of a place or body before a possessive of the noun starts ("South
    Korea's first patient"); None for a person's (kg/resolve/described.py reads those)."""
    for poss in head.children:
        if poss.dep_ != "poss" or poss.i >= head.i:
            continue
        at = poss.i + 1
        if at < len(tokens) and tokens[at].text in POSSESSIVES and at in owners:
            start, _, _, label = owners[at]
            if label != "PERSON" and tokens[start].ent_type_ != "PERSON":
                return int(start)
    return None


def _unique_modifier(head: Any, cues: dict[str, frozenset[str]]) -> Any | None:
    """The ranking word that makes the noun one person ("the first patient", "the lone
    survivor")."""
    words = cues.get("unique_modifiers", frozenset())
    for c in head.children:
        if c.dep_ == "amod" and c.i < head.i and c.is_lower and c.lower_ in words:
            return c
    return None


def _of_thing(
    tokens: list[Any],
    head: Any,
    cues: dict[str, frozenset[str]],
    owners: Owners,
    people: frozenset[str],
) -> Any | None:
    """The thing after "of" right after the noun ("the owner of the factory"): a lower-case
    common noun with a determiner, no person and none of ``not_possessors``."""
    at = head.i + 1
    if at >= len(tokens) or tokens[at].lower_ != "of" or tokens[at].head.i != head.i:
        return None
    pobj = next((c for c in tokens[at].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.tag_ != "NN" or not pobj.is_lower or pobj.ent_type_:
        return None
    lemma = pobj.lemma_.lower()
    if lemma in people or lemma in cues.get("not_possessors", frozenset()):
        return None
    if not any(c.dep_ == "det" for c in pobj.children):
        return None
    if any(k in owners or tokens[k].ent_type_ for k in range(at + 1, pobj.i + 1)):
        return None
    return pobj


def later_anchored(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """A later bare "the captain" of an article that wrote one unnamed person with that noun
    ("the ship's captain", "a flight attendant") is that person: a mention of its node. Not
    when two such people of the article share the noun, nor when the article writes the noun
    as a named person's title ("Captain Zhang", "Zhang, the captain"). ``paragraphs`` are
    (tokens, text, mentions) of one article, in order."""
    from kg.resolve.entities import SpanMention

    people: dict[str, set[str]] = {}
    for tokens, _, mentions in paragraphs:
        for m in mentions:
            found = _described_noun(tokens, m)
            if found is not None:
                people.setdefault(found[1], set()).add(m.canonical or m.text)
    if not people:
        return paragraphs
    backs = anchored_cues(lexicon).get("back_words", frozenset())
    titled = _titles_of_names(paragraphs, frozenset(people))
    jobs = frozenset(lexicon.cues.get("described_people", {}).get("role_heads", ()))
    # "the president" after "the deputy president of the court" is the named president's
    titles = frozenset(n for n in people if n in lexicon.roles and n not in jobs)
    seen: dict[str, str] = {}
    out = []
    for tokens, text, mentions in paragraphs:
        if titled:
            # "the ferry's captain ... the captain, Li Ming,": the named one (coreference's)
            mentions = [m for m in mentions if not _named_elsewhere(tokens, m, titled)]
        taken = {i for m in mentions for i in range(m.start, m.end)}
        firsts = dict(filter(None, (_described_noun(tokens, m) for m in mentions)))
        added = []
        for token in tokens:
            noun = token.lemma_.lower()
            if token.i in firsts:
                if len(people[noun]) == 1:  # two people of one noun: neither is "the noun"
                    seen[noun] = next(iter(people[noun]))
                continue
            if noun not in seen or noun in titled or noun in titles or token.tag_ != "NN":
                continue
            if token.i in taken:
                continue
            kids = list(token.children)
            if (
                token.i == 0
                or tokens[token.i - 1].lower_ not in backs
                or tokens[token.i - 1].head.i != token.i
                or any(c.i < token.i - 1 or c.dep_ in ("appos", "compound", "amod") for c in kids)
                or token.dep_ in ("compound", "appos")
                or _name_beside(tokens, token)
            ):
                continue
            added.append(
                SpanMention(
                    token.i,
                    token.i + 1,
                    token.text,
                    "PERSON",
                    canonical=seen[noun],
                    scoped=True,
                    definite=True,
                )
            )
        merged = sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
        out.append((tokens, text, merged))
    return out


def _described_noun(tokens: list[Any], mention: SpanMention) -> tuple[int, str] | None:
    """(index, lemma) of the head noun of an unnamed person's mention ("captain" of "ship's
    captain", "owner" of "owner of the factory"), else None."""
    if mention.label != "PERSON" or not mention.scoped or mention.sector:
        return None
    span = tokens[mention.start : mention.end]
    inside = range(mention.start, mention.end)
    root = next((t for t in span if t.head.i not in inside or t.head is t), None)
    if root is None or root.tag_ != "NN":
        return None
    return root.i, str(root.lemma_.lower())


def _named_elsewhere(tokens: list[Any], mention: SpanMention, titled: dict[str, set[str]]) -> bool:
    """An anchored person's mention ("the ferry's captain") whose title the article gives a
    named person: its noun with no kind ("Captain Li"), or its noun and kind ("the deputy
    president" and "Deputy President X"; not "President X")."""
    found = _described_noun(tokens, mention) if mention.definite else None
    if found is None or found[1] not in titled:
        return False
    kind = _kind(tokens[found[0]])
    return not kind or kind in titled[found[1]]


def _kind(noun: Any) -> str:
    """The lower-case words before a noun that say which one it is ("deputy" of "deputy
    president", "chief" of "chief engineer")."""
    return " ".join(
        c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
    ).lower()


def _name_beside(tokens: list[Any], token: Any) -> bool:
    """A person's name right after the noun, or after a comma ("the captain, Zhang,")."""
    for k in (token.i + 1, token.i + 2):
        if k < len(tokens) and tokens[k].ent_type_ == "PERSON":
            return bool(k == token.i + 1 or tokens[token.i + 1].text == ",")
    return False


def _titles_of_names(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], nouns: frozenset[str]
) -> dict[str, set[str]]:
    """Those of ``nouns`` the article writes as a named person's title ("Captain Zhang",
    "Zhang, the captain", "the captain, Zhang"), each with the kinds it is written with ("",
    "deputy")."""
    found: dict[str, set[str]] = {}
    for tokens, _, _ in paragraphs:
        for token in tokens:
            noun = token.lemma_.lower()
            if noun not in nouns:
                continue
            head = token.head
            if (
                (token.dep_ in ("compound", "appos") and head.pos_ == "PROPN")
                or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
                or _name_beside(tokens, token)
            ):
                found.setdefault(noun, set()).add(_kind(token))
    return found
