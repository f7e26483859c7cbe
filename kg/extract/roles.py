"""Roles: titles before names ("Ukrainian President Volodymyr Zelensky") and appositions
("Yuri Ushakov, the Russian leader's foreign policy adviser").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.resolve.collectives import collective_label_for
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate


def title_roles(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Titles before names: "Ukrainian President Volodymyr Zelensky"."""
    for token in para.tokens:
        label = para.links.get(token.i)
        if label is not None and token.pos_ != "PRON" and _is_name_start(ctx, para, token):
            yield from _title_before(ctx, para, token, label)
        if label is not None and token.pos_ == "PROPN" and ctx.etype(label) is EntityType.PERSON:
            _name_apposed_title(ctx, para, token, label)


def _name_apposed_title(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> None:
    """ "the foreign minister, Sergey Lavrov" / "Lavrov, the foreign minister": remember the
    title early, so that a later bare "the minister" resolves to him."""
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(token.head)
    for noun in nouns:
        if noun.i not in para.links and noun.lemma_.lower() in ctx.lx.roles:
            ctx.name_title(para, token, noun.lemma_, person)


def appositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Appositions: "Yuri Ushakov, the Russian leader's foreign policy adviser", and the
    reverse, "Russia's foreign minister, Sergei Lavrov"."""
    for token in para.tokens:
        label = para.links.get(token.i)
        if label is None or token.pos_ == "PRON":
            continue
        for child in token.children:
            if child.dep_ == "appos" and child.i not in para.links:
                yield from _role_noun(ctx, para, child, label, token)
            if child.dep_ == "relcl" and para.links.get(token.head.i) != label:
                yield from _heads_clause(ctx, para, token, child, label)
        if token.dep_ == "nsubj" and para.links.get(token.head.i) != label:
            yield from _took_power(ctx, para, token, label)
        if token.dep_ == "appos" and token.head.i not in para.links:
            yield from _role_noun(ctx, para, token.head, label, token)
        if token.dep_ == "nsubj" and token.head.lemma_ == "be":
            # "Cicippio was acting comptroller at the American University of Beirut"
            for attr in token.head.children:
                if attr.dep_ == "attr" and attr.i not in para.links:
                    yield from _role_noun(ctx, para, attr, label, token)
        yield from _affiliated_at(ctx, para, token, label)


_ARMED_SECTORS = frozenset({"REB", "UAF"})


def _heads_clause(
    ctx: ArticleContext, para: Paragraph, token: Any, verb: Any, person: str
) -> Iterator[Draft]:
    """ "Saad Hariri, who heads Lebanon's anti-Hezbollah bloc": a relative clause whose verb
    is head/lead/chair/command/run makes the person leader of its object."""
    if (
        ctx.etype(person) is not EntityType.PERSON
        or verb.lemma_.lower() not in ctx.lx.words.head_verbs
    ):
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        return
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        found = ctx.ents(para, obj)
        target = found[0] if found else _org_from_chunk(ctx, para, obj)
        if target is not None and target != person:
            ctx.role_holders.setdefault((Predicate.LEADER_OF, target), person)
            yield ctx.draft(para, token, person, Predicate.LEADER_OF, target, 0.85)


def _took_power(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> Iterator[Draft]:
    """ "since Kim Jong-un took power", "Sisi came to power": a person who took, seized or
    came to power leads the country the gazetteer's roles say they lead, else the article's
    one main country. Not for a future ("will assume power") or a negated verb."""
    verb = token.head
    if ctx.etype(person) is not EntityType.PERSON or verb.tag_ not in ("VBD", "VBN"):
        return
    if any(
        c.dep_ in ("neg", "aux") and c.lower_ in ("not", "never", "will") for c in verb.children
    ):
        return
    lemma = verb.lemma_.lower()
    took = lemma in ("take", "seize", "assume", "grab") and any(
        c.dep_ == "dobj" and c.lower_ == "power" for c in verb.children
    )
    came = lemma in ("come", "rise", "return", "sweep") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "power" for g in c.children)
        for c in verb.children
    )
    if not (took or came):
        return
    entry = ctx.lx.lookup(person)
    objects = (
        {r.object for r in entry.roles if r.predicate is Predicate.LEADER_OF} if entry else set()
    )
    if not objects:
        iso = ctx.resolver.countries.get(ctx.article_id)
        country = ctx.lx.country_of_iso(iso) if iso else None
        objects = {country.label} if country is not None else set()
    if len(objects) != 1:
        return
    obj = objects.pop()
    if ctx.resolver.ensure(obj, ctx.article_id):
        yield ctx.draft(para, token, person, Predicate.LEADER_OF, obj, 0.7)


def country_bodies(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Russia's Foreign Ministry", "Seoul's National Intelligence Service": a state body
    named with its country (or capital) in front is part of that country (``member_of``)."""
    seen: set[str] = set()
    for token in para.tokens:
        org = para.links.get(token.i)
        if org is None or org in seen or ctx.etype(org) is not EntityType.ORGANIZATION:
            continue
        if para.links.get(token.head.i) == org:
            continue  # only the root of the mention
        member = _party_leader(ctx, para, token, org)
        if member is not None:
            seen.add(org)
            yield ctx.draft(para, token, member, Predicate.MEMBER_OF, org, 0.7)
            continue
        if not ctx.lx.words.body_words & {w.lower() for w in org.split()}:
            continue
        cluster = ctx.resolver.clusters.get(org)
        if cluster is not None and cluster.country and cluster.sector:
            # a body found with its country ("Russia's Foreign Ministry" -> Russian foreign
            # ministry, RU): the country mention is inside the body's name
            entry = ctx.lx.country_of_iso(cluster.country)
            if entry is not None and ctx.resolver.ensure(entry.label, ctx.article_id):
                seen.add(org)
                yield ctx.draft(para, token, org, Predicate.MEMBER_OF, entry.label, 0.7)
            continue
        for child in token.children:
            owner = para.links.get(child.i)
            if child.dep_ != "poss" or owner is None:
                continue
            country = _capital_country(ctx, owner)
            if country is not None and ctx.resolver.ensure(country, ctx.article_id):
                seen.add(org)
                yield ctx.draft(para, token, org, Predicate.MEMBER_OF, country, 0.7)


def _party_leader(ctx: ArticleContext, para: Paragraph, token: Any, org: str) -> str | None:
    """ "Buhari's All Progressives Congress", "Netanyahu's right-wing Likud": a person's
    party is one they belong to (``member_of``); the party is known by its name or by a
    political modifier."""
    owner = next(
        (para.links[c.i] for c in token.children if c.dep_ == "poss" and c.i in para.links), None
    )
    if owner is None or owner == org or ctx.etype(owner) is not EntityType.PERSON:
        return None
    words = {w.lower() for w in org.split()}
    entry = ctx.lx.lookup(org)
    modifiers = {
        t.lower_ for c in token.children if c.dep_ == "amod" for t in c.subtree if t.i < token.i
    }
    hyphened = {"".join(t.lower_ for t in c.subtree) for c in token.children if c.dep_ == "amod"}
    if (
        words & ctx.lx.words.party_words
        or (entry is not None and entry.sector == "PTY")
        or (modifiers | hyphened) & ctx.lx.words.party_modifiers
    ):
        return owner
    return None


def _capital_country(ctx: ArticleContext, label: str) -> str | None:
    if ctx.etype(label) is EntityType.COUNTRY:
        return label
    key = label.lower()
    seat = ctx.lx.actors.seats.get(key)
    if seat is None or seat.org is not None:
        return None
    entry = ctx.lx.country_of_iso(seat.iso)
    return entry.label if entry is not None else None


def _affiliated_at(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> Iterator[Draft]:
    """ "Wang Ziqiang at the Institute of Mechanics", "Roger Crouch of NASA": a person with
    an organisation attached by "at" or "of" is a member of it (weaker evidence)."""
    if ctx.etype(person) is not EntityType.PERSON or para.links.get(token.head.i) == person:
        return
    if token.pos_ == "NOUN":
        return  # "the leader of Hezbollah" resolved to a person: a title, not "X of NASA"
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of"):
            continue
        for pobj in prep.children:
            org = para.links.get(pobj.i)
            if pobj.dep_ == "pobj" and org and ctx.etype(org) is EntityType.ORGANIZATION:
                yield ctx.draft(para, token, person, Predicate.MEMBER_OF, org, 0.6)


def _is_name_start(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    return token.i == 0 or para.links.get(token.i - 1) != para.links.get(token.i)


def _title_before(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> Iterator[Draft]:
    if ctx.etype(person) is not EntityType.PERSON:
        return
    i = token.i - 1
    tokens = para.tokens
    # "Minister of State for Middle East Affairs": the portfolio after "for" may hold names
    tail: list[Any] = []
    j = i
    while j >= 0 and i - j < 5 and (tokens[j].text[:1].isupper() or tokens[j].tag_ == "HYPH"):
        j -= 1
    if j < i and j > 0 and tokens[j - 1].text[:1].isupper() and tokens[j].lower_ == "for":
        tail, i = list(tokens[j : i + 1]), j - 1
    elif (
        j < i
        and j > 0
        and tokens[j].lower_ == "to"
        and tokens[j - 1].lower_ in ctx.lx.words.envoy_titles
    ):
        tail, i = list(tokens[j : i + 1]), j - 1  # "US ambassador to Libya Deborah Jones"
    title_words: list[Any] = []
    acronym = False
    while i >= 0 and len(title_words) < 10:
        word = tokens[i]
        capitalised = word.text[:1].isupper()
        inner_of = (
            word.lower_ in ("of", "for", "-")
            and title_words
            and title_words[0].text[:1].isupper()
            and i > 0
            and tokens[i - 1].text[:1].isupper()
        )  # "Secretary of State", "Chief of Staff", "Secretary for Near-Eastern Affairs"
        of_name = (
            word.i in para.links
            and i > 1
            and tokens[i - 1].lower_ == "of"
            and tokens[i - 2].text[:1].isupper()
        )  # "Secretary of State", not "the leadership of FIFA President X"
        if (word.i in para.links and not of_name) or not (
            capitalised or word.pos_ in ("NOUN", "ADJ", "PROPN") or inner_of
        ):
            break  # ("Secretary of State": "State" tagged as a name is part of the title)
        if word.is_upper and len(word.text) <= 4 and word.text not in ctx.lx.person_titles:
            acronym = True  # "Venezuela FA chief": an organisation the model did not name
        title_words.insert(0, word)
        i -= 1
    if tail and title_words:
        title_words += tail
    if not title_words:
        yield from _possessive_office(ctx, para, token, person)
        return
    # strip honorifics that are not roles ("Sheikh")
    while title_words and _role_of(ctx, " ".join(w.text for w in title_words)) is None:
        title_words = title_words[1:]
    if title_words and title_words[0].lower_ == "of":
        return
    if not title_words:
        return
    if acronym or any(w.lower_ in ctx.lx.words.org_title_heads for w in title_words[:-1]):
        # "Costa Rican football federation president Eduardo Li"
        yield from _unnamed_org_title(ctx, para, token, person, i, title_words)
        return
    title = para.text[title_words[0].idx : title_words[-1].idx + len(title_words[-1].text)]
    predicate = _role_of(ctx, title)
    if predicate is None:
        return
    ctx.name_title(para, token, title, person)
    i = _over_modifiers(tokens, i)  # "Yemen's internationally recognised President Hadi"
    if i >= 1 and tokens[i].text in ("'s", "’s") and (i - 1) in para.links:
        i -= 1  # "Malaysia's Prime Minister Najib Razak"
    if i < 0 or i not in para.links:
        drafts = list(_office_of(ctx, para, token, person, title))
        yield from drafts or _main_country_office(ctx, para, token, person, title_words)
        return
    country = _seat_country(ctx, para.links[i])
    if not ctx.resolver.ensure(country, ctx.article_id):
        return
    kind = ctx.etype(country)
    local = (
        title_words[-1].lower_ in ctx.lx.words.local_head_titles
    )  # "Okinawa governor", "Nago mayor"
    if kind not in (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP) and not (
        local and kind in (EntityType.CITY, EntityType.PLACE, EntityType.PERSON)
    ):
        return
    if (
        kind is EntityType.ORGANIZATION
        and ctx.lx.lookup(country) is None
        and (title_words[0].i == i + 1 and title_words[-1].lower_ == "minister")
    ):
        # "People's Armed Forces Minister X": a portfolio, not an organisation
        yield from _main_country_office(ctx, para, token, person, title_words)
        return
    if predicate is Predicate.LEADER_OF and _portfolio(ctx, title_words):
        predicate = Predicate.MEMBER_OF  # "Nigeria's police chief": an official of Nigeria
    ctx.role_holders.setdefault((predicate, country), person)
    yield ctx.draft(para, token, person, predicate, country, title=title, confidence=0.85)


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def _main_country_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, words: list[Any]
) -> Iterator[Draft]:
    """A title with no owner in an article about one country (``Resolver.countries``):
    "Army Chief of Staff General X" leads that country's army when the article names it,
    "People's Armed Forces Minister X" is a member of the country. Other titles with no
    owner stay unresolved ("President X" of an unknown person is not guessed)."""
    iso = ctx.resolver.countries.get(ctx.article_id)
    country = ctx.lx.country_of_iso(iso) if iso else None
    lowered = [w.lower_ for w in words]
    heads = [k for k, w in enumerate(lowered) if w in ctx.lx.roles]
    if country is None or not heads:
        return
    head = lowered[heads[0]]
    sectors = [
        ctx.lx.actors.sector_of(" ".join(lowered[a:b]))
        for a in range(heads[0])
        for b in range(a + 1, heads[0] + 1)
    ]
    code = next((c for c in sectors if c in _STATE_SECTORS), None)
    if head in ctx.lx.words.government_member_titles:
        predicate, obj = Predicate.MEMBER_OF, country.label
    elif code is not None:
        label, _ = collective_label_for(ctx.lx, iso or "", code, ctx.lx.actors.sectors[code].label)
        cluster = ctx.resolver.clusters.get(label)
        if cluster is not None and ctx.article_id in cluster.articles:
            predicate, obj = ctx.lx.roles[head], label
        else:
            predicate, obj = Predicate.MEMBER_OF, country.label
    else:
        return
    if not ctx.resolver.ensure(obj, ctx.article_id) and obj not in ctx.resolver.clusters:
        return
    title = para.text[words[0].idx : words[-1].idx + len(words[-1].text)]
    yield ctx.draft(para, token, person, predicate, obj, title=title, confidence=0.7)


def _possessive_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> Iterator[Draft]:
    """ "South Africa's Jacob Zuma": a country's possessive before a person with no title is
    the office the gazetteer's dated roles say they held over that country on the date."""
    i = token.i - 1
    if i < 1 or para.tokens[i].text not in ("'s", "’s") or (i - 1) not in para.links:
        return
    owner = para.links[i - 1]
    entry = ctx.lx.lookup(person)
    if entry is None or ctx.published is None or ctx.etype(owner) is not EntityType.COUNTRY:
        return
    roles = [
        r
        for r in entry.roles
        if r.object == owner and r.start is not None and _held(r.start, r.end, ctx.published)
    ]
    if len({(r.predicate, r.object) for r in roles}) != 1:
        return
    role = roles[0]
    ctx.role_holders.setdefault((role.predicate, owner), person)
    yield ctx.draft(para, token, person, role.predicate, owner, title=role.title, confidence=0.75)


def _unnamed_org_title(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    i: int,
    words: list[Any],
) -> Iterator[Draft]:
    """ "Venezuela FA chief Rafael Esquivel", "Costa Rican football federation president
    Eduardo Li": the words before the role name an organisation the model missed, owned by
    the name in front (a country or demonym); it becomes a mention and the role is towards
    it. ``i`` is the last token before ``words`` (the walk stopped there)."""
    tokens = para.tokens
    rest = [*tokens[i + 1 : words[0].i], *words] if words else list(tokens[i : token.i])
    head = max(
        (
            k
            for k, w in enumerate(rest[:-1])
            if w.lower_ in ctx.lx.words.org_title_heads
            or (w.is_upper and w.text not in ctx.lx.person_titles)
        ),
        default=-1,
    )
    if head < 0 or i < 0 or i not in para.links:
        return
    role_words = rest[head + 1 :]
    title = para.text[role_words[0].idx : role_words[-1].idx + len(role_words[-1].text)]
    predicate = _role_of(ctx, title)
    if predicate is None or ctx.etype(para.links[i]) is not EntityType.COUNTRY:
        return
    start = i
    while start > 0 and para.links.get(start - 1) == para.links[i]:
        start -= 1
    last = rest[head]
    text = para.text[tokens[start].idx : last.idx + len(last.text)]
    mention = SpanMention(start, last.i + 1, text, "ORG")
    ctx.record(para, mention, text)
    ctx.name_title(para, token, title, person)
    yield ctx.draft(para, token, person, predicate, text, title=title, confidence=0.8)


def _over_modifiers(tokens: list[Any], i: int) -> int:
    """Index of the possessive before lower-case adverbs and participles in front of a title
    ("Yemen's internationally recognised President"), else ``i`` unchanged."""
    j = i
    while j >= 0 and tokens[j].text[:1].islower() and tokens[j].tag_ in _MODIFIER_TAGS:
        j -= 1
    if j != i and j >= 1 and tokens[j].text in ("'s", "’s"):
        return j
    return i


_MODIFIER_TAGS = frozenset({"RB", "JJ", "VBN", "VBD", "HYPH"})


def _portfolio(ctx: ArticleContext, words: list[Any]) -> bool:
    """A chief of one branch ("police chief", "army commander") leads that branch, and is an
    official of the country, not its leader."""
    return len(words) > 1 and any(ctx.lx.actors.sector_of(w.lower_) is not None for w in words[:-1])


def _seat_country(ctx: ArticleContext, label: str) -> str:
    """ "Kremlin spokesman": a seat of power in front of a title stands for its country."""
    key = label.lower()
    seat = ctx.lx.actors.seats.get(key[4:] if key.startswith("the ") else key)
    if seat is None or seat.kind != "seat":
        return label
    country = ctx.lx.country_of_iso(seat.iso)
    return country.label if country is not None else label


def _office_of(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, title: str
) -> Iterator[Draft]:
    """A title with no owner ("President Nkurunziza", "Prime Minister Shinzo Abe"): the
    office the gazetteer's dated roles say the person held on the published date, else the
    only one they held under that title."""
    entry = ctx.lx.lookup(person)
    if entry is None:
        return
    word = title.lower().replace("-", " ").split()[-1]
    roles = [
        r
        for r in entry.roles
        if r.title is not None and r.title.lower().replace("-", " ").split()[-1] == word
    ]
    past = title.lower().replace("-", " ").split()[0] in ctx.lx.words.past_title_words
    if ctx.published is not None and past:
        # "former President Mohamed Morsi": a role that ended before the article
        roles = [r for r in roles if r.end is not None and r.end[:10] <= ctx.published[:10]]
    elif ctx.published is not None:
        dated = [r for r in roles if _held(r.start, r.end, ctx.published)]
        roles = dated or [r for r in roles if r.start is None and r.end is None]
    objects = {(r.predicate, r.object) for r in roles}
    if len(objects) != 1:
        return
    predicate, obj = objects.pop()
    if not ctx.resolver.ensure(obj, ctx.article_id):
        return
    ctx.role_holders.setdefault((predicate, obj), person)
    yield ctx.draft(para, token, person, predicate, obj, title=title, confidence=0.8)


def _held(start: str | None, end: str | None, date: str) -> bool:
    # the last day counts: an article of the handover day still calls the outgoing holder
    # by the title ("outgoing President Goodluck Jonathan")
    day = date[:10] if len(date) >= 10 else (date + "-01-01")[:10]
    return (start is None or start[:10] <= day) and (end is None or day <= end[:10])


def _role_of(ctx: ArticleContext, title: str) -> Predicate | None:
    """Predicate of a title: the whole title, else its head ("Assistant Secretary of State for
    Near-Eastern Affairs" -> "secretary of state"; "deputy foreign minister" -> "minister")."""
    key = " ".join(title.lower().split(" for ")[0].split(" to ")[0].split())
    if key not in ctx.lx.roles:
        key = key.replace("-", " ")  # "ex-president", "vice-president"; not "secretary-general"
    words = key.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if tail in ctx.lx.roles:
            return ctx.lx.roles[tail]
    last = words[-1] if words else ""
    if last in ctx.lx.roles and all(w.replace("-", "").isalpha() for w in words):
        return ctx.lx.roles[last]
    head = key.split(" of ")[0].split()  # "Minister of State", "Chief of Staff"
    if " of " in key and head and head[-1] in ctx.lx.roles:
        return ctx.lx.roles[head[-1]]
    return None


def _role_noun(
    ctx: ArticleContext, para: Paragraph, noun: Any, person: str, anchor: Any
) -> Iterator[Draft]:
    if ctx.etype(person) is not EntityType.PERSON:
        return
    skip = {t.i for c in noun.children if c.dep_ in ("poss", "det", "predet") for t in c.subtree}
    words = [
        t
        for t in noun.subtree
        if t.i < noun.i
        and t.i not in skip
        and t.i not in para.links
        and t.dep_ in ("compound", "amod", "nmod")
    ]
    title_key = " ".join([*(w.lower_ for w in words), noun.lower_])
    predicate = _role_of(ctx, title_key) or ctx.lx.roles.get(noun.lemma_.lower())
    if predicate is None:
        return
    target: str | None = None
    title_of = None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                phrase = f"{noun.lower_} of {pobj.lower_}"
                if pobj.dep_ == "pobj" and phrase in ctx.lx.roles:
                    predicate, title_of = ctx.lx.roles[phrase], f"{noun.text} of {pobj.text}"
    for child in noun.children:
        if title_of and child.dep_ == "prep" and child.lower_ == "of":
            continue
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in para.links:
            target = para.links[child.i]
        elif child.dep_ == "prep" and child.lower_ in ("of", "to", "for", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = ctx.ents(para, pobj)
                    target = found[0] if found else _org_from_chunk(ctx, para, pobj)
    if target is None and any(
        ctx.lx.actors.sector_of(c.lower_) in _ARMED_SECTORS
        for c in noun.children
        if c.dep_ in ("amod", "compound")
    ):
        target = ctx.resolver.armed_group(ctx.article_id)  # "a rebel leader, X": the rebels'
    if target is None or target == person:
        return
    ctx.resolver.add_vote(person, EntityType.PERSON, 2)
    title = " ".join(w.text for w in words if w.dep_ != "poss") + (" " if words else "")
    title = (title + (title_of or noun.text)).strip()
    if predicate is Predicate.LEADER_OF and _portfolio(ctx, [*words, noun]):
        predicate = Predicate.MEMBER_OF
    if predicate is Predicate.LEADER_OF:
        ctx.role_holders.setdefault((predicate, target), person)
    ctx.name_title(para, anchor, title, person)
    yield ctx.draft(para, anchor, person, predicate, target, title=title, confidence=0.9)


def _org_from_chunk(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """An organisation named by a noun phrase with a named owner ("Russia's wealth fund")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    tokens = [t for t in noun.subtree if t.dep_ not in ("det", "punct", "prep", "relcl", "cc")]
    tokens = [t for t in tokens if t.i <= noun.i]
    if not any(t.i in para.links for t in tokens) or len(tokens) < 2:
        return None
    text = para.text[tokens[0].idx : noun.idx + len(noun.text)].replace("’", "'")
    mention = SpanMention(tokens[0].i, noun.i + 1, text, "ORG")
    ctx.record(para, mention, text)
    return str(text)
