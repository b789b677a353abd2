"""The template context of a report: what the Markdown says, built from a result.

Context convention: strings are raw text, already in the report's language,
and the template escapes them on output (``inline`` for untrusted text,
``prose``/``prose_cell`` for pack text); keys ending in ``_md`` hold Markdown
composed here from escaped parts.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

from advisor import markdown as md
from advisor.conditions import UNKNOWN, describe
from advisor.i18n import long_date
from advisor.layout import layout_tree, project_name
from advisor.model import Rule, TradeOff
from advisor.report.packtexts import Fields, clause, pack_texts
from advisor.report.texts import Texts
from advisor.result import Block, Counterfactual, Result, Unknown
from advisor.text import DEFAULT_LANGUAGE

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


class _Builder:
    """The parts of the template context of one result in one language."""

    def __init__(self, result: Result, lang: str) -> None:
        self.result = result
        self.pack = result.pack
        self.lang = lang
        self.rec = result.recommendation
        texts = self.texts = pack_texts(result.pack, lang)
        self.t: Texts = texts.t
        # A blank name is no name: it would leave "for :" in the title.
        self.team = result.team if result.team and md.one_line(result.team) else None
        self.names = texts.names
        self.viable = [s for s in result.ranking if s.viable]
        not_applicable = result.not_applicable
        self.decision = [q for q in texts.decision if q not in not_applicable]
        answers = result.answers
        self.answered = sum(answers.get(q, UNKNOWN) != UNKNOWN for q in self.decision)
        # Most decisive first: hard constraints, then by size of effect; the
        # sort is stable, so rules of equal weight keep the pack's order.
        weights = texts.weights
        self.fired = sorted(result.fired, key=lambda r: weights[r.id])
        self.effects = {rule.id: self.effect_md(rule) for rule in self.fired}

    def name_md(self, pattern: str | None) -> str:
        """A pattern's name as Markdown (``no viable pattern`` for None)."""
        return self.texts.no_pattern if pattern is None else self.texts.names_md[pattern]

    def rule_title(self, rule_id: str) -> str:
        """A rule's title in the report's language."""
        return self.texts.titles[rule_id]

    def reasons_md(self, blocks: Sequence[Block], *, cell: bool = False) -> str:
        """Why a pattern is ruled out, as one sentence (rule titles in cells)."""
        key = (tuple(blocks), cell)
        found = self.texts.reasons.get(key)
        if found is None:
            found = self.texts.reasons[key] = self._reasons_md(blocks, cell=cell)
        return found

    def _reasons_md(self, blocks: Sequence[Block], *, cell: bool) -> str:
        if cell:
            return "; ".join(
                f"{clause(b.reason.get_lang(self.lang), cell=True)} "
                f"(*{clause(self.rule_title(b.rule), cell=True)}*)"
                for b in blocks
            )
        return "; ".join(clause(b.reason.get_lang(self.lang)) for b in blocks) + "."

    def effect_md(self, rule: Rule) -> str:
        """What a rule does, e.g. ``+2 Deploy code, −1 Deploy model, rules out Hybrid``."""
        found = self.texts.effects.get(rule.id)
        if found is None:
            found = self.texts.effects[rule.id] = self._effect_md(rule)
        return found

    def _effect_md(self, rule: Rule) -> str:
        t = self.t
        effects = rule.effects
        parts = [
            f"{t.number(effects.scores[p.id], signed=True)} {self.name_md(p.id)}"
            for p in self.pack.patterns
            if effects.scores.get(p.id, 0)
        ]
        vetoed = dict.fromkeys(veto.pattern for veto in effects.vetoes)
        if vetoed:
            names = t.and_list([self.name_md(p) for p in vetoed])
            parts.append(t("report.effect.rules_out", patterns=names))
        needing = dict.fromkeys(item.pattern for item in effects.prerequisites)
        if needing:
            names = t.and_list([self.name_md(p) for p in needing])
            parts.append(t("report.effect.prerequisite", patterns=names))
        return ", ".join(parts) or t("report.effect.none")

    def drivers(self) -> list[Fields]:
        """MADR's decision drivers: the fired rules' titles and effects."""
        rows = self.texts.driver_rows
        out = []
        for rule in self.fired:
            row = rows.get(rule.id)
            if row is None:
                row = rows[rule.id] = Fields(
                    title=self.rule_title(rule.id), effect_md=self.effects[rule.id]
                )
            out.append(row)
        return out

    def lead_md(self) -> str:
        """The recommendation in a sentence a meeting can read aloud."""
        t = self.t
        rec = self.rec
        if rec is None:
            return t("report.lead.none")
        name = self.name_md(rec)
        top = self.result.standing(rec).score
        confidence = self.texts.confidence[self.result.confidence]
        text = t("report.lead.recommendation", pattern=name, confidence=confidence)
        tied = [s.pattern for s in self.viable if s.score == top and s.pattern != rec]
        lower = [
            t("report.lead.score_of", score=t.number(s.score), pattern=self.name_md(s.pattern))
            for s in self.viable
            if s.score < top
        ]
        against = t("report.lead.against", scores=t.and_list(lower)) if lower else ""
        if self.result.decided_by_tie and tied:
            settle = (
                t("report.lead.tie_default", pattern=name)
                if rec == self.pack.manifest.tie_order[0]
                else t("report.lead.tie_order", pattern=name)
            )
            text += t(
                "report.lead.tie",
                patterns=t.and_list([self.name_md(p) for p in [rec, *tied]]),
                score=t.number(top),
                against=against,
                settle=settle,
            )
        elif lower:
            text += t("report.lead.scores", pattern=name, score=t.number(top), against=against)
        elif len(self.result.ranking) > 1:
            text += t("report.lead.only", pattern=name, score=t.number(top))
        ruled_out: dict[str, list[str]] = {}
        for standing in self.result.ranking:
            if not standing.viable:
                reasons = self.reasons_md(standing.blocked_by)
                ruled_out.setdefault(reasons, []).append(self.name_md(standing.pattern))
        for reasons, names in ruled_out.items():
            text += t.plural(
                "report.lead.ruled_out", len(names), patterns=t.and_list(names), reasons=reasons
            )
        return text

    def outcome_md(self) -> str:
        """MADR's "Chosen option: X, because ..."."""
        t = self.t
        rec = self.rec
        if rec is None:
            return t("report.outcome.none")
        if self.result.decided_by_tie:
            first = rec == self.pack.manifest.tie_order[0]
            why = t("report.outcome.why.default" if first else "report.outcome.why.tie_order")
        elif len(self.viable) == 1:
            why = t("report.outcome.why.only")
        else:
            best, runner = self.viable[0], self.viable[1]
            why = t(
                "report.outcome.why.best",
                score=t.number(best.score),
                next_score=t.number(runner.score),
                next=self.name_md(runner.pattern),
            )
        text = t("report.outcome.chosen", pattern=self.name_md(rec), why=why)
        gains = sorted(
            (r for r in self.result.fired if r.effects.scores.get(rec, 0) > 0),
            key=lambda r: -r.effects.scores[rec],
        )[:3]
        if gains:
            items = [
                f"*{clause(self.rule_title(r.id))}* "
                f"({t.number(r.effects.scores[rec], signed=True)})"
                for r in gains
            ]
            text += t("report.outcome.gains", rules=t.and_list(items))
        return text

    def confidence_md(self) -> str:
        """What the confidence rests on: margin, answered share, open questions."""
        t = self.t
        if self.rec is None:
            return t("report.confidence.no_recommendation")
        parts = [t("report.confidence.answered", answered=self.answered, total=len(self.decision))]
        if len(self.viable) == 1:
            parts.insert(0, t("report.confidence.only"))
        elif not self.result.decided_by_tie:
            margin = t.number(self.viable[0].score - self.viable[1].score)
            parts.insert(0, t("report.confidence.margin", margin=margin))
        still = sum(set(u.possible_recommendations) != {self.rec} for u in self.result.unknowns)
        if still:
            parts.append(t.plural("report.confidence.open", still))
        if self.result.decided_by_tie:
            parts.append(t("report.confidence.tie"))
        confidence = self.texts.confidence[self.result.confidence]
        return t("report.confidence.line", confidence=confidence, reasons=t.and_list(parts))

    def patterns(self) -> list[Fields]:
        """Every pattern with its trade-offs, in pack order; marked trade-offs first."""
        texts = self.texts
        marks = self.result.marks
        out = []
        for pattern in self.pack.patterns:
            key = (pattern.id, marks & texts.tradeoff_ids[pattern.id])
            parts = texts.tradeoffs.get(key)
            if parts is None:
                tradeoffs = sorted(
                    (self.tradeoff(pattern.id, t) for t in pattern.tradeoffs),
                    key=lambda item: not item["marked"],
                )
                parts = texts.tradeoffs[key] = (
                    [t for t in tradeoffs if t["kind"] == "advantage"],
                    [t for t in tradeoffs if t["kind"] == "disadvantage"],
                )
            blocks = self.result.standing(pattern.id).blocked_by
            out.append(
                Fields(
                    id=pattern.id,
                    name=self.names[pattern.id],
                    summary=texts.summaries[pattern.id],
                    good=parts[0],
                    bad=parts[1],
                    ruled_out_md=self.reasons_md(blocks) if blocks else "",
                )
            )
        return out

    def tradeoff(self, pattern: str, tradeoff: TradeOff) -> Fields:
        """A trade-off, with the marker when the answers make it relevant."""
        marked = f"{pattern}.{tradeoff.id}" in self.result.marks
        text = md.prose(tradeoff.text.get_lang(self.lang))
        suffix = self.texts.marker_suffix * marked
        return Fields(kind=tradeoff.kind, marked=marked, text_md=text + suffix)

    def ranking(self) -> list[Fields]:
        """The rows of the score table, best first."""
        return [
            Fields(
                name=self.names[s.pattern],
                recommended=s.pattern == self.rec,
                score=self.t.number(s.score),
                viable=s.viable,
                blocked_md=self.reasons_md(s.blocked_by, cell=True) or "—",
            )
            for s in self.result.ranking
        ]

    def conflicts(self) -> list[Fields]:
        """The hard constraints that leave no pattern viable."""
        return [
            Fields(
                pattern=self.names[b.pattern],
                reason_md=clause(b.reason.get_lang(self.lang)),
                rule=self.rule_title(b.rule),
            )
            for b in self.result.conflicts
        ]

    def label(self, question: str, option: str) -> str:
        """An option's label (the option id itself, e.g. ``unknown``, when it has none)."""
        return self.texts.labels.get((question, option), option)

    def question_text(self, question: str) -> str:
        """A question's text (its id when the pack does not have it)."""
        return self.texts.questions.get(question, question)

    def counterfactuals(self) -> list[Fields]:
        """The single answer changes that change the recommendation."""
        rows = self.texts.counterfactual_rows
        out = []
        for c in self.result.counterfactuals:
            row = rows.get(c)
            if row is None:
                row = rows[c] = Fields(
                    question=self.question_text(c.question),
                    question_id=c.question,
                    label=self.label(c.question, c.answer),
                    answer=c.answer,
                )
                row["item_md"] = self._counterfactual_md(row, c)
            out.append(row)
        return out

    def _counterfactual_md(self, row: Fields, c: Counterfactual) -> str:
        t = self.t
        then = (
            t("report.counterfactual.none_viable")
            if c.recommendation is None
            else t("report.counterfactual.pattern", pattern=self.name_md(c.recommendation))
        )
        return t(
            "report.counterfactual.item",
            question=md.prose(row["question"]),
            answer=md.prose(row["label"]),
            code=md.code(f"{c.question}: {c.answer}"),
            then=then,
        )

    def unknowns(self) -> list[Fields]:
        """The open decision questions; those that could change the decision first."""
        rows = self.texts.unknown_rows
        out = []
        for item in self.result.unknowns:
            row = rows.get((item, self.rec))
            if row is None:
                row = rows[(item, self.rec)] = self._unknown(item)
            out.append(row)
        return sorted(out, key=lambda row: not row["changes"])

    def _unknown(self, item: Unknown) -> Fields:
        leads: dict[str | None, list[str]] = {}
        for answer, outcome in item.outcomes:
            leads.setdefault(outcome, []).append(f"*{clause(self.label(item.question, answer))}*")
        t = self.t
        changes = set(leads) != {self.rec}
        if len(leads) > 1:
            either = t("report.unknown.or")
            where = "; ".join(
                t("report.unknown.lead_if", pattern=self.name_md(outcome), answers=either.join(ans))
                for outcome, ans in leads.items()
            )
            effect = t("report.unknown.could_change", leads=where)
        else:
            key = "report.unknown.any_changes" if changes else "report.unknown.no_change"
            effect = t(key, pattern=self.name_md(next(iter(leads), None)))
        return Fields(
            question=self.question_text(item.question),
            question_id=item.question,
            changes=changes,
            effect_md=effect,
        )

    def rules(self) -> list[Fields]:
        """Every fired rule with its effect, condition and sources, ordered as the drivers."""
        rows = self.texts.rule_rows
        out = []
        for rule in self.fired:
            row = rows.get(rule.id)
            if row is None:
                row = rows[rule.id] = Fields(
                    id=rule.id,
                    title=self.rule_title(rule.id),
                    reason=rule.reason.get_lang(self.lang),
                    when=describe(rule.when),
                    effect_md=self.effects[rule.id],
                    sources=[
                        Fields(
                            section=s.section,
                            quote=s.quote,
                            inferred=s.inferred,
                            source_md=self._source_md(s.section, inferred=s.inferred),
                        )
                        for s in rule.sources
                    ],
                )
                t = self.t
                row["effect_line_md"] = t("report.rule.effect", effect=row["effect_md"])
                row["when_line_md"] = t(
                    "report.rule.when", condition=md.code(row["when"]), id=md.code(rule.id)
                )
            out.append(row)
        return out

    def _source_md(self, section: str, *, inferred: bool) -> str:
        """``Source: *section*``, and why an inferred rule cites it."""
        text = self.t("report.rule.source", section=md.prose(section))
        return text + self.t["report.rule.inferred"] if inferred else text

    def layout(self, project: str) -> Fields:
        """The recommended pattern's starter layout, and the CI files in it."""
        nodes = self.pack.layouts.get(self.rec, ()) if self.rec is not None else ()
        answers = self.result.answers
        not_applicable = self.result.not_applicable
        tree = layout_tree(nodes, answers, project, lang=self.lang)
        still_open = [
            text
            for question, text in self.texts.layout_questions
            if answers.get(question, UNKNOWN) == UNKNOWN and question not in not_applicable
        ]
        return Fields(
            lines=tree.lines,
            fence=md.fence("\n".join(tree.lines)),
            open=still_open,
            open_md=", ".join(f"*{md.prose(text)}*" for text in still_open),
            ci=_ci_entries(tree.paths),
        )

    def answers(self) -> Fields:
        """The answers as table rows and as a replayable answers file (YAML)."""
        team = self.team
        lines = [] if team is None else [f"team: {md.yaml_string(team)}"]
        lines.append("answers:")
        rows = []
        given = self.result.answers
        not_applicable = self.result.not_applicable
        cache = self.texts.answer_rows
        for question in self.texts.question_ids:
            answer = given.get(question, UNKNOWN)
            key = (question, answer, question not in not_applicable)
            found = cache.get(key)
            if found is None:
                found = cache[key] = self._answer(*key)
            rows.append(found[0])
            lines.append(found[1])
        text = "\n".join(lines)
        return Fields(rows=rows, yaml=text, fence=md.fence(text))

    def _answer(self, question: str, answer: str, applies: bool) -> tuple[Fields, str]:
        plain = _YAML_PLAIN.match(answer) and answer not in _YAML_SPECIAL
        line = f"  {question}: {answer if plain else md.yaml_string(answer)}"
        row = Fields(
            question=self.question_text(question),
            answer=answer,
            label=self.label(question, answer),
            applies=applies,
        )
        return row, line


