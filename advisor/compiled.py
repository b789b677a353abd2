"""The fast form of a pack, built once at load: answers as small integers,
conditions as lookup tables (:mod:`advisor.tables`).

Each question's answer is an integer: 0 for unknown, 1..n for its options in
order. Rules that read one question are folded into per-answer
contributions; the parts of a result that depend only on which rules fired
are built here once and shared by every result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from advisor.conditions import UNKNOWN, questions_of
from advisor.effects import (
    Alternatives,
    Contribution,
    Decision,
    Swap,
    alternatives,
    contribution,
    swap,
)
from advisor.model import Pattern, Question, Rule
from advisor.result import Block, Counterfactual, Prerequisite, Unknown
from advisor.tables import Answers, Test, by_byte, compile_condition


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule reduced to what scoring needs.

    ``flip`` is, for the what-if analysis, what the rule changes when it flips,
    indexed by whether it fired: ``flip[0]`` swaps its effect in, ``flip[1]``
    out.
    """

    index: int
    test: Test
    scores: tuple[tuple[int, float], ...]
    vetoes: tuple[int, ...]
    reads: tuple[int, ...]
    flip: tuple[Swap, Swap]


@dataclass(frozen=True, slots=True)
class Compiled:
    """Everything the engine reads, indexed by position.

    Rules that read one question are folded into ``single[question][code]``:
    their combined effect for that answer, so scoring adds one contribution per
    answered question (``contributions``: the rows of the questions that have
    some, with their positions). Rules that read several questions
    (``multi_rules``) are tested one by one.
    ``conditional`` lists the questions with a ``when`` and its test, in
    order. For the what-if analysis, ``alternatives[question][current]``
    swaps the contribution of answer ``current`` for each other answer's;
    ``decisions`` gathers what it reads of each decision question.

    The parts of a result that depend only on which rules fire are built here
    once, and shared by every result:

    - ``blocks``: for each rule that vetoes, its index and, in order, the
      pattern position and :class:`~advisor.result.Block` of each veto;
      ``vetoing_bits``: the bits of those rules.
    - ``fired_by_byte[k][value]``: the rules that byte ``k`` of the fired
      rules' bits (rules ``8k .. 8k + 7``) stands for, in pack order;
      ``marks_by_byte`` likewise, their marks.
    - ``requirements[pattern]``: the pattern's standing prerequisites;
      ``prerequisites[pattern]``: for each rule that names some for it, the
      rule's index and those prerequisites.
    """

    question_ids: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    option_codes: tuple[dict[str, int], ...]
    decision: tuple[int, ...]
    applies: tuple[Test | None, ...]
    conditional: tuple[tuple[int, Test], ...]
    rules: tuple[CompiledRule, ...]
    patterns: tuple[str, ...]
    pattern_positions: dict[str, int]
    tie_order: tuple[int, ...]
    tie_rank: tuple[int, ...]
    labels: tuple[tuple[str, ...], ...]
    spellings: dict[str, dict[str, str]]
    positions: dict[str, int]
    codes: tuple[dict[str, int], ...]
    single: tuple[tuple[Contribution, ...], ...]
    contributions: tuple[tuple[int, tuple[Contribution, ...]], ...]
    multi_rules: tuple[CompiledRule, ...]
    vetoing: tuple[int, ...]
    alternatives: tuple[tuple[Alternatives, ...], ...]
    decisions: tuple[Decision, ...]
    blocks: tuple[tuple[int, tuple[tuple[int, Block], ...]], ...]
    vetoing_bits: int
    fired_by_byte: tuple[tuple[tuple[Rule, ...], ...], ...]
    marks_by_byte: tuple[tuple[tuple[str, ...], ...], ...]
    requirements: tuple[tuple[Prerequisite, ...], ...]
    prerequisites: tuple[tuple[tuple[int, tuple[Prerequisite, ...]], ...], ...]

    def decode(self, codes: Answers) -> dict[str, str]:
        """Codes back to question id -> option id (``unknown`` for 0)."""
        labels = self.labels
        return dict(
            zip(
                self.question_ids,
                [labels[pos][code] for pos, code in enumerate(codes)],
                strict=True,
            )
        )

    def encode(self, answers: dict[str, str]) -> list[int]:
        """Answers (question id -> option id, valid) as codes; missing = 0."""
        return [
            self.option_codes[pos].get(answers.get(qid, UNKNOWN), 0)
            for pos, qid in enumerate(self.question_ids)
        ]

    def mask(self, raw: Answers) -> list[int]:
        """The effective answers: a question whose ``when`` is false counts as unknown."""
        effective = list(raw)
        for pos, applies in self.conditional:
            if not applies(effective):
                effective[pos] = 0
        return effective

    def applicable(self, effective: Answers) -> list[bool]:
        """Whether each question is asked, given the effective answers."""
        return [applies is None or applies(effective) for applies in self.applies]


