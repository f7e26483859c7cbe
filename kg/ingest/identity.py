"""Article ids across runs: an id held by a store for another file is never reused, so
`kg add x/report.txt` and then `kg add y/report.txt` keep both articles.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kg.model import Article
from kg.vocab import short_hash


def source_of(article: Article) -> str:
    """The resolved path an article was read from ('' for raw texts)."""
    return str(Path(article.path).resolve()) if article.path else ""


def sources_of(articles: dict[str, Article]) -> dict[str, str]:
    """Article id -> resolved source path, for the articles read from files."""
    return {k: source_of(a) for k, a in articles.items() if a.path}


def assign_ids(
    articles: list[Article], held: dict[str, str], sources: dict[str, str]
) -> tuple[list[Article], list[tuple[str, str]]]:
    """Give each article an id that does not silently replace another file's article.

    ``held``: id -> content hash in the store; ``sources``: id -> the file it came from.
    An article keeps its id when the store does not hold it, holds the same content, or
    holds it from the same file (an edit); otherwise it gets ``ID_<hash of its path>``.
    Returns the articles and the (path, new id) pairs that were renamed.
    """
    out: list[Article] = []
    renamed: list[tuple[str, str]] = []
    for article in articles:
        where = source_of(article)
        same_file = sources.get(article.id) == where
        if article.id in held and held[article.id] != article.sha256 and not same_file:
            new_id = f"{article.id}_{short_hash(where or article.sha256, length=6)}"
            renamed.append((article.path, new_id))
            article = replace(article, id=new_id)
        out.append(article)
    return out, renamed
