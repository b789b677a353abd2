"""The template context of a report: what the Markdown says, built from a result.

Context convention: strings are raw text, already in the report's language,
and the template escapes them on output (``inline`` for untrusted text,
``prose``/``prose_cell`` for pack text); keys ending in ``_md`` hold Markdown
composed here from escaped parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from advisor import markdown as md
from advisor.conditions import UNKNOWN, describe
from advisor.layout import layout_tree, project_name
from advisor.model import Rule, TradeOff
from advisor.result import Block, Result
from advisor.text import DEFAULT_LANGUAGE

MARKER = "**(applies to you)**"
MARKER_SUFFIX = " " + MARKER

# Where CI/CD pipelines live on the usual platforms: a file of the starter
# layout found there is a check that confirms the decision is implemented.
_CI_PATH = re.compile(
    r"(^|/)(\.github/workflows/|\.azure/|\.gitlab/|\.circleci/|Jenkinsfile$"
    r"|azure-pipelines[^/]*$|\.gitlab-ci[^/]*$|bitbucket-pipelines[^/]*$)"
)
_YAML_PLAIN = re.compile(r"^[a-z][a-z0-9_]*$")
# Plain scalars that YAML 1.1 reads as booleans or null: they must be quoted.
_YAML_SPECIAL = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def number(value: float, *, signed: bool = False) -> str:
    """A score as people write it: ``7``, ``1.5``, ``−2`` (``+2`` when signed)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if text in ("0", "-0"):
        return "0"
    if text.startswith("-"):
        return "−" + text[1:]
    return "+" + text if signed else text


