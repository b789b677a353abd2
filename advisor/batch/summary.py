"""What a batch's summaries say: the portfolio of assessed teams, and the failures.

Pure: outcomes and failures in, plain data and text out. The same inputs give
the same bytes, whatever the order the workers finished in.

* :func:`outcome_of` keeps what the summaries need of one team's result (it
  runs in the worker, next to the report);
* :func:`summary_document` is ``summary.json`` (as text: :func:`summary_json`);
* :func:`summary_csv` is ``summary.csv`` (one row per profile, failed ones too);
* :func:`summary_context` is the context of the ``summary.md`` template.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

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
# Cells a spreadsheet would run as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the summaries say about one assessed team.

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
    counts = Counter(item for outcome in outcomes for item in dict.fromkeys(outcome.prerequisites))
    return counts.most_common(limit)


def decisive_questions(outcomes: Sequence[Outcome]) -> list[tuple[str, int]]:
    """The open questions that could change the most teams' recommendations."""
    counts = Counter(question for outcome in outcomes for question, _ in outcome.open_questions)
    return counts.most_common()


def summary_document(
    pack: Pack, info: RunInfo, outcomes: Sequence[Outcome], failures: Sequence[Failure]
) -> dict[str, Any]:
    """``summary.json``: the portfolio, machine-readable."""
    names = _names(pack, info.lang)
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
                "main": None if o.main is None else {"kind": o.main[0], "text": o.main[1]},
                "open_questions": [
                    {"question": question, "possible_recommendations": list(leads)}
                    for question, leads in o.open_questions
                ],
                "prerequisites": [
                    {"pattern": pattern, "text": text, "mitigation": mitigation}
                    for pattern, text, mitigation in o.prerequisites
                ],
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
                "problem": f.problem,
            }
            for f in failures
        ],
    }


def summary_json(document: dict[str, Any]) -> str:
    """``summary.json`` text: indented, with one line per item of each list of records.

    One team per line reads well and diffs well, and lets :func:`json.dumps`
    use its fast encoder (an indented dump of 10,000 teams takes seconds).
    """
    lines = ["{"]
    last = len(document) - 1
    for index, (key, value) in enumerate(document.items()):
        comma = "," if index < last else ""
        name = json.dumps(key)
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            items = [json.dumps(item, ensure_ascii=False) for item in value]
            lines.append(f"  {name}: [")
            lines.append(",\n".join(f"    {item}" for item in items))
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {name}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


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


def _safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading ``'`` defuses a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _main_text(outcome: Outcome, lang: str) -> str:
    """``Prerequisite: <text>`` (``Pré-requisito: <text>``), or nothing."""
    if outcome.main is None:
        return ""
    kind, text = outcome.main
    return texts(lang)(f"summary.main.{kind}", text=text)


def summary_csv(
    pack: Pack, info: RunInfo, entries: Sequence[Entry], outcomes: Sequence[Outcome]
) -> str:
    """``summary.csv``: one row per profile in input order, failed ones included.

    ``entries`` are the batch's entries in input order; ``outcomes`` are the
    assessed ones among them, in the same order.
    """
    names = _names(pack, info.lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    assessed = iter(outcomes)
    for entry in entries:
        if isinstance(entry, Failure):
            row = [entry.team or "", "failed", "", "", "", "", "", "", entry.where, entry.problem]
        else:
            o = next(assessed)
            row = [
                o.team,
                "assessed",
                o.recommendation or "none",
                names[o.recommendation],
                o.confidence,
                _main_text(o, info.lang),
                "; ".join(question for question, _ in o.open_questions),
                next(iter(o.reports.values()), ""),
                o.where,
                "",
            ]
        writer.writerow([_safe_cell(cell) for cell in row])
    return buffer.getvalue()


def summary_context(
    pack: Pack, info: RunInfo, outcomes: Sequence[Outcome], failures: Sequence[Failure]
) -> dict[str, Any]:
    """The context of the ``summary.md`` template: raw strings, escaped by the template."""
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

    def leads(targets: Sequence[str | None]) -> str:
        return t("summary.or").join(names[target] for target in targets)

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
            Fields(
                team=o.team,
                recommendation=names[o.recommendation],
                confidence=confidence.get(o.confidence, o.confidence),
                main=_main_text(o, lang),
                report=next(iter(o.reports.values()), ""),
            )
            for o in outcomes
        ],
        "undecided": [
            Fields(
                team=o.team,
                recommendation=names[o.recommendation],
                questions=[
                    Fields(id=question, leads=leads(targets))
                    for question, targets in o.open_questions
                ],
            )
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
        "failures": [Fields(where=f.where, team=f.team or "", problem=f.problem) for f in failures],
    }
