"""A synthetic news corpus for measurement: articles with varied actors, places, dates and
constructions, generated from the gazetteer with a fixed seed, so anyone can regenerate it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from kg.lexicon import Lexicon, default_lexicon
from kg.vocab import EntityType, Predicate

_SENTENCES = [
    "{p1}, {t1} of {c1}, met {p2} in {city} on {weekday}.",
    "{p1} held talks with {p2} at {city}, {cc} {when}.",
    "{p1} had a phone call with {p2} {when}.",
    "{c1} threatened {c2} with new measures {when}.",
    "{c1} imposed sanctions on {c2} last month.",
    "{p1} said he would visit {c2} next month.",
    "{p1} and {p2} previously met in {city}, {cc}, in {year}.",
    "A meeting between {p1} and {p2} could take place in {city}.",
    "{p2} criticized {c1} for its decision.",
    "{c2} supported {c1} with new aid.",
    "Officials played down reports of talks between {p1} and {p2}.",
    "“We will continue to work with our partners on this issue,” {p1} said.",
    "Markets in {city} were calm as traders waited for news from {c1}.",
]
_FILLER = [
    "Analysts said the discussions were part of a wider diplomatic effort.",
    "The statement gave no further details about the schedule.",
    "Officials in both capitals declined to comment on the report.",
    "The issue has dominated regional politics for several months.",
]
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_WHEN = ("on Monday", "on Tuesday", "yesterday", "last week", "in March")


def write_corpus(out: Path, size: int, seed: int = 7, lexicon: Lexicon | None = None) -> int:
    """Write ``size`` articles (``NNNNN.txt`` with ``.meta.json``) into ``out``; returns the
    number of words written."""
    lx = lexicon or default_lexicon()
    rng = random.Random(seed)
    people = [e for e in lx.entries if e.type is EntityType.PERSON and e.roles]
    cities = [e for e in lx.entries if e.type is EntityType.CITY and e.country]
    countries = {e.iso: e for e in lx.entries if e.type is EntityType.COUNTRY and e.iso}
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    start = dt.date(2024, 1, 1)
    for n in range(size):
        published = start + dt.timedelta(days=rng.randrange(700))
        paragraphs = []
        for _ in range(rng.randint(5, 9)):
            p1, p2 = rng.sample(people, 2)
            city = rng.choice(cities)
            c1, c2 = rng.sample([c for c in countries.values() if c.demonyms], 2)
            role = next((r for r in p1.roles if r.predicate is Predicate.LEADER_OF), None)
            sentence = rng.choice(_SENTENCES).format(
                p1=p1.label,
                p2=p2.label,
                t1=(role.title if role else "an official"),
                c1=c1.label,
                c2=c2.label,
                city=city.label,
                cc=countries[city.country or ""].label if city.country in countries else "",
                weekday=rng.choice(_WEEKDAYS),
                when=rng.choice(_WHEN),
                year=rng.randint(2015, 2023),
            )
            paragraphs.append(" ".join([sentence, *rng.sample(_FILLER, 2)]))
        text = "\n".join(paragraphs) + "\n"
        words += len(text.split())
        (out / f"{n:05d}.txt").write_text(text, "utf-8")
        meta = {
            "published": published.isoformat(),
            "title": f"Synthetic article {n}",
            "source": "kg synthetic corpus",
        }
        (out / f"{n:05d}.meta.json").write_text(json.dumps(meta), "utf-8")
    return words
