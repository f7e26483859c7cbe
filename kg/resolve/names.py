"""Name forms: when two written names are one name (spelling variants, acronyms, a name with
its kind noun after it), so that resolution makes one node of them and never two.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from kg.language import reading_language

# an Arabic article glued to the word after it ("al-Wefaq", "el-Sisi", "Ash-Sharq")
_ARTICLE = re.compile(r"\b(?:a[lnrstdz]|ash|ath|el)-(?=\w)", re.IGNORECASE)
_APOSTROPHES = "'’‘`´"
_ISATION = re.compile(r"isation\b")


def variant_key(name: str, spellings: Mapping[str, str] | None = None) -> str:
    """The key two spellings of one name share: case, accents, hyphens, periods,
    apostrophes and a glued Arabic article ("al-", "el-") do not count, nor, with
    ``spellings`` (word -> its group's first spelling), transliterations of a given name.

    >>> variant_key("Al-Wefaq") == variant_key("al-Wefaq") == variant_key("Wefaq")
    True
    >>> variant_key("Abdel Fattah al-Sisi") == variant_key("Abdel-Fattah el-Sisi")
    True
    >>> variant_key("Davutoğlu") == variant_key("Davutoglu"), variant_key("U.S.")
    (True, 'us')
    >>> variant_key("International Organisation for Migration")
    'international organization for migration'
    >>> variant_key("Islamic State of Iraq and the Levant") == variant_key(
    ...     "the Islamic State of Iraq and Levant")
    True
    >>> variant_key("the Department of Justice") == variant_key("Justice Department")
    True
    >>> variant_key("Ministry of Foreign Affairs"), variant_key("Ministry of Health of Chad")
    ('foreign affairs ministry', 'ministry of health of chad')
    >>> variant_key("Evin jail") == variant_key("Evin Prison")
    True
    """
    words = _variant_words(name, reading_language())
    if spellings:
        return " ".join([spellings.get(w, w) for w in words])
    return " ".join(words)


@lru_cache(maxsize=65_536)  # a pure function of the name, asked again per mention
def _variant_words(name: str, language: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _ARTICLE.sub("", text.lower())
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    text = text.replace(".", "").replace("-", " ").replace("–", " ")
    text = _ISATION.sub("ization", text)  # "Organisation", "Organization"
    words = text.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 2:  # "Islamic State of Iraq and the Levant", "... of Iraq and Levant"
        words = [w for w in words if w != "the"]
    heads = name_words(language).office_heads
    for i, word in enumerate(words[:-2]):
        if word in heads and words[i + 1] == "of" and "of" not in words[i + 2 :]:
            # "the Department of Justice" is the "Justice Department", "the US Ministry of
            # Defence" the "US Defence Ministry"
            words = [*words[:i], *words[i + 2 :], word]
            break
    heads_of = name_words(language).same_heads
    if len(words) > 1 and words[-1] in heads_of:
        words = [*words[:-1], heads_of[words[-1]]]  # "Evin jail" is "Evin Prison"
    return tuple(words)


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one typo apart: one letter added, dropped, changed,
    or two next to each other swapped (case aside).

    >>> one_edit("Abudullah", "Abdullah"), one_edit("Hadi", "Hadi"), one_edit("Saleh", "Salhe")
    (True, False, True)
    >>> one_edit("Salehi", "Saleh"), one_edit("Kerry", "Berry"), one_edit("Hamad", "Ahmed")
    (True, True, False)
    """
    a, b = a.lower(), b.lower()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    )


def surname_typos(written: Iterable[str]) -> dict[str, str]:
    """``near:Daniel Luria`` -> "Daniel Lurie": a person's full name written in one article
    with one typo in its surname (``written``: the article's full names of people, in the
    order written, one per mention). The given names are the same, and the surnames are of
    five letters or more, as long, begin with the same two letters and are one letter
    changed or two swapped (``one_edit``) apart, unlike "John Kerry" and "John Berry" or
    "Ali Saleh" and "Ali Salehi", who are two; the name written more often (or as often,
    and first) is the one.

    >>> surname_typos(["Daniel Lurie", "Daniel Lurie", "Daniel Luria"])
    {'near:Daniel Luria': 'Daniel Lurie'}
    >>> surname_typos(["John Kerry", "John Berry"]), surname_typos(["Ali Saleh", "Ali Salehi"])
    ({}, {})
    """
    counts: dict[str, int] = defaultdict(int)
    order: dict[str, int] = {}
    for i, name in enumerate(written):
        counts[name] += 1
        order.setdefault(name, i)
    by_given: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in order:
        words = name.split()
        last = words[-1]
        if len(words) > 1 and len(last) >= 5 and last.isalpha() and last[:1].isupper():
            by_given[tuple(words[:-1])].append(name)
    out: dict[str, str] = {}
    for names in by_given.values():
        for name in names:
            last = name.split()[-1]
            near = [
                o
                for o in names
                if o != name
                and len(o.split()[-1]) == len(last)
                and o.split()[-1][:2].lower() == last[:2].lower()
                and one_edit(o.split()[-1], last)
            ]
            if len(near) == 1 and (counts[near[0]], -order[near[0]]) > (
                counts[name],
                -order[name],
            ):
                out[f"near:{name}"] = near[0]
    return out


