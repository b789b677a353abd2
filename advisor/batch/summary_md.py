"""The context of ``summary.md``: the portfolio a platform lead reads.

Pure. The two tables with a row per team are made here as Markdown, one line
per row (:func:`team_rows`, :func:`undecided_rows`): thousands of rows, too
many for a template loop; what many teams share in a row is made once per
distinct value (:func:`advisor.batch.summary.once_each`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import compress
from typing import Any

from advisor import markdown as md
from advisor.batch.summary import (
    CONFIDENCE_LEVELS,
    Columns,
    OpenQuestion,
    Outcome,
    RunInfo,
    columns_of,
    decisive_questions,
    failed_counts,
    first_reports,
    main_text,
    once_each,
    pattern_counts,
    pattern_names,
    shared_prerequisites,
)
from advisor.i18n import count as grouped
from advisor.i18n import long_date
from advisor.loader.batch_inputs import Failure
from advisor.pack import Pack
from advisor.report.packtexts import Fields
from advisor.report.texts import texts


def summary_context(
    pack: Pack, info: RunInfo, outcomes: Sequence[Outcome], failures: Sequence[Failure]
) -> dict[str, Any]:
    """The context of the ``summary.md`` template.

    Strings are raw, escaped by the template, but for the rows of the two
    tables with a row per team, ``team_rows`` and ``undecided_rows``: those
    are Markdown, made here (:func:`team_rows`, :func:`undecided_rows`),
    one line per row. ``undecided`` is the number of undecided teams. The
    tables' counts are text, grouped as the heading's (``5,447``; ``5.447``
    in pt-BR); the pie's are numbers, as Mermaid reads them.
    """
    lang = info.lang
    t = texts(lang)
    names = pattern_names(pack, lang)
    total = len(outcomes)
    questions = {q.id: q.text.get_lang(lang) for q in pack.questions}

    def share(count: int) -> str:
        return f"{round(100 * count / total)}%" if total else "—"

    try:
        date = long_date(info.date, lang)
    except (ValueError, IndexError):
        date = info.date
    c = columns_of(outcomes)
    counts = pattern_counts(pack, c.recommendation)
    cells = list(map(literal_cell, c.team))  # each team's name, for both tables
    undecided = undecided_rows(c, cells, names, lang)
    return {
        "t": t,
        "date": date,
        "pack": Fields(id=pack.id, version=pack.version, title=pack.manifest.title.get_lang(lang)),
        "assessed": total,
        "failed": len(failures),
        "failed_counts": t.and_list(failed_counts(failures, lang)),
        "counts": [
            Fields(name=names[pattern], teams=grouped(count, lang), share=share(count))
            for pattern, count in counts
        ],
        # Mermaid reads a pie label up to the next double quote.
        "pie": [
            Fields(label=md.one_line(names[pattern]).replace('"', "'"), teams=count)
            for pattern, count in counts
            if count
        ],
        "team_rows": "\n".join(team_rows(c, cells, names, lang)),
        "undecided": len(undecided),
        "undecided_rows": "\n".join(undecided),
        "decisive_questions": [
            Fields(id=question, text=questions.get(question, question), teams=grouped(count, lang))
            for question, count in decisive_questions(c.open_questions)
        ],
        "shared": [
            Fields(
                text=text,
                pattern=names[pattern],
                mitigation=mitigation,
                teams=grouped(count, lang),
                share=share(count),
            )
            for (pattern, text, mitigation), count in shared_prerequisites(c.prerequisites)
        ],
        "failures": [
            Fields(where=f.where, team=f.team or "", problem=f.problem_in(lang)) for f in failures
        ],
    }


def team_rows(
    c: Columns, cells: Sequence[str], names: dict[str | None, str], lang: str
) -> list[str]:
    """The table of teams of ``summary.md``: a Markdown row per team.

    ``| team | recommendation | confidence | main blocker or prerequisite |
    [report](report) |``; ``cells`` are the teams' names as table cells.
    The part from the recommendation to the main blocker is made once per
    distinct value.
    """
    t = texts(lang)
    confidence = {level: t(f"report.confidence.{level}") for level in CONFIDENCE_LEVELS}

    def verdict(key: tuple[str | None, str, tuple[str, str] | None]) -> str:
        recommendation, level, main = key
        text = main_text(main, lang)
        blocker = md.prose_cell(text) if text else "—"
        return (
            f"{md.prose_cell(names[recommendation])} | {confidence.get(level, level)} | {blocker}"
        )

    verdicts = once_each(verdict, zip(c.recommendation, c.confidence, c.main, strict=True))
    return [
        f"| {team} | {verdict} | [{report}]({report}) |"
        for team, verdict, report in zip(cells, verdicts, first_reports(c.reports), strict=True)
    ]


def undecided_rows(
    c: Columns, cells: Sequence[str], names: dict[str | None, str], lang: str
) -> list[str]:
    """The table of undecided teams of ``summary.md``: a Markdown row per team with open questions.

    ``| team | recommendation now | `question`: what its answers could lead
    to; ... |``; ``cells`` are the teams' names as table cells. The part after
    the team is made once per distinct value.
    """
    either = texts(lang)("summary.or")

    @functools.cache
    def lead(item: OpenQuestion) -> str:
        question, targets = item
        outcomes = either.join(names[target] for target in targets)
        return f"{md.code(question)}: {md.prose_cell(outcomes)}"

    def verdict(key: tuple[str | None, tuple[OpenQuestion, ...]]) -> str:
        recommendation, open_questions = key
        # "; " after each question but the last one (by its id).
        last = open_questions[-1][0]
        leads = "".join(lead(item) + ("; " if item[0] != last else "") for item in open_questions)
        return f"{md.prose_cell(names[recommendation])} | {leads}"

    undecided = c.open_questions  # a team is undecided when it has open questions
    keys = compress(zip(c.recommendation, c.open_questions, strict=True), undecided)
    return [
        f"| {team} | {verdict} |"
        for team, verdict in zip(compress(cells, undecided), once_each(verdict, keys), strict=True)
    ]


def literal_cell(text: str) -> str:
    """:func:`advisor.markdown.cell` of ``text``, at once for words of letters and digits.

    Such text (``Fraud Detection 2``: single spaces between, none around)
    has nothing to escape nor to put on one line: it is its own cell. Team
    names mostly are, and a batch has thousands.
    """
    if text.replace(" ", "").isalnum() and text.strip(" ") == text and "  " not in text:
        return text
    return md.cell(text)
