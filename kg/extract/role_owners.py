"""Whom a title is towards when the sentence does not say, and how a title reads: the
article's one country or organisation ("Army Chief of Staff X", "Vice Presidents X and Y"),
a title's predicate (singular, without "-elect"), ranks inside titles, dated tenures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.actors import first_day
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.nominals import nominal_words
from kg.lexicon import Lexicon, Role
from kg.nlp.coordination import first_conjunct
from kg.resolve.collectives import collective_label_for
from kg.vocab import EntityType, Predicate

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# a country's side in its politics, whose leader or spokesman a title names ("opposition leader")
SIDE_SECTORS = frozenset({"OPP"})
# sectors whose member a bare title names by itself ("Judge X", "lawmaker Y", "Senator Z")
OWN_SECTORS = frozenset({"LEG", "JUD"})
# another country's politicians or lawmakers named in the article: a bare "lawmaker X" may be
# theirs; another country's judges or courts: a bare "Judge X" may be theirs
_RIVALS = {"LEG": frozenset({"LEG", "PTY"}), "JUD": frozenset({"JUD"})}


def main_org_office(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    title: str,
    predicate: Predicate,
    org: str | None,
) -> Iterator[Draft]:
    """A title with no owner ("Vice Presidents Jeffrey Webb and Eugenio Figueredo") in an
    article about one organisation and no one country: the organisation's, unless the
    gazetteer gives the person an office of their own."""
    entry = ctx.lx.lookup(person)
    if (entry is not None and entry.roles) or ctx.resolver.countries.get(ctx.article_id):
        return
    key = " ".join(title.lower().replace("-", " ").split())
    offices = ctx.lx.title_words.get("org_office_titles", frozenset())
    if not any(key == office or key.endswith(" " + office) for office in offices):
        return  # "President X" is a country's as often as not
    if org is None or org == person:
        return
    if predicate is Predicate.LEADER_OF and _presided(ctx, org, person, key):
        predicate = Predicate.MEMBER_OF  # "Secretary-General Y" of X's organisation
    ctx.name_title(para, token, title, person)
    yield ctx.draft(para, token, person, predicate, org, title=title, confidence=0.65)


def _presided(ctx: ArticleContext, org: str, person: str, key: str) -> bool:
    """A second office's holder ("secretary general", ``second_office_titles``) of an
    organisation the article already gives another person a presiding title of
    (``presiding_titles``: "UEFA President X ... his right-hand man, Secretary-General Y"):
    the president leads, the secretary general is a member."""
    if key.removeprefix("former ") not in ctx.lx.title_words.get("second_office_titles", ()):
        return False
    presiding = ctx.lx.title_words.get("presiding_titles", frozenset())
    return any(
        c.predicate is Predicate.LEADER_OF
        and c.object == org
        and c.subject != person
        and c.title is not None
        and c.title.lower().split()[-1] in presiding
        for c in ctx.claims
    )


def main_org(ctx: ArticleContext, paragraphs: list[Paragraph]) -> str | None:
    """The organisation an article is about: named at least four times and at least twice
    as often as any other organisation, news media not counted."""
    counts: dict[str, int] = {}
    for para in paragraphs:
        for i, label in para.links.items():
            if para.links.get(i - 1) != label:
                counts[label] = counts.get(label, 0) + 1
    # most named first, and a type asked only of a label that can decide: a type is the
    # corpus's answer, and a worker's answer that differs sends its article to the driver
    top: tuple[int, str] | None = None
    for n, label in sorted(((n, label) for label, n in counts.items()), reverse=True):
        if top is None and n < 4:
            return None  # the most named organisation is named fewer than four times
        if top is not None and 2 * n <= top[0]:
            break  # no later organisation is named more than half as often
        if _is_org_actor(ctx, label):
            if top is not None:
                return None  # a second organisation named more than half as often
            top = (n, label)
    return top[1] if top is not None else None


def _is_org_actor(ctx: ArticleContext, label: str) -> bool:
    if not ctx.etype_is(label, EntityType.ORGANIZATION):
        return False
    entry = ctx.lx.lookup(label)
    # the coarse question (a medium?): a worker's article alone and the corpus answer it
    # alike where the cluster's own sector differs (None / "UAF")
    return not ctx.resolver.sector_in(label, ("MED",)) and (entry is None or entry.sector != "MED")


def rank_before(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """A capitalised military rank right before the name, or before one name part the model
    left out of it ("General Prime Niyongabo")."""
    ranks = ctx.lx.title_words.get("ranks", frozenset())
    for k in (token.i - 1, token.i - 2):
        if k < 0:
            return False
        word = para.tokens[k]
        if word.text[:1].isupper() and word.lower_ in ranks:
            return True
        if k in para.links or not word.text[:1].isupper() or word.pos_ != "PROPN":
            return False
    return False


def before_rank(ctx: ArticleContext, words: list[Any]) -> list[Any]:
    """A title ending in a rank ("Army Chief of Staff General", "deputy coup leader General"):
    the title is what comes before the rank, else the rank itself; name parts after the rank
    that the model left out of the name ("General Prime Niyongabo") are dropped."""
    ranks = ctx.lx.title_words.get("ranks", frozenset())
    lowered = [w.lower_ for w in words]
    for r in range(len(words) - 1, -1, -1):
        size = 2 if " ".join(lowered[r : r + 2]) in ranks else 1
        if lowered[r] not in ranks and size == 1:
            continue
        after = words[r + size :]
        if len(after) > 2 or not words[r].text[:1].isupper():
            return words
        if any(w.pos_ != "PROPN" or w.lower_ in ctx.lx.roles or w.lower_ in ranks for w in after):
            return words
        if r > 1 and words[r - 1].tag_ == "HYPH" and f"{lowered[r - 2]} {lowered[r]}" in ranks:
            # "the army's spokesman Major-General": the hyphened rank, the title before it
            before = words[: r - 2]
            if before and role_of(ctx, " ".join(w.text for w in before)) is not None:
                return before
            return words
        if r > 0 and (
            " ".join(lowered[r - 1 : r + size]) in ctx.lx.roles or words[r - 1].tag_ == "HYPH"
        ):
            return words  # "Secretary General", "Brigadier-General": one title
        before = words[:r]
        if before and role_of(ctx, " ".join(w.text for w in before)) is not None:
            return before
        return words[r : r + size]
    return words


def main_country_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, words: list[Any]
) -> Iterator[Draft]:
    """A title with no owner in an article about one country (``Resolver.countries``):
    "Army Chief of Staff General X" leads that country's army when the article names it,
    "People's Armed Forces Minister X" is a member of the country. Other titles with no
    owner stay unresolved ("President X" of an unknown person is not guessed)."""
    iso = ctx.resolver.countries.get(ctx.article_id)
    country = ctx.main_country()
    lowered = [w.lower_ for w in words]
    heads = [k for k, w in enumerate(lowered) if w in ctx.lx.roles]
    if country is None or not heads or _shadow(ctx, para, words):
        return
    if _state_head(ctx, lowered):
        yield from _state_head_office(ctx, para, token, person, words, country.label)
        return
    deputies = ctx.lx.title_words.get("deputy_words", frozenset())
    # "Government deputy spokesman X": a deputy's title is the title after "deputy"
    head_at = next((k for k in heads if lowered[k] not in deputies), heads[0])
    head = lowered[head_at]
    sectors = [
        ctx.lx.actors.sector_of(" ".join(lowered[a:b]))
        for a in range(head_at)
        for b in range(a + 1, head_at + 1)
        if lowered[a] not in deputies
    ]
    code = next((c for c in sectors if c in STATE_SECTORS), None)
    side = next((c for c in sectors if c in SIDE_SECTORS), None)
    said = role_of(ctx, " ".join(lowered[heads[0] : head_at + 1]))
    own = code is None and side is None and head_at == len(lowered) - 1
    # "Senior Conservative lawmaker X", "Labour MP Y": a capitalised word before the head
    # names the party or body the member is of, not the country
    own = own and not any(w.text[:1].isupper() and w.i != w.sent.start for w in words[:head_at])
    if own and _own_sector(ctx, para, token, person, head, country.label):
        # "Judge X", "lawmaker Y": a member of the country, as the gold gives a lawmaker;
        # a judge of the court the story names sits on it
        court = _story_court(ctx, head, iso or "") or _story_chamber(ctx, head, iso or "")
        predicate, obj = Predicate.MEMBER_OF, court or country.label
    elif code is None and side is None and _army_rank(ctx, lowered):
        yield from _rank_office(ctx, para, token, person, words, iso or "")
        return
    elif head in ctx.lx.words.government_member_titles:
        predicate, obj = Predicate.MEMBER_OF, country.label
    elif code is None and side is not None:
        # "Opposition Leader X" leads the country's opposition, when the article names it
        obj, _ = collective_label_for(ctx.lx, iso or "", side, ctx.lx.actors.sectors[side].label)
        if not iso or not ctx.named_here(obj):
            return
        predicate = said or ctx.lx.roles[head]
    elif code is not None:
        label = ctx.sector_actor(iso or "", code)
        if label is not None:
            predicate, obj = said or ctx.lx.roles[head], label
        elif said is Predicate.SPOKESPERSON_FOR:
            predicate, obj = said, country.label  # speaks for the state, as a ministry's
        else:
            predicate, obj = Predicate.MEMBER_OF, country.label
    else:
        return
    if not ctx.resolver.ensure(obj, ctx.article_id) and obj not in ctx.resolver.clusters:
        return
    title = para.text[words[0].idx : words[-1].idx + len(words[-1].text)]
    yield ctx.draft(para, token, person, predicate, obj, title=title, confidence=0.7)


def _shadow(ctx: ArticleContext, para: Paragraph, words: list[Any]) -> bool:
    """An opposition party's portfolio ("shadow Foreign Secretary X", ``shadow_words``),
    written in the title or right before it: no office of the country's government."""
    shadows = ctx.lx.title_words.get("shadow_words", frozenset())
    start = words[0].i
    return any(w.lower_ in shadows for w in words) or (
        start > 0 and para.tokens[start - 1].lower_ in shadows
    )


