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


def slugify(text: str | None, *, fallback: str = FALLBACK) -> str:
    """A lowercase ASCII file-name stem: letters, digits and single hyphens.

    Accents are transliterated (``Análise`` -> ``analise``), everything else
    that is not a letter or a digit becomes a hyphen. The result never holds a
    path separator or ``..``, is never empty nor a reserved device name, and
    is at most :data:`MAX_LENGTH` characters long.
    """
    if text is None:
        return fallback
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    if not slug:
        return fallback
    if slug in DEVICE_NAMES:
        return f"{slug}-{fallback}"
    return slug
