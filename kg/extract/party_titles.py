"""Party words before a title: "Conservative Prime Minister David Cameron", "Republican
presidential hopeful X", "his Labour rival Y", "Z, an HDP candidate": the person is
``member_of`` the party the article names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.names import name_words
from kg.vocab import EntityType, Predicate

_ROLES = (Predicate.LEADER_OF, Predicate.MEMBER_OF, Predicate.SPOKESPERSON_FOR)
_PARTY_TYPES = (EntityType.ORGANIZATION, EntityType.GROUP)
# sectors a party named without the word "party" may have (none: the model's organisation)
_PARTY_SECTORS = frozenset({"PTY", "OPP"})
# at most this many words between the party's word and the name ("Conservative Employment
# Minister", "Republican presidential hopeful")
_WIDTH = 4
# at most this many words of an office between a name and its party in brackets ("X, public
# security, strategic affairs and public diplomacy minister (Likud)")
_OFFICE_WIDTH = 12
_PLACE_TYPES = (EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE)
# parts of speech no title has: a word of them between a party's word and a name is a
# clause's ("The Democratic candidate criticised X")
_CLAUSE_TAGS = frozenset({"VERB", "AUX"})


def _nouns(lx: Lexicon) -> frozenset[str]:
    return lx.title_words.get("party_person_nouns", frozenset())


def party_titles(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "Conservative Prime Minister David Cameron", "Conservative candidate Andrea
    Jenkyns", "Democratic Senator X": a capitalised word that the article also writes as a
    party's name with "party" after it ("the Conservative party"), then a title or a
    politician's noun (``party_person_nouns``), then a person's name: the person is
    ``member_of`` that party (``leader_of`` under a leader's one-word title: "Socialist
    leader X"). A party named without "party" ("Labour", "HDP" of the Peoples' Democracy
    Party) counts before a politician's noun only ("his Labour rival Y", "Z, an HDP
    candidate": ``_bare_party``). None when the article already gives the person a role in the
    party ("Labour leader X": ``leader_of``), nor for a word no party of the article has."""
    parties = {**ctx.prepared(_known_parties), **_article_parties(ctx, paras)}
    held = {(c.subject, c.object) for c in ctx.claims if c.predicate in _ROLES}
    seen: set[tuple[str, str]] = set()
    nouns = _nouns(ctx.lx)
    for para in paras:
        if not parties and nouns.isdisjoint(para.words):
            continue  # no party's word, no politician's noun: nothing to read, no vote
        for start, person in _name_starts(ctx, para):
            found = _party_role(ctx, para, start, person, parties)
            if found is None:
                continue
            party, predicate, token, title = found
            if (person, party) in held or (person, party) in seen:
                continue
            if not ctx.resolver.ensure(party, ctx.article_id):
                continue  # (a party of the gazetteer the article names by its word only)
            seen.add((person, party))
            yield ctx.draft(para, token, person, predicate, party, 0.7, title=title)


def _party_role(
    ctx: ArticleContext, para: Paragraph, start: int, person: str, parties: dict[str, str]
) -> tuple[str, Predicate, Any, str] | None:
    """(party, predicate, token, title) of the person whose name starts at ``start``: a
    politician's noun in apposition ("X, an HDP candidate"), else a party's word and a title
    before the name."""
    apposed = (
        _apposed_party(ctx, para, start, person, parties)
        or _owned_nominee(ctx, para, start, person, parties)
        or _bracketed_party(ctx, para, start, person, parties)
    )
    if apposed is not None:
        party, noun = apposed
        return party, Predicate.MEMBER_OF, noun, noun.lower_
    before, at = _party_before(ctx, para, start, parties)
    if before is None or not _one_phrase(para, at, start):
        return None
    title = para.tokens[at + 1 : start]
    if (
        len(title) == 1
        and _role(ctx, title[0]) is Predicate.LEADER_OF
        and title[0].lower_ in ctx.lx.title_words.get("party_leader_titles", frozenset())
    ):
        # "Socialist leader X": the party's own leader ("Democratic President X" holds a
        # state office: a member of the party)
        return before, Predicate.LEADER_OF, title[0], title[0].lower_
    # the title as written between ("Employment Minister", "candidate")
    return before, Predicate.MEMBER_OF, para.tokens[at], " ".join(t.text for t in title)