def _own_sector(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, head: str, country: str
) -> bool:
    """A title that is a state sector's member by itself ("Judge X", "lawmaker Y", "Senator
    Z"; ``OWN_SECTORS``) names a member of the article's one country: for a person the
    gazetteer gives no office of their own, not a guest ("visiting Senator X", "a foreign
    judge"), in a sentence naming no other country (but where one travels or was born: "took
    off for Iraq", "US-born Senator X"), in an article naming no other country's holders of
    the same kind (``_RIVALS``: "told South Korean politicians ... lawmaker X" in a story on
    North Korea)."""
    code = ctx.lx.actors.sector_of(head)
    if code not in OWN_SECTORS:
        return False
    entry = ctx.lx.lookup(person)
    if entry is not None and entry.roles:
        return False
    sent = token.sent
    if any(t.lower_ in ctx.lx.title_words.get("guest_words", ()) for t in sent):
        return False  # "visiting Senator X", "a foreign judge"
    for t in sent:
        other = para.links.get(t.i)
        if other is None or other == country or not ctx.etype_is(other, EntityType.COUNTRY):
            continue
        if not _trip_or_birth(para, t, other):
            return False  # "Senator X of the US met Iraq's ...": maybe the other country's
    iso = ctx.resolver.countries.get(ctx.article_id)
    for label in ctx.resolver.article_labels(ctx.article_id):
        if ctx.resolver.sector_in(label, _RIVALS[code]) and not ctx.resolver.country_in(
            label, (None, iso)
        ):
            return False  # "told South Korean politicians" in a story on North Korea
    return True