def compile_pack(
    questions: Sequence[Question],
    patterns: Sequence[Pattern],
    rules: Sequence[Rule],
    tie_order: Sequence[str],
) -> Compiled:
    """Build the fast form. The pack must already be checked (references sound)."""
    index = {question.id: pos for pos, question in enumerate(questions)}
    accepted = {q.id: spellings(q) for q in questions}
    pattern_pos = {pattern.id: pos for pos, pattern in enumerate(patterns)}
    applies = tuple(
        None if q.when is None else compile_condition(q.when, questions, index) for q in questions
    )
    readers: list[list[int]] = [[] for _ in questions]
    for pos, question in enumerate(questions):
        if question.when is not None:
            for name in questions_of(question.when):
                readers[index[name]].append(pos)
    nothing = contribution(0, (), (), len(patterns))
    compiled_rules = []
    rules_reading: list[list[int]] = [[] for _ in questions]
    for rule_pos, rule in enumerate(rules):
        reads = tuple(index[name] for name in questions_of(rule.when))
        for pos in reads:
            rules_reading[pos].append(rule_pos)
        totals = [0.0] * len(patterns)
        for name, delta in rule.effects.scores.items():
            totals[pattern_pos[name]] += delta
        scores = tuple((pos, delta) for pos, delta in enumerate(totals) if delta)
        vetoes = tuple(sorted({pattern_pos[v.pattern] for v in rule.effects.vetoes}))
        effect = contribution(1 << rule_pos, scores, vetoes, len(patterns))
        compiled_rules.append(
            CompiledRule(
                index=rule_pos,
                test=compile_condition(rule.when, questions, index),
                scores=scores,
                vetoes=vetoes,
                reads=reads,
                flip=(swap(nothing, effect), swap(effect, nothing)),
            )
        )
    single = tuple(
        _contributions(compiled_rules, pos, len(q.options), len(questions), nothing)
        for pos, q in enumerate(questions)
    )
    contributions = tuple((pos, row) for pos, row in enumerate(single) if any(c.bits for c in row))
    multi_rules = tuple(rule for rule in compiled_rules if len(rule.reads) != 1)
    multi_reading = tuple(
        tuple(i for i in reading if len(compiled_rules[i].reads) != 1) for reading in rules_reading
    )
    choices = tuple(
        tuple(alternatives(row, current) for current in range(len(row))) for row in single
    )
    moves = [_moves(readers, pos) for pos in range(len(questions))]
    leads = (*pattern_pos, None)  # the recommendation, by best pattern position (last: none)
    decisions = tuple(
        Decision(
            position=pos,
            id=q.id,
            options=tuple(option.id for option in q.options),
            applies=applies[pos],
            alternatives=choices[pos],
            moves=moves[pos],
            switches=tuple(
                (other, test) for other in moves[pos][1:] if (test := applies[other]) is not None
            ),
            reading=tuple(
                compiled_rules[index]
                for index in sorted({rule for m in moves[pos] for rule in multi_reading[m]})
            ),
            plain=not (readers[pos] or multi_reading[pos]),
            steady=tuple(
                Unknown(q.id, tuple((option.id, best) for option in q.options), best)
                for best in leads
            ),
            outcomes=tuple(tuple((option.id, name) for name in leads) for option in q.options),
            counterfactuals=tuple(
                tuple(Counterfactual(q.id, option.id, name) for name in leads)
                for option in q.options
            ),
        )
        for pos, q in enumerate(questions)
        if q.kind == "decision"
    )
    return Compiled(
        question_ids=tuple(index),
        options=tuple(tuple(option.id for option in q.options) for q in questions),
        option_codes=tuple(
            {option.id: code for code, option in enumerate(q.options, start=1)} for q in questions
        ),
        decision=tuple(pos for pos, q in enumerate(questions) if q.kind == "decision"),
        applies=applies,
        conditional=tuple((pos, test) for pos, test in enumerate(applies) if test is not None),
        rules=tuple(compiled_rules),
        patterns=tuple(pattern_pos),
        pattern_positions=pattern_pos,
        tie_order=tuple(pattern_pos[name] for name in tie_order),
        tie_rank=tuple(list(tie_order).index(name) for name in pattern_pos),
        labels=tuple((UNKNOWN, *(option.id for option in q.options)) for q in questions),
        spellings=accepted,
        positions=index,
        single=single,
        contributions=contributions,
        multi_rules=multi_rules,
        vetoing=tuple(rule.index for rule in compiled_rules if rule.vetoes),
        vetoing_bits=sum(1 << rule.index for rule in compiled_rules if rule.vetoes),
        codes=tuple(
            {
                spelling: ([UNKNOWN, *(o.id for o in q.options)]).index(option)
                for spelling, option in accepted[q.id].items()
            }
            for q in questions
        ),
        alternatives=choices,
        decisions=decisions,
        blocks=tuple(
            (index, _blocks(rule, pattern_pos))
            for index, rule in enumerate(rules)
            if rule.effects.vetoes
        ),
        fired_by_byte=by_byte(rules, tuple),
        marks_by_byte=by_byte(
            rules, lambda chosen: tuple(mark for rule in chosen for mark in rule.effects.marks)
        ),
        requirements=tuple(
            tuple(Prerequisite(p.id, item.text, item.mitigation, None) for item in p.requires)
            for p in patterns
        ),
        prerequisites=tuple(_prerequisites(rules, pattern.id) for pattern in patterns),
    )


