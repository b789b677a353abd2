"""Safe file names from free text (team names)."""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 60
FALLBACK = "team"
# Names Windows refuses as file names, whatever the extension.
DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_words(text: str, *, separator: str, max_length: int) -> str:
    """``text`` as lowercase ASCII letters and digits, other runs as one ``separator``.

    Accents are transliterated (``Análise`` -> ``analise``); the result has no
    separator at either end, is at most ``max_length`` characters, and may be empty.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _NOT_ALNUM.sub(separator, ascii_text.lower()).strip(separator)
    return words[:max_length].rstrip(separator)


def slugify(text: str | None, *, fallback: str = FALLBACK) -> str:
    """A lowercase ASCII file-name stem: letters, digits and single hyphens.

    Accents are transliterated (``Análise`` -> ``analise``), everything else
    that is not a letter or a digit becomes a hyphen. The result never holds a
    path separator or ``..``, is never empty nor a reserved device name, and
    is at most :data:`MAX_LENGTH` characters long.
    """
    if text is None:
        return fallback
    slug = ascii_words(text, separator="-", max_length=MAX_LENGTH)
    if not slug:
        return fallback
    if slug in DEVICE_NAMES:
        return f"{slug}-{fallback}"
    return slug
