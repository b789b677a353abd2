"""``advisor rules docs``: a pack's Markdown documentation, generated from the pack.

Pure: a loaded pack in, Markdown out, the same bytes for the same pack. It holds
how the pack decides (tie order, hard constraints), the patterns with their
trade-offs and standing prerequisites, the questions with their options and
help, and every rule with its condition (:func:`advisor.conditions.describe`),
effects and sources. The default pack's copy is ``rules/deployment/README.md``;
refresh it with::

    advisor rules docs rules/deployment --output rules/deployment/README.md

Pack texts keep their Markdown but never their HTML (:mod:`advisor.markdown`).
"""

from __future__ import annotations

from collections.abc import Iterator

from advisor.conditions import UNKNOWN, describe, questions_of
from advisor.markdown import code, fence, prose, prose_cell
from advisor.model import Effects, Pattern, Question, Rule
from advisor.pack import Pack
from advisor.text import DEFAULT_LANGUAGE, LocalText


def refresh_command(pack: Pack) -> str:
    """The command that regenerates a built-in pack's README."""
    return f"advisor rules docs rules/{pack.id} --output rules/{pack.id}/README.md"


def _delta(value: float) -> str:
    return f"{value:+g}"


def _scores(effects: Effects) -> str:
    return ", ".join(f"{code(name)} {_delta(delta)}" for name, delta in effects.scores.items())


def _summary(effects: Effects) -> str:
    """A one-cell summary of a rule's effects."""
    parts = []
    if effects.scores:
        parts.append(_scores(effects))
    if effects.vetoes:
        ruled_out = ", ".join(dict.fromkeys(code(veto.pattern) for veto in effects.vetoes))
        parts.append(f"rules out {ruled_out}")
    if effects.prerequisites:
        needs = ", ".join(dict.fromkeys(code(item.pattern) for item in effects.prerequisites))
        parts.append(f"prerequisite for {needs}")
    if not parts and effects.marks:
        parts.append("marks trade-offs")
    return "; ".join(parts) or "none"