def _blocks(rule: Rule, pattern_pos: dict[str, int]) -> tuple[tuple[int, Block], ...]:
    """The vetoes of ``rule`` as blocks, each with its pattern's position."""
    return tuple(
        (pattern_pos[veto.pattern], Block(rule.id, veto.pattern, veto.reason))
        for veto in rule.effects.vetoes
    )


def _prerequisites(
    rules: Sequence[Rule], pattern: str
) -> tuple[tuple[int, tuple[Prerequisite, ...]], ...]:
    """The rules that name prerequisites of ``pattern``: each one's index and those."""
    found = []
    for index, rule in enumerate(rules):
        items = tuple(
            Prerequisite(item.pattern, item.text, item.mitigation, rule.id)
            for item in rule.effects.prerequisites
            if item.pattern == pattern
        )
        if items:
            found.append((index, items))
    return tuple(found)


def _moves(readers: Sequence[Sequence[int]], question: int) -> tuple[int, ...]:
    """``question`` and the questions whose ``when`` reads it, directly or not, in order."""
    found = {question}
    todo = [question]
    while todo:
        for reader in readers[todo.pop()]:
            if reader not in found:
                found.add(reader)
                todo.append(reader)
    return tuple(sorted(found))


def _contributions(
    rules: Sequence[CompiledRule],
    question: int,
    options: int,
    questions: int,
    nothing: Contribution,
) -> tuple[Contribution, ...]:
    """The combined effect of the rules reading only ``question``, per answer code."""
    own = [rule for rule in rules if rule.reads == (question,)]
    row = []
    for code in range(options + 1):
        answers = [0] * questions
        answers[question] = code
        hits = [rule for rule in own if rule.test(answers)]
        if not hits:
            row.append(nothing)
            continue
        totals: dict[int, float] = {}
        for rule in hits:
            for pos, delta in rule.scores:
                totals[pos] = totals.get(pos, 0.0) + delta
        row.append(
            contribution(
                sum(1 << rule.index for rule in hits),
                tuple(sorted((pos, delta) for pos, delta in totals.items() if delta)),
                tuple(pos for rule in hits for pos in rule.vetoes),
                len(nothing.totals),
            )
        )
    return tuple(row)


_SYNONYMS = {"yes": ("true", "on", "y"), "no": ("false", "off", "n")}


def spellings(question: Question) -> dict[str, str]:
    """Every accepted way to write an answer to ``question`` -> the answer it means.

    Option ids in any case, ``unknown`` and the empty string, and for yes/no
    options the YAML 1.1 and spreadsheet spellings (``true``, ``on``, ``Y``...).
    """
    accepted = {"": UNKNOWN, UNKNOWN: UNKNOWN}
    ids = [option.id for option in question.options]
    for option in ids:
        accepted[option.lower()] = option
        for synonym in _SYNONYMS.get(option, ()):
            accepted.setdefault(synonym, option)
    accepted.update({option: option for option in ids})
    return accepted