def initials(name: str) -> tuple[str, ...]:
    """The acronyms a name may go by: the initials of its capitalised words, and of all its
    words (upper case).

    >>> initials("International Organization for Migration")
    ('IOM', 'IOFM')
    >>> initials("Ministry of Foreign Affairs")
    ('MFA', 'MOFA')
    >>> initials("UN High Commission for Refugees")[-1]
    'UNHCR'
    """
    words = [w for w in re.split(r"[\s\-–]+", name.replace("’", "'")) if w[:1].isalpha()]
    if words and words[0].lower() == "the":
        words = words[1:]
    capital = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words).upper()
    # an acronym inside the name gives all its letters: "UN High Commission for Refugees"
    whole = "".join(w if is_acronym(w) else w[0] for w in words if w[0].isupper())
    return tuple(dict.fromkeys((capital, every, whole)))


def is_acronym(text: str) -> bool:
    """An upper-case word of 2 to 7 letters ("IOM", "UNHCR"), periods allowed ("A.U.").

    >>> is_acronym("IOM"), is_acronym("U.N."), is_acronym("Iom"), is_acronym("I")
    (True, True, False, False)
    """
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def long_forms(acronyms: Iterable[str], names: Iterable[str]) -> dict[str, str]:
    """Acronym -> the one name of ``names`` (two words or more) whose initials spell it;
    an acronym two names could stand for maps to neither.

    >>> long_forms(["WFP", "UN"], ["World Food Programme", "United Nations", "Union Nord"])
    {'WFP': 'World Food Programme'}
    """
    spelled: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if len(name.split()) < 2:
            continue
        for key in initials(name):
            spelled[key].add(name)
    out = {}
    for acronym in acronyms:
        found = spelled.get(acronym.replace(".", ""), set())
        if len(found) == 1:
            out[acronym] = next(iter(found))
    return out


def tail_forms(
    names: Iterable[str], kind_nouns: frozenset[str], heads: Iterable[str] | None = None
) -> dict[str, str]:
    """ "al-Wefaq Islamic Society" -> "al-Wefaq", "Hamas movement" -> "Hamas": a name that is
    another name of ``names`` followed by capitalised words and a kind noun; the shorter
    name is the one the text goes on using. A longer name two shorter ones start is left.
    ``heads``: the names a longer one may start with (all of ``names`` by default).

    >>> tail_forms(["al-Wefaq", "al-Wefaq Islamic Society", "Hamas"], frozenset({"society"}))
    {'al-Wefaq Islamic Society': 'al-Wefaq'}
    """
    names = list(names)
    short = {variant_key(n): n for n in (names if heads is None else heads)}
    out: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in kind_nouns:
            continue
        found = []
        for cut in range(1, len(words)):
            head = short.get(variant_key(" ".join(words[:cut])))
            tail = words[cut:-1]
            if head is not None and head != name and all(w[:1].isupper() for w in tail):
                found.append(head)
        if len(found) == 1:
            out[name] = found[0]
    return out


def media_bare_name(words: list[str], media_nouns: frozenset[str]) -> str | None:
    """ "Al Ahram newspaper" -> "Al Ahram", "KCNA news agency" -> "KCNA", "Al Manar TV" ->
    "Al Manar": a name of capitalised words followed by a media noun written as in
    ``media_nouns`` (lower case; "TV" upper) is the outlet, named by the words before the
    noun. One word before "TV" is the name whole ("Press TV", "Tolo TV"); a lower-case word
    before the noun ("the state news agency") is no name.

    >>> nouns = frozenset({"newspaper", "news agency", "TV"})
    >>> media_bare_name("KCNA news agency".split(), nouns), media_bare_name(["Press", "TV"], nouns)
    ('KCNA', None)
    >>> media_bare_name("Moroccan state news agency".split(), nouns) is None
    True
    """
    for size in (2, 1):
        tail = " ".join(words[-size:])
        if len(words) <= size or tail not in media_nouns:
            continue
        bare = words[:-size]
        if not all(w[:1].isupper() or w[:1].isdigit() for w in bare):
            return None
        if tail.startswith("TV") and len(bare) < 2:
            return None
        return " ".join(bare)
    return None