def _one_phrase(para: Paragraph, at: int, start: int) -> bool:
    """The party's word, the title and the name at ``start`` make one noun phrase: no verb
    of a clause between them, and the name is no argument of a word there. "The Democratic candidate
    criticised X": the party's word qualifies the unnamed subject, a verb apart from X, who
    is no member of it. (Read from the words, not the phrase's tree: the parser often
    hangs a title off the clause, "Republican presidential hopeful X visited".)"""
    between = para.tokens[at + 1 : start]
    name = para.tokens[start]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    governed = name.dep_ in ("dobj", "pobj", "dative", "nsubj", "attr")  # not "rival X" (appos)
    return not any(_clause_word(t) or (governed and t is name.head) for t in between)


def _clause_word(token: Any) -> bool:
    """A verb of a clause, not a participle in a title ("acting leader", "elected official")."""
    return token.pos_ in _CLAUSE_TAGS and token.dep_ not in ("amod", "compound")


def _role(ctx: ArticleContext, token: Any) -> Predicate | None:
    roles = ctx.lx.roles
    return roles.get(token.lemma_.lower()) or roles.get(token.lower_)


def _article_parties(ctx: ArticleContext, paras: list[Paragraph]) -> dict[str, str]:
    """{the lower-cased first word: the label} of the article's nodes named "<Word> party"
    ("Conservative Party", "the Labour party"), an organisation or group."""
    found: dict[str, str] = {}
    parties = name_words(ctx.lx.language).party_nouns  # "party" (the resolver's too)
    for label in sorted({label for para in paras for label in para.links.values()}):
        words = label.split()
        if (
            len(words) == 2
            and words[1].lower() in parties
            and words[0][:1].isupper()
            and ctx.etype_in(label, _PARTY_TYPES)
        ):
            found.setdefault(words[0].lower(), label)
    return found


def _known_parties(lx: Lexicon) -> dict[str, str]:
    """{the lower-cased first word: the label} of the gazetteer's parties named "<Word>
    Party" (the US "Democratic Party"): the press names such a party by its word alone
    ("Democratic President X", "Republican Senator Y") without ever writing its name.
    A scan of every gazetteer entry: read through ``ArticleContext.prepared``, once per
    lexicon (it was made again for every article, ~0.4 ms each)."""
    parties = name_words(lx.language).party_nouns
    found: dict[str, str] = {}
    for entry in lx.entries:
        words = entry.label.split()
        if entry.sector == "PTY" and len(words) == 2 and words[1].lower() in parties:
            found.setdefault(words[0].lower(), entry.label)
    return found


def party_word(ctx: ArticleContext, token: Any) -> bool:
    """A capitalised word before a title that says the holder's party, not the place the
    title is of: the word of a gazetteer's "<Word> Party" ("Republican Governor X",
    "Democratic Senator Y"), of a "<Word> party" the article names ("Labour MP X" beside
    "the Labour Party"), or a camp's word (``party_modifiers``: "Socialist mayor X",
    "Conservative councillor Y"). News puts the party before an office only; a state or
    city before a title is written "Texas Governor X", "Paris mayor Y"."""
    word = token.lower_
    if not token.text[:1].isupper():
        return False
    if word in ctx.prepared(_known_parties) or word in ctx.lx.words.party_modifiers:
        return True
    parties = name_words(ctx.lx.language).party_nouns
    return any(
        len(words) == 2 and words[0].lower() == word and words[1].lower() in parties
        for para in ctx.paragraphs
        for words in (label.split() for label in set(para.links.values()))
    )