def _story_court(ctx: ArticleContext, head: str, iso: str) -> str | None:
    """ "A French court has acquitted two officers ... said Judge Nicolas Leger": a bare title
    of one who sits on a court (``bench_titles``) in a story on one country names a judge of
    the one court of that country the article has named so far (a label ending in one of
    ``court_nouns``, not its whole judiciary nor its prosecutors), as the annotated news
    gives a judge the court the story names; None when it names no such court or several."""
    if head not in ctx.lx.title_words.get("bench_titles", ()):
        return None
    courts = ctx.lx.title_words.get("court_nouns", frozenset())
    found = [
        label
        for label in ctx.resolver.article_labels(ctx.article_id)
        if ctx.resolver.sector_in(label, ("JUD",))
        and ctx.resolver.country_in(label, (iso,))
        and label.split()[-1].lower() in courts
        and ctx.etype_is(label, EntityType.ORGANIZATION)
    ]
    return found[0] if len(found) == 1 else None


def _story_chamber(ctx: ArticleContext, head: str, iso: str) -> str | None:
    """ "The US Senate voted ... objections from Senator X": a bare title of one who sits in
    a legislature (``chamber_titles``) in a story on one country names a member of the one
    chamber of that country the article names (``chamber_nouns``); of several, the one the
    title is made from (a senator's senate, not Congress). None when it names none (then
    the country's, as the annotated news gives a lawmaker of no chamber named)."""
    if head not in ctx.lx.title_words.get("chamber_titles", ()):
        return None
    # written as such ("the US Senate", "Kenya's parliament"): a chamber the rules made of
    # a title alone ("Senator X" -> the country's legislature) is no chamber the story names
    found = [
        label
        for label in ctx.resolver.article_labels(ctx.article_id)
        if ctx.resolver.any_name(label, _chamber_name)
        and _chamber_country(ctx, label) == iso
        and ctx.etype_is(label, EntityType.ORGANIZATION)
    ]
    if len(found) > 1:
        # "senator" is made from "senate", "parliamentarian" from "parliament"
        found = [
            label
            for label in found
            if any(
                head.startswith(name.split()[-1].lower()[:5])
                for name in ctx.resolver.clusters[label].names
            )
        ]
    return found[0] if len(found) == 1 else None