class _Writer:
    def __init__(self, pack: Pack, lang: str) -> None:
        self.pack = pack
        self.lang = lang

    def text(self, value: LocalText) -> str:
        return prose(value.get_lang(self.lang))

    def cell(self, value: LocalText) -> str:
        return prose_cell(value.get_lang(self.lang))

    def head(self) -> Iterator[str]:
        pack, manifest = self.pack, self.pack.manifest
        yield f"<!-- Generated from the pack by `{refresh_command(pack)}`: do not edit. -->"
        yield ""
        yield f"# {self.text(manifest.title)}"
        yield ""
        yield (
            f"Rule pack {code(pack.id)}, version {code(pack.version)}; languages: "
            f"{', '.join(manifest.languages)}. {len(pack.questions)} questions, "
            f"{len(pack.patterns)} patterns, {len(pack.rules)} rules."
        )
        yield ""
        yield self.text(manifest.description)
        yield ""
        yield "- [How the pack decides](#how-the-pack-decides)"
        yield "- [Patterns](#patterns)"
        yield "- [Questions](#questions)"
        yield "- [Rules](#rules)"
        yield ""

    def deciding(self) -> Iterator[str]:
        pack, manifest = self.pack, self.pack.manifest
        order = ", ".join(code(name) for name in manifest.tie_order)
        policy = manifest.confidence
        yield "## How the pack decides"
        yield ""
        yield (
            "Every rule whose condition holds fires: it changes the scores of patterns, "
            "rules patterns out (hard constraints), names prerequisites and marks "
            "trade-offs. The recommendation is the viable pattern with the highest score. "
            f"Equal scores go to the first in the tie order: {order}. An unanswered "
            f"question is {code(UNKNOWN)}; a question whose condition does not hold counts "
            "as unknown."
        )
        yield ""
        yield (
            f"Confidence is high when the recommendation leads the runner-up by at least "
            f"{policy.high_margin:g} points, at least {policy.min_answered:.0%} of the "
            "decision questions are answered and no open question could change it alone; "
            f"low on a tie or a lead under {policy.medium_margin:g} points; medium otherwise."
        )
        yield ""
        vetoing = [rule for rule in pack.rules if rule.effects.vetoes]
        if not vetoing:
            return
        yield "Hard constraints (a pattern they rule out is not viable, whatever its score):"
        yield ""
        yield "| Rule | When | Rules out |"
        yield "| --- | --- | --- |"
        for rule in vetoing:
            for veto in rule.effects.vetoes:
                yield (
                    f"| [{code(rule.id)}](#{rule.id}) | {code(describe(rule.when))} "
                    f"| {code(veto.pattern)}: {self.cell(veto.reason)} |"
                )
        yield ""

    def pattern(self, pattern: Pattern) -> Iterator[str]:
        yield f"### {self.text(pattern.name)} ({code(pattern.id)})"
        yield ""
        yield self.text(pattern.summary)
        yield ""
        for kind, title in (("advantage", "Advantages"), ("disadvantage", "Disadvantages")):
            items = [item for item in pattern.tradeoffs if item.kind == kind]
            if not items:
                continue
            yield f"{title}:"
            yield ""
            for item in items:
                source = (
                    f" (source: {prose(item.source.section)})" if item.source is not None else ""
                )
                yield f"- {code(item.id)}: {self.text(item.text)}{source}"
            yield ""
        if pattern.requires:
            yield "Always needs:"
            yield ""
            for need in pattern.requires:
                yield f"- {self.text(need.text)} Mitigation: {self.text(need.mitigation)}"
            yield ""
        scored = [
            f"[{code(rule.id)}](#{rule.id}) {_delta(rule.effects.scores[pattern.id])}"
            for rule in self.pack.rules
            if rule.effects.scores.get(pattern.id)
        ]
        vetoed = [
            f"[{code(rule.id)}](#{rule.id})"
            for rule in self.pack.rules
            if any(veto.pattern == pattern.id for veto in rule.effects.vetoes)
        ]
        if scored:
            yield f"Scored by: {', '.join(scored)}."
            yield ""
        if vetoed:
            yield f"Ruled out by: {', '.join(vetoed)}."
            yield ""
        yield f"{fence(pattern.flow.get_lang(self.lang))}mermaid"
        yield pattern.flow.get_lang(self.lang).rstrip("\n")
        yield fence(pattern.flow.get_lang(self.lang))
        yield ""

    def questions(self) -> Iterator[str]:
        yield "## Questions"
        yield ""
        yield (
            "Decision questions may change the recommendation; layout questions only "
            f"shape the starter layout. Every question also accepts {code(UNKNOWN)}."
        )
        yield ""
        yield "| # | Question | Id | Kind | Options |"
        yield "| --- | --- | --- | --- | --- |"
        for number, question in enumerate(self.pack.questions, start=1):
            options = ", ".join(code(option.id) for option in question.options)
            yield (
                f"| {number} | {self.cell(question.text)} | [{code(question.id)}](#{question.id}) "
                f"| {question.kind} | {options} |"
            )
        yield ""
        for question in self.pack.questions:
            yield from self.question(question)

    def question(self, question: Question) -> Iterator[str]:
        yield f"### {code(question.id)}"
        yield ""
        yield f"**{self.text(question.text)}** ({question.kind})"
        yield ""
        yield self.text(question.help)
        yield ""
        yield "| Option | Meaning |"
        yield "| --- | --- |"
        for option in question.options:
            meaning = self.cell(option.label)
            if option.help is not None:
                meaning += f" ({self.cell(option.help)})"
            yield f"| {code(option.id)} | {meaning} |"
        yield f"| {code(UNKNOWN)} | not known yet |"
        yield ""
        if question.when is not None:
            yield f"Asked only when {code(describe(question.when))}."
            yield ""
        readers = [
            f"[{code(rule.id)}](#{rule.id})"
            for rule in self.pack.rules
            if question.id in questions_of(rule.when)
        ]
        yield f"Read by: {', '.join(readers)}." if readers else "Read by no rule."
        yield ""

    def rules(self) -> Iterator[str]:
        yield "## Rules"
        yield ""
        yield "| Rule | When | Effects |"
        yield "| --- | --- | --- |"
        for rule in self.pack.rules:
            yield (
                f"| [{code(rule.id)}](#{rule.id}) | {code(describe(rule.when))} "
                f"| {_summary(rule.effects)} |"
            )
        yield ""
        for rule in self.pack.rules:
            yield from self.rule(rule)

    def rule(self, rule: Rule) -> Iterator[str]:
        effects = rule.effects
        yield f"### {code(rule.id)}"
        yield ""
        yield f"**{self.text(rule.title)}**"
        yield ""
        yield self.text(rule.reason)
        yield ""
        yield f"- When: {code(describe(rule.when))}"
        if effects.scores:
            yield f"- Scores: {_scores(effects)}"
        for veto in effects.vetoes:
            yield f"- Rules out {code(veto.pattern)}: {self.text(veto.reason)}"
        for item in effects.prerequisites:
            yield (
                f"- Prerequisite for {code(item.pattern)}: {self.text(item.text)} "
                f"Mitigation: {self.text(item.mitigation)}"
            )
        if effects.marks:
            yield f"- Marks: {', '.join(code(mark) for mark in effects.marks)}"
        yield f"- File: {code(self.pack.rule_files[rule.id])}"
        yield "- Sources:"
        for source in rule.sources:
            inferred = " (a reading of the passage, not its letter)" if source.inferred else ""
            yield f"  - {prose(source.section)}: “{prose(source.quote)}”{inferred}"
        yield ""


def render_docs(pack: Pack, *, lang: str = DEFAULT_LANGUAGE) -> str:
    """The Markdown documentation of ``pack``, its texts in ``lang`` (English fallback)."""
    writer = _Writer(pack, lang)
    lines = [*writer.head(), *writer.deciding(), "## Patterns", ""]
    for pattern in pack.patterns:
        lines += writer.pattern(pattern)
    lines += writer.questions()
    lines += writer.rules()
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"
