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
# Lowercase letters that do not decompose into an ASCII letter and marks
# (after NFKD, which takes the accents off: ё -> е, ά -> α): Latin letters
# of their own, then Greek (as ISO 843 writes it) and Cyrillic (Russian,
# Ukrainian and Serbian letters, as passports write them).
_LETTERS = str.maketrans(
    {
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
        "ı": "i", "ħ": "h",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o",
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "є": "ie",
        "і": "i", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    }
)  # fmt: skip


def ascii_words(text: str, *, separator: str, max_length: int) -> str:
    """``text`` as lowercase ASCII letters and digits, other runs as one ``separator``.

    Accents are taken off (``Análise`` -> ``analise``), and Latin letters of
    their own, Greek and Cyrillic transliterated (``Straße`` -> ``strasse``,
    ``Команда`` -> ``komanda``); other scripts have no letters here. The
    result has no separator at either end, is at most ``max_length``
    characters, and may be empty.
    """
    if text.isascii():
        ascii_text = text.lower()
    else:
        letters = unicodedata.normalize("NFKD", text.lower()).translate(_LETTERS)
        ascii_text = letters.encode("ascii", "ignore").decode("ascii")
    words = _NOT_ALNUM.sub(separator, ascii_text).strip(separator)
    return words[:max_length].rstrip(separator)


def slugify(text: str | None, *, fallback: str = FALLBACK) -> str:
    """A lowercase ASCII file-name stem: letters, digits and single hyphens.

    Accents are taken off and some scripts transliterated (:func:`ascii_words`),
    everything else that is not a letter or a digit becomes a hyphen. The result never holds a
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