def _chamber_name(name: str, lexicon: Lexicon) -> bool:
    """The name ends on a chamber noun ("US Senate", ``chamber_nouns``)."""
    return name.split()[-1].lower() in lexicon.title_words.get("chamber_nouns", frozenset())


def _chamber_country(ctx: ArticleContext, label: str) -> str | None:
    """The ISO code of a chamber's country: the collective's ("Kenya's parliament"), else
    the country its name begins with ("US Senate", "Israeli Knesset")."""
    cluster = ctx.resolver.clusters[label]
    if cluster.sector == "LEG" and cluster.country:
        return cluster.country
    words = label.split()[:-1]
    if not words:
        return None  # "Congress", "Parliament": whose, the name does not say
    owner = " ".join(words)
    entry = ctx.lx.lookup(owner) or ctx.lx.by_demonym.get(owner.lower())
    return entry.iso if entry is not None and entry.type is EntityType.COUNTRY else None


def _trip_or_birth(para: Paragraph, token: Any, label: str) -> bool:
    """A country named as where someone travels ("took off for Iraq and Kuwait", "flew to
    Iraq") or was born ("US-born Senator X"): no owner a title could have."""
    start, end = para.name_start(token.i, label), para.name_end(token.i, label)
    for word in para.tokens[start : end + 1]:
        if word.head.lower_ == "born":
            return True
        node = first_conjunct(word, leftward=True)
        prep = node.head
        if (
            node.dep_ == "pobj"
            and prep.lower_ in ("to", "for", "into")
            and prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() != "say"
        ):
            return True
    return False


def _army_rank(ctx: ArticleContext, lowered: list[str]) -> bool:
    """The title is an army rank and nothing more ("Major-General", "Colonel")."""
    key = " ".join(w for w in lowered if w not in ("-", "‐"))
    return key.replace("-", " ") in ctx.lx.title_words.get("army_ranks", frozenset())


