"""What a batch's summaries say: the portfolio of assessed teams, and the failures.

Pure: outcomes and failures in, plain data and text out. The same inputs give
the same bytes, whatever the order the workers finished in.

* :func:`outcome_of` keeps what the summaries need of one team's result (it
  runs in the worker, next to the report);
* :func:`summary_document` is ``summary.json`` (as text:
  :func:`advisor.batch.jsontext.summary_json`);
* ``summary.csv`` is :mod:`advisor.batch.summary_csv`, and the context of
  the ``summary.md`` template :mod:`advisor.batch.summary_md`: both read the
  outcomes a field at a time (:func:`columns_of`).

What many teams share (a list of prerequisites, a main blocker, the open
questions) is made once per distinct value: a batch has thousands of teams
and a few dozen of these. The rest is made a field (column) at a time, with
the loops in C (:func:`map`, :func:`zip`, :meth:`str.join`): the summaries are
written after every team is assessed, by one process, so what they cost is
not shared among the workers.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, TypeVar

from advisor.loader.batch_inputs import Failure
from advisor.pack import Pack
from advisor.report.texts import texts
from advisor.result import Prerequisite, Result, Unknown

H = TypeVar("H", bound=Hashable)
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# What the English summaries call "no recommendation" (``summary.no_pattern``).
NO_PATTERN = "No viable pattern"
SHARED_LIMIT = 10
# Unanswered questions kept by :func:`open_question`: a pack has a few
# dozen questions, each with a few ways its answers can go.
OPEN_QUESTIONS_MAX = 4096
# Values kept by :func:`shared` before they are dropped, all at once.
SHARED_MAX = 65536

OpenQuestion = tuple[str, tuple[str | None, ...]]
CONFIDENCE_LEVELS = ("high", "medium", "low", "none")
_shared: dict[Any, Any] = {}


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
    open_questions: tuple[OpenQuestion, ...]
    prerequisites: tuple[tuple[str, str, str], ...]


def outcome_of(result: Result, *, where: str, reports: dict[str, str], lang: str) -> Outcome:
    """Keep what the summaries need of one team's result (texts in ``lang``).

    It runs once per team, in the worker that assessed it: where the open
    questions lead is looked up (:func:`open_question`), not worked out
    again, and what teams share is kept as one object (:func:`shared`).
    """
    needs = result.prerequisites
    prerequisites = shared(
        tuple(
            [
                (item.pattern, item.text.get_lang(lang), item.mitigation.get_lang(lang))
                for item in needs
            ]
        )
    )
    main: tuple[Literal["blocker", "prerequisite"], str] | None = None
    if result.recommendation is None:
        if result.conflicts:
            main = shared(("blocker", result.conflicts[0].reason.get_lang(lang)))
    elif prerequisites:
        main = shared(("prerequisite", prerequisites[_main_need(needs)][1]))
    return Outcome(
        result.team or "",
        where,
        reports,
        result.recommendation,
        result.confidence,
        main,
        shared(tuple(filter(None, map(open_question, result.unknowns)))),
        prerequisites,
    )


def shared(value: H) -> H:
    """``value``, or the equal value met first: one object for equal values.

    Teams share their prerequisites, main blockers and open questions: as
    one object each, they take less memory, and the summaries, which hash
    and compare them several times over, read less of it (an outcome sent
    back by a worker shares them with the outcomes sent with it).
    """
    kept: H = _shared.setdefault(value, value)
    if len(_shared) > SHARED_MAX:
        _shared.clear()
    return kept


def _main_need(needs: Sequence[Prerequisite]) -> int:
    """Where the main prerequisite is in ``needs``: the team's own first, else the first.

    The team's own prerequisites (from the rules that fired, ``rule`` set)
    say more than the ones every team of the pattern has.
    """
    for index, item in enumerate(needs):
        if item.rule is not None:
            return index
    return 0


@functools.lru_cache(maxsize=OPEN_QUESTIONS_MAX)
def open_question(item: Unknown) -> OpenQuestion | None:
    """An unanswered question with the recommendations its answers lead to; ``None``
    when no answer would change the recommendation.

    Kept: teams share their unanswered questions, and working out where the
    answers lead costs more than looking it up.
    """
    return (item.question, item.possible_recommendations) if item.decisive else None


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a batch was run with, as the summaries state it."""

    date: str
    lang: str
    version: str


class Columns(NamedTuple):
    """The outcomes a field at a time: ``team`` holds every team's name, and so on."""

    team: Sequence[str]
    where: Sequence[str]
    reports: Sequence[dict[str, str]]
    recommendation: Sequence[str | None]
    confidence: Sequence[str]
    main: Sequence[tuple[Literal["blocker", "prerequisite"], str] | None]
    open_questions: Sequence[tuple[OpenQuestion, ...]]
    prerequisites: Sequence[tuple[tuple[str, str, str], ...]]


def columns_of(outcomes: Sequence[Outcome]) -> Columns:
    """The fields of ``outcomes`` as columns, in input order."""
    if not outcomes:
        return Columns((), (), (), (), (), (), (), ())
    return Columns(*zip(*outcomes, strict=True))


