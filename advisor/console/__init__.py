"""Terminal output with rich: the short summary after an assessment."""

from __future__ import annotations

from string import Formatter
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from advisor.i18n import message
from advisor.markdown import one_line
from advisor.result import Result, Standing

CONFIDENCE_STYLE = {"high": "green", "medium": "yellow", "low": "red", "none": "red"}


def make_console(file: TextIO | None = None, *, width: int | None = None) -> Console:
    """A console on ``file`` (stdout by default); honours NO_COLOR and non-terminals."""
    return Console(file=file, width=width, highlight=False, soft_wrap=False)


def score_text(value: float, lang: str = "en") -> str:
    """A score as the tables show it: ``7``, ``-1.5`` (``-1,5`` in pt-BR)."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "pt-BR" else text


def confidence_text(confidence: str, lang: str = "en") -> str:
    """The confidence word (``high``, ``medium``, ``low``, ``none``) in ``lang``."""
    return message(lang, f"confidence.{confidence}")


def reasons_text(entry: Standing, lang: str = "en") -> str:
    """Why a pattern is ruled out: its constraints' reasons, on one line, joined by ``;``.

    Each reason is a sentence of the pack; the stop of each but the last is
    dropped, so that the joints read ``needs; Production`` rather than
    ``needs.; Production``.
    """
    reasons = [one_line(block.reason.get_lang(lang)) for block in entry.blocked_by]
    return "; ".join([reason.rstrip(" .") for reason in reasons[:-1]] + reasons[-1:])


def split(template: str, **fields: str | tuple[str, str]) -> Text:
    """A catalog text with its ``{fields}`` filled in, each field styled on its own.

    A field is a string, or a ``(text, style)`` pair.
    """
    pieces: list[str | tuple[str, str]] = []
    for literal, name, _spec, _conversion in Formatter().parse(template):
        if literal:
            pieces.append(literal)
        if name is not None:
            pieces.append(fields[name])
    return Text.assemble(*pieces)


def summary(console: Console, result: Result, report: str | None, *, lang: str = "en") -> None:
    """Print the recommendation, the score table and where the report went."""
    pack = result.pack
    # A name's control characters (an escape sequence) must not reach the terminal.
    team = one_line(result.team) if result.team else result.team
    if result.recommendation is None:
        if team:
            line = Text(message(lang, "summary.no_viable_team", team=team), style="bold red")
        else:
            line = Text(message(lang, "summary.no_viable"), style="bold red")
    else:
        name = pack.pattern(result.recommendation).name.get_lang(lang)
        style = CONFIDENCE_STYLE[result.confidence]
        key = "summary.recommendation_team" if team else "summary.recommendation"
        line = split(
            message(lang, key),
            team=team or "",
            pattern=(name, "bold"),
            confidence=(confidence_text(result.confidence, lang), style),
        )
    console.print(line)
    table = Table(show_edge=True, header_style="bold")
    table.add_column(message(lang, "table.pattern"))
    table.add_column(message(lang, "table.score"), justify="right")
    table.add_column(message(lang, "table.viable"))
    table.add_column(message(lang, "table.ruled_out_by"), overflow="fold")
    for entry in result.ranking:
        table.add_row(
            pack.pattern(entry.pattern).name.get_lang(lang),
            score_text(entry.score, lang),
            message(lang, "table.yes" if entry.viable else "table.no"),
            reasons_text(entry, lang) or "—",
        )
    console.print(table)
    decisive = [item.question for item in result.unknowns if item.decisive]
    if decisive:
        console.print(message(lang, "summary.open"))
        for question_id in decisive:
            question = pack.question(question_id)
            text = question.text.get_lang(lang) if question is not None else question_id
            console.print(Text.assemble("  • ", text))
    if report is not None:
        # On one line, however long: a path split in two cannot be copied.
        console.print(split(message(lang, "summary.report"), path=(report, "bold")), soft_wrap=True)
