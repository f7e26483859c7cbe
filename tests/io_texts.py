"""The two short articles the input-format tests give kg in every format, and how their
claims are compared (without article ids and offsets, which differ by format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "io"

# exactly the text trafilatura keeps of the saved pages in tests/data/io/
TALKS = (
    "Macron and Scholz hold talks\n\n"
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday.\n\n"
    "Later, Scholz spoke with Ukrainian President Volodymyr Zelensky by phone.\n\n"
    "The two leaders discussed energy prices, the budget of the European Union and the war, "
    "officials said after the meeting in the chancellery.\n\n"
    "Analysts in both capitals expect further talks before the summer, although no date has "
    "been announced so far."
)
WASHINGTON = (
    "Modi in Washington\n\n"
    "Narendra Modi met Joe Biden in Washington.\n\n"
    "The visit had been planned for months, and both delegations described the atmosphere as "
    "constructive and friendly.\n\n"
    "Trade, technology and climate were on the agenda, according to a statement released by "
    "the two governments in the evening."
)
ARTICLES = {
    "talks": {"published": "2024-03-05", "title": "Macron and Scholz hold talks", "text": TALKS},
    "washington": {"published": "2024-03-06", "title": "Modi in Washington", "text": WASHINGTON},
}
# named only in menus, banners, related links and reader comments of the saved pages
JUNK_NAMES = (
    "Boris Johnson",
    "Angela Merkel",
    "Xi Jinping",
    "Shinzo Abe",
    "Recep Tayyip Erdogan",
    "Kim Jong Un",
    "Vladimir Putin",
    "Justin Trudeau",
    "Jair Bolsonaro",
)


def write_txt(folder: Path) -> list[Path]:
    """The articles as .txt files with their .meta.json sidecars."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, article in ARTICLES.items():
        path = folder / f"{name}.txt"
        path.write_text(article["text"], "utf-8")
        meta = {"published": article["published"], "title": article["title"]}
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), "utf-8")
        paths.append(path)
    return paths


def claims(graph: Any) -> set[tuple[Any, ...]]:
    """Every claim as labels, qualifiers and evidence sentence: what must not depend on the
    input format."""
    out = set()
    for r in graph.claims:
        q = r.qualifiers
        obj = graph.entities[r.object].label if r.object is not None else r.value
        out.add(
            (
                graph.entities[r.subject].label,
                r.predicate.value,
                obj,
                q.status.value,
                q.date,
                q.place,
                q.title,
                q.cameo,
                r.evidence.sentence if r.evidence else None,
                r.confidence,
            )
        )
    return out