@dataclass(frozen=True, slots=True)
class NameWords:
    """The words of name resolution of one language (``kg/data/<lang>/names.json``)."""

    given_name_titles: frozenset[str]
    patronymic_particles: frozenset[str]
    kind_nouns: frozenset[str]
    spellings: dict[str, str]  # a given name's spelling -> its group's first ("mohamed")
    kin_nouns: frozenset[str] = frozenset()  # "her husband, X": a relative
    not_person_heads: frozenset[str] = frozenset()  # "Henry Jackson Society", "Penn State"
    not_name_words: frozenset[str] = frozenset()  # "Reporters Without Borders"
    region_nouns: frozenset[str] = frozenset()  # "Anbar province", "Khaldiya district"
    org_complement_heads: frozenset[str] = frozenset()  # "Office [for the Coordination ...]"
    name_connectors: frozenset[str] = frozenset()  # "of", "for", "to" inside a name
    family_nouns: frozenset[str] = frozenset()  # "the Soltan family": a group, not a person
    person_nouns: frozenset[str] = frozenset()  # "Tarik Oguzlu, a lecturer": one person
    town_nouns: frozenset[str] = frozenset()  # "Ramadi city": the town Ramadi
    party_nouns: frozenset[str] = frozenset()  # "Conservative Party": "the Conservatives"
    name_particles: frozenset[str] = frozenset()  # "bin Laden", "De Mistura": a family name
    company_suffixes: frozenset[str] = frozenset()  # "Avago Technologies Ltd": a company
    office_heads: frozenset[str] = frozenset()  # "Department of Justice", "Justice Department"
    media_nouns: frozenset[str] = frozenset()  # "Al Ahram newspaper", "KCNA news agency"
    credit_words: frozenset[str] = frozenset()  # "Presenter: X Guests Y": no name's word
    article_words: frozenset[str] = frozenset()  # "Ali bin al Hussein": "Al Hussein"
    # a name's last word -> the word of the same kind it stands for ("jail" -> "prison")
    same_heads: dict[str, str] = field(default_factory=dict)
    org_name_heads: frozenset[str] = frozenset()  # "Wildlife Federation", "Bank of England"
    org_complement_words: frozenset[str] = frozenset()  # "Committee [against Torture]"
    org_name_joiners: frozenset[str] = frozenset()  # "Organisation for the Prohibition of"
    facility_heads: frozenset[str] = frozenset()  # "Trade Center": an org's with "for" only
    place_name_heads: frozenset[str] = frozenset()  # "Tahrir Square": a place's name

    def given_name_title(self, title: str | None) -> bool:
        """Whether a title makes the single name after it a given name ("King Salman").

        >>> name_words("en").given_name_title("Crown Prince")
        True
        """
        return bool(title) and title.lower().split()[-1] in self.given_name_titles  # type: ignore[union-attr]

    def person_name(self, words: list[str]) -> bool:
        """Whether a name of two words or more can be a person's: not when its last word
        is a capitalised head of an organisation's, place's, team's, event's or
        programme's name ("Henry Jackson Society", "Penn State", "Manchester United",
        "Inside Story"), it holds a capitalised function word ("Without Borders") or a
        heading's dash, a colon or a digit ("Maha Azzam - Head", "Nadal 6-3"). A surname
        that is also a common noun ("Gordon Brown", "Theresa May") is a person's.

        >>> w = name_words("en")
        >>> w.person_name(["Gordon", "Brown"]), w.person_name(["Penn", "State"])
        (True, False)
        >>> w.person_name(["Without", "Borders"]), w.person_name(["Ali", "-", "Head"])
        (False, False)
        """
        if len(words) < 2:
            return True
        last = words[-1]
        if last[:1].isupper() and last.lower() in self.not_person_heads:
            return False
        for word in words:
            if word in ("-", "–", "—") or word.endswith(":") or any(c.isdigit() for c in word):
                return False
            if word[:1].isupper() and word.lower() in self.not_name_words:
                return False
        return True

    def place_name(self, words: list[str]) -> bool:
        """Whether a name of two words or more, every word capitalised, ends in the head of
        a place's name (``place_name_heads``): a place's whatever the model's label.

        >>> w = name_words("en")
        >>> w.place_name(["Tahrir", "Square"]), w.place_name(["Square"])
        (True, False)
        >>> w.place_name(["al-Qaeda", "in", "the", "Arabian", "Peninsula"])
        False
        """
        return (
            len(words) > 1
            and words[-1].lower() in self.place_name_heads
            and all(any(c.isupper() for c in w) for w in words)
        )

    def particle_tail(self, words: list[str]) -> str | None:
        """The key of a family name with its particles ("bin Laden" in "Osama bin Laden",
        "von der Leyen" in "Ursula von der Leyen"; "De Mistura" and "de Mistura" alike): of
        a full name (a given name before the particles) or of the short form itself (the
        particles and the last word alone); None when the words are no such name.

        >>> w = name_words("en")
        >>> w.particle_tail(["Osama", "bin", "Laden"]), w.particle_tail(["De", "Mistura"])
        ('tail:bin laden', 'tail:de mistura')
        >>> w.particle_tail(["Ursula", "von", "der", "Leyen"])
        'tail:von der leyen'
        >>> w.particle_tail(["Saad", "Hariri"]), w.particle_tail(["bin", "laden"])
        (None, None)
        """
        last = words[-1] if words else ""
        if not last[:1].isupper() or not last.replace("-", "").isalpha():
            return None
        cut = len(words) - 1
        while cut > 0 and words[cut - 1].lower() in self.name_particles:
            cut -= 1
        if cut == len(words) - 1:
            return None
        return "tail:" + " ".join(w.lower() for w in words[cut:])

    def surname_of(self, words: list[str]) -> str | None:
        """The word a full name is known by on its own, or None when its last word is the
        father's name ("Mohammed bin Salman").

        >>> w = name_words("en")
        >>> w.surname_of(["Mohammed", "bin", "Salman"]), w.surname_of(["Saad", "Hariri"])
        (None, 'Hariri')
        """
        if len(words) > 2 and words[-2] in self.patronymic_particles:
            return None
        return words[-1]


