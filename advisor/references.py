"""Checks across the files of a pack: every id a file names must exist.

Pure: takes the validated models, returns problems as (file, key path,
message); the loader turns key paths into line numbers.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from advisor.conditions import UNKNOWN, Condition, matches
from advisor.model import LayoutNode, Manifest, Pattern, Question, Rule

Loc = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem in one file of a pack, at a key path inside it."""

    file: str
    loc: Loc
    message: str


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to ``word`` (a likely typo of it, in any case), if any is close."""
    folded = {choice.casefold(): choice for choice in choices}
    close = difflib.get_close_matches(word.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[close[0]] if close else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    suggestion = closest(word, choices)
    return f" (did you mean '{suggestion}'?)" if suggestion else ""


def _unknown(kind: str, name: str, known: Sequence[str]) -> str:
    return f"unknown {kind} '{name}'{did_you_mean(name, known)}; known: {', '.join(known)}"


def _duplicates(ids: Sequence[str]) -> list[tuple[int, str]]:
    seen: set[str] = set()
    found = []
    for index, name in enumerate(ids):
        if name in seen:
            found.append((index, name))
        seen.add(name)
    return found


@dataclass
class _Context:
    questions: dict[str, Question]
    order: dict[str, int]
    patterns: dict[str, Pattern]

    def condition(
        self, file: str, loc: Loc, condition: Condition, *, before: int | None = None
    ) -> Iterable[Issue]:
        """Issues of a condition: unknown questions or options, later questions."""
        for match in matches(condition):
            question = self.questions.get(match.question)
            if question is None:
                yield Issue(file, loc, _unknown("question", match.question, list(self.questions)))
                continue
            if before is not None and self.order[match.question] >= before:
                yield Issue(
                    file,
                    loc,
                    f"'when' reads question '{match.question}', which is not asked before this one",
                )
            options = [option.id for option in question.options]
            for value in match.values:
                if value != UNKNOWN and value not in options:
                    yield Issue(
                        file,
                        loc,
                        f"'{value}' is not an option of question '{match.question}'"
                        f"{did_you_mean(value, options)}; options: {', '.join(options)}, unknown",
                    )


def check_pack(
    manifest: Manifest,
    questions: Sequence[Question],
    patterns: Sequence[Pattern],
    layouts: dict[str, list[LayoutNode]],
    rules: Sequence[tuple[str, Rule]],
) -> list[Issue]:
    """Every reference problem of a pack; an empty list when it is sound."""
    issues: list[Issue] = []
    qfile, pfile = "questions.yaml", "patterns.yaml"
    for index, name in _duplicates([q.id for q in questions]):
        issues.append(Issue(qfile, ("questions", index, "id"), f"duplicate question id '{name}'"))
    for index, name in _duplicates([p.id for p in patterns]):
        issues.append(Issue(pfile, ("patterns", index, "id"), f"duplicate pattern id '{name}'"))
    context = _Context(
        questions={q.id: q for q in questions},
        order={q.id: index for index, q in reversed(list(enumerate(questions)))},
        patterns={p.id: p for p in patterns},
    )
    pattern_ids = list(context.patterns)
    issues += _check_manifest(manifest, pattern_ids)
    issues += _check_questions(questions, context)
    issues += _check_patterns(patterns)
    issues += _check_layouts(layouts, context)
    issues += _check_rules(rules, context)
    return issues


def _check_manifest(manifest: Manifest, pattern_ids: list[str]) -> list[Issue]:
    issues = []
    for index, name in enumerate(manifest.tie_order):
        if name not in pattern_ids:
            issues.append(
                Issue("pack.yaml", ("tie_order", index), _unknown("pattern", name, pattern_ids))
            )
    missing = [name for name in pattern_ids if name not in manifest.tie_order]
    if missing or len(set(manifest.tie_order)) != len(manifest.tie_order):
        issues.append(
            Issue(
                "pack.yaml",
                ("tie_order",),
                f"tie_order must list every pattern once; patterns: {', '.join(pattern_ids)}",
            )
        )
    if manifest.confidence.medium_margin > manifest.confidence.high_margin:
        issues.append(
            Issue("pack.yaml", ("confidence",), "medium_margin must not exceed high_margin")
        )
    return issues


def _check_questions(questions: Sequence[Question], context: _Context) -> list[Issue]:
    issues = []
    for index, question in enumerate(questions):
        loc: Loc = ("questions", index)
        options = [option.id for option in question.options]
        for opt_index, name in _duplicates(options):
            issues.append(
                Issue(
                    "questions.yaml",
                    (*loc, "options", opt_index, "id"),
                    f"duplicate option '{name}' in question '{question.id}'",
                )
            )
        if UNKNOWN in options:
            issues.append(
                Issue(
                    "questions.yaml",
                    (*loc, "options"),
                    f"question '{question.id}': 'unknown' is reserved (every question accepts it)",
                )
            )
        if question.default is not None and question.default not in options:
            issues.append(
                Issue(
                    "questions.yaml",
                    (*loc, "default"),
                    f"default '{question.default}' of question '{question.id}' is not one of "
                    f"its options{did_you_mean(question.default, options)}; "
                    f"options: {', '.join(options)}",
                )
            )
        if question.when is not None:
            issues += context.condition(
                "questions.yaml", (*loc, "when"), question.when, before=index
            )
    return issues


def _check_patterns(patterns: Sequence[Pattern]) -> list[Issue]:
    issues = []
    for index, pattern in enumerate(patterns):
        for t_index, name in _duplicates([t.id for t in pattern.tradeoffs]):
            issues.append(
                Issue(
                    "patterns.yaml",
                    ("patterns", index, "tradeoffs", t_index, "id"),
                    f"duplicate trade-off '{name}' in pattern '{pattern.id}'",
                )
            )
    return issues


def _check_layouts(layouts: dict[str, list[LayoutNode]], context: _Context) -> list[Issue]:
    issues = []
    pattern_ids = list(context.patterns)
    for name in layouts:
        if name not in context.patterns:
            issues.append(
                Issue("layouts.yaml", ("layouts", name), _unknown("pattern", name, pattern_ids))
            )
    for name in pattern_ids:
        if name not in layouts:
            issues.append(
                Issue("layouts.yaml", ("layouts",), f"pattern '{name}' has no starter layout")
            )

    def walk(nodes: list[LayoutNode], loc: Loc) -> None:
        for index, node in enumerate(nodes):
            if node.when is not None:
                issues.extend(context.condition("layouts.yaml", (*loc, index, "when"), node.when))
            if node.children and not node.path.endswith("/"):
                issues.append(
                    Issue(
                        "layouts.yaml",
                        (*loc, index, "path"),
                        f"'{node.path}' has children, so it is a folder: end it with '/'",
                    )
                )
            walk(node.children, (*loc, index, "children"))

    for name, nodes in layouts.items():
        walk(nodes, ("layouts", name))
    return issues


def _check_rules(rules: Sequence[tuple[str, Rule]], context: _Context) -> list[Issue]:
    issues = []
    pattern_ids = list(context.patterns)
    seen: dict[str, str] = {}
    for file, rule in rules:
        if rule.id in seen:
            issues.append(
                Issue(file, ("id",), f"rule id '{rule.id}' is also used by {seen[rule.id]}")
            )
        seen.setdefault(rule.id, file)
        issues.extend(context.condition(file, ("when",), rule.when))
        effects = rule.effects
        for name in effects.scores:
            if name not in context.patterns:
                issues.append(
                    Issue(file, ("effects", "scores", name), _unknown("pattern", name, pattern_ids))
                )
        targets = [("vetoes", index, veto.pattern) for index, veto in enumerate(effects.vetoes)]
        targets += [
            ("prerequisites", index, item.pattern)
            for index, item in enumerate(effects.prerequisites)
        ]
        for key, index, name in targets:
            if name not in context.patterns:
                issues.append(
                    Issue(
                        file,
                        ("effects", key, index, "pattern"),
                        _unknown("pattern", name, pattern_ids),
                    )
                )
        marks = [f"{p.id}.{t.id}" for p in context.patterns.values() for t in p.tradeoffs]
        for index, mark in enumerate(effects.marks):
            if mark not in marks:
                issues.append(
                    Issue(file, ("effects", "marks", index), _unknown("trade-off", mark, marks))
                )
        reads_layout = [
            match.question
            for match in matches(rule.when)
            if match.question in context.questions
            and context.questions[match.question].kind == "layout"
        ]
        if reads_layout and (effects.scores or effects.vetoes):
            issues.append(
                Issue(
                    file,
                    ("when",),
                    f"rule '{rule.id}' reads layout question '{reads_layout[0]}', so it may not "
                    "change scores or veto a pattern (layout answers never change the choice)",
                )
            )
    return issues
