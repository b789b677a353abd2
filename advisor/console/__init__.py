"""Terminal output with rich: the short summary after an assessment."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from advisor.result import Result

CONFIDENCE_STYLE = {"high": "green", "medium": "yellow", "low": "red", "none": "red"}


def make_console(file: TextIO | None = None, *, width: int | None = None) -> Console:
    """A console on ``file`` (stdout by default); honours NO_COLOR and non-terminals."""
    return Console(file=file, width=width, highlight=False, soft_wrap=False)


def _score(value: float) -> str:
    return f"{value:g}"


def summary(console: Console, result: Result, report: str | None, *, lang: str = "en") -> None:
    """Print the recommendation, the score table and where the report went."""
    pack = result.pack
    who = f" for {result.team}" if result.team else ""
    if result.recommendation is None:
        line = Text.assemble(("No viable pattern", "bold red"), who)
    else:
        name = pack.pattern(result.recommendation).name.get_lang(lang)
        style = CONFIDENCE_STYLE[result.confidence]
        line = Text.assemble(
            "Recommendation",
            who,
            ": ",
            (name, "bold"),
            " (confidence: ",
            (result.confidence, style),
            ")",
        )
    console.print(line)
    table = Table(show_edge=True, header_style="bold")
    table.add_column("Pattern")
    table.add_column("Score", justify="right")
    table.add_column("Viable")
    table.add_column("Ruled out by", overflow="fold")
    for entry in result.ranking:
        table.add_row(
            pack.pattern(entry.pattern).name.get_lang(lang),
            _score(entry.score),
            "yes" if entry.viable else "no",
            "; ".join(block.reason.get_lang(lang) for block in entry.blocked_by) or "—",
        )
    console.print(table)
    decisive = [item.question for item in result.unknowns if item.decisive]
    if decisive:
        console.print("Open questions that could change it:")
        for question_id in decisive:
            question = pack.question(question_id)
            text = question.text.get_lang(lang) if question is not None else question_id
            console.print(Text.assemble("  • ", text))
    if report is not None:
        console.print(Text.assemble("Report written to ", (report, "bold")))