def party_plurals(names: Iterable[str], parties: Container[str]) -> dict[str, str]:
    """Plural -> party: the capitalised plural of the adjective of a party's name of two words
    ("Conservatives" of "Conservative Party", "Democrats" of "Democratic Party"), for the
    plurals written too; not when two parties share the plural.

    >>> party_plurals(["Conservative Party", "Conservatives", "Labour"], {"party"})
    {'Conservatives': 'Conservative Party'}
    >>> party_plurals(["the Democratic Party", "Democrats"], {"party"})
    {'Democrats': 'the Democratic Party'}
    >>> party_plurals(["Conservative party", "Conservative Party", "Conservatives"], {"party"})
    {'Conservatives': 'Conservative Party'}
    >>> party_plurals(["Peoples Democratic Party", "Democrats"], {"party"})
    {}
    """
    names = list(names)
    written = set(names)
    found: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if words[:1] in (["the"], ["The"]):
            words = words[1:]
        if len(words) != 2 or words[1].lower() not in parties or not words[0].isalpha():
            continue
        adjective = words[0]
        if not adjective[:1].isupper():
            continue
        stem = adjective[:-2] if adjective.endswith("ic") else adjective  # Democratic
        for plural in (f"{adjective}s", f"{stem}s"):
            if plural in written:
                found[plural].add(name)
    # "Conservative Party" and "Conservative party" are one party
    return {plural: min(v) for plural, v in found.items() if len({n.lower() for n in v}) == 1}


def region_forms(
    names: Iterable[tuple[str, str | None]], regions: frozenset[str], known: Callable[[str], bool]
) -> dict[str, str]:
    """Bare name -> the one area name of ``names`` it is with a region noun after it
    ("Anbar" -> "Anbar province", "Khaldiya" -> "Khaldiya district"), for the bare names
    written too; ``names`` are (text, cue) pairs, a cue "city" when the words around make
    the name a city ("the city of Aleppo"). Not when the article makes the bare name a city
    (a "city" cue, or "Aleppo city" written), nor for a ``known`` name (a country, a capital:
    "Georgia state" is not Georgia).

    >>> region_forms([("Anbar province", None), ("Anbar", "place")], frozenset({"province"}),
    ...              lambda n: False)
    {'Anbar': 'Anbar province'}
    >>> region_forms([("Aleppo province", None), ("Aleppo", None), ("Aleppo city", None)],
    ...              frozenset({"province"}), lambda n: False)
    {}
    """

    def head_of(text: str) -> str | None:
        words = text.split()
        if len(words) < 2 or words[-1] not in regions:  # lower case only: not "Islamic State"
            return None
        return " ".join(words[:-1])

    return _bare_forms(names, head_of, known, ("city", "City", "town"))


