"""What the commands share: their common options, the language, counts, report paths.

Imported when the command line builds its parser: it must stay light (no
pathlib, no pydantic); heavier modules are imported inside the functions.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from advisor.errors import UsageError
from advisor.slug import slugify
from advisor.text import LANGUAGES

if TYPE_CHECKING:
    from pathlib import Path

    from advisor.pack import Pack

REPORTS = "reports"
FORMATS = ("md", "json")


def iso_date(value: str) -> str:
    """An argparse type: a ``YYYY-MM-DD`` date."""
    from advisor.dates import iso_date as checked
    from advisor.i18n.cli import argument_error

    try:
        return checked(value)
    except ValueError:
        template = "'{value}' is not a date; write it as YYYY-MM-DD, for example 2026-01-31"
        raise argparse.ArgumentTypeError(argument_error(template, value=value)) from None


def not_blank(problem: str) -> Callable[[str], str]:
    """An argparse type for a path that must not be blank: an unset variable
    (``--out "$DIR"``) must not mean the current folder. ``problem`` is said,
    in the language being spoken, for a blank one."""

    def checked(value: str) -> str:
        if not value.strip():
            from advisor.i18n.cli import argument_error

            raise argparse.ArgumentTypeError(argument_error(problem))
        return value

    return checked


def add_common(parser: argparse.ArgumentParser, *, formats: tuple[str, ...] = FORMATS) -> None:
    """The options every report-writing command shares."""
    parser.add_argument(
        "--pack", metavar="PATH", help="a custom rule pack folder (default: the built-in pack)"
    )
    add_lang(parser, "the language of the reports, the questions and the messages")
    parser.add_argument(
        "--format",
        choices=formats,
        default=formats[0],
        help=f"report format (default: {formats[0]})",
    )
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the report's date (default: today); the same inputs and date give the same bytes",
    )


def language_tag(value: str) -> str:
    """An argparse type: a language tag in any case, ``_`` or ``-`` (``pt_br`` is ``pt-BR``).

    A tag advisor does not speak is left as given, for argparse's choices to refuse.
    """
    folded = value.strip().replace("_", "-").casefold()
    return next((lang for lang in LANGUAGES if lang.casefold() == folded), value)


def add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    """``--lang``: one of the languages advisor speaks; by default, the environment's."""
    parser.add_argument(
        "--lang",
        type=language_tag,
        choices=LANGUAGES,
        help=f"{what} (default: from LC_ALL, LC_MESSAGES or LANG, pt_BR.UTF-8 giving "
        "pt-BR; else en)",
    )


def choose_language(lang: str | None) -> tuple[str, bool]:
    """The language asked for with ``--lang``, else the environment's; and whether it was asked.

    The environment is read here, in the command, never in library code.
    """
    if lang is not None:
        return lang, True
    import os

    from advisor.i18n import detect_language

    return detect_language(os.environ), False


def pack_language(loaded: Pack, lang: str, *, given: bool = True) -> str:
    """The language to speak with ``loaded``: ``lang`` when the pack declares it.

    A language that only came from the environment falls back to the pack's
    first language (a Brazilian user must not be blocked by an English-only
    pack); one given with ``--lang`` is a usage error.

    Raises:
        UsageError: ``--lang`` names a language the pack does not declare.
    """
    languages = loaded.manifest.languages
    if lang in languages:
        return lang
    if not given:
        return str(languages[0])
    from advisor.i18n import says

    text, message = says(
        "error.lang_unavailable", lang=lang, pack=loaded.id, languages=", ".join(languages)
    )
    raise UsageError(text, says=message)


def counted(
    lang: str, key: str, count: int, *, suffix: str = "", counts: Sequence[str] = ()
) -> str:
    """``<key>_one`` or ``<key>_many`` (then ``suffix``) of the UI catalog, for ``count``.

    ``{count}`` is written in ``lang``; ``{counts}``, when the text has it, lists ``counts``.
    """
    from advisor.i18n import count as grouped
    from advisor.i18n import message

    plural = "one" if count == 1 else "many"
    fields = {"count": grouped(count, lang), "counts": ", ".join(counts)}
    return message(lang, f"{key}_{plural}{suffix}", **fields)


def default_report_path(team: str | None, answers: str, fmt: str) -> Path:
    """``reports/<team-slug>.<fmt>``; the answers file's name stands in for a missing team."""
    from pathlib import Path

    stem = slugify(team) if team else slugify(Path(answers).stem)
    return Path(REPORTS) / f"{stem}.{fmt}"


def load_checked_pack(pack: str | None, lang: str, *, given: bool = True) -> Pack:
    """Load the pack and check that it speaks ``lang`` (see :func:`pack_language`)."""
    from advisor.loader import load_pack

    loaded = load_pack(pack)
    pack_language(loaded, lang, given=given)
    return loaded
