"""Corpora of many articles in one file: JSON Lines and CSV, one article a row, streamed row
by row (never loaded whole). A bad row is reported by file and line; the others are read.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ingest.articles import MAX_BYTES, make_article, parse_date
from kg.model import Article

OnError = Callable[[InputError], None]


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column (CSV) or key (JSON Lines) holds each field of an article."""

    text: str = "text"
    published: str = "published"
    title: str = "title"
    url: str = "url"
    id: str = "id"


_FIX_COLUMN = "Name the column with --text-column (and --published-column, --id-column, …)."


def safe_id(value: str) -> str:
    """An article id from a corpus's own id, made safe for IRIs.

    >>> safe_id("reuters/2024 03 05#7")
    'reuters_2024_03_05_7'
    """
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", value).strip("_")


def row_article(
    row: Mapping[str, Any],
    columns: Columns,
    where: str,
    default_id: str,
    published: str | None = None,
) -> Article:
    """One row as an Article; raises InputError naming ``where`` (file:line) when unusable."""
    text = row.get(columns.text)
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, f"has no text in {columns.text!r}", _FIX_COLUMN)
    date = published
    raw_date = row.get(columns.published)
    if date is None and raw_date not in (None, ""):
        date = parse_date(str(raw_date), f"{where} ({columns.published!r})")
    own_id = row.get(columns.id)
    article_id = safe_id(str(own_id)) if own_id not in (None, "") else ""
    article = make_article(
        text,
        article_id or default_id,
        published=date,
        title=_text(row.get(columns.title)),
        url=_text(row.get(columns.url)),
    )
    return replace(article, path=where)


def _text(value: Any) -> str | None:
    return (str(value).strip() or None) if value not in (None, "") else None


def read_jsonl(
    path: Path,
    published: str | None = None,
    columns: Columns | None = None,
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """Articles from a JSON Lines file, one JSON object a line, streamed.

    Blank lines are skipped; a line that is not a JSON object, or has no text, is reported
    through ``on_error`` (raised when None) and the next line is read.
    """
    columns = columns or Columns()
    report = on_error or _raise
    with _open_binary(path) as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            try:
                try:
                    row = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    raise InputError(where, "is not UTF-8", "Save the file as UTF-8.") from exc
                except json.JSONDecodeError as exc:
                    raise InputError(
                        where, f"is not valid JSON ({exc.msg})", "Write one JSON object a line."
                    ) from exc
                if not isinstance(row, dict):
                    raise InputError(where, "is not a JSON object", "Write one object a line.")
                yield row_article(row, columns, where, f"{_stem(path)}-{number}", published)
            except InputError as err:
                report(err)


def read_csv(
    path: Path,
    published: str | None = None,
    columns: Columns | None = None,
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """Articles from a CSV file with a header row, streamed; a bad row is reported through
    ``on_error`` (raised when None) by the line it starts on, and the next row is read."""
    columns = columns or Columns()
    report = on_error or _raise
    # an article can be longer than csv's default field limit of 128 KiB
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(
            str(path), f"cannot be read ({exc.strerror})", "Check its permissions."
        ) from exc
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"has no readable header ({exc})", _FIX_CSV) from exc
        if columns.text not in header:
            raise InputError(
                str(path),
                f"has no column {columns.text!r} (columns: {', '.join(header) or 'none'})",
                _FIX_COLUMN,
            )
        number = 0
        while True:
            start = reader.line_num + 1  # a quoted field can span lines: name the first
            try:
                row = next(reader)
            except StopIteration:
                break
            except UnicodeDecodeError:
                # the decoder's position is lost: nothing after this point can be trusted
                report(
                    InputError(
                        f"{path}:{start}",
                        "is not UTF-8; the rest of the file is not read",
                        "Save the file as UTF-8.",
                    )
                )
                break
            except csv.Error as exc:
                report(InputError(f"{path}:{start}", f"is not CSV ({exc})", _FIX_CSV))
                continue
            number += 1
            try:
                yield row_article(
                    row, columns, f"{path}:{start}", f"{_stem(path)}-{number}", published
                )
            except InputError as err:
                report(err)


_FIX_CSV = "Save it as comma-separated values with a header row (RFC 4180 quoting)."


def _stem(path: Path) -> str:
    return safe_id(path.stem) or "row"


def _open_binary(path: Path) -> Any:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(
            str(path), f"cannot be read ({exc.strerror})", "Check its permissions."
        ) from exc


def _raise(err: InputError) -> None:
    raise err
