"""Sides of a conflict as actors: coalitions led by a country ("the Saudi-led coalition",
"coalition warplanes"), forces named by the leader they back ("pro-Hadi fighters", "troops
loyal to former president Saleh"), and sect-named armed groups ("Shia rebels") that are the
one armed group of that sect the article names ("the Houthis").

Per paragraph, ``find_sides`` runs before the sector collectives (``kg.resolve.collectives``)
and takes the name mentions it covers ("pro-Hadi" tagged as a nationality); per article,
``article_sides`` names what only the whole article settles ("the coalition" when it names
one, "Shia fighters" when it names one Shia armed group).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kg.lexicon import Lexicon
from kg.resolve.bodies import HYPHENS, bracketed_names
from kg.resolve.collectives import adjective, owner_entry
from kg.resolve.later_groups import one_of_several_later
from kg.vocab import EntityType, Predicate

if TYPE_CHECKING:
    from kg.resolve.entities import SpanMention

# armed sectors a sect-named collective or a "pro-X" side belongs to
_ARMED = frozenset({"REB", "UAF"})


def _mention(**kwargs: Any) -> SpanMention:
    from kg.resolve.entities import SpanMention

    return SpanMention(**kwargs)


def find_sides(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    words: frozenset[str] | None = None,
) -> list[SpanMention]:
    """The paragraph's mentions with led coalitions and "pro-X" sides added, replacing the
    name mentions inside them. ``words``: the paragraph's lower-cased forms (and lemmas),
    when the caller has them (``Paragraph.words``): a finder whose every match starts from
    one of its words is not run where the paragraph holds none of them."""
    out = list(mentions)
    actors = lexicon.actors

    def holds(needed: Iterable[str]) -> bool:
        return words is None or not words.isdisjoint(needed)

    found = [
        *(_led(tokens, text, lexicon, out) if holds(_LED) else ()),
        *(_led_by(tokens, text, lexicon, out) if holds(_LED) else ()),
        *(_named_coalitions(tokens, text, lexicon) if holds(_COALITION) else ()),
        *(_listed_coalitions(tokens, text, lexicon, out) if holds(_COALITION) else ()),
        *(_pro(tokens, text, lexicon, out) if holds(actors.side_nouns) else ()),
        *(_crowds(tokens, text, lexicon) if holds(actors.crowd_nouns) else ()),
        *_described(tokens, text, lexicon, out),
        *(_perpetrators(tokens, text, lexicon) if holds(_THOSE) else ()),
        *(
            _event_titles(tokens, text, lexicon)
            if holds(actors.perpetrator_labels) and holds(actors.perpetrator_titles)
            else ()
        ),
        *(
            _mention(start=start, end=end, text=name, label="ORG")
            for start, end, name in bracketed_names(
                tokens, text, lexicon, [(m.start, m.end) for m in out]
            )
        ),
    ]
    # "a military coalition led by Kenya": the led coalition, not one named by its kind only
    led = [m for m in found if not _kind_coalition(m, lexicon)]
    found = [
        m
        for m in found
        if not _kind_coalition(m, lexicon) or all(o.end <= m.start or o.start >= m.end for o in led)
    ]
    for item in found:
        out = [m for m in out if m.end <= item.start or m.start >= item.end]
        out.append(item)
    # a "pro-Kurdish" left over is an adjective ("the pro-Kurdish HDP"), no actor
    out = [m for m in out if m.sector or not m.text.lower().startswith("pro-")]
    return sorted(out, key=lambda m: m.start)


# the one word each of these finders starts from (its loop's first test): ``find_sides``
# skips the finder for a paragraph without it
_LED = ("led",)
_COALITION = ("coalition",)
_THOSE = ("those",)


def _span_text(tokens: list[Any], text: str, start: int, end: int) -> str:
    last = tokens[end - 1]
    return text[tokens[start].idx : last.idx + len(last.text)]


def _instruments(tokens: list[Any], head: int, lexicon: Lexicon) -> int:
    """End (exclusive) of the phrase at ``head`` with the military nouns it modifies:
    "coalition warplanes" acts through its warplanes, "coalition fighter jets" through its
    jets (the nouns in front of the military one are part of its name)."""
    end = head + 1
    while end < len(tokens) and tokens[end - 1].dep_ == "compound":
        last = end
        while (
            last < len(tokens) - 1
            and tokens[last].pos_ == "NOUN"
            and tokens[last].dep_ == "compound"
        ):
            last += 1
        if tokens[last].pos_ != "NOUN" or lexicon.actors.sector_of(tokens[last].lower_) != "MIL":
            break
        end = last + 1
    return end


def _compound_head(word: Any) -> Any:
    """The noun a chain of compounds ends in ("strikes" for "coalition" in "coalition air
    strikes")."""
    node = word
    while node.dep_ == "compound" and node.head.i > node.i:
        node = node.head
    return node


def _attack_modifier(tokens: list[Any], word: Any, lexicon: Lexicon) -> bool:
    """ "coalition air strikes", "coalition raids": a compound in front of an attack noun
    (through weapon words, ``attack_modifiers`` of ``kg/data/en/cues.json``) names who made
    the attack ("coalition talks" names no actor)."""
    head = word.head
    if word.dep_ != "compound" or head.pos_ != "NOUN" or head.i <= word.i:
        return False
    weapons = lexicon.cues["attack_modifiers"]
    if any(t.dep_ != "compound" or t.lower_ not in weapons for t in tokens[word.i + 1 : head.i]):
        return False
    senses = lexicon.triggers.candidates(head.lemma_.lower(), "NOUN")
    return any(t.predicate is Predicate.ATTACKED for t in senses)


def _led(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """ "the Saudi-led coalition", "US-led forces", "a NATO-led mission": one node per leader
    and noun, "<adjective>-led <noun>", coded with the leader's country."""
    heads = lexicon.actors.led_heads
    by_end = {m.end: m for m in mentions}
    found = []
    for led in tokens[2:-1]:
        i = led.i
        if led.lower_ not in _LED or tokens[i - 1].text not in HYPHENS:
            continue
        owner = by_end.get(i - 1)
        head = i + 1
        while head < len(tokens) - 1 and tokens[head].pos_ == "ADJ":
            head += 1
        if owner is None or tokens[head].lower_ not in heads:
            continue
        leader = _leader(lexicon, owner)
        if leader is None:
            continue
        lead, iso = leader
        end = _instruments(tokens, head, lexicon)
        label = f"{lead}-led {tokens[head].lower_}"
        found.append(
            _mention(
                start=owner.start,
                end=end,
                text=_span_text(tokens, text, owner.start, end),
                label="ORG",
                canonical=label,
                country=iso,
                sector="MIL",
            )
        )
    return found


def _leader(lexicon: Lexicon, owner: SpanMention) -> tuple[str, str | None] | None:
    """(the word a led body is labelled by, the leader's country) of the name that leads it:
    a country by its adjective ("Saudi"), an armed group or organisation by its label; None
    for anyone else (a person: "troops led by General X" are no coalition)."""
    kind, value = owner_entry(lexicon, owner.text, owner.demonym)
    if kind == "country":
        return adjective(lexicon, value), value
    if kind == "group":
        return value.label, None
    if owner.label == "ORG":
        entry = lexicon.lookup(owner.text)
        return (entry.label if entry is not None else owner.text), None
    return None


def _led_by(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """ "a coalition led by Saudi Arabia", "the international force led by France": the body
    a country, armed group or organisation leads, written with the participle after it, is
    the node "<adjective>-led <noun>" as its hyphened form is (``_led``); the leader keeps
    its own mention (``kg.extract.led_groups`` reads the participle's agent). Only a bare
    noun or one with a modifier that leaves it the coalition (``coalition_modifiers``): "the
    ruling coalition led by X", "rebel forces led by Y" are bodies of their own."""
    heads = lexicon.actors.led_heads
    kinds = lexicon.actors.coalition_modifiers
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for led in [t for t in tokens if t.lower_ in _LED]:  # (one comprehension, not a loop's)
        noun = led.head
        if (
            led.tag_ != "VBN"
            or led.dep_ != "acl"
            or noun.i != led.i - 1
            or noun.pos_ != "NOUN"
            or noun.lower_ not in heads
            or noun.i in by_token
        ):
            continue
        mods = [c for c in noun.children if c.i < noun.i]
        if any(c.dep_ != "det" and not (c.dep_ == "amod" and c.lower_ in kinds) for c in mods):
            continue
        agent = next((c for c in led.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        owner = by_token.get(pobj.i) if pobj is not None else None
        leader = _leader(lexicon, owner) if owner is not None else None
        if leader is None:
            continue
        lead, iso = leader
        start = min([noun.i, *(c.i for c in mods if c.dep_ == "amod")])
        found.append(
            _mention(
                start=start,
                end=noun.i + 1,
                text=_span_text(tokens, text, start, noun.i + 1),
                label="ORG",
                canonical=f"{lead}-led {noun.lower_}",
                country=iso,
                sector="MIL",
            )
        )
    return found


def _named_coalitions(tokens: list[Any], text: str, lexicon: Lexicon) -> list[SpanMention]:
    """ "the Arab coalition", "a Gulf coalition": a coalition named by its members' region or
    bloc (``coalition_names`` in ``kg/data/en/sector_nouns.json``) is one node "<name>
    coalition" (MIL, no country), or with its kind words as written ("an Arab military
    coalition": "Arab military coalition", ``_kinds_start``); ``article_sides`` makes it the
    article's one led coalition when the article names one."""
    names = lexicon.actors.coalition_names
    found = []
    for t in tokens[1:]:
        if t.lower_ not in _COALITION or (first := _kinds_start(tokens, t, lexicon)) == 0:
            continue
        mod = tokens[first - 1]
        if (
            first < t.i
            and mod.dep_ == "det"
            and mod.head.i == t.i
            and t.pos_ == "NOUN"
            and _armed_members(t, lexicon)
        ):
            # "a regional coalition of troops", "the multinational coalition": named by its
            # kind only, a coalition of its article (``article_sides`` leaves it to the
            # article's named one when there is one)
            found.append(
                _mention(
                    start=first,
                    end=t.i + 1,
                    text=_span_text(tokens, text, first, t.i + 1),
                    label="ORG",
                    canonical=" ".join([*(w.lower_ for w in tokens[first : t.i]), "coalition"]),
                    sector="MIL",
                    scoped=True,
                )
            )
            continue
        if (
            t.pos_ not in ("NOUN", "PROPN")
            or mod.text not in names
            # "the Arab coalition air strikes", "Arab coalition fighter jets": the name and
            # the noun both on what the coalition did or used
            or mod.head.i not in (t.i, _compound_head(t).i)
            or (mod.i > 0 and tokens[mod.i - 1].text in HYPHENS)
        ):
            continue
        end = _instruments(tokens, t.i, lexicon)
        found.append(
            _mention(
                start=mod.i,
                end=end,
                text=_span_text(tokens, text, mod.i, end),
                label="ORG",
                canonical=" ".join(
                    [mod.text, *(w.lower_ for w in tokens[first : t.i]), "coalition"]
                ),
                sector="MIL",
            )
        )
    return found


def _listed_coalitions(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """ "a regional coalition of troops from Nigeria, Niger, Chad and Cameroon", "a coalition
    of Egypt and Jordan", "a governing coalition with the Conservatives": an unnamed
    coalition the article introduces with its members named in its own phrase is a body of
    its article, labelled as written without the determiner ("regional coalition");
    ``kg.extract.memberships`` makes the named members its members. Not a definite "the
    coalition" (a coalition named before), nor one with no member named beside it."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for t in [t for t in tokens if t.lower_ in _COALITION]:  # (one comprehension)
        if t.pos_ != "NOUN" or t.i in by_token:
            continue
        mods = [c for c in t.children if c.i < t.i]
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in mods):
            continue
        if any(
            c.dep_ not in ("det", "amod") or (c.dep_ == "amod" and c.pos_ not in ("ADJ", "VERB"))
            for c in mods
        ):
            continue  # "a Saudi coalition", "a rebel coalition": another rule's
        members = lexicon.cues["composition_verbs"]["membership_nouns"]["member"]
        if not coalition_members(t, by_token, members):
            continue
        start = min([t.i, *(c.i for c in mods if c.dep_ == "amod")])
        found.append(
            _mention(
                start=start,
                end=t.i + 1,
                text=_span_text(tokens, text, start, t.i + 1),
                label="ORG",
                canonical=_span_text(tokens, text, start, t.i + 1).lower(),
                scoped=True,
            )
        )
    return found


def coalition_members(
    noun: Any, by_token: dict[int, Any], member_nouns: Iterable[str]
) -> list[Any]:
    """The tokens of the named members of a coalition noun, in its own phrase: two or more
    coordinated names after "of" or after "of troops from" ("a coalition of Egypt and
    Jordan", "of troops from Nigeria, Niger and Chad"), or a name after "with" of a coalition
    a member noun is "in" ("junior members in a coalition with the Conservatives": the
    partner; the member noun's subject is the other). Not "formed a coalition with X" (a
    past or sought coalition as often as a standing one)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "with"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ == "with":
                within = noun.dep_ == "pobj" and noun.head.lower_ == "in"
                member = within and noun.head.head.lemma_.lower() in member_nouns
                return [pobj] if member and pobj.i in by_token else []
            head = pobj
            if pobj.i not in by_token or pobj.pos_ == "NOUN":
                # "of troops from X, Y and Z", "of countries including X and Y"
                inner = [
                    o
                    for p in pobj.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "including")
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                if not inner and pobj.i not in by_token:
                    continue
                head = inner[0] if inner else pobj
            names = [head, *(c for c in head.subtree if c.dep_ == "conj")]
            names = [n for n in names if n.i in by_token]
            if len(names) >= 2:
                return names
    return []


def _kinds_start(tokens: list[Any], noun: Any, lexicon: Lexicon) -> int:
    """Start of the kind words right before a coalition noun that leave it the coalition
    (``coalition_modifiers``): "military" in "an Arab military coalition", which is the
    Arab coalition written with its kind, labelled as written."""
    start: int = noun.i
    kinds = lexicon.actors.coalition_modifiers
    while (
        start > 0
        and tokens[start - 1].lower_ in kinds
        and tokens[start - 1].dep_ in ("amod", "compound")
        and tokens[start - 1].head.i == noun.i
    ):
        start -= 1
    return start


def _pro(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """ "pro-Hadi fighters", "pro-Hadi tribesmen", "forces loyal to Hadi", "renegade troops
    loyal to former president Saleh", "Saleh loyalists": the side that backs one leader, one
    node per article and leader, shown as the article first writes it ("pro-Hadi fighters",
    "Saleh loyalists"; ``_side_label``) or, written "<noun> loyal to <person>", by the usual
    short form "pro-Saleh forces" (``_pro_label``). Troops loyal to a sitting, titled leader
    ("troops loyal to President Kiir") are his state's forces, no side: left to the sector
    rules."""
    sides = lexicon.actors.side_nouns
    found = []
    for head in tokens:
        if head.lower_ not in sides or head.pos_ != "NOUN":
            continue
        pro = _pro_name(tokens, head.i)
        allied = _allied_before(tokens, head, lexicon, mentions)
        linked = None if allied is not None else _linked_group(tokens, head, lexicon, mentions)
        if allied is None and linked is None:
            allied = _allied_after(tokens, head, lexicon, mentions)
        written_end = head.i + 1  # where the written label ends ("... loyal to X")
        if linked is not None:
            first, group = linked
            canonical, name = f"{group}-linked {head.lower_}", None
        elif allied is not None:
            first, group = allied
            words = _span_text(tokens, text, first + 1, head.i + 1)
            canonical, name = f"pro-{group} {words}", None
        elif pro is not None:
            first, name = pro
        elif (owned := _loyalists_of(tokens, head, lexicon, mentions)) is not None:
            first, name = owned
            written_end = -head.i - 1  # "Saleh loyalists": a name opens it, as written
        else:
            loyal = _loyal_to(tokens, head, lexicon, mentions)
            if loyal is None:
                continue
            name, written_end = loyal
            first = head.i
            while (
                first > 0
                and (tokens[first - 1].is_lower or tokens[first - 1].is_sent_start)
                and tokens[first - 1].pos_ in ("ADJ", "NOUN", "PROPN")
            ):
                first -= 1  # "renegade troops", "Renegade troops" opening a sentence
            if first > 0 and (
                tokens[first - 1].ent_type_ in ("NORP", "GPE", "ORG")
                or tokens[first - 1].lower_ in lexicon.by_demonym
            ):
                continue  # "Nigerian troops loyal to ...": that country's forces
            canonical = _pro_label(name, tokens[first : head.i + 1], lexicon)
        if name is not None and written_end < 0:
            canonical = _span_text(tokens, text, first, -written_end)
        elif pro is not None:
            canonical = _side_label(tokens, text, first, written_end)
        found.append(
            _mention(
                start=first,
                end=head.i + 1,
                text=_span_text(tokens, text, first, head.i + 1),
                label="GROUP",
                canonical=canonical,
                sector="UAF",
                scoped=name is not None,
                side=name,
            )
        )
    return found


def _pro_label(surname: str, words: list[Any], lexicon: Lexicon) -> str:
    """A side written "<words> loyal to <person>" by the short form news use for it: a label
    that ends in the person's name ("troops loyal to former president Saleh") reads, to a
    reader skimming a graph as to a scorer matching names, as the person himself. Regular
    troops ("army units", "renegade troops": a MIL noun among the words) are "pro-Saleh
    forces"; irregulars keep their noun ("pro-Hadi fighters", "pro-Gbagbo militiamen"); a
    surname's lower-case particle is dropped ("pro-Assad" for "al-Assad")."""
    particle, _, rest = surname.partition("-")
    if rest and particle.islower():
        surname = rest  # "al-Assad", "el-Sisi": the name, not its article
    regular = any(lexicon.actors.sector_of(t.lower_) == "MIL" for t in words)
    return f"pro-{surname} {'forces' if regular else words[-1].lower_}"


def _side_label(tokens: list[Any], text: str, first: int, end: int) -> str:
    """A side as written, from its first word to the end of its name ("pro-Hadi fighters"),
    without the square brackets of an editor's insertion (no article writes them as part of
    a name) and no capital a sentence's first word gave a common word ("Pro-Hadi")."""
    label = _span_text(tokens, text, first, end).replace("[", "").replace("]", "")
    if tokens[first].is_sent_start:
        label = label[:1].lower() + label[1:]
    return label


def _crowds(tokens: list[Any], text: str, lexicon: Lexicon) -> list[SpanMention]:
    """ "Thousands of people protested", "thousands of people ... spent two weeks protesting":
    a crowd that protests is the article's protesters (its
    plain OPP collective of people in the street, apart from its political opposition,
    shown as the article first writes it)."""
    found = []
    for t in tokens:
        if t.lower_ not in lexicon.actors.crowd_nouns or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = t.head
        protests = verb.lemma_.lower() in lexicon.actors.protest_verbs or any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in lexicon.actors.protest_verbs
            for c in verb.children
        )
        if not protests:
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None or pobj.lower_ not in ("people", "demonstrators", "protesters"):
            continue  # "thousands of students": their own sector; a bare "Thousands": no name
        end = pobj.i + 1
        found.append(
            _mention(
                start=t.i,
                end=end,
                text=_span_text(tokens, text, t.i, end),
                label="GROUP",
                sector="OPP",
                scoped=True,
                side="crowd",  # the protesters, not the opposition parties (node37)
            )
        )
    return found


def _perpetrators(tokens: list[Any], text: str, lexicon: Lexicon) -> list[SpanMention]:
    """ "those behind the coup attempt", "those behind the attack": the perpetrators, the
    article's plain collective of the event's sector (with its "rebel troops", "gunmen")."""
    found = []
    for t in tokens[:-2]:
        nxt = tokens[t.i + 1]
        if t.lower_ not in _THOSE or nxt.lower_ != "behind" or nxt.head.i != t.i:
            continue
        event = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if event is None:
            continue
        words = [event, *(c for c in event.children if c.dep_ in ("compound", "amod"))]
        code = next(
            (
                lexicon.actors.perpetrated[w.lower_]
                for w in words
                if w.lower_ in lexicon.actors.perpetrated
            ),
            None,
        )
        if code is None:
            continue
        found.append(
            _mention(
                start=t.i,
                end=event.i + 1,
                text=_span_text(tokens, text, t.i, event.i + 1),
                label="GROUP",
                sector=code,
                scoped=True,
            )
        )
    return found


def _event_titles(tokens: list[Any], text: str, lexicon: Lexicon) -> list[SpanMention]:
    """ "coup leader Godfrey X", "deputy coup leader X", "the coup mastermind, X": the event
    word in front of a perpetrator's title (``perpetrator_titles``) names the perpetrators,
    the article's plain collective of the event's sector (as ``_perpetrators``), so the title
    ties its holder to them as "rebel leader X" to the rebels: not the country's army."""
    titles = lexicon.actors.perpetrator_titles
    found = []
    for t in tokens:
        code = lexicon.actors.perpetrated.get(t.lower_)
        label = lexicon.actors.perpetrator_labels.get(t.lower_)
        head = t.head
        if (
            code is None
            or label is None
            or t.dep_ != "compound"
            or head.i != t.i + 1
            or head.lower_ not in titles
            or head.tag_ not in ("NN", "NNP")
        ):
            continue
        found.append(
            _mention(
                start=t.i,
                end=t.i + 1,
                text=t.text,
                label="GROUP",
                canonical=label,
                sector=code,
                scoped=True,
            )
        )
    return found


def _described(
    tokens: list[Any], text: str, lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """ "A UAE general", "an Egyptian colonel": one unnamed person the article singles out,
    "<country as written> <rank>", when no name follows ("a UAE general, Ali X," is Ali X)."""
    by_end = {m.end: m for m in mentions}
    found = [
        _mention(
            start=m.start, end=m.end, text=m.text, label="PERSON", canonical=m.text, scoped=True
        )
        for m in mentions
        if _demonym_person(tokens, lexicon, m)
        # with another actor in its sentence: a party to an event ("police arrested a
        # Somali"), not a part played ("I play an American")
        and any(
            o is not m and tokens[o.start].sent.start == tokens[m.start].sent.start
            for o in mentions
        )
    ]
    nouns = lexicon.actors.described_nouns
    for t in [t for t in tokens if t.lower_ in nouns]:  # (read once: the loop's first test)
        if t.tag_ != "NN" or t.i < 2:
            continue
        if t.dep_ == "appos":
            continue  # "Robert Smit, a Dutch businessman": a named person described
        owner = by_end.get(t.i)
        if owner is None or owner.start == 0:
            continue
        det = owner.start - 1
        while det > 0 and tokens[det].pos_ == "ADJ" and tokens[det].is_lower:
            det -= 1  # "a senior UAE general"
        if tokens[det].lower_ not in ("a", "an"):
            continue
        kind, _ = owner_entry(lexicon, owner.text, owner.demonym)
        nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
        if kind != "country" or (nxt is not None and (nxt.pos_ == "PROPN" or nxt.text == ",")):
            continue  # "a UAE general, Ali X": that person; "a UAE general Ali X" too
        found.append(
            _mention(
                start=owner.start,
                end=t.i + 1,
                text=_span_text(tokens, text, owner.start, t.i + 1),
                label="PERSON",
                canonical=f"{owner.text} {t.lower_}",
                scoped=True,
            )
        )
    return found


def _demonym_person(tokens: list[Any], lexicon: Lexicon, m: SpanMention) -> bool:
    """ "Israeli forces kill Palestinian", "soldiers shot a Palestinian on Friday": a singular
    demonym used as a noun (an argument of its verb, no noun after it) is one unnamed person
    of that nationality, not the country."""
    if not m.demonym or m.end - m.start != 1:
        return False
    t = tokens[m.start]
    nxt = tokens[m.end] if m.end < len(tokens) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.text in ("-", "'s")):
        return False
    det = tokens[m.start - 1].lower_ if m.start > 0 else ""
    # with no article only in a headline, which drops them ("speaking Thai" is a language)
    headline = t.head.pos_ == "VERB" and t.sent[-1].is_alpha
    return bool(
        t.tag_ in ("NN", "NNP")
        and t.dep_ in ("dobj", "nsubjpass", "pobj")
        and not t.text.endswith("s")
        and (det in ("a", "an", "one") or (headline and tokens[m.start - 1].pos_ != "DET"))
        and not any(c.dep_ in ("det", "poss", "conj", "cc") and c.lower_ != det for c in t.children)
        and lexicon.by_demonym.get(t.lower_) is not None
    )


def _pro_name(tokens: list[Any], head: int) -> tuple[int, str] | None:
    """(first token, name) of a "pro-X" modifier of ``head`` with a capitalised X."""
    i = head - 1
    while i >= 0 and tokens[i].pos_ == "ADJ" and tokens[i].is_lower and tokens[i].lower_ != "pro":
        i -= 1
    if i >= 2 and tokens[i - 1].text in HYPHENS and tokens[i - 2].lower_ == "pro":
        name = tokens[i].text
        first = i - 2
    elif i >= 0 and tokens[i].lower_.startswith("pro-"):
        name = tokens[i].text[4:]
        first = i
    else:
        return None
    if not name[:1].isupper():
        return None  # "pro-government": whose government is for coreference to say
    return first, name


def _linked_group(
    tokens: list[Any], head: Any, lexicon: Lexicon, mentions: list[SpanMention]
) -> tuple[int, str] | None:
    """(first token, group as written) of armed people tied to one named armed group:
    "<group>-linked fighters" (the span opens at the group), "fighters allied to <group>",
    "militants loyal to <group>" (the span is the noun alone)."""
    cues = lexicon.cues.get("linked_groups", {})
    words, preps = cues.get("words", ()), cues.get("preps", ())
    i = head.i
    if i >= 3 and tokens[i - 1].lower_ in words and tokens[i - 2].text in HYPHENS:
        found = next((m for m in mentions if m.end == i - 2), None)
        first = None if found is None else found.start
    elif i + 3 < len(tokens) and tokens[i + 1].lower_ in words and tokens[i + 2].lower_ in preps:
        # the group's name, or its short name in brackets after a long name the gazetteer
        # does not know ("the Islamic State of Iraq and Levant (ISIL)")
        for k in range(i + 3, min(len(tokens), i + 14)):
            for m in mentions:
                entry = lexicon.lookup(m.canonical or m.text) if m.start == k else None
                if entry is not None and entry.sector in _ARMED:
                    # "allied to the Islamic State of Iraq and Levant (ISIL)": the short name
                    short = next(
                        (
                            b.text
                            for b in mentions
                            if m.end < len(tokens)
                            and tokens[m.end].text == "("
                            and b.start == m.end + 1
                            and lexicon.lookup(b.canonical or b.text) == entry
                        ),
                        m.text,
                    )
                    return i, short
            if not (
                tokens[k].text[:1].isupper() or tokens[k].lower_ in ("the", "of", "and", "(", "-")
            ):
                break
        return None
    else:
        return None
    if first is None:
        return None
    # none for "troops loyal to President Kiir", "X-linked fighters" of a country
    return _armed_group(lexicon, found, first)


def _allied_after(
    tokens: list[Any], head: Any, lexicon: Lexicon, mentions: list[SpanMention]
) -> tuple[int, str] | None:
    """(the allied word's token, group as written) of "<armed group> and allied <noun>":
    "Houthi rebels and allied army units", "the Taliban and allied militants" are the group's
    allies, a side of their own that news call "pro-Houthi army units" (the span is "allied
    army units"). Only a named armed group conjoined right before makes it one: "government
    and allied forces", "allied countries" are no side. The word is ``allied_word`` of
    ``loyalty_words`` (cues.json), which ``kg.extract.loyalties`` reads too."""
    k = _allied_word(tokens, head, lexicon)
    if k is None or k < 2 or tokens[k - 1].lower_ != "and":
        return None
    end = k - 1
    sides = lexicon.actors.side_nouns
    while end > 0 and tokens[end - 1].lower_ in sides:
        end -= 1  # "rebels" in "Houthi rebels and allied army units"
    return _armed_group(lexicon, next((m for m in mentions if m.end == end), None), k)


def _allied_before(
    tokens: list[Any], head: Any, lexicon: Lexicon, mentions: list[SpanMention]
) -> tuple[int, str] | None:
    """(the allied word's token, group as written) of "<armed group>-allied <noun>": "Houthi-
    allied army units" are the group's allies as "Houthi rebels and allied army units" are,
    the side news call "pro-Houthi army units" (the span is "allied army units": the group's
    name stays its own). A country before the hyphen ("Iran-allied militias") makes none."""
    k = _allied_word(tokens, head, lexicon)
    if k is None or k < 2 or tokens[k - 1].text not in HYPHENS:
        return None
    return _armed_group(lexicon, next((m for m in mentions if m.end == k - 1), None), k)


def _allied_word(tokens: list[Any], head: Any, lexicon: Lexicon) -> int | None:
    """The token of the ``allied_word`` (``loyalty_words``, cues.json) before a side noun,
    over the lower-case words between ("army" in "allied army units"), or None."""
    allied = lexicon.cues["loyalty_words"]["allied_word"]
    k = head.i - 1
    while (
        k > 0
        and tokens[k].lower_ != allied
        and tokens[k].is_lower
        and tokens[k].pos_ in ("NOUN", "ADJ")
    ):
        k -= 1  # "army" in "allied army units"
    return k if k >= 0 and tokens[k].lower_ == allied else None


def _armed_group(lexicon: Lexicon, found: SpanMention | None, k: int) -> tuple[int, str] | None:
    """(k, the mention's text) when the mention is a named armed group the gazetteer knows."""
    if found is None:
        return None
    entry = lexicon.lookup(found.canonical or found.text)
    if entry is None or entry.sector not in _ARMED:
        return None
    return k, found.text


def _loyalists_of(
    tokens: list[Any], head: Any, lexicon: Lexicon, mentions: list[SpanMention]
) -> tuple[int, str] | None:
    """(first token, surname) of "Saleh loyalists", "Gbagbo loyalists" (``loyal_nouns``): a
    person's name right before the noun makes the side loyal to him, as "loyal to X" does."""
    if head.lower_ not in lexicon.actors.loyal_nouns:
        return None
    person = next(
        (m for m in mentions if m.end == head.i and m.label in ("PERSON", "GAZ", "NORP")), None
    )
    if person is None or person.title:
        return None
    entry = lexicon.lookup(person.text)
    if entry is not None and entry.type.value != "Person":
        return None
    return person.start, person.text.split()[-1]


def _loyal_to(
    tokens: list[Any], head: Any, lexicon: Lexicon, mentions: list[SpanMention]
) -> tuple[str, int] | None:
    """The surname of the person in "<head> loyal to <person>" and the end of the name,
    unless he is titled and not former ("loyal to President Kiir")."""
    nxt = head.i + 1
    if nxt + 1 >= len(tokens) or tokens[nxt].lower_ != "loyal" or tokens[nxt + 1].lower_ != "to":
        return None
    window = range(nxt + 2, min(len(tokens), nxt + 8))
    near = [m for m in mentions if m.start in window and not m.demonym]
    person = (
        next((m for m in near if m.label == "PERSON"), None)
        or next((m for m in near if m.label in ("GAZ", "NORP")), None)
        or next((m for m in near if _known_person(lexicon, m)), None)
    )  # "loyal to former Yemeni president Saleh": the person, not the nationality
    if person is None:
        return None
    between = [t.lower_ for t in tokens[nxt + 2 : person.start]]
    if any(w in lexicon.actors.former_words for w in between):
        return person.text.split()[-1], person.end
    titles = {t.lower() for t in lexicon.person_titles}
    if person.title or any(w in titles for w in between):
        return None
    entry = lexicon.lookup(person.text)
    if entry is not None and entry.type.value != "Person":
        return None
    return person.text.split()[-1], person.end


def _known_person(lexicon: Lexicon, mention: SpanMention) -> bool:
    """A name the gazetteer knows as a person's, whatever the model tagged it ("Hadi" taken
    for a place)."""
    entry = lexicon.lookup(mention.text)
    return entry is not None and entry.type.value == "Person"


def article_sides(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> list[list[SpanMention]]:
    """Each paragraph's mentions with what the whole article settles: "the coalition" and
    "coalition warplanes" are the one led coalition the article names; a sect-named armed
    collective ("Shia rebels", "the Sunni armed group") is the one armed group of that sect
    it names (or, when definite, the last one named before it in its paragraph)."""
    named = _coalition_names(paragraphs, lexicon)
    paragraphs = _led_by_as_named(paragraphs, named)
    every = [m for _, _, ms in paragraphs for m in ms]
    coalitions = {m.canonical for m in every if m.canonical and "-led " in m.canonical}
    if coalitions or any(m.canonical in named for m in every):
        # "the international coalition" beside "the US-led coalition" is that one (or, "an
        # international coalition", maybe another): no coalition of its own
        paragraphs = [
            (tokens, text, [m for m in ms if not _kind_coalition(m, lexicon)])
            for tokens, text, ms in paragraphs
        ]
        every = [m for _, _, ms in paragraphs for m in ms]
    if len(coalitions) == 1:
        # "the Saudi-led coalition" and "the Arab coalition" in one article: one coalition
        led = next(m for m in every if m.canonical in coalitions)
        paragraphs = [
            (tokens, text, [_as_led(m, led, named) for m in ms]) for tokens, text, ms in paragraphs
        ]
    elif not coalitions:
        coalitions = {m.canonical for m in every if m.canonical in named}
    # "a rebel alliance ... the alliance": the article's one unnamed body of armed groups
    bodies = {m.canonical: m for m in every if m.side == "body" and m.canonical}
    body = next(iter(bodies.values())) if not coalitions and len(bodies) == 1 else None
    out = []
    for tokens, text, mentions in paragraphs:
        ms = list(mentions)
        if len(coalitions) == 1:
            ms = _coalition_refs(tokens, text, lexicon, ms, next(iter(coalitions)))
        elif body is not None and body.canonical:
            ms = _coalition_refs(tokens, text, lexicon, ms, body.canonical, body)
        ms = [_sect_group(tokens, lexicon, m, ms, every) for m in ms]
        ms = [_country_group(lexicon, m, every) for m in ms]
        ms = [_allies_as_side(tokens, lexicon, m, every) for m in ms]
        out.append(sorted(ms, key=lambda m: m.start))
    return out


def _armed_members(noun: Any, lexicon: Lexicon) -> bool:
    """No "of" phrase after the coalition noun, or one of forces or states ("a regional
    coalition of troops", "of 60 countries"); "an international coalition of rights groups"
    is no armed body. Nor is one being formed ("formed a multinational coalition with Niger":
    who formed it sides with whom; ``kind_coalitions`` of ``kg/data/en/cues.json``)."""
    words = lexicon.cues["kind_coalitions"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["forming_verbs"]:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            return bool(objs) and all(
                lexicon.actors.sector_of(o.lower_) == "MIL" or o.lower_ in words["state_nouns"]
                for o in objs
            )
    return True


def _kind_coalition(mention: SpanMention, lexicon: Lexicon) -> bool:
    """A coalition named by its kind only ("regional coalition", ``_named_coalitions``)."""
    words = (mention.canonical or "").split()
    return (
        mention.scoped
        and len(words) > 1
        and words[-1] in _COALITION
        and all(w in lexicon.actors.coalition_modifiers for w in words[:-1])
    )


def _coalition_names(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], lexicon: Lexicon
) -> set[str]:
    """Labels of coalitions named by their members' region (``_named_coalitions``): "Arab
    coalition", and as the article writes them with their kind, "Arab military coalition"."""
    names = lexicon.actors.coalition_names
    named = {f"{n} coalition" for n in names}
    for _, _, mentions in paragraphs:
        for m in mentions:
            words = (m.canonical or "").split()
            if (
                len(words) > 2
                and words[0] in names
                and words[-1] in _COALITION
                and all(w in lexicon.actors.coalition_modifiers for w in words[1:-1])
            ):
                named.add(m.canonical or "")
    return named


def _allies_as_side(
    tokens: list[Any], lexicon: Lexicon, mention: SpanMention, every: list[SpanMention]
) -> SpanMention:
    """ "soldiers allied with the Houthi group" ("Houthi-linked soldiers", ``_linked_group``)
    in an article whose one side of that group's allies is "pro-Houthi army units" ("Houthi
    rebels and allied army units", "Houthi-allied army units") is that side: news names one
    camp by each form, and a node apart for each splits it. Only "allied": fighters "linked
    to" or "loyal to" a group may be its own members."""
    allied = lexicon.cues["loyalty_words"]["allied_word"]
    canonical = mention.canonical or ""
    if (
        "-linked " not in canonical
        or mention.end >= len(tokens)
        or tokens[mention.end].lower_ != allied
    ):
        return mention
    group = canonical.rsplit("-linked ", 1)[0]
    forms = {group, f"{group}s", group.removesuffix("s")}
    sides = {
        m.canonical
        for m in every
        if m.canonical
        and m.sector in _ARMED
        and any(m.canonical.startswith(f"pro-{form} ") for form in forms)
    }
    if len(sides) != 1:
        return mention
    return replace(mention, canonical=next(iter(sides)))


def _led_by_as_named(
    paragraphs: list[tuple[list[Any], str, list[SpanMention]]], named: set[str]
) -> list[tuple[list[Any], str, list[SpanMention]]]:
    """ "a coalition led by Saudi Arabia ... the Arab coalition": a coalition the article
    writes by name ("the Arab coalition", one of ``named``) and otherwise only with "led by"
    after it (``_led_by``) goes by that name, as the article calls it; a hyphened "the
    Saudi-led coalition" keeps the name it is written under (``_as_led``)."""
    every = [m for _, _, ms in paragraphs for m in ms]
    names = {m.canonical for m in every if m.canonical in named}
    hyphened = any(m.canonical and "-led " in m.canonical and "-led" in m.text for m in every)
    if len(names) != 1 or hyphened:
        return paragraphs
    name = next(iter(names))

    def renamed(m: SpanMention) -> SpanMention:
        led_by = m.canonical and "-led " in m.canonical and m.canonical.endswith(" coalition")
        return replace(m, canonical=name, country=None) if led_by else m

    return [(tokens, text, [renamed(m) for m in ms]) for tokens, text, ms in paragraphs]


def _as_led(mention: SpanMention, led: SpanMention, named: set[str]) -> SpanMention:
    """A named coalition ("the Arab coalition") as the article's one led coalition."""
    if mention.canonical not in named:
        return mention
    return replace(mention, canonical=led.canonical, country=led.country)


def _country_group(lexicon: Lexicon, mention: SpanMention, every: list[SpanMention]) -> SpanMention:
    """ "Yemeni rebels" (a country's armed collective) in an article that names one armed
    group of that country (the Houthis) is that group; with none or two ("Syrian rebels" beside
    the Nusra Front and the Free Syrian Army) it stays the country's collective, and so do
    several bodies ("Syrian armed groups", ``several_nouns``)."""
    if not (
        mention.sector in _ARMED
        and mention.country
        and mention.canonical
        and not mention.scoped
        and lexicon.lookup(mention.canonical) is None
        and mention.text.split()[-1].lower() not in lexicon.actors.several_nouns
    ):
        return mention
    groups = {g for m in every if (g := _country_armed_group(lexicon, m, mention.country))}
    if len(groups) != 1:
        return mention
    chosen = next(iter(groups))
    if one_of_several_later(lexicon, mention, every, chosen, _ARMED):
        return mention  # named only later, beside other armed groups (fixa51)
    entry = lexicon.lookup(chosen)
    return replace(
        mention,
        canonical=chosen,
        sector=(entry.sector if entry is not None else None) or mention.sector,
    )


def _country_armed_group(lexicon: Lexicon, mention: SpanMention, iso: str) -> str | None:
    """The label of the armed group of country ``iso`` that ``mention`` names, if any."""
    if mention.scoped or mention.demonym:
        return None
    entry = lexicon.lookup(mention.canonical or mention.text)
    if entry is None or entry.country != iso:
        return None
    row = lexicon.actors.groups.get(entry.label)
    return entry.label if row is not None and row.get("sector") in _ARMED else None


def _coalition_refs(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    mentions: list[SpanMention],
    label: str,
    body: SpanMention | None = None,
) -> list[SpanMention]:
    """ "the coalition", "the coalition's air strikes", "Coalition warplanes": the article's
    one led coalition; "a coalition" and "the ruling coalition" are not it. ``body``: the
    article's one unnamed body of armed groups ("a rebel alliance"), which "the alliance"
    refers to in the same way."""
    word = label.rsplit(" ", 1)[-1]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    first_led = min((m.start for m in mentions if m.canonical == label), default=len(tokens))
    out = list(mentions)
    for t in tokens:
        if t.lower_ != word or t.i in taken or t.pos_ not in ("NOUN", "PROPN"):
            continue
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "det", "poss")]
        # "the international coalition": a modifier that leaves it the article's coalition
        kinds = [
            c for c in mods if c.dep_ == "amod" and c.lower_ in lexicon.actors.coalition_modifiers
        ]
        if any((c.dep_ != "det" or c.lower_ != "the") and c not in kinds for c in mods):
            continue
        definite = any(c.dep_ == "det" for c in mods)
        if kinds and not definite:
            continue  # "an international coalition": some coalition, maybe another
        first = min([t.i, *(c.i for c in kinds)])
        if not definite and not (t.dep_ == "compound" or t.i < first_led):
            continue  # a bare "coalition" that is neither a modifier nor capitalised news
        end = _instruments(tokens, t.i, lexicon) if t.dep_ == "compound" else t.i + 1
        if t.dep_ == "compound" and end == t.i + 1 and not _attack_modifier(tokens, t, lexicon):
            continue  # "coalition talks": not the actor ("coalition air strikes" are its)
        span = _span_text(tokens, text, first, end)
        out.append(
            replace(body, start=first, end=end, text=span, definite=True)
            if body is not None
            else _mention(
                start=first, end=end, text=span, label="ORG", canonical=label, sector="MIL"
            )
        )
        taken.update(range(first, end))
    return out


def _sect_group(
    tokens: list[Any],
    lexicon: Lexicon,
    mention: SpanMention,
    paragraph: list[SpanMention],
    every: list[SpanMention],
) -> SpanMention:
    if not (mention.scoped and mention.canonical and mention.sector in _ARMED):
        return mention
    sect = mention.canonical.split()[0].lower()
    if sect not in lexicon.actors.sects:
        return mention
    groups = [g for m in every if (g := _armed_group_of(lexicon, m, sect)) is not None]
    chosen = None
    if len(set(groups)) == 1:
        chosen = groups[0]
    elif mention.start > 0 and tokens[mention.start - 1].lower_ == "the":
        before = [
            g
            for m in paragraph
            if m.end <= mention.start and (g := _armed_group_of(lexicon, m, sect)) is not None
        ]
        chosen = before[-1] if before else None
    if chosen is None:
        return mention
    entry = lexicon.lookup(chosen)
    if entry is not None and _elsewhere(tokens, lexicon, mention, entry.country):
        return mention  # "Shia militias retook Tikrit in Iraq" are not Yemen's Houthis (att45)
    return replace(
        mention,
        canonical=chosen,
        scoped=False,
        country=entry.country if entry is not None else None,
        sector=(entry.sector if entry is not None else None) or mention.sector,
    )


def _elsewhere(tokens: list[Any], lexicon: Lexicon, mention: SpanMention, home: str | None) -> bool:
    """Whether the sentence of a sect-named collective names a country other than the armed
    group's own ``home``, and not ``home`` itself: the collective fights there, it is not that
    group ("Iran is accused of supporting the Shia fighters in Yemen" names the home too)."""
    if home is None:
        return False
    named: set[str | None] = set()
    for t in tokens[mention.start].sent:
        if t.pos_ != "PROPN":
            continue
        entry = lexicon.lookup(t.text)
        if entry is not None and entry.type is EntityType.COUNTRY:
            named.add(entry.iso)
    return home not in named and bool(named - {None})


def _armed_group_of(lexicon: Lexicon, mention: SpanMention, sect: str) -> str | None:
    """The label of the armed group of ``sect`` that ``mention`` names, if it names one."""
    if mention.scoped:
        return None
    entry = lexicon.lookup(mention.canonical or mention.text)
    if entry is None:
        return None
    row = lexicon.actors.groups.get(entry.label)
    if row is None or row.get("sector") not in _ARMED:
        return None
    return entry.label if str(row.get("sect", "")).lower() == sect else None