def and_list(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _clause(text: str, *, cell: bool = False) -> str:
    """Pack text as Markdown inside a sentence: one line, no final stop."""
    return (md.prose_cell if cell else md.prose)(text).rstrip(" .")


class _Builder:
    """The parts of the template context of one result in one language."""

    def __init__(self, result: Result, lang: str) -> None:
        self.result = result
        self.pack = result.pack
        self.lang = lang
        self.rec = result.recommendation
        # A blank name is no name: it would leave "for :" in the title.
        self.team = result.team if result.team and md.one_line(result.team) else None
        self.names = {p.id: p.name.get_lang(lang) for p in self.pack.patterns}
        self.viable = [s for s in result.ranking if s.viable]
        self.decision = [
            q.id
            for q in self.pack.questions
            if q.kind == "decision" and q.id not in result.not_applicable
        ]
        self.answered = sum(result.answers.get(q, UNKNOWN) != UNKNOWN for q in self.decision)
        # Most decisive first: hard constraints, then by size of effect; the
        # sort is stable, so rules of equal weight keep the pack's order.
        self.fired = sorted(
            result.fired,
            key=lambda r: (not r.effects.vetoes, -sum(map(abs, r.effects.scores.values()))),
        )
        self.effects = {rule.id: self.effect_md(rule) for rule in self.fired}

    def name_md(self, pattern: str | None) -> str:
        """A pattern's name as Markdown (``no viable pattern`` for None)."""
        return "no viable pattern" if pattern is None else md.prose(self.names[pattern])

    def rule_title(self, rule_id: str) -> str:
        """A rule's title in the report's language."""
        return self.pack.rule(rule_id).title.get_lang(self.lang)

    def reasons_md(self, blocks: Sequence[Block], *, cell: bool = False) -> str:
        """Why a pattern is ruled out, as one sentence (rule titles in cells)."""
        if cell:
            return "; ".join(
                f"{_clause(b.reason.get_lang(self.lang), cell=True)} "
                f"(*{_clause(self.rule_title(b.rule), cell=True)}*)"
                for b in blocks
            )
        return "; ".join(_clause(b.reason.get_lang(self.lang)) for b in blocks) + "."

    def effect_md(self, rule: Rule) -> str:
        """What a rule does, e.g. ``+2 Deploy code, −1 Deploy model, rules out Hybrid``."""
        effects = rule.effects
        parts = [
            f"{number(effects.scores[p.id], signed=True)} {self.name_md(p.id)}"
            for p in self.pack.patterns
            if effects.scores.get(p.id, 0)
        ]
        vetoed = dict.fromkeys(veto.pattern for veto in effects.vetoes)
        if vetoed:
            parts.append("rules out " + and_list([self.name_md(p) for p in vetoed]))
        needing = dict.fromkeys(item.pattern for item in effects.prerequisites)
        if needing:
            parts.append("adds a prerequisite for " + and_list([self.name_md(p) for p in needing]))
        return ", ".join(parts) or "no score change"

    def drivers(self) -> list[dict[str, str]]:
        """MADR's decision drivers: the fired rules' titles and effects."""
        return [
            {"title": r.title.get_lang(self.lang), "effect_md": self.effects[r.id]}
            for r in self.fired
        ]

    def lead_md(self) -> str:
        """The recommendation in a sentence a meeting can read aloud."""
        rec = self.rec
        if rec is None:
            return (
                "**No viable pattern:** every pattern is ruled out by a hard constraint, "
                "and the constraints conflict."
            )
        name = self.name_md(rec)
        top = self.result.standing(rec).score
        text = f"**Recommendation: {name}** (confidence: {self.result.confidence})."
        tied = [s.pattern for s in self.viable if s.score == top and s.pattern != rec]
        lower = [
            f"{number(s.score)} for {self.name_md(s.pattern)}" for s in self.viable if s.score < top
        ]
        against = f", against {and_list(lower)}" if lower else ""
        if self.result.decided_by_tie and tied:
            settle = (
                f"the documented default, {name}, stands"
                if rec == self.pack.manifest.tie_order[0]
                else f"the pack's tie order picks {name}"
            )
            text += (
                f" {and_list([self.name_md(p) for p in [rec, *tied]])} score {number(top)} each"
                f"{against}; nothing in the answers decides between them, so {settle}."
            )
        elif lower:
            text += f" {name} scores {number(top)}{against}."
        elif len(self.result.ranking) > 1:
            text += f" {name} scores {number(top)} and is the only pattern not ruled out."
        ruled_out: dict[str, list[str]] = {}
        for standing in self.result.ranking:
            if not standing.viable:
                reasons = self.reasons_md(standing.blocked_by)
                ruled_out.setdefault(reasons, []).append(self.name_md(standing.pattern))
        for reasons, names in ruled_out.items():
            verb = "is" if len(names) == 1 else "are"
            text += f" {and_list(names)} {verb} ruled out: {reasons}"
        return text

    def outcome_md(self) -> str:
        """MADR's "Chosen option: X, because ..."."""
        rec = self.rec
        if rec is None:
            return "No option is chosen: every option is ruled out by a hard constraint."
        if self.result.decided_by_tie:
            first = rec == self.pack.manifest.tie_order[0]
            why = "it is the documented default" if first else "the pack's tie order puts it first"
            why += " and nothing in the answers decides between the options with the top score"
        elif len(self.viable) == 1:
            why = "it is the only option that no hard constraint rules out"
        else:
            best, runner = self.viable[0], self.viable[1]
            why = (
                f"it has the highest score of the viable options ({number(best.score)}, against "
                f"{number(runner.score)} for the next, {self.name_md(runner.pattern)})"
            )
        text = f"Chosen option: **{self.name_md(rec)}**, because {why}."
        gains = sorted(
            (r for r in self.result.fired if r.effects.scores.get(rec, 0) > 0),
            key=lambda r: -r.effects.scores[rec],
        )[:3]
        if gains:
            items = [
                f"*{_clause(r.title.get_lang(self.lang))}* "
                f"({number(r.effects.scores[rec], signed=True)})"
                for r in gains
            ]
            text += f" It gains most from: {and_list(items)}."
        return text

    def confidence_md(self) -> str:
        """What the confidence rests on: margin, answered share, open questions."""
        if self.rec is None:
            return "Confidence: none, as there is no recommendation."
        parts = [f"{self.answered} of {len(self.decision)} decision questions answered"]
        if len(self.viable) == 1:
            parts.insert(0, "no other viable option")
        elif not self.result.decided_by_tie:
            margin = number(self.viable[0].score - self.viable[1].score)
            parts.insert(0, f"a margin of {margin} over the next viable option")
        still = sum(set(u.possible_recommendations) != {self.rec} for u in self.result.unknowns)
        if still:
            parts.append(f"{still} open question{'s' * (still > 1)} could change the decision")
        if self.result.decided_by_tie:
            parts.append("a tie settled by the pack's tie order")
        return f"Confidence **{self.result.confidence}**: {and_list(parts)}."

    def patterns(self) -> list[dict[str, Any]]:
        """Every pattern with its trade-offs, in pack order; marked trade-offs first."""
        out = []
        for pattern in self.pack.patterns:
            tradeoffs = sorted(
                (self.tradeoff(pattern.id, t) for t in pattern.tradeoffs),
                key=lambda item: not item["marked"],
            )
            blocks = self.result.standing(pattern.id).blocked_by
            out.append(
                {
                    "id": pattern.id,
                    "name": self.names[pattern.id],
                    "summary": pattern.summary.get_lang(self.lang),
                    "good": [t for t in tradeoffs if t["kind"] == "advantage"],
                    "bad": [t for t in tradeoffs if t["kind"] == "disadvantage"],
                    "ruled_out_md": self.reasons_md(blocks) if blocks else "",
                }
            )
        return out

    def tradeoff(self, pattern: str, tradeoff: TradeOff) -> dict[str, Any]:
        """A trade-off, with the marker when the answers make it relevant."""
        marked = f"{pattern}.{tradeoff.id}" in self.result.marks
        text = md.prose(tradeoff.text.get_lang(self.lang))
        return {"kind": tradeoff.kind, "marked": marked, "text_md": text + MARKER_SUFFIX * marked}

    def ranking(self) -> list[dict[str, Any]]:
        """The rows of the score table, best first."""
        return [
            {
                "name": self.names[s.pattern],
                "recommended": s.pattern == self.rec,
                "score": number(s.score),
                "viable": s.viable,
                "blocked_md": self.reasons_md(s.blocked_by, cell=True) or "—",
            }
            for s in self.result.ranking
        ]

    def conflicts(self) -> list[dict[str, str]]:
        """The hard constraints that leave no pattern viable."""
        return [
            {
                "pattern": self.names[b.pattern],
                "reason_md": _clause(b.reason.get_lang(self.lang)),
                "rule": self.rule_title(b.rule),
            }
            for b in self.result.conflicts
        ]

    def label(self, question: str, option: str) -> str:
        """An option's label (the option id itself, e.g. ``unknown``, when it has none)."""
        found = self.pack.question(question)
        for choice in found.options if found is not None else ():
            if choice.id == option:
                return choice.label.get_lang(self.lang)
        return option

    def question_text(self, question: str) -> str:
        """A question's text (its id when the pack does not have it)."""
        found = self.pack.question(question)
        return found.text.get_lang(self.lang) if found is not None else question

    def counterfactuals(self) -> list[dict[str, str]]:
        """The single answer changes that change the recommendation."""
        return [
            {
                "question": self.question_text(c.question),
                "question_id": c.question,
                "label": self.label(c.question, c.answer),
                "answer": c.answer,
                "then_md": (
                    "no pattern would be viable"
                    if c.recommendation is None
                    else f"the recommendation would be **{self.name_md(c.recommendation)}**"
                ),
            }
            for c in self.result.counterfactuals
        ]

    def unknowns(self) -> list[dict[str, Any]]:
        """The open decision questions; those that could change the decision first."""
        rows = []
        for item in self.result.unknowns:
            leads: dict[str | None, list[str]] = {}
            for answer, outcome in item.outcomes:
                leads.setdefault(outcome, []).append(
                    f"*{_clause(self.label(item.question, answer))}*"
                )
            changes = set(leads) != {self.rec}
            if len(leads) > 1:
                where = "; ".join(
                    f"{self.name_md(outcome)} if {' or '.join(answers)}"
                    for outcome, answers in leads.items()
                )
                effect = f"**could change the decision**: {where}."
            else:
                verb = (
                    "**any answer changes the decision**"
                    if changes
                    else "does not change the decision"
                )
                effect = f"{verb}: every answer leads to {self.name_md(next(iter(leads), None))}."
            rows.append(
                {
                    "question": self.question_text(item.question),
                    "question_id": item.question,
                    "changes": changes,
                    "effect_md": effect,
                }
            )
        return sorted(rows, key=lambda row: not row["changes"])

    def rules(self) -> list[dict[str, Any]]:
        """Every fired rule with its effect, condition and sources, ordered as the drivers."""
        return [
            {
                "id": rule.id,
                "title": rule.title.get_lang(self.lang),
                "reason": rule.reason.get_lang(self.lang),
                "when": describe(rule.when),
                "effect_md": self.effects[rule.id],
                "sources": [
                    {"section": s.section, "quote": s.quote, "inferred": s.inferred}
                    for s in rule.sources
                ],
            }
            for rule in self.fired
        ]

    def layout(self, project: str) -> dict[str, Any]:
        """The recommended pattern's starter layout, and the CI files in it."""
        nodes = self.pack.layouts.get(self.rec, ()) if self.rec is not None else ()
        answers = self.result.answers
        tree = layout_tree(nodes, answers, project, lang=self.lang)
        return {
            "lines": tree.lines,
            "fence": md.fence("\n".join(tree.lines)),
            "open": [
                q.text.get_lang(self.lang)
                for q in self.pack.questions
                if q.kind == "layout"
                and answers.get(q.id, UNKNOWN) == UNKNOWN
                and q.id not in self.result.not_applicable
            ],
            "ci": _ci_entries(tree.paths),
        }

    def answers(self) -> dict[str, Any]:
        """The answers as table rows and as a replayable answers file (YAML)."""
        team = self.team
        lines = [] if team is None else [f"team: {md.yaml_string(team)}"]
        lines.append("answers:")
        rows = []
        for question in self.pack.questions:
            answer = self.result.answers.get(question.id, UNKNOWN)
            plain = _YAML_PLAIN.match(answer) and answer not in _YAML_SPECIAL
            lines.append(f"  {question.id}: {answer if plain else md.yaml_string(answer)}")
            rows.append(
                {
                    "question": question.text.get_lang(self.lang),
                    "answer": answer,
                    "label": self.label(question.id, answer),
                    "applies": question.id not in self.result.not_applicable,
                }
            )
        text = "\n".join(lines)
        return {"rows": rows, "yaml": text, "fence": md.fence(text)}


def _ci_entries(paths: Sequence[str]) -> list[str]:
    """The CI/CD files of a layout; files in a CI folder are named by the folder."""
    entries: dict[str, None] = {}
    for path in paths:
        match = _CI_PATH.search(path)
        if match is None or path.endswith("/"):
            continue
        folder = match.group(2)
        entries[path[: match.end()] if folder.endswith("/") else path] = None
    return list(entries)


def report_context(
    result: Result, *, lang: str = DEFAULT_LANGUAGE, date: str | None = None
) -> dict[str, Any]:
    """The template context of a result: plain dicts, lists and strings.

    Strings are raw text in ``lang``, except under keys ending in ``_md``
    (Markdown, escaped). The same result, language and date give the same context.
    """
    build = _Builder(result, lang)
    pack = result.pack
    patterns = build.patterns()
    chosen = next((p for p in patterns if p["id"] == result.recommendation), None)

    def has_marks(items: Sequence[dict[str, Any]]) -> bool:
        return any(t["marked"] for p in items for t in p["good"] + p["bad"])

    flow = pack.pattern(chosen["id"]).flow.get_lang(lang).strip() if chosen else ""
    project = project_name(build.team)
    return {
        "team": build.team,
        "team_yaml": None if build.team is None else md.yaml_string(build.team),
        # An ISO date is a plain YAML scalar; anything else is quoted.
        "date": date if date is None or _ISO_DATE.match(date) else md.yaml_string(date),
        "pack": {
            "id": pack.id,
            "version": pack.version,
            "title": pack.manifest.title.get_lang(lang),
            "description": pack.manifest.description.get_lang(lang),
        },
        "decision_total": len(build.decision),
        "answered": build.answered,
        "not_applicable": sum(
            q.kind == "decision" and q.id in result.not_applicable for q in pack.questions
        ),
        "recommended": chosen,
        "recommended_name_md": build.name_md(result.recommendation),
        "lead_md": build.lead_md(),
        "outcome_md": build.outcome_md(),
        "confidence_md": build.confidence_md(),
        "conflicts": build.conflicts(),
        "drivers": build.drivers(),
        "patterns": patterns,
        "ranking": build.ranking(),
        "marker": MARKER,
        # The marker is explained once, where it first appears.
        "marker_note": (
            "consequences"
            if chosen and has_marks([chosen])
            else "pros_cons"
            if has_marks(patterns)
            else None
        ),
        "prerequisites": [
            {"text": p.text.get_lang(lang), "mitigation": p.mitigation.get_lang(lang)}
            for p in result.prerequisites
        ],
        "counterfactuals": build.counterfactuals(),
        "unknowns": build.unknowns(),
        "rules": build.rules(),
        "flow": flow,
        "flow_fence": md.fence(flow),
        "project": project,
        "layout": build.layout(project),
        "answers": build.answers(),
    }