def _rank_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, words: list[Any], iso: str
) -> Iterator[Draft]:
    """ "Major-General X told AFP" in an article about one country that names its army: X is
    a member of that army. Not guessed for a person the gazetteer gives offices of their own,
    a name with an apposition of its own ("Lieutenant-General X, commander of the US task
    force"), one appointed ("named Colonel X to replace him": the post says whose), in a
    sentence naming another country, or in one naming the army itself ("the army, headed by
    General X" says what X is of it)."""
    entry = ctx.lx.lookup(person)
    if (entry is not None and entry.roles) or not iso:
        return
    army = main_collective(ctx, "MIL")
    if army is None:
        return
    country = ctx.main_country()
    here = country.label if country is not None else None
    end = para.name_end(token.i, person)
    name = para.tokens[end]
    if any(c.dep_ == "appos" for c in name.children):
        return  # "X, commander of the Marine-led task force": the apposition says whose
    appoint = ctx.lx.title_words.get("appointment_verbs", frozenset())
    verb = name.head
    if name.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp"):
        verb = verb.head  # "appointed General X to replace him": X read as the subject of "to"
    elif name.dep_ not in ("dobj", "nsubjpass"):
        verb = None
    if verb is not None and verb.lemma_.lower() in appoint:
        return  # "appointed General X to replace him": the post he takes says whose he is
    # in the sentence's order (a set's would change with the process: a record replays)
    others = dict.fromkeys(para.links.get(t.i) for t in token.sent)
    if army in others:
        return  # "the army, headed by General X": the sentence says what X is of the army
    for other in others:
        if other is None or other in (person, here):
            continue
        if ctx.etype_is(other, EntityType.COUNTRY):
            return  # "US and Nepalese troops ... Colonel X": maybe the other country's
    title = para.text[words[0].idx : words[-1].idx + len(words[-1].text)]
    yield ctx.draft(para, token, person, Predicate.MEMBER_OF, army, title=title, confidence=0.65)


def _state_head(ctx: ArticleContext, lowered: list[str]) -> bool:
    """The title is a head of state's or government's ("King", "Prime Minister"), or a
    deputy's ("Deputy Prime Minister", "vice-president"), and nothing more."""
    words = " ".join(lowered).replace("-", " ").split()
    deputies = ctx.lx.title_words.get("deputy_words", frozenset())
    while words and words[0] in deputies:
        words = words[1:]
    return " ".join(words) in ctx.lx.title_words.get("state_head_titles", frozenset())


def _state_head_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, words: list[Any], country: str
) -> Iterator[Draft]:
    """ "a pardon announced by King X", "Deputy Prime Minister Y" with no owner, in an article
    about one country: the holder leads it (a deputy is a member). A person the gazetteer
    gives offices of their own, or in a sentence naming another country, is not guessed;
    a membership of that country alone is no office of their own (a Phoenix dictionary's
    untitled "[KENGOV]" role: ``_member_here``)."""
    entry = ctx.lx.lookup(person)
    if entry is not None and entry.roles and not _member_here(entry.roles, country):
        return
    if not token.text[:1].isupper():
        return  # "King's College London": no name after the title
    # in the sentence's order (a set's would change with the process: a record replays)
    others = dict.fromkeys(para.links.get(t.i) for t in token.sent)
    if any(ctx.etype_is(o, EntityType.COUNTRY) for o in others if o is not None and o != country):
        return  # "the loss of Ramadi in Iraq ... Prime Minister X": maybe the other country's
    if not _monarch_fits(ctx, words):
        return  # "the ghosts of Hitler, King Leopold and Idi Amin" in a piece on South Africa
    title = para.text[words[0].idx : words[-1].idx + len(words[-1].text)]
    predicate = role_of(ctx, title)
    if predicate not in (Predicate.LEADER_OF, Predicate.MEMBER_OF):
        return
    if not ctx.resolver.ensure(country, ctx.article_id):
        return
    if predicate is Predicate.LEADER_OF:
        ctx.role_holders.setdefault((predicate, country), person)
    ctx.name_title(para, token, title, person)
    yield ctx.draft(para, token, person, predicate, country, title=title, confidence=0.65)


def _member_here(roles: tuple[Role, ...], country: str) -> bool:
    """Every role is a membership of ``country``: the person sits in its government or
    forces, and its "President X" is no other country's."""
    return all(r.predicate is Predicate.MEMBER_OF and r.object == country for r in roles)