def _ci_entries(paths: Sequence[str]) -> list[str]:
    """The CI/CD files of a layout; files in a CI folder are named by the folder."""
    entries: dict[str, None] = {}
    for path in paths:
        # Every CI marker holds one of these: most paths skip the regex.
        if not ("/." in path or path[:1] == "." or "Jenkinsfile" in path or "pipelines" in path):
            continue
        match = _CI_PATH.search(path)
        if match is None or path.endswith("/"):
            continue
        folder = match.group(2)
        entries[path[: match.end()] if folder.endswith("/") else path] = None
    return list(entries)


def _long_date(date: str | None, lang: str) -> str | None:
    """``date`` as the language writes it (``1 January 2026``); None unless a real ISO date."""
    if date is None or not _ISO_DATE.match(date):
        return None
    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        return None
    return long_date(date, lang)


def report_context(
    result: Result, *, lang: str = DEFAULT_LANGUAGE, date: str | None = None
) -> dict[str, Any]:
    """The template context of a result: dicts (:class:`Fields`), lists and strings.

    Strings are raw text in ``lang``, except under keys ending in ``_md``
    (Markdown, escaped). The same result, language and date give the same context.
    Parts that depend only on the pack (a rule's row, an answer's row) are
    built once and shared between contexts: read them, do not change them.
    """
    build = _Builder(result, lang)
    texts = build.texts
    patterns = build.patterns()
    chosen = next((p for p in patterns if p["id"] == result.recommendation), None)

    def has_marks(items: Sequence[dict[str, Any]]) -> bool:
        return any(t["marked"] for p in items for t in p["good"] + p["bad"])

    flow = texts.flows[chosen["id"]] if chosen else ""
    project = project_name(build.team)
    not_applicable = result.not_applicable
    return {
        "team": build.team,
        "team_yaml": None if build.team is None else md.yaml_string(build.team),
        # An ISO date is a plain YAML scalar; anything else is quoted.
        "date": date if date is None or _ISO_DATE.match(date) else md.yaml_string(date),
        # The date as the report's language writes it, in the body.
        "long_date": _long_date(date, lang),
        "t": texts.t,
        "pack": texts.pack_fields,
        "decision_total": len(build.decision),
        "answered": build.answered,
        "not_applicable": sum(q in not_applicable for q in texts.decision),
        "recommended": chosen,
        "recommended_name_md": build.name_md(result.recommendation),
        "lead_md": build.lead_md(),
        "outcome_md": build.outcome_md(),
        "confidence_md": build.confidence_md(),
        "confidence": texts.confidence[result.confidence],
        "conflicts": build.conflicts(),
        "drivers": build.drivers(),
        "patterns": patterns,
        "ranking": build.ranking(),
        "marker": texts.marker,
        # The marker is explained once, where it first appears.
        "marker_note": (
            "consequences"
            if chosen and has_marks([chosen])
            else "pros_cons"
            if has_marks(patterns)
            else None
        ),
        "prerequisites": [
            Fields(text=p.text.get_lang(lang), mitigation=p.mitigation.get_lang(lang))
            for p in result.prerequisites
        ],
        "counterfactuals": build.counterfactuals(),
        "unknowns": build.unknowns(),
        "rules": build.rules(),
        "flow": flow,
        "flow_fence": texts.fences[chosen["id"]] if chosen else md.fence(flow),
        "project": project,
        "layout": build.layout(project),
        "answers": build.answers(),
    }
