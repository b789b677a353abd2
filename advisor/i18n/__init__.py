"""Messages in the user's language, and how the language is chosen.

The pack's own texts are localised in the pack (:class:`advisor.text.LocalText`);
the texts of the program itself (the report's sentences, the questionnaire,
the terminal messages) live in catalogs here: :mod:`advisor.i18n.report` and
:mod:`advisor.i18n.ui`, one mapping of key -> text per language. A key missing
in a language falls back to English, so a partial catalog still reads whole.

Pure: :func:`detect_language` takes the environment as an argument.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from advisor.errors import Says
from advisor.text import DEFAULT_LANGUAGE, LANGUAGES, LocalText

Catalog = Mapping[str, Mapping[str, str]]


class Term(str):
    """A field value that is itself a catalog key: shown in the message's language."""

    __slots__ = ()


_MONTHS = {
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
    "pt-BR": [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho",
        "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
    ],
}  # fmt: skip
_AND = {"en": "and", "pt-BR": "e"}


def _catalogs() -> tuple[Catalog, ...]:
    from advisor.i18n.errors import ERRORS
    from advisor.i18n.report import REPORT
    from advisor.i18n.ui import UI

    return (REPORT, UI, ERRORS)


def message(lang: str, key: str, /, **fields: object) -> str:
    """The text of ``key`` in ``lang`` (English when it has no translation), filled in.

    Raises:
        KeyError: no catalog has ``key`` (a bug, not bad input).
    """
    for catalog in _catalogs():
        texts = catalog.get(lang) or {}
        english = catalog.get(DEFAULT_LANGUAGE) or {}
        if key in texts or key in english:
            template = texts.get(key, english.get(key, ""))
            if not fields:
                return template
            shown = {name: _shown(value, lang) for name, value in fields.items()}
            return template.format(**shown)
    raise KeyError(key)


def _shown(value: object, lang: str) -> object:
    """A field as ``lang`` shows it: a :class:`Term` or a :class:`LocalText` in ``lang``."""
    if isinstance(value, Term):
        return message(lang, value)
    if isinstance(value, LocalText):
        return value.get_lang(lang)
    return value


def says(key: str, /, **fields: object) -> tuple[str, Says]:
    """A catalog message for an error: its English text, and the message to translate later."""
    return message(DEFAULT_LANGUAGE, key, **fields), Says(key, dict(fields))


def detect_language(environ: Mapping[str, str]) -> str:
    """The language of the environment: ``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``.

    The first of them that is set decides (POSIX order); ``pt_BR.UTF-8`` (or
    ``pt_BR``, ``pt-BR``) gives ``pt-BR``; anything else gives English.
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:
            locale = value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").lower()
            return "pt-BR" if locale == "pt_br" else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def check_language(lang: str) -> str:
    """``lang`` if advisor speaks it.

    Raises:
        ValueError: naming the supported languages.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language '{lang}'; supported: {', '.join(LANGUAGES)}")
    return lang


def number(value: float, lang: str = DEFAULT_LANGUAGE, *, signed: bool = False) -> str:
    """A score as people write it: ``7``, ``1.5`` (``1,5`` in pt-BR), ``−2``, ``+2`` when signed."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if text in ("0", "-0"):
        return "0"
    if lang == "pt-BR":
        text = text.replace(".", ",")
    if text.startswith("-"):
        return "−" + text[1:]
    return "+" + text if signed else text


def count(value: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """A count with its thousands grouped: ``10,000`` (``10.000`` in pt-BR)."""
    return f"{value:,}".replace(",", "." if lang == "pt-BR" else ",")


def and_list(items: Sequence[str], lang: str = DEFAULT_LANGUAGE) -> str:
    """``a``, ``a and b``, ``a, b and c`` (``e`` in pt-BR)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_AND.get(lang, 'and')} " + items[-1]


def long_date(iso: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """``2026-11-26`` as ``26 November 2026`` or ``26 de novembro de 2026``."""
    year, month, day = (int(part) for part in iso.split("-"))
    name = _MONTHS.get(lang, _MONTHS[DEFAULT_LANGUAGE])[month - 1]
    if lang == "pt-BR":
        return f"{day} de {name} de {year}"
    return f"{day} {name} {year}"
