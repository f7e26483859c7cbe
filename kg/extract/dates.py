"""Date resolution: turn a date expression into the most precise ISO 8601 value the text
supports, relative to the article's published date. None rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)}


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    # "Dec", "Sept": an abbreviation, not any word it begins ("decades", "mayor", "novel")
    if word == "sept":
        return 9
    return _MONTH_ABBR.get(word)


@functools.lru_cache(maxsize=4096)  # a pure function of strings, asked again per claim
def resolve_date(expression: str, published: str | None, future: bool = False) -> str | None:
    """Resolve a date expression against the published date (``YYYY-MM-DD``).

    ``future`` says the claim is planned, so a bare weekday means the next one.

    >>> resolve_date("on Wednesday", "2025-08-08")
    '2025-08-06'
    >>> resolve_date("on Friday", "2025-08-08"), resolve_date("last Friday", "2025-08-08")
    ('2025-08-08', '2025-08-01')
    >>> resolve_date("yesterday", "2025-08-08")
    '2025-08-07'
    >>> resolve_date("in 2019", "2025-08-08")
    '2019'
    >>> resolve_date("last month", "2025-08-08")
    '2025-07'
    >>> resolve_date("in September", "2015-05-10"), resolve_date("in September", "2015-05-10", True)
    ('2014-09', '2015-09')
    >>> resolve_date("March 3, 2024", None)
    '2024-03-03'
    >>> resolve_date("next week", "2025-08-08") is None
    True
    """
    text = _bare(expression)
    pub = dt.date.fromisoformat(published) if published else None
    if re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return text
    start = _span_start(text)
    if start is not None:  # "May 6 and May 7", "6-7 May", "Monday and Tuesday": the first day
        return resolve_date(start, published, future)
    # a form that names its year or month and does not resolve ("31 February") is None: no
    # relative form below reads a text that starts with a day number or ends in one
    named = _named_date(text, pub, future, modal=expression.strip() == "may")
    if named is not None or pub is None:
        return named
    return _relative_date(text, pub, future)


def _bare(expression: str) -> str:
    """The expression lower-cased, without the prepositions, "early"/"late" and the part of
    the day around the date.

    >>> _bare("in late April"), _bare("earlier on Thursday"), _bare("a day last week")
    ('april', 'thursday', 'last week')
    """
    text = expression.lower().replace("’s", "").replace("'s", "").strip()
    before = None
    while before != text:  # "earlier on Thursday", "in late April", "mid-June"
        before = text
        text = re.sub(r"^(on|in|at|since|by|during|from|of)\s+", "", text)
        text = re.sub(r"^(earlier|later|early|late|mid)(-|\s+)", "", text)
    # "Monday night", "last Thursday morning": the part of the day does not change the day
    text = re.sub(
        r"^(.*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+"
        r"(?:night|morning|afternoon|evening)$",
        r"\1",
        text,
    )
    return re.sub(r"^(?:a|one|some)\s+(?:day|night)\s+(?=last|this)", "", text)  # "a day last week"


def _named_date(text: str, pub: dt.date | None, future: bool, modal: bool) -> str | None:
    """A year, a day of a named month, or a named month ("2019", "6 August 2025",
    "August 6", "September last year", "August"); ``modal`` is a bare "may", the verb.

    >>> _named_date("6 august", dt.date(2025, 8, 8), False, False)
    '2025-08-06'
    >>> _named_date("may", dt.date(2025, 8, 8), False, True) is None
    True
    """
    match = re.fullmatch(r"(?:the\s+)?(\d{4})s?", text)
    if match and not text.endswith("s"):
        return match.group(1)
    # "6 August 2025", "August 6, 2025", "August 6", "August 2025", "August"
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z.]+),?(?:\s+(\d{4}))?", text)
    if match and _month(match.group(2)):
        return _ymd(match.group(3), _month(match.group(2)), int(match.group(1)), pub)
    match = re.fullmatch(r"([a-z.]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", text)
    if match and _month(match.group(1)):
        return _ymd(match.group(3), _month(match.group(1)), int(match.group(2)), pub)
    relative = _relative_month(text, pub)
    if relative is not None:
        return relative
    match = re.fullmatch(r"([a-z.]+)(?:,?\s+(\d{4}))?", text)
    if match and _month(match.group(1)) and not modal:
        month = _month(match.group(1))
        assert month is not None
        if match.group(2):
            return f"{match.group(2)}-{month:02d}"
        if pub:  # a bare month: the last one, or the next one of a planned event
            if future:
                year = pub.year if month >= pub.month else pub.year + 1
            else:
                year = pub.year if month <= pub.month else pub.year - 1
            return f"{year}-{month:02d}"
    return None


def _relative_date(text: str, pub: dt.date, future: bool) -> str | None:
    """A day, week, month or year counted from the published date ("yesterday",
    "two weeks ago", "last month", "next year", "on Monday").

    >>> _relative_date("tomorrow", dt.date(2025, 8, 8), False)
    '2025-08-09'
    """
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return pub.isoformat()
    if text in ("yesterday", "last night"):
        return (pub - dt.timedelta(days=1)).isoformat()
    if text == "tomorrow":
        return (pub + dt.timedelta(days=1)).isoformat()
    ago = _ago(text, pub)
    if ago is not None:
        return ago
    if text in ("last week", "last month", "this month", "next month"):
        return _relative_week_or_month(text, pub)
    if text == "last year":
        return str(pub.year - 1)
    if text == "this year":
        return str(pub.year)
    if text == "next year":
        return str(pub.year + 1)
    return _weekday(text, pub, future)


def _relative_week_or_month(text: str, pub: dt.date) -> str | None:
    """ "last week" (its month, or its year when it spans two months), "last month",
    "this month", "next month".

    >>> _relative_week_or_month("last week", dt.date(2025, 8, 15))
    '2025-08'
    >>> _relative_week_or_month("last week", dt.date(2025, 8, 8))  # July 28 to August 3
    '2025'
    """
    if text == "last week":
        # the month (or, for a week across two months, the year) of last Monday..Sunday
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        if monday.month == sunday.month:
            return f"{monday.year}-{monday.month:02d}"
        return str(monday.year) if monday.year == sunday.year else None
    if text == "last month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year}-{first.month:02d}"
    if text == "this month":
        return f"{pub.year}-{pub.month:02d}"
    nxt = (pub.replace(day=28) + dt.timedelta(days=4)).replace(day=1)  # "next month"
    return f"{nxt.year}-{nxt.month:02d}"


def _weekday(text: str, pub: dt.date, future: bool) -> str | None:
    """ "Monday", "last Monday", "next Monday": the day, the past one unless ``future``.

    >>> friday = dt.date(2025, 8, 8)
    >>> _weekday("monday", friday, False), _weekday("monday", friday, True)
    ('2025-08-04', '2025-08-11')
    """
    match = re.fullmatch(r"(last |this |next )?([a-z]+)", text)
    if not (match and match.group(2) in _WEEKDAYS):
        return None
    target = _WEEKDAYS.index(match.group(2))
    modifier = (match.group(1) or "").strip()
    # "on Monday" in an article of a Monday is that day; "last"/"next Monday" is not
    if future or modifier == "next":
        delta = (target - pub.weekday()) % 7 or (7 if modifier else 0)
        return (pub + dt.timedelta(days=delta)).isoformat()
    delta = (pub.weekday() - target) % 7 or (7 if modifier else 0)
    return (pub - dt.timedelta(days=delta)).isoformat()


def _relative_month(text: str, pub: dt.date | None) -> str | None:
    """ "September last year", "March of this year", "last November", "next June".

    >>> _relative_month("september last year", dt.date(2015, 5, 10))
    '2014-09'
    >>> _relative_month("last november", dt.date(2015, 5, 10))
    '2014-11'
    >>> _relative_month("last april", dt.date(2015, 5, 10))
    '2015-04'
    """
    if pub is None:
        return None
    match = re.fullmatch(r"([a-z.]+)\s+(?:of\s+)?(last|this|next)\s+year", text)
    if match:
        month = _month(match.group(1))
        shift = {"last": -1, "this": 0, "next": 1}[match.group(2)]
        return f"{pub.year + shift}-{month:02d}" if month else None
    match = re.fullmatch(r"(last|next)\s+([a-z.]+)", text)
    month = _month(match.group(2)) if match else None
    if match is None or month is None:
        return None
    if match.group(1) == "last":
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month > pub.month else pub.year + 1
    return f"{year}-{month:02d}"


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 0, "few": 0}


# what opens a span of days: "6", "May 6", "Monday", "May"
_DAY_WORDS = (
    r"\d{1,2}(?:st|nd|rd|th)?|(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)


def _span_start(text: str) -> str | None:
    """The first of two dates joined by "and", "to" or a dash ("may 6 and may 7" -> "may 6",
    "6 and 7 may 2015" -> "6 may 2015", "may 6-7" -> "may 6"), else None.

    >>> _span_start("6 and 7 may"), _span_start("monday to wednesday"), _span_start("may 6")
    ('6 may', 'monday', None)
    """
    match = re.fullmatch(r"(.+?)\s*(?:\band\b|\bto\b|-|\u2013|\u2014)\s*(.+)", text)
    if match is None or re.fullmatch(r"\d{4}", match.group(1)):
        return None  # "2014-15" is a period of years: no one day starts it here
    first, second = match.group(1), match.group(2)
    if not re.fullmatch(_DAY_WORDS, first):
        return None  # "decade-long", "co-op": no date on either side
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", first):
        # "6 and 7 May": the month (and year) come after the second day
        month = re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?\s+([a-z.]+(?:,?\s+\d{4})?)", second)
        return f"{first} {month.group(1)}" if month and _month(month.group(1).split()[0]) else None
    year = re.search(r",?\s+(\d{4})$", second)
    if year and re.fullmatch(r"[a-z.]+\s+\d{1,2}(?:st|nd|rd|th)?", first):
        return f"{first}, {year.group(1)}"  # "May 6 and 7, 2015"
    return first


def _ago(text: str, pub: dt.date) -> str | None:
    """ "10 days ago" is that day; "two weeks ago" and "three months ago" their month (a week
    is as precise as the text allows only to the month); "five years ago" the year. A vague
    count ("a few days ago") gives nothing."""
    match = re.fullmatch(r"(\d+|[a-z]+)\s+(day|week|month|year)s?\s+ago", text)
    if match is None:
        return None
    word, unit = match.groups()
    count = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
    if count <= 0:
        return None
    if unit == "day":
        return (pub - dt.timedelta(days=count)).isoformat()
    if unit == "week":
        then = pub - dt.timedelta(days=7 * count)
        return f"{then.year}-{then.month:02d}"
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - count
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(pub.year - count)


_DATE_WORD = re.compile(
    r"\d{4}|\b(?:" + "|".join(_WEEKDAYS + _MONTHS) + r"|today|tonight|yesterday|tomorrow|"
    r"week|month|year|ago)\b",
    re.IGNORECASE,
)


def is_date_phrase(expression: str) -> bool:
    """The phrase names a time (a year, month, weekday or a relative day), not only a length
    ("a two-decade-long row").

    >>> is_date_phrase("late-2014"), is_date_phrase("a two-decade-long row")
    (True, False)
    """
    return _DATE_WORD.search(expression) is not None


def _ymd(year: str | None, month: int | None, day: int, pub: dt.date | None) -> str | None:
    if month is None:
        return None
    if year is None:
        if pub is None:
            return None
        y = pub.year if month <= pub.month else pub.year - 1
    else:
        y = int(year)
    try:
        return dt.date(y, month, day).isoformat()
    except ValueError:
        return None
