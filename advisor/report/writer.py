"""The Markdown report: the template's parts, rendered once per distinct input and joined.

The template ``templates/report.md.j2`` holds one macro per part of the
report, in the report's order. A batch writes thousands of reports from one
pack, and most parts depend on a few values: a fired rule's section on the
rule alone, the lead on the ranking, the trade-offs on the marks. Such a
part is rendered once per process for each distinct key and reused; only
the parts that name the team (front matter, title, context, layout,
answers) are rendered for every report. The output is the same as
rendering every part afresh: a key holds everything its part reads.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from advisor import markdown as md
from advisor.conditions import UNKNOWN, questions_of
from advisor.layout import project_name
from advisor.model import Rule
from advisor.pack import Pack
from advisor.report.context import Composer, front_date, report_date, yaml_answer
from advisor.report.packtexts import Fields, pack_texts
from advisor.result import Result, Unknown

# Parts kept per writer before they are dropped and rendered anew: bounds
# the memory of a batch over profiles that share little (10,000 random
# profiles of the default pack need about 20,000 parts, 6 MB).
PARTS_MAX = 65536
# Stand-ins for the team's name and its project folder's name, put in after
# rendering: Unicode noncharacters, reserved for a program's internal use, so
# no text of a pack holds them, and no escaping changes them.
_TEAM = "\ufdd0"
_PROJECT = "\ufdd1"


class ReportWriter:
    """Writes the Markdown reports of one pack in one language.

    Args:
        pack: the pack the results come from.
        lang: the report's language.
        macros: the template module (:meth:`jinja2.Template.make_module`)
            built with ``t`` and ``marker`` for ``lang``.
    """

    def __init__(self, pack: Pack, lang: str, macros: Any) -> None:
        self.pack = pack
        self.texts = texts = pack_texts(pack, lang)
        self.macros = macros
        self.parts: dict[Hashable, str] = {}
        # Per (question, answer, applies): the table row and the YAML line.
        self.answer_lines: dict[tuple[str, str, bool], tuple[str, str]] = {}
        # Per (pattern, what the layout reads, project name length).
        self.layouts: dict[Hashable, Fields] = {}
        patterns = [
            Fields(id=p.id, name=texts.names[p.id], summary=texts.summaries[p.id])
            for p in pack.patterns
        ]
        self.options = macros.options(patterns)
        self.rules_head = macros.rules_head()
        self.no_rules = macros.no_rules()
        self.answers_head = macros.answers_head()
        self.replay = macros.replay(texts.pack_fields)
        self.named = {p["id"]: p for p in patterns}
        self.order = {p.id: pos for pos, p in enumerate(pack.patterns)}
        # Every trade-off a rule can mark: a mark elsewhere is not shown.
        self.all_marks = frozenset().union(*texts.tradeoff_ids.values())
        # The questions a layout reads: its conditions, and the layout
        # questions it names while they are open.
        reads = dict.fromkeys(q for q, _ in texts.layout_questions)
        pending = [node for nodes in pack.layouts.values() for node in nodes]
        while pending:
            node = pending.pop()
            if node.when is not None:
                reads.update(dict.fromkeys(questions_of(node.when)))
            pending.extend(node.children)
        self.layout_reads = tuple(reads)

    def _part(self, key: Hashable, render: Callable[..., str], *args: Any) -> str:
        """The part under ``key``, rendered by ``render(*args)`` the first time."""
        found = self.parts.get(key)
        if found is None:
            if len(self.parts) >= PARTS_MAX:
                self.parts.clear()
            found = self.parts[key] = render(*args)
        return found

    def _driver(self, c: Composer, rule: Rule) -> str:
        return str(self.macros.driver(c.driver(rule)))

    def _unknown(self, c: Composer, item: Unknown) -> str:
        return str(self.macros.unknown(c.unknown(item)))

    def _pattern(self, c: Composer, pattern: str) -> str:
        return str(self.macros.pattern(c.pattern(pattern)))

    def _rule(self, c: Composer, rule: Rule) -> str:
        return str(self.macros.rule(c.rule(rule)))

    def render(self, result: Result, date: str | None) -> str:
        """The Markdown report of ``result``, dated ``date`` (``None``: no date)."""
        m = self.macros
        part = self._part
        texts = self.texts
        c = Composer(result, texts)
        rec = result.recommendation
        team = c.team
        named = team is not None
        team_md = _TEAM if named else None
        tie = result.decided_by_tie
        # The ranking as plain values (a Block's reason is a dict, slow to hash).
        blocked = {s.pattern: tuple([b.rule for b in s.blocked_by]) for s in result.ranking}
        rank = (tuple([(s.pattern, s.score) for s in result.ranking]), tuple(blocked.items()), tie)
        confidence = result.confidence
        answered = c.answered
        total = len(c.decision)
        chosen = None if rec is None else self.named[rec]
        prerequisites = result.prerequisites
        marks = result.marks
        note = self.marker_note(rec, marks)
        viable = c.viable
        fired = c.fired
        # The unknowns that could change the decision come first.
        opened: list[str] = []
        settled: list[str] = []
        for u in result.unknowns:
            line = part(("unknown", u), self._unknown, c, u)
            (settled if {outcome for _, outcome in u.outcomes} == {rec} else opened).append(line)
        project = project_name(team)
        # The project folder's name, and where it shows, depend on the team:
        # those parts are rendered with a stand-in of the same length (the
        # tree's notes stay aligned) and the name put in afterwards.
        stand = _PROJECT * len(project)
        layout_key = (rec, self.layout_answers(result), len(project))
        layout = self.layouts.get(layout_key)
        if layout is None:
            if len(self.layouts) >= PARTS_MAX:
                self.layouts.clear()
            layout = self.layouts[layout_key] = c.layout(stand)
        parts = [
            part(("front", date, named), lambda: m.front(front_date(date), team_md)),
            part(("title", rec, named), lambda: m.title(team_md, c.name_md(rec))),
            part(("lead", rank, confidence), lambda: m.lead(c.lead_md(), c.conflicts())),
            part(
                ("statement", named, answered, total, c.not_applicable, date),
                lambda: m.statement(
                    texts.pack_fields,
                    team_md,
                    answered,
                    total,
                    c.not_applicable,
                    report_date(date, texts.lang),
                ),
            ),
            m.drivers("\n".join([part(("driver", r.id), self._driver, c, r) for r in fired])),
            self.options,
            part(
                (
                    "outcome",
                    rec,
                    tie,
                    tuple([(s.pattern, s.score) for s in viable[:2]]),
                    tuple([r.id for r in c.gains]),
                ),
                lambda: m.outcome(c.outcome_md()),
            ),
            part(("scores", rank), lambda: m.scores(c.ranking())),
            part(
                (
                    "confidence",
                    rec,
                    confidence,
                    tie,
                    answered,
                    total,
                    len(opened),
                    viable[0].score - viable[1].score if len(viable) > 1 else None,
                ),
                lambda: m.confidence(c.confidence_md()),
            ),
            part(
                ("consequences", rec, note, self.own_marks(rec, marks)),
                lambda: m.consequences(None if rec is None else c.pattern(rec), note),
            ),
            part(
                ("prerequisites", rec, tuple([p.rule for p in prerequisites])),
                lambda: m.prerequisites_(chosen, c.prerequisites()),
            ),
            part(
                ("confirmation", *layout_key, bool(prerequisites)),
                lambda: m.confirmation(chosen, layout["lines"], layout["ci"], prerequisites),
            ).replace(stand, project),
            part(
                ("counterfactuals", result.counterfactuals, bool(answered)),
                lambda: m.counterfactuals(c.counterfactuals(), answered),
            ),
            m.unknowns("\n".join(opened + settled)),
            part(("pros_cons", note), lambda: m.pros_cons(note)),
        ]
        for pid in self.order:
            parts.append(
                part(
                    ("pattern", pid, self.own_marks(pid, marks), blocked[pid]),
                    self._pattern,
                    c,
                    pid,
                )
            )
        parts.append(self.rules_head)
        if fired:
            parts += [part(("rule", r.id), self._rule, c, r) for r in fired]
        else:
            parts.append(self.no_rules)
        parts.append(
            part(
                ("flow_layout", *layout_key),
                lambda: m.flow_layout(
                    chosen,
                    texts.fences[rec] if rec is not None else md.fence(""),
                    texts.flows[rec] if rec is not None else "",
                    stand,
                    layout,
                ),
            ).replace(stand, project)
        )
        parts.append(self.answers(c, result))
        if team is not None:
            parts[0] = parts[0].replace(_TEAM, c.team_yaml)
            inline = md.inline(team)
            parts[1] = parts[1].replace(_TEAM, inline)
            parts[3] = parts[3].replace(_TEAM, inline)
        return "".join(parts)

    def answers(self, c: Composer, result: Result) -> str:
        """The answers table and the replayable answers file."""
        answers = result.answers
        not_applicable = result.not_applicable
        lines = self.answer_lines
        rows = []
        yaml = [] if c.team is None else [f"team: {c.team_yaml}"]
        yaml.append("answers:")
        for question in self.texts.question_ids:
            key = (question, answers.get(question, UNKNOWN), question not in not_applicable)
            found = lines.get(key)
            if found is None:
                found = lines[key] = (self.macros.answer(c.answer(*key)), yaml_answer(*key[:2]))
            rows.append(found[0])
            yaml.append(found[1])
        text = "\n".join(yaml)
        m = self.macros
        return "".join(
            [self.answers_head, "\n".join(rows), self.replay, m.yaml_block(text, md.fence(text))]
        )

    def layout_answers(self, result: Result) -> tuple[tuple[str, bool], ...]:
        """What the starter layout reads: the answers its conditions and open questions read."""
        answers = result.answers
        not_applicable = result.not_applicable
        return tuple([(answers.get(q, UNKNOWN), q in not_applicable) for q in self.layout_reads])

    def own_marks(self, pattern: str | None, marks: frozenset[str]) -> frozenset[str]:
        """The marks that fall on ``pattern``'s trade-offs."""
        return marks & self.texts.tradeoff_ids[pattern] if pattern is not None else frozenset()

    def marker_note(self, rec: str | None, marks: frozenset[str]) -> str | None:
        """Where the "applies to you" marker is explained: where it first appears."""
        if self.own_marks(rec, marks):
            return "consequences"
        return "pros_cons" if marks & self.all_marks else None