def _name_starts(ctx: ArticleContext, para: Paragraph) -> Iterable[tuple[int, str]]:
    """(index, label) of the first token of each person's name in the paragraph, and of a
    name read as an organisation right after a politician's noun ("his Labour rival Ed
    Miliband", the model's organisation): a person's, voted so."""
    links = para.links
    for i in sorted(links):
        label = links[i]
        if links.get(i - 1) == label or para.tokens[i].pos_ != "PROPN":
            continue
        if ctx.etype_is(label, EntityType.PERSON):
            yield i, label
        elif _politician_named(ctx, para, i, label):
            ctx.resolver.add_vote(label, EntityType.PERSON, 3)
            yield i, label


def _politician_named(ctx: ArticleContext, para: Paragraph, i: int, label: str) -> bool:
    """A name of two or three capitalised words the gazetteer does not know, read as an
    organisation, right after a politician's noun ("rival Ed Miliband")."""
    words = [t for t in para.tokens[i : i + 4] if para.links.get(t.i) == label]
    return (
        i > 0
        and para.tokens[i - 1].lower_ in _nouns(ctx.lx)
        and 2 <= len(words) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and ctx.lx.lookup(label) is None
        and ctx.etype_is(label, EntityType.ORGANIZATION)
    )


def _party_before(
    ctx: ArticleContext, para: Paragraph, start: int, parties: dict[str, str]
) -> tuple[str | None, int]:
    """(party, index of its word) when the words just before the name at ``start`` are a
    party's word and a title: no punctuation, determiner or other name between them."""
    tokens, nouns = para.tokens, _nouns(ctx.lx)
    titled = politician = False
    for k in range(start - 1, max(start - 1 - _WIDTH, -1), -1):
        token: Any = tokens[k]
        if not token.is_alpha:
            return None, k
        party = parties.get(token.lower_) if token.text[:1].isupper() else None
        if party is not None:
            return (party if titled else None), k
        if token.lower_ in nouns and k not in para.links:
            titled = politician = True  # "rival", "candidate"
        elif _role(ctx, token) is not None or token.lower_ in nouns:
            titled = True  # (a title word, whatever coreference linked it to)
        elif k in para.links:
            # "his Labour rival X": a party named bare, before a politician's noun only
            label = para.links[k]
            named = politician and token.text[:1].isupper() and _bare_party(ctx, label)
            return (label if named else None), k  # else another name: "Britain's X Minister"
    return None, start


def _apposed_party(
    ctx: ArticleContext, para: Paragraph, start: int, person: str, parties: dict[str, str]
) -> tuple[str, Any] | None:
    """(party, noun) of a politician's noun in apposition to the name at ``start`` with the
    party's name as its compound: "Garo Paylan, an HDP candidate from Istanbul", "X, a
    Conservative candidate" (not "a Podemos-backed candidate": backed, no member)."""
    nouns, links = _nouns(ctx.lx), para.links
    end = start
    while links.get(end + 1) == person:
        end += 1
    name = para.tokens[end]
    for noun in name.children:
        if noun.dep_ != "appos" or noun.lower_ not in nouns or noun.i in links:
            continue
        for word in noun.children:
            if (
                word.dep_ not in ("compound", "amod")
                or word.i > noun.i
                or not word.text[:1].isupper()
            ):
                continue
            party = parties.get(word.lower_)
            label = links.get(word.i)
            if party is None and label is not None and _bare_party(ctx, label):
                party = label
            if party is not None and party != person:
                return party, noun
    return None


