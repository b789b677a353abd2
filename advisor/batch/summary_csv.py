"""``summary.csv``: one row per profile, for spreadsheets.

Pure. Failed profiles have their row too, in input order; the cells and
lines are written by :mod:`advisor.batch.csvtext`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from advisor.batch.csvtext import CsvLines
from advisor.batch.summary import (
    OpenQuestion,
    Outcome,
    RunInfo,
    columns_of,
    first_reports,
    main_text,
    once_each,
    pattern_names,
)
from advisor.loader.batch_inputs import Entry, Failure
from advisor.pack import Pack

CSV_COLUMNS = (
    "team",
    "status",
    "recommendation",
    "pattern",
    "confidence",
    "main_blocker_or_prerequisite",
    "open_questions",
    "report",
    "source",
    "problem",
)


def summary_csv(
    pack: Pack, info: RunInfo, entries: Sequence[Entry], outcomes: Sequence[Outcome]
) -> str:
    """``summary.csv``: one row per profile in input order, failed ones included.

    ``entries`` are the batch's entries in input order; ``outcomes`` are the
    assessed ones among them, in the same order.
    """
    names = pattern_names(pack, info.lang)
    writer = CsvLines()
    c = columns_of(outcomes)
    cell = functools.cache(writer.cell)  # a name, a level, a main blocker: few distinct

    def verdict(
        key: tuple[str | None, str, tuple[str, str] | None, tuple[OpenQuestion, ...]],
    ) -> str:
        # The cells from "assessed" to the open questions: many teams share them.
        recommendation, confidence, main, open_questions = key
        cells = [
            "assessed",
            recommendation or "none",
            names[recommendation],
            confidence,
            main_text(main, info.lang),
            "; ".join(question for question, _ in open_questions),
        ]
        return ",".join(map(cell, cells))

    verdicts = once_each(
        verdict, zip(c.recommendation, c.confidence, c.main, c.open_questions, strict=True)
    )
    lines = [writer.line(CSV_COLUMNS)]
    lines += [
        f"{team},{verdict},{report},{where},\r\n"
        for team, verdict, report, where in zip(
            writer.texts(c.team),
            verdicts,
            writer.texts(first_reports(c.reports)),
            writer.texts(c.where),
            strict=True,
        )
    ]
    # The failed profiles' lines go in at their places (after the header),
    # first to last: the lines before each are then in place.
    failed = [(index, entry) for index, entry in enumerate(entries) if isinstance(entry, Failure)]
    for index, entry in failed:
        problem = entry.problem_in(info.lang)
        row = [entry.team or "", "failed", "", "", "", "", "", "", entry.where, problem]
        lines.insert(1 + index, writer.line(row))
    return "".join(lines)
