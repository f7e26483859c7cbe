"""Text for the terminal: control characters that come from article text (escape sequences,
carriage returns, bidi overrides) are shown escaped, so output cannot repaint the screen;
error messages stay on one line.
"""

from __future__ import annotations

import re
import unicodedata

_KEEP = "\n\t"


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _unsafe(ch: str, keep: str) -> bool:
    return ch not in keep and unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def terminal_safe(text: str, one_line: bool = False) -> str:
    r"""``text`` with control and format characters escaped; ``one_line`` escapes line breaks
    and tabs too.

    >>> terminal_safe("Putin\x1b[2J met\u202eXi\n")
    'Putin\\x1b[2J met\\u202eXi\n'
    >>> terminal_safe("a\nb", one_line=True)
    'a\\x0ab'
    """
    keep = "" if one_line else _KEEP
    if not any(_unsafe(ch, keep) for ch in text):
        return text
    return "".join(_escape(ch) if _unsafe(ch, keep) else ch for ch in text)


_C1 = re.compile("[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """JSON text with C1 controls and bidi marks as ``\\uXXXX`` escapes: the same JSON value,
    harmless on a terminal (json.dumps already escapes C0 controls)."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
