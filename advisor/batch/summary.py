"""What a batch's summaries say: the portfolio of assessed teams, and the failures.

Pure: outcomes and failures in, plain data and text out. The same inputs give
the same bytes, whatever the order the workers finished in.

* :func:`outcome_of` keeps what the summaries need of one team's result (it
  runs in the worker, next to the report);
* :func:`summary_document` is ``summary.json`` (as text:
  :func:`advisor.batch.jsontext.summary_json`);
* :func:`summary_csv` is ``summary.csv`` (one row per profile, failed ones
  too; its cells and lines: :mod:`advisor.batch.csvtext`);
* :func:`summary_context` is the context of the ``summary.md`` template.

What many teams share (a list of prerequisites, a main blocker, the open
questions) is made once per distinct value: a batch has thousands of teams
and a few dozen of these.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from advisor.batch.csvtext import CsvLines, plain, safe_cell
from advisor.i18n import long_date
from advisor.loader.batch_inputs import Entry, Failure
from advisor.markdown import one_line
from advisor.pack import Pack
from advisor.report.packtexts import Fields
from advisor.report.texts import texts
from advisor.result import Result

# What the English summaries call "no recommendation" (``summary.no_pattern``).
NO_PATTERN = "No viable pattern"
SHARED_LIMIT = 10


class Outcome(NamedTuple):
    """What the summaries say about one assessed team.

    A named tuple: a worker sends thousands back to the parent, and a tuple
    is the cheapest object to pickle and unpickle.

    Attributes:
        team: the team's name.
        where: where its profile came from (``teams.csv:4``).
        reports: the report files written for it, by format (``{"md": "x.md"}``).
        recommendation: the recommended pattern id, or ``None``.
        confidence: ``high``, ``medium``, ``low`` or ``none``.
        main: the main blocker (no viable pattern: the first conflicting
            constraint) or prerequisite (what the recommended pattern needs,
            the team's own first), as ``(kind, text)``; ``None`` when neither.
        open_questions: each unanswered question that could change the
            recommendation, with the recommendations its answers lead to.
        prerequisites: ``(pattern, text, mitigation)`` of the recommended pattern.
    """

    team: str
    where: str
    reports: dict[str, str]
    recommendation: str | None
    confidence: str
    main: tuple[Literal["blocker", "prerequisite"], str] | None
    open_questions: tuple[tuple[str, tuple[str | None, ...]], ...]
    prerequisites: tuple[tuple[str, str, str], ...]


def outcome_of(result: Result, *, where: str, reports: dict[str, str], lang: str) -> Outcome:
    """Keep what the summaries need of one team's result (texts in ``lang``)."""
    prerequisites = tuple(
        (item.pattern, item.text.get_lang(lang), item.mitigation.get_lang(lang))
        for item in result.prerequisites
    )
    main: tuple[Literal["blocker", "prerequisite"], str] | None = None
    if result.recommendation is None:
        if result.conflicts:
            main = ("blocker", result.conflicts[0].reason.get_lang(lang))
    else:
        # The team's own prerequisites (from the rules that fired) say more
        # than the ones every team of the pattern has.
        own = [item for item in result.prerequisites if item.rule is not None]
        needs = own or list(result.prerequisites)
        if needs:
            main = ("prerequisite", needs[0].text.get_lang(lang))
    return Outcome(
        team=result.team or "",
        where=where,
        reports=reports,
        recommendation=result.recommendation,
        confidence=result.confidence,
        main=main,
        open_questions=tuple(
            (item.question, item.possible_recommendations)
            for item in result.unknowns
            if item.decisive
        ),
        prerequisites=prerequisites,
    )


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a batch was run with, as the summaries state it."""

    date: str
    lang: str
    version: str


def _names(pack: Pack, lang: str) -> dict[str | None, str]:
    names: dict[str | None, str] = {p.id: p.name.get_lang(lang) for p in pack.patterns}
    names[None] = texts(lang)("summary.no_pattern")
    return names


def pattern_counts(pack: Pack, outcomes: Sequence[Outcome]) -> list[tuple[str | None, int]]:
    """Teams per recommendation: every pattern in pack order, then no viable pattern."""
    counts = Counter(outcome.recommendation for outcome in outcomes)
    return [(p.id, counts[p.id]) for p in pack.patterns] + [(None, counts[None])]


def shared_prerequisites(
    outcomes: Sequence[Outcome], *, limit: int = SHARED_LIMIT
) -> list[tuple[tuple[str, str, str], int]]:
    """The prerequisites most teams share, most shared first (ties: first seen first)."""
    # Counted once per distinct list of prerequisites: the lists are few, the
    # teams many, and the lists' first-seen order gives the items' one.
    counts: Counter[tuple[str, str, str]] = Counter()
    for needs, teams in Counter(outcome.prerequisites for outcome in outcomes).items():
        for item in dict.fromkeys(needs):
            counts[item] += teams
    return counts.most_common(limit)


def decisive_questions(outcomes: Sequence[Outcome]) -> list[tuple[str, int]]:
    """The open questions that could change the most teams' recommendations."""
    counts: Counter[str] = Counter()
    for questions, teams in Counter(outcome.open_questions for outcome in outcomes).items():
        for question, _ in questions:
            counts[question] += teams
    return counts.most_common()


def summary_document(
    pack: Pack, info: RunInfo, outcomes: Sequence[Outcome], failures: Sequence[Failure]
) -> dict[str, Any]:
    """``summary.json``: the portfolio, machine-readable.

    Teams with equal open questions or prerequisites share one list of
    them (built once; :func:`~advisor.batch.jsontext.summary_json` encodes
    it once): read the document, do not change it in place.
    """
    names = _names(pack, info.lang)

    @functools.cache
    def main(value: tuple[str, str] | None) -> dict[str, str] | None:
        return None if value is None else {"kind": value[0], "text": value[1]}

    @functools.cache
    def open_questions(value: tuple[tuple[str, tuple[str | None, ...]], ...]) -> list[Any]:
        return [
            {"question": question, "possible_recommendations": list(leads)}
            for question, leads in value
        ]

    @functools.cache
    def prerequisites(value: tuple[tuple[str, str, str], ...]) -> list[Any]:
        return [
            {"pattern": pattern, "text": text, "mitigation": mitigation}
            for pattern, text, mitigation in value
        ]

    return {
        "advisor_version": info.version,
        "date": info.date,
        "lang": info.lang,
        "pack": {"id": pack.id, "version": pack.version},
        "totals": {
            "profiles": len(outcomes) + len(failures),
            "assessed": len(outcomes),
            "failed": len(failures),
        },
        "recommendations": [
            {"pattern": pattern, "name": names[pattern], "teams": count}
            for pattern, count in pattern_counts(pack, outcomes)
        ],
        "teams": [
            {
                "team": o.team,
                "source": o.where,
                "reports": o.reports,
                "recommendation": o.recommendation,
                "confidence": o.confidence,
                "main": main(o.main),
                "open_questions": open_questions(o.open_questions),
                "prerequisites": prerequisites(o.prerequisites),
            }
            for o in outcomes
        ],
        "decisive_questions": [
            {"question": question, "teams": count}
            for question, count in decisive_questions(outcomes)
        ],
        "shared_prerequisites": [
            {"pattern": pattern, "text": text, "mitigation": mitigation, "teams": count}
            for (pattern, text, mitigation), count in shared_prerequisites(outcomes)
        ],
        "failed": [
            {
                "source": f.where,
                "file": f.file,
                "line": f.line,
                "item": f.item,
                "team": f.team,
                "problem": f.problem_in(info.lang),
            }
            for f in failures
        ],
    }


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


def _main_text(main: tuple[str, str] | None, lang: str) -> str:
    """``Prerequisite: <text>`` (``Pré-requisito: <text>``), or nothing."""
    if main is None:
        return ""
    kind, text = main
    return texts(lang)(f"summary.main.{kind}", text=text)


def summary_csv(
    pack: Pack, info: RunInfo, entries: Sequence[Entry], outcomes: Sequence[Outcome]
) -> str:
    """``summary.csv``: one row per profile in input order, failed ones included.

    ``entries`` are the batch's entries in input order; ``outcomes`` are the
    assessed ones among them, in the same order.
    """
    names = _names(pack, info.lang)
    writer = CsvLines()

    @functools.cache
    def verdict(
        recommendation: str | None,
        confidence: str,
        main: tuple[str, str] | None,
        open_questions: tuple[tuple[str, tuple[str | None, ...]], ...],
    ) -> tuple[list[str], str]:
        # The cells from "assessed" to the open questions: many teams share
        # them, so they are made and written once.
        cells = [
            "assessed",
            recommendation or "none",
            names[recommendation],
            confidence,
            _main_text(main, info.lang),
            "; ".join(question for question, _ in open_questions),
        ]
        return cells, writer.cells(cells)

    lines = [writer.line(CSV_COLUMNS)]
    assessed = iter(outcomes)
    for entry in entries:
        if isinstance(entry, Failure):
            problem = entry.problem_in(info.lang)
            row = [entry.team or "", "failed", "", "", "", "", "", "", entry.where, problem]
            lines.append(writer.line(row))
            continue
        o = next(assessed)
        report = next(iter(o.reports.values()), "")
        cells, written = verdict(o.recommendation, o.confidence, o.main, o.open_questions)
        team, file, where = safe_cell(o.team), safe_cell(report), safe_cell(o.where)
        if plain(team, file, where):  # the line as csv would write it
            lines.append(f"{team},{written},{file},{where},\r\n")
        else:
            lines.append(writer.line([o.team, *cells, report, o.where, ""]))
    return "".join(lines)


def summary_context(
    pack: Pack, info: RunInfo, outcomes: Sequence[Outcome], failures: Sequence[Failure]
) -> dict[str, Any]:
    """The context of the ``summary.md`` template: raw strings, escaped by the template.

    A row of the two tables with a row per team is a tuple, that the template
    unpacks: ``teams`` holds ``(team, recommendation, confidence, main,
    report)`` and ``undecided`` ``(team, recommendation, questions)``, with
    ``questions`` a tuple of ``(question id, what its answers could lead to)``.
    """
    lang = info.lang
    t = texts(lang)
    names = _names(pack, lang)
    total = len(outcomes)
    confidence = {
        level: t(f"report.confidence.{level}") for level in ("high", "medium", "low", "none")
    }
    questions = {q.id: q.text.get_lang(lang) for q in pack.questions}
    counts = pattern_counts(pack, outcomes)

    def share(count: int) -> str:
        return f"{round(100 * count / total)}%" if total else "—"

    # What many teams share is made once.
    main_text = functools.cache(functools.partial(_main_text, lang=lang))

    @functools.cache
    def asked(
        open_questions: tuple[tuple[str, tuple[str | None, ...]], ...],
    ) -> tuple[tuple[str, str], ...]:
        either = t("summary.or")
        return tuple(
            (question, either.join(names[target] for target in targets))
            for question, targets in open_questions
        )

    try:
        date = long_date(info.date, lang)
    except (ValueError, IndexError):
        date = info.date
    return {
        "t": t,
        "date": date,
        "pack": Fields(id=pack.id, version=pack.version, title=pack.manifest.title.get_lang(lang)),
        "assessed": total,
        "failed": len(failures),
        "counts": [
            Fields(name=names[pattern], teams=count, share=share(count))
            for pattern, count in counts
        ],
        # Mermaid reads a pie label up to the next double quote.
        "pie": [
            Fields(label=one_line(names[pattern]).replace('"', "'"), teams=count)
            for pattern, count in counts
            if count
        ],
        "teams": [
            (
                o.team,
                names[o.recommendation],
                confidence.get(o.confidence, o.confidence),
                main_text(o.main),
                next(iter(o.reports.values()), ""),
            )
            for o in outcomes
        ],
        "undecided": [
            (o.team, names[o.recommendation], asked(o.open_questions))
            for o in outcomes
            if o.open_questions
        ],
        "decisive_questions": [
            Fields(id=question, text=questions.get(question, question), teams=count)
            for question, count in decisive_questions(outcomes)
        ],
        "shared": [
            Fields(
                text=text,
                pattern=names[pattern],
                mitigation=mitigation,
                teams=count,
                share=share(count),
            )
            for (pattern, text, mitigation), count in shared_prerequisites(outcomes)
        ],
        "failures": [
            Fields(where=f.where, team=f.team or "", problem=f.problem_in(lang)) for f in failures
        ],
    }
