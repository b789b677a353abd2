"""What the questionnaire shows around its prompts: the live leader, help, the result panel.

Everything goes through a rich console, so ``NO_COLOR`` and non-terminals are
honoured, and fits an 80-column terminal: the leader line and the panel break
between words.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from advisor.console import CONFIDENCE_STYLE, confidence_text, reasons_text, score_text, split
from advisor.i18n import message
from advisor.markdown import one_line
from advisor.model import Question
from advisor.questionnaire import Progress
from advisor.result import Result


def _name(result: Result, pattern: str | None, lang: str) -> str:
    if pattern is None:
        return message(lang, "pattern.none")
    return result.pack.pattern(pattern).name.get_lang(lang)


def leader(result: Result, progress: Progress, *, lang: str = "en") -> Text:
    """The one-line status: progress, the leading pattern, the others.

    ``6/19 answered · Leading: Deploy code 5 · Hybrid 3 · ruled out: Deploy model``; the
    questions answered "I don't know" are counted apart, as the report leaves them out:
    ``4/19 answered, 2 "I don't know" · ...``.
    """
    key = "leader.answered_unknown" if progress.unknown else "leader.answered"
    line = Text(message(lang, key, **progress._asdict()), style="dim")
    if result.recommendation is None:
        line.append(message(lang, "summary.no_viable"), style="bold red")
    else:
        line.append(message(lang, "leader.leading"))
        line.append(_name(result, result.recommendation, lang), style="bold")
        line.append(f" {score_text(result.ranking[0].score, lang)}")
        if result.decided_by_tie:
            line.append(message(lang, "leader.tie"), style="dim")
    others = [
        f"{_name(result, entry.pattern, lang)} {score_text(entry.score, lang)}"
        for entry in result.ranking
        if entry.viable and entry.pattern != result.recommendation
    ]
    for other in others:
        line.append(f" · {other}")
    ruled_out = [_name(result, entry.pattern, lang) for entry in result.ranking if not entry.viable]
    if ruled_out:
        key = "leader.ruled_out_one" if len(ruled_out) == 1 else "leader.ruled_out_many"
        line.append(message(lang, key, names=", ".join(ruled_out)), style="dim")
    return line


def open_questions(result: Result, *, lang: str = "en") -> list[tuple[str, list[str]]]:
    """Each unanswered question that could change the decision, with the answers that would.

    Returns ``(question text, ['<pattern name> if "<answer label>"', ...])`` pairs.
    """
    pack = result.pack
    found = []
    for unknown in result.unknowns:
        if not unknown.decisive:
            continue
        question = pack.question(unknown.question)
        assert question is not None
        labels = {option.id: option.label.get_lang(lang) for option in question.options}
        changes = [
            message(
                lang, "panel.change", pattern=_name(result, outcome, lang), answer=labels[answer]
            )
            for answer, outcome in unknown.outcomes
            if outcome != unknown.current
        ]
        found.append((question.text.get_lang(lang), changes))
    return found


def _bullets(items: list[Text]) -> Table:
    """A bulleted list whose lines wrap under their text, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row("•", item)
    return grid


def result_panel(result: Result, *, lang: str = "en") -> Panel:
    """The recommendation, the scores, what is ruled out and why, the open questions."""
    parts: list[RenderableType] = []
    if result.recommendation is None:
        parts.append(Text(message(lang, "panel.no_viable"), style="bold red"))
    else:
        parts.append(
            split(
                message(lang, "panel.recommendation"),
                pattern=(_name(result, result.recommendation, lang), "bold"),
                confidence=(
                    confidence_text(result.confidence, lang),
                    CONFIDENCE_STYLE[result.confidence],
                ),
            )
        )
    parts.append(Text(""))
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, show_edge=False)
    table.add_column(message(lang, "table.pattern"))
    table.add_column(message(lang, "table.score"), justify="right")
    table.add_column(message(lang, "table.viable"))
    for entry in result.ranking:
        table.add_row(
            _name(result, entry.pattern, lang),
            score_text(entry.score, lang),
            message(lang, "table.yes")
            if entry.viable
            else Text(message(lang, "table.no"), style="red"),
        )
    parts.append(table)
    ruled_out = [entry for entry in result.ranking if not entry.viable]
    if ruled_out:
        parts.append(Text(""))
        parts.append(Text(message(lang, "panel.ruled_out"), style="bold"))
        items = []
        for entry in ruled_out:
            reasons = reasons_text(entry, lang)
            name = _name(result, entry.pattern, lang)
            items.append(Text.assemble((name, "bold"), f": {reasons}"))
        parts.append(_bullets(items))
    questions = open_questions(result, lang=lang)
    if result.unknowns and not questions:
        count = len(result.unknowns)
        parts.append(Text(""))
        parts.append(Text(message(lang, "panel.open_none", count=count), style="dim"))
    if questions:
        parts.append(Text(""))
        parts.append(Text(message(lang, "panel.open_title"), style="bold"))
        items = []
        for text, changes in questions:
            item = Text(one_line(text))
            for change in changes:
                item.append(f"\n→ {change}", style="dim")
            items.append(item)
        parts.append(_bullets(items))
    title = (
        message(lang, "panel.title")
        if result.team is None
        else message(lang, "panel.title_team", team=one_line(result.team))
    )
    return Panel(Group(*parts), title=title, title_align="left", box=box.ROUNDED)


class Screen:
    """The questionnaire's output around the prompts, on one console.

    Args:
        console: where to print (see :func:`advisor.console.make_console`).
        lang: the language of the pack's texts.
    """

    def __init__(self, console: Console, *, lang: str = "en") -> None:
        self.console = console
        self.lang = lang

    def keys(self) -> None:
        """Print, once, how to answer (the prompts' own hints are left out at 80 columns)."""
        self.console.print(Text(message(self.lang, "screen.keys"), style="dim"), soft_wrap=True)

    def status(self, result: Result, progress: Progress) -> None:
        """Print the live leader line (broken between words on a narrow terminal)."""
        self.console.print()
        self.console.print(leader(result, progress, lang=self.lang))

    def question_help(self, question: Question) -> None:
        """Print a question's help, dimmed and indented, above its prompt."""
        help_text = one_line(question.help.get_lang(self.lang))
        self.console.print(Text(help_text, style="dim italic"), style="dim")

    def note(self, text: str, *, style: str = "") -> None:
        """Print a line of text (not markup), left for the terminal to wrap (copy-paste safe)."""
        self.console.print(Text(text, style=style), soft_wrap=True)

    def result(self, result: Result) -> None:
        """Print the result panel."""
        self.console.print()
        self.console.print(result_panel(result, lang=self.lang))