def island_plurals(names: Iterable[str], group_nouns: Container[str]) -> dict[str, str]:
    """Bare plural -> the island group's name of ``names`` it shortens, for the plurals
    written too: "the Spratlys" in an article on the Spratly Islands, "the Senkakus" beside
    "the Senkaku Islands" (a name, then a plural island noun of ``group_nouns``).

    >>> island_plurals(["Paracel Islands", "Paracels", "Vietnam"], {"islands"})
    {'Paracels': 'Paracel Islands'}
    >>> island_plurals(["Paracels", "Hainan"], {"islands"})
    {}
    """
    written = set(names)
    out = {}
    for name in sorted(written):
        words = name.split()
        if len(words) == 2 and words[1].lower() in group_nouns and words[0][:1].isupper():
            plural = f"{words[0]}s"
            if plural in written:
                out[plural] = name
    return out


def site_forms(
    names: Iterable[tuple[str, str | None]], sites: Container[str], known: Callable[[str], bool]
) -> dict[str, str]:
    """Bare name -> the one site name of ``names`` it is with a site noun after it, lower-case
    words between ("Zaatari" -> "Zaatari refugee camp", "Taksim" -> "Taksim Square"), for the
    bare names written too; not a name the article makes a city, nor a ``known`` one.

    >>> site_forms([("Azraq refugee camp", None), ("Azraq", "place")], {"camp"}, lambda n: False)
    {'Azraq': 'Azraq refugee camp'}
    >>> site_forms([("Bagram base", None), ("Bagram", "city")], {"base"}, lambda n: False)
    {}
    """

    def head_of(text: str) -> str | None:
        words = text.split()
        k = len(words)
        while k > 1 and (words[k - 1].islower() or words[k - 1].lower() in sites):
            k -= 1
        return " ".join(words[:k]) if any(w.lower() in sites for w in words[k:]) else None

    return _bare_forms(names, head_of, known, ())


def _bare_forms(
    names: Iterable[tuple[str, str | None]],
    head_of: Callable[[str], str | None],
    known: Callable[[str], bool],
    city_words: tuple[str, ...],
) -> dict[str, str]:
    """Bare name -> the one longer name of ``names`` whose ``head_of`` it is, for the bare
    names written too; not a name the article makes a city (a "city" cue, or the name with
    one of ``city_words`` after it written), nor a ``known`` one."""
    names = list(names)
    written = {text for text, _ in names}
    cities = {text for text, cue in names if cue == "city"}
    found: dict[str, set[str]] = defaultdict(set)
    for text, _ in names:
        head = head_of(text)
        if head is not None and head[:1].isupper() and head in written:
            found[head].add(text)
    return {
        head: next(iter(full))
        for head, full in found.items()
        if len(full) == 1
        and head not in cities
        and not any(f"{head} {w}" in written for w in city_words)
        and not known(head)
    }


@cache
def name_words(language: str) -> NameWords:
    """The name words of a language, read once."""
    path = resources.files("kg").joinpath(f"data/{language}/names.json")
    data = json.loads(path.read_text("utf-8"))
    return NameWords(
        frozenset(data["given_name_titles"]),
        frozenset(data["patronymic_particles"]),
        frozenset(data["kind_nouns"]),
        {word: group[0] for group in data["given_name_spellings"] for word in group},
        frozenset(data.get("kin_nouns", ())),
        frozenset(data.get("not_person_heads", ())),
        frozenset(data.get("not_name_words", ())),
        frozenset(data.get("region_nouns", ())),
        frozenset(data.get("org_complement_heads", ())),
        frozenset(data.get("name_connectors", ())),
        frozenset(data.get("family_nouns", ())),
        frozenset(data.get("person_nouns", ())),
        frozenset(data.get("town_nouns", ())),
        frozenset(data.get("party_nouns", ())),
        frozenset(data.get("name_particles", ())),
        frozenset(data.get("company_suffixes", ())),
        frozenset(data.get("office_heads", ())),
        frozenset(data.get("media_nouns", ())),
        frozenset(data.get("credit_words", ())),
        frozenset(data.get("article_words", ())),
        dict(data.get("same_heads", {})),
        frozenset(data.get("org_name_heads", ())),
        frozenset(data.get("org_complement_words", ())),
        frozenset(data.get("org_name_joiners", ())),
        frozenset(data.get("facility_heads", ())),
        frozenset(data.get("place_name_heads", ())),
    )