class _Made(dict[K, V]):
    """``make(key)`` per key, made on first lookup."""

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self.make(key)
        return value


def once_each(make: Callable[[K], V], keys: Iterable[K]) -> list[V]:
    """``make(key)`` for each of ``keys``, made once per distinct key.

    For what thousands of teams share (a list of prerequisites, a table
    row's verdict): one lookup per team, and ``make`` a few dozen times.
    """
    return list(map(_Made(make).__getitem__, keys))


def first_reports(reports: Iterable[dict[str, str]]) -> list[str]:
    """The first report file of each team (``""`` when it has none)."""
    return [next(iter(files.values()), "") for files in reports]


def pattern_names(pack: Pack, lang: str) -> dict[str | None, str]:
    names: dict[str | None, str] = {p.id: p.name.get_lang(lang) for p in pack.patterns}
    names[None] = texts(lang)("summary.no_pattern")
    return names


def pattern_counts(
    pack: Pack, recommendations: Iterable[str | None]
) -> list[tuple[str | None, int]]:
    """Teams per recommendation: every pattern in pack order, then no viable pattern.

    ``recommendations``: each team's (:attr:`Columns.recommendation`).
    """
    counts = Counter(recommendations)
    return [(p.id, counts[p.id]) for p in pack.patterns] + [(None, counts[None])]


def shared_prerequisites(
    prerequisites: Iterable[tuple[tuple[str, str, str], ...]], *, limit: int = SHARED_LIMIT
) -> list[tuple[tuple[str, str, str], int]]:
    """The prerequisites most teams share, most shared first (ties: first seen first).

    ``prerequisites``: each team's (:attr:`Columns.prerequisites`).
    """
    # Counted once per distinct list of prerequisites: the lists are few, the
    # teams many, and the lists' first-seen order gives the items' one.
    counts: Counter[tuple[str, str, str]] = Counter()
    for needs, teams in Counter(prerequisites).items():
        for item in dict.fromkeys(needs):
            counts[item] += teams
    return counts.most_common(limit)


def decisive_questions(
    open_questions: Iterable[tuple[OpenQuestion, ...]],
) -> list[tuple[str, int]]:
    """The open questions that could change the most teams' recommendations.

    ``open_questions``: each team's (:attr:`Columns.open_questions`).
    """
    counts: Counter[str] = Counter()
    for questions, teams in Counter(open_questions).items():
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
    names = pattern_names(pack, info.lang)
    c = columns_of(outcomes)
    inputs_failed = sum(f.whole for f in failures)

    def main_record(value: tuple[str, str] | None) -> dict[str, str] | None:
        return None if value is None else {"kind": value[0], "text": value[1]}

    def open_questions(value: tuple[OpenQuestion, ...]) -> list[Any]:
        return [
            {"question": question, "possible_recommendations": list(leads)}
            for question, leads in value
        ]

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
            "profiles": len(outcomes) + len(failures) - inputs_failed,
            "assessed": len(outcomes),
            "failed": len(failures) - inputs_failed,
            "inputs_failed": inputs_failed,
        },
        "recommendations": [
            {"pattern": pattern, "name": names[pattern], "teams": count}
            for pattern, count in pattern_counts(pack, c.recommendation)
        ],
        "teams": [
            {
                "team": team,
                "source": where,
                "reports": reports,
                "recommendation": recommendation,
                "confidence": confidence,
                "main": main,
                "open_questions": questions,
                "prerequisites": needs,
            }
            for team, where, reports, recommendation, confidence, main, questions, needs in zip(
                c.team,
                c.where,
                c.reports,
                c.recommendation,
                c.confidence,
                once_each(main_record, c.main),
                once_each(open_questions, c.open_questions),
                once_each(prerequisites, c.prerequisites),
                strict=True,
            )
        ],
        "decisive_questions": [
            {"question": question, "teams": count}
            for question, count in decisive_questions(c.open_questions)
        ],
        "shared_prerequisites": [
            {"pattern": pattern, "text": text, "mitigation": mitigation, "teams": count}
            for (pattern, text, mitigation), count in shared_prerequisites(c.prerequisites)
        ],
        "failed": [
            {
                "source": f.where,
                "file": f.file,
                "line": f.line,
                "item": f.item,
                "team": f.team,
                "problem": f.problem_in(info.lang),
                "whole_input": f.whole,
            }
            for f in failures
        ],
    }


def failed_counts(failures: Sequence[Failure], lang: str) -> list[str]:
    """What failed, counted: the profiles, then the inputs that could not be read at all.

    ``["1 profile", "2 input files or folders"]``, in ``lang``; a part with no
    failure is left out.
    """
    t = texts(lang)
    inputs = sum(f.whole for f in failures)
    profiles = len(failures) - inputs
    counted = [("summary.count.profiles", profiles), ("summary.count.inputs", inputs)]
    return [t.plural(key, number) for key, number in counted if number]


def main_text(main: tuple[str, str] | None, lang: str) -> str:
    """``Prerequisite: <text>`` (``Pré-requisito: <text>``), or nothing."""
    if main is None:
        return ""
    kind, text = main
    return texts(lang)(f"summary.main.{kind}", text=text)
