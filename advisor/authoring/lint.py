"""``advisor rules check``: every problem of a pack at once, then what it concludes.

Output, one finding per line, linter style (the format compilers and mypy use,
which editors and CI annotations parse)::

    PATH:LINE: error: MESSAGE
    PATH:LINE: warning: MESSAGE

then, when the pack loads, the verification of its whole answer space (see
:mod:`advisor.authoring.verify`), and last a summary line
``PACK: N errors, M warnings``. The command fails (exit 1) on errors only.

Errors: anything :func:`~advisor.loader.load_pack` refuses (schema, unknown
questions, options, patterns or trade-offs with a did-you-mean, duplicate ids,
``when`` conditions reading later questions), a rule that can never fire, a
question that is never asked, a pattern that is never recommended.

Warnings: a text missing a language the pack declares in ``languages``; a
decision question no scoring or vetoing rule depends on; a rule with no
effects; a part of the pack too large to verify.

Information (never a failure): how many combinations recommend each pattern,
have no viable pattern (conflicting hard constraints), or are decided by the
tie policy, with examples.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from advisor.authoring.reach import closure, reachability, when_reads
from advisor.authoring.verify import Example, Verification, VerificationTooLarge, verify
from advisor.errors import PackError, located
from advisor.loader import default_pack_path, load_pack
from advisor.loader.sources import PackSources
from advisor.pack import Pack
from advisor.text import LocalText

Severity = Literal["error", "warning"]
Loc = tuple[str | int, ...]
Place = Callable[[str, Loc], tuple[str, int | None]]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, placed in its file and line."""

    severity: Severity
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return located(f"{self.severity}: {self.message}", self.path, self.line)


@dataclass
class CheckReport:
    """What ``advisor rules check`` found in one pack.

    Attributes:
        pack: the pack folder, as given (or the default pack's).
        findings: errors and warnings, in file order.
        about: a one-line description of the pack, when it loads.
        verification: the verification of its answer space, when it ran.
        seconds: how long the verification took.
    """

    pack: str
    findings: list[Finding] = field(default_factory=list)
    about: str | None = None
    verification: Verification | None = None
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(finding.severity == "error" for finding in self.findings)

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return sum(finding.severity == "warning" for finding in self.findings)


def _describe(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _texts(value: object, loc: Loc) -> Iterator[tuple[Loc, LocalText]]:
    """Every localisable text inside a model, with its key path."""
    if isinstance(value, LocalText):
        yield loc, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name), (*loc, item.name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*loc, str(key)))


def pack_files(pack: Pack) -> Iterator[tuple[str, Loc, object]]:
    """Each file of a pack with the key path of its content and the content."""
    yield "pack.yaml", (), pack.manifest
    yield "questions.yaml", ("questions",), list(pack.questions)
    yield "patterns.yaml", ("patterns",), list(pack.patterns)
    yield "layouts.yaml", ("layouts",), {name: list(nodes) for name, nodes in pack.layouts.items()}
    for rule in pack.rules:
        yield pack.rule_files[rule.id], (), rule


def missing_texts(pack: Pack, place: Place) -> list[Finding]:
    """A warning for each text lacking a language the pack declares."""
    languages = pack.manifest.languages
    found = []
    for name, prefix, content in pack_files(pack):
        for loc, text in _texts(content, prefix):
            for lang in languages:
                if lang not in text:
                    path, line = place(name, loc)
                    found.append(
                        Finding(
                            "warning",
                            path,
                            line,
                            f"{_describe(loc)}: no '{lang}' text (a language the pack declares)",
                        )
                    )
    return found


def idle_parts(pack: Pack, place: Place) -> list[Finding]:
    """Warnings for decision questions that decide nothing and rules that do nothing."""
    compiled = pack.compiled
    deciding = [p for rule in compiled.rules if rule.scores or rule.vetoes for p in rule.reads]
    used = set(closure(when_reads(pack), deciding))
    found = []
    for pos in compiled.decision:
        if pos not in used:
            question = pack.questions[pos]
            path, line = place("questions.yaml", ("questions", pos, "id"))
            found.append(
                Finding(
                    "warning",
                    path,
                    line,
                    f"decision question '{question.id}' never changes the recommendation: no "
                    "rule that changes scores or vetoes a pattern depends on it (make it a "
                    "layout question, or write such a rule)",
                )
            )
    for rule in pack.rules:
        effects = rule.effects
        if not (effects.scores or effects.vetoes or effects.prerequisites or effects.marks):
            path, line = place(pack.rule_files[rule.id], ("effects",))
            found.append(Finding("warning", path, line, f"rule '{rule.id}' has no effects"))
    return found


