"""Terminal reports for `kg show`, `kg path` and `kg stats`: plain aligned tables."""

from __future__ import annotations

from collections import Counter, defaultdict

from kg.graph.core import KnowledgeGraph
from kg.model import Relation


def table(headers: list[str], rows: list[list[str]]) -> str:
    """An aligned text table."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def _other(kg: KnowledgeGraph, r: Relation, eid: str) -> str:
    if r.object is None:
        return f"“{r.value}”"
    other = r.object if r.subject == eid else r.subject
    return kg.entities[other].label


def profile(kg: KnowledgeGraph, name: str) -> str:
    """Type, aliases, identifiers, roles, interactions by predicate, and sources."""
    e = kg.entity(name)
    out = [f"{e.label} ({e.type.value})"]
    if e.aliases:
        out.append("aliases: " + ", ".join(e.aliases))
    if e.qid:
        out.append(f"wikidata: {e.qid}")
    if e.iso:
        out.append(f"iso 3166: {e.iso}")
    out.append(f"mentions: {e.mentions} in {len(e.articles)} article(s)")
    by_pred: dict[str, list[Relation]] = defaultdict(list)
    for r in kg.claims:
        if e.id in (r.subject, r.object):
            by_pred[r.predicate.value].append(r)
    for pred in sorted(by_pred):
        rows = []
        for r in by_pred[pred]:
            q = r.qualifiers
            direction = "" if r.predicate.symmetric or r.subject == e.id else "← "
            rows.append(
                [
                    direction + _other(kg, r, e.id)[:60],
                    q.status.value,
                    q.date or "",
                    q.place or "",
                    q.title or "",
                    r.evidence.article if r.evidence else "",
                ]
            )
        out.append("")
        out.append(f"{pred}:")
        out.append(table(["with", "status", "date", "place", "title", "source"], rows))
    return "\n".join(out)


def path_report(kg: KnowledgeGraph, source: str, target: str) -> str:
    """The shortest chain between two entities with each hop's evidence."""
    start = kg.entity(source)
    steps = kg.path(source, target)
    if not steps:
        return f"No path from {start.label} to {kg.entity(target).label}."
    lines = [start.label]
    for step in steps:
        r = step.relation
        lines.append(f"  -[{r.predicate.value}, {r.qualifiers.status.value}]- {step.entity.label}")
        if r.evidence:
            lines.append(f"      {r.evidence.article}: {r.evidence.sentence}")
    return "\n".join(lines)


def _event_shares(kg: KnowledgeGraph) -> str:
    """Claims per PLOVER event type and their share of the typed claims, most frequent first:
    the corpus profile the README reports, in one command."""
    events = Counter(r.qualifiers.event.value for r in kg.claims if r.qualifiers.event)
    total = sum(events.values())
    rows = [
        [name, str(n), f"{100 * n / total:.1f}%"]
        for name, n in sorted(events.items(), key=lambda item: (-item[1], item[0]))
    ]
    return table(["PLOVER type", "claims", "share"], rows)


def stats(kg: KnowledgeGraph, top: int = 10) -> str:
    """Counts by type, predicate and PLOVER event type, and the most connected actors."""
    types = Counter(e.type.value for e in kg.entities.values())
    preds = Counter(r.predicate.value for r in kg.claims)
    per_article = len(kg.claims) / len(kg.articles) if kg.articles else 0.0
    out = [
        f"articles: {len(kg.articles)}  entities: {len(kg.entities)}  relations: {len(kg.claims)}"
        f"  ({per_article:.2f} per article)",
        "",
    ]
    out.append(table(["type", "entities"], [[t, str(n)] for t, n in sorted(types.items())]))
    out.append("")
    out.append(table(["predicate", "relations"], [[p, str(n)] for p, n in sorted(preds.items())]))
    out.append("")
    out.append(_event_shares(kg))
    out.append("")
    out.append(
        table(
            ["actor", "type", "degree", "pagerank"],
            [
                [c.entity.label, c.entity.type.value, str(c.degree), f"{c.pagerank:.4f}"]
                for c in kg.central(top)
            ],
        )
    )
    return "\n".join(out)