def _monarch_fits(ctx: ArticleContext, words: list[Any]) -> bool:
    """A monarch's title ("King", "Emir") fits the article's one country only when that
    country is a monarchy (kingdoms, emirates, sultanates of kg/data/en/nominals.json)."""
    if not {w.lower_ for w in words} & ctx.lx.title_words.get("monarch_titles", frozenset()):
        return True
    iso = ctx.resolver.countries.get(ctx.article_id)
    states = nominal_words().states
    return iso is not None and any(iso in states[k] for k in ("kingdom", "emirate", "sultanate"))


def reigns(ctx: ArticleContext, draft: Draft) -> bool:
    """False for a leader_of draft under a title a monarch's wife bears too ("Spain's Queen
    Sofia", ``consort_titles``) whose holder has no reign under that title in the dated
    roles (``kg/data/roles.jsonl``): queens consort far outnumber queens regnant, and the
    few who reigned are listed there. True for every other draft."""
    if draft.predicate is not Predicate.LEADER_OF or not draft.title:
        return True
    word = draft.title.lower().split()[-1]
    if word not in ctx.lx.title_words.get("consort_titles", frozenset()):
        return True
    return any(
        t.person == draft.subject
        and t.predicate is Predicate.LEADER_OF
        and t.title.lower().split()[-1] == word
        for t in ctx.lx.actors.tenures
    )


def held(start: str | None, end: str | None, date: str) -> bool:
    # the last day counts: an article of the handover day still calls the outgoing holder
    # by the title ("outgoing President Goodluck Jonathan")
    day = first_day(date)
    return (start is None or start[:10] <= day) and (end is None or day <= end[:10])


def role_of(ctx: ArticleContext, title: str) -> Predicate | None:
    """Predicate of a title: the whole title, else its head ("Assistant Secretary of State for
    Near-Eastern Affairs" -> "secretary of state"; "deputy foreign minister" -> "minister"),
    read in the singular ("Vice Presidents") and without "-elect" ("president-elect")."""
    key = " ".join(title.lower().split(" for ")[0].split(" to ")[0].split())
    key = _without_elect(ctx, key)
    found = _role_of_key(ctx, key)
    if found is None and key.endswith("s") and not key.endswith("ss"):
        words = key.split()
        last = words[-1]
        single = last[:-3] + "y" if last.endswith("ies") else last[:-1]
        found = _role_of_key(ctx, " ".join([*words[:-1], single]))
    deputy = key.replace("-", " ").split()[:1]
    if (
        found is Predicate.LEADER_OF
        and deputy
        and deputy[0] in ctx.lx.title_words.get("deputy_words", ())
    ):
        return Predicate.MEMBER_OF  # "deputy prime minister", "vice-chairman"
    return found


def _without_elect(ctx: ArticleContext, key: str) -> str:
    """ "vice-president-elect" -> "vice-president"."""
    for suffix in ctx.lx.title_words.get("elect_suffixes", ()):
        for joint in ("-", " "):
            if key.endswith(joint + suffix) and len(key) > len(suffix) + 1:
                return key[: -len(suffix) - 1]
    return key


def is_elect(ctx: ArticleContext, title: str | None) -> bool:
    """A title held from a future date: "president-elect", "minister-designate"."""
    key = (title or "").lower().strip()
    return bool(key) and _without_elect(ctx, key) != key


def _role_of_key(ctx: ArticleContext, key: str) -> Predicate | None:
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


def main_country(ctx: ArticleContext) -> str | None:
    """The one country the article is about (``Resolver.countries``), if any."""
    country = ctx.main_country()
    if country is None or not ctx.resolver.ensure(country.label, ctx.article_id):
        return None
    return country.label


def main_collective(ctx: ArticleContext, code: str) -> str | None:
    """The article's one country's collective of sector ``code`` ("the army" in an article
    about Burundi -> Burundian army), when the article names it."""
    iso = ctx.resolver.countries.get(ctx.article_id)
    if not iso:
        return None
    return ctx.sector_actor(iso, code)