def verification_findings(
    pack: Pack, verification: Verification | None, place: Place
) -> list[Finding]:
    """Errors for dead rules, questions never asked and patterns never recommended."""
    reach = reachability(pack)
    found = []
    for rule_id in reach.dead_rules:
        path, line = place(pack.rule_files[rule_id], ("when",))
        found.append(
            Finding(
                "error",
                path,
                line,
                f"rule '{rule_id}' can never fire: no combination of answers satisfies its "
                "condition",
            )
        )
    positions = pack.compiled.positions
    for question_id in reach.unasked:
        path, line = place("questions.yaml", ("questions", positions[question_id], "when"))
        found.append(
            Finding(
                "error",
                path,
                line,
                f"question '{question_id}' is never asked: no combination of answers "
                "satisfies its 'when'",
            )
        )
    unverified: list[tuple[str, Loc, str]] = [
        (pack.rule_files[name], ("when",), name) for name in reach.unverified_rules
    ]
    unverified += [
        ("questions.yaml", ("questions", positions[name], "when"), name)
        for name in reach.unverified_questions
    ]
    for file, loc, name in unverified:
        path, line = place(file, loc)
        found.append(
            Finding(
                "warning",
                path,
                line,
                f"'{name}' was not verified: its condition depends on too many answers",
            )
        )
    if verification is not None:
        order = {pattern.id: index for index, pattern in enumerate(pack.patterns)}
        for pattern_id in verification.never_recommended:
            path, line = place("patterns.yaml", ("patterns", order[pattern_id], "id"))
            found.append(
                Finding(
                    "error",
                    path,
                    line,
                    f"pattern '{pattern_id}' is never recommended: no combination of answers "
                    "makes it the best viable pattern",
                )
            )
    return found


def _file_order(pack: Pack, sources: PackSources) -> dict[str, int]:
    names = ["pack.yaml", "questions.yaml", "patterns.yaml", "layouts.yaml"]
    names += [pack.rule_files[rule.id] for rule in pack.rules]
    return {sources.display(name): index for index, name in enumerate(names)}


def check(
    path: str | Path | None = None, *, clock: Callable[[], float] = time.perf_counter
) -> CheckReport:
    """Check one pack (the default pack when ``path`` is None): load, lint, verify."""
    root = Path(path) if path is not None else default_pack_path()
    report = CheckReport(pack=str(root))
    try:
        pack = load_pack(root)
    except PackError as error:
        report.findings = [
            Finding("error", problem.path, problem.line, problem.message)
            for problem in error.problems
        ]
        return report
    sources = PackSources(root)

    def place(name: str, loc: Loc) -> tuple[str, int | None]:
        return sources.display(name), sources.line(name, loc)

    decision = len(pack.compiled.decision)
    report.about = (
        f"{len(pack.rules)} rules, {len(pack.questions)} questions ({decision} decision), "
        f"{len(pack.patterns)} patterns, languages: {', '.join(pack.manifest.languages)}"
    )
    findings = missing_texts(pack, place) + idle_parts(pack, place)
    start = clock()
    try:
        report.verification = verify(pack)
    except VerificationTooLarge as error:
        findings.append(
            Finding("warning", str(root), None, f"the answer space was not verified: {error}")
        )
    findings += verification_findings(pack, report.verification, place)
    report.seconds = clock() - start
    order = _file_order(pack, sources)
    findings.sort(key=lambda finding: (order.get(finding.path, len(order)), finding.line or 0))
    report.findings = findings
    return report


_YAML_WORDS = {"yes", "no", "y", "n", "true", "false", "on", "off", "null", "~", ""}


def flow(answers: dict[str, str]) -> str:
    """Answers as a YAML flow mapping, ready to paste into an answers file."""
    items = [
        f'{question}: "{answer}"' if answer.lower() in _YAML_WORDS else f"{question}: {answer}"
        for question, answer in answers.items()
    ]
    return "{" + ", ".join(items) + "}"


def _share(count: int, total: int) -> str:
    return f"{count:,} ({count / total:.1%})" if total else f"{count:,}"


def _examples(examples: tuple[Example, ...], lead: str) -> list[str]:
    return [
        f"    {flow(example.answers)}  {lead} {', '.join(example.reasons)}" for example in examples
    ]


def _counted(label: str, count: int, total: int, examples: list[str]) -> list[str]:
    """``  label: none``, or ``  label: count (share), for example:`` and the examples."""
    if not count:
        return [f"  {label}: none"]
    return [f"  {label}: {_share(count, total)}, for example:", *examples]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_check(report: CheckReport) -> str:
    """The text ``advisor rules check`` prints for one pack."""
    lines = [str(finding) for finding in report.findings]
    verification = report.verification
    if report.about is not None:
        lines.append(f"{report.pack}: {report.about}")
    if verification is not None:
        total = verification.combinations
        lines.append(
            f"verified all {total:,} combinations of answers to the "
            f"{len(verification.questions)} decision questions (unknown included) "
            f"in {report.seconds:.2f} s"
        )
        shares = ", ".join(
            f"{name} {_share(count, total)}" for name, count in verification.recommended
        )
        lines.append(f"  recommended: {shares}")
        lines += _counted(
            "no viable pattern",
            verification.no_viable,
            total,
            _examples(verification.no_viable_examples, "vetoed by"),
        )
        lines += _counted(
            "decided by the tie policy",
            verification.ties,
            total,
            _examples(verification.tie_examples, "tie between"),
        )
    lines.append(
        f"{report.pack}: {_plural(report.errors, 'error')}, {_plural(report.warnings, 'warning')}"
    )
    return "\n".join(lines) + "\n"
