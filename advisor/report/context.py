"""The sentences and rows of one report, composed from a result in one language.

Convention: strings are raw text, already in the report's language, and the
template escapes them on output (``inline`` for untrusted text,
``prose``/``prose_cell`` for pack text); names ending in ``_md`` hold
Markdown composed here from escaped parts. Parts that depend only on the pack
(a rule's row, an answer's row) are built once, kept in
:class:`~advisor.report.packtexts.PackTexts` and shared between reports:
read them, do not change them.
"""

from __future__ import annotations

from collections.abc import Sequence

from advisor import markdown as md
from advisor.conditions import UNKNOWN, describe
from advisor.model import Rule, TradeOff
from advisor.report.packtexts import Fields, PackTexts, clause
from advisor.report.texts import Texts
from advisor.result import Block, Counterfactual, Result, Standing, Unknown, cached_property


class Composer:
    """The sentences and rows of the report of one result in one language.

    Everything is computed on first use: a report writer that finds a part
    of the report already rendered for the same values never asks for it.
    """

    def __init__(self, result: Result, texts: PackTexts) -> None:
        self.result = result
        self.pack = result.pack
        self.lang = texts.lang
        self.rec = result.recommendation
        self.texts = texts
        self.t: Texts = texts.t
        # A blank name is no name: it would leave "for :" in the title.
        self.team = result.team if result.team and md.one_line(result.team) else None
        self.names = texts.names

    @cached_property
    def team_yaml(self) -> str:
        """The team's name as a YAML string."""
        return md.yaml_string(self.team or "")

    @cached_property
    def viable(self) -> list[Standing]:
        """The viable patterns, best first."""
        return [s for s in self.result.ranking if s.viable]

    @cached_property
    def decision(self) -> list[str]:
        """The decision questions that apply to this team."""
        not_applicable = self.result.not_applicable
        return [q for q in self.texts.decision if q not in not_applicable]

    @cached_property
    def answered(self) -> int:
        """How many of the applicable decision questions are answered."""
        answers = self.result.answers
        return sum(answers.get(q, UNKNOWN) != UNKNOWN for q in self.decision)

    @cached_property
    def not_applicable(self) -> int:
        """How many decision questions do not apply to this team."""
        return len(self.texts.decision) - len(self.decision)

    @cached_property
    def fired(self) -> list[Rule]:
        """The fired rules, most decisive first: hard constraints, then by size of effect.

        The sort is stable: rules of equal weight keep the pack's order.
        """
        weights = self.texts.weights
        return sorted(self.result.fired, key=lambda r: weights[r.id])

    @cached_property
    def gains(self) -> tuple[Rule, ...]:
        """The (at most) three fired rules that add most to the recommendation's score."""
        rec = self.rec
        if rec is None:
            return ()
        found = sorted(
            (r for r in self.result.fired if r.effects.scores.get(rec, 0) > 0),
            key=lambda r: -r.effects.scores[rec],
        )
        return tuple(found[:3])

    @cached_property
    def still_open(self) -> int:
        """How many open questions could still change the recommendation."""
        return sum(item.decisive for item in self.result.unknowns)

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

    def driver(self, rule: Rule) -> Fields:
        """One of MADR's decision drivers: a fired rule's title and effect."""
        return Fields(title=self.rule_title(rule.id), effect_md=self.effect_md(rule))

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
        gains = self.gains
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
        still = self.still_open
        if still:
            parts.append(t.plural("report.confidence.open", still))
        if self.result.decided_by_tie:
            parts.append(t("report.confidence.tie"))
        confidence = self.texts.confidence[self.result.confidence]
        return t("report.confidence.line", confidence=confidence, reasons=t.and_list(parts))

    def pattern(self, pattern_id: str) -> Fields:
        """A pattern with its trade-offs (marked ones first) and what rules it out."""
        texts = self.texts
        pattern = self.pack.pattern(pattern_id)
        tradeoffs = sorted(
            (self.tradeoff(pattern_id, t) for t in pattern.tradeoffs),
            key=lambda item: not item["marked"],
        )
        blocks = self.result.standing(pattern_id).blocked_by
        return Fields(
            id=pattern_id,
            name=self.names[pattern_id],
            summary=texts.summaries[pattern_id],
            good=[t for t in tradeoffs if t["kind"] == "advantage"],
            bad=[t for t in tradeoffs if t["kind"] == "disadvantage"],
            ruled_out_md=self.reasons_md(blocks) if blocks else "",
        )

    def prerequisites(self) -> list[Fields]:
        """What the recommended pattern needs, and how to get it."""
        lang = self.lang
        return [
            Fields(text=p.text.get_lang(lang), mitigation=p.mitigation.get_lang(lang))
            for p in self.result.prerequisites
        ]

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
        out = []
        for c in self.result.counterfactuals:
            row = Fields(
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

    def unknown(self, item: Unknown) -> Fields:
        """An open decision question and where its answers would lead."""
        leads: dict[str | None, list[str]] = {}
        for answer, outcome in item.outcomes:
            leads.setdefault(outcome, []).append(f"*{clause(self.label(item.question, answer))}*")
        t = self.t
        if len(leads) > 1:
            either = t("report.unknown.or")
            where = "; ".join(
                t("report.unknown.lead_if", pattern=self.name_md(outcome), answers=either.join(ans))
                for outcome, ans in leads.items()
            )
            effect = t("report.unknown.could_change", leads=where)
        else:
            key = "report.unknown.any_changes" if item.decisive else "report.unknown.no_change"
            effect = t(key, pattern=self.name_md(next(iter(leads), None)))
        return Fields(
            question=self.question_text(item.question),
            question_id=item.question,
            effect_md=effect,
        )

    def rule(self, rule: Rule) -> Fields:
        """A fired rule with its effect, condition and sources."""
        t = self.t
        when = describe(rule.when)
        return Fields(
            id=rule.id,
            title=self.rule_title(rule.id),
            reason=rule.reason.get_lang(self.lang),
            effect_line_md=t("report.rule.effect", effect=self.effect_md(rule)),
            when_line_md=t("report.rule.when", condition=md.code(when), id=md.code(rule.id)),
            sources=[
                Fields(quote=s.quote, source_md=self._source_md(s.section, inferred=s.inferred))
                for s in rule.sources
            ],
        )

    def _source_md(self, section: str, *, inferred: bool) -> str:
        """``Source: *section*``, and why an inferred rule cites it."""
        text = self.t("report.rule.source", section=md.prose(section))
        return text + self.t["report.rule.inferred"] if inferred else text

    def answer(self, question: str, answer: str, applies: bool) -> Fields:
        """A row of the answers table."""
        return Fields(
            question=self.question_text(question),
            answer=answer,
            label=self.label(question, answer),
            applies=applies,
        )