def _bracketed_party(
    ctx: ArticleContext, para: Paragraph, start: int, person: str, parties: dict[str, str]
) -> tuple[str, Any] | None:
    """(party, bracket) of a party's name in brackets right after the name at ``start``, or
    after the lower-case office set beside it: "Angela Merkel (CDU) said", "Viktor Orban,
    prime minister (Fidesz)" -- the press's way of giving a politician's party in lists and
    parliamentary reports. Only a party (``_bare_party``: not "(AFP)", a country or a
    person's other name), filling the brackets alone."""
    tokens, links = para.tokens, para.links
    end = start
    while links.get(end + 1) == person:
        end += 1
    k, office = end + 1, False
    if k < len(tokens) and tokens[k].text == ",":
        # "X, education minister (Party)", "Y, public security and strategic affairs
        # minister (Party)": the words of an office ending in a title, no one else named
        j = k + 1
        while (
            j < len(tokens)
            and j - k <= _OFFICE_WIDTH
            and (tokens[j].is_alpha or tokens[j].text == ",")
        ):
            if j in links and not ctx.etype_in(links[j], _PLACE_TYPES):
                return None
            j += 1
        if j == k + 1 or _role(ctx, tokens[j - 1]) is None:
            return None
        k, office = j, True
    if k >= len(tokens) or tokens[k].text != "(" or k + 1 not in links:
        return None
    label = links[k + 1]
    close = k + 1
    while close < len(tokens) and links.get(close) == label:
        close += 1
    if close >= len(tokens) or tokens[close].text != ")" or label == person:
        return None
    if label in parties.values() or _party_named(ctx, label):
        return label, tokens[k + 1]
    if office and _bare_party(ctx, label):
        return label, tokens[k + 1]
    return None


def _party_named(ctx: ArticleContext, label: str) -> bool:
    """A party by its name or kind ("Labour Party", a party's sector), not only one of no
    known kind: a bare bracket after a name also credits a photographer's agency ("X
    (AFP)"), which an office before it rules out."""
    if label.split()[-1].lower() in name_words(ctx.lx.language).party_nouns:
        return True
    entry = ctx.lx.lookup(label)
    cluster = ctx.resolver.clusters.get(label)
    sectors = {entry.sector if entry is not None else None, cluster.sector if cluster else None}
    return not sectors.isdisjoint(_PARTY_SECTORS)


def _owned_nominee(
    ctx: ArticleContext, para: Paragraph, start: int, person: str, parties: dict[str, str]
) -> tuple[str, Any] | None:
    """(party, noun) of a nominee's noun (``nominee_nouns``) that a party owns, set beside
    the name at ``start``: "the Conservative Party's candidate, X", "X, the candidate of the
    Labour Party", "the candidate for Ahora Madrid, Y" (the parser hangs Y on the party)."""
    nouns, links = ctx.lx.title_words.get("nominee_nouns", frozenset()), para.links
    end = start
    while links.get(end + 1) == person:
        end += 1
    name = para.tokens[end]
    beside = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        head = name.head
        beside.append(head)
        if head.dep_ == "pobj" and head.head.lower_ in ("for", "of"):
            beside.append(head.head.head)  # "the candidate for Ahora Madrid, Y"
    for noun in beside:
        if noun.lower_ not in nouns or noun.i in links:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"] + [
            p
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        for owner in owners:
            label = links.get(owner.i)
            if label is None or label == person:
                continue
            if label in parties.values() or _bare_party(ctx, label):
                return label, noun
    return None


def _bare_party(ctx: ArticleContext, label: str) -> bool:
    """A party the article may name without "party": an organisation or group named so
    ("Peoples' Democracy Party" for "HDP"), one the gazetteer files as a party ("Podemos"),
    or one of no known kind, the gazetteer's or a sector's other than a party's ("Labour";
    not "FIFA", "Reuters" or "the Syrian army")."""
    if not ctx.etype_in(label, _PARTY_TYPES):
        return False
    if label.split()[-1].lower() in name_words(ctx.lx.language).party_nouns:
        return True
    entry = ctx.lx.lookup(label)
    if entry is not None:
        return entry.sector in _PARTY_SECTORS  # "his Podemos rival X": a party the data knows
    cluster = ctx.resolver.clusters.get(label)
    sector = cluster.sector if cluster is not None else None
    return sector is None or sector in _PARTY_SECTORS
