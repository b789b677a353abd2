"""The Markdown report: the template's parts, rendered once per distinct input and joined.

The template ``templates/report.md.j2`` holds one macro per part of the
report, in the report's order. A batch writes thousands of reports from one
pack, and most parts depend on a few values: a fired rule's section on the
rule alone, the lead on the ranking, the trade-offs on the marks. Such a
part is rendered once per process for each distinct key and reused; only
the parts that name the team (front matter, title, context, layout,
answers) are rendered for every report. The output is the same as
rendering every part afresh: a key holds everything its part reads.

Parts are kept as UTF-8 bytes and joined as bytes: a batch writes bytes,
and encoding each report whole would cost as much as joining it. The
parts that wrap a list (the drivers, the open questions, the answers file,
the layout tree) are rendered once with stand-ins and split around them
(:class:`_Frame`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from advisor import markdown as md
from advisor.conditions import UNKNOWN
from advisor.layout import layout_shape, project_name, shaped_lines, shaped_paths
from advisor.model import LayoutNode, Rule
from advisor.pack import Pack
from advisor.report.context import Composer
from advisor.report.packtexts import Fields, pack_texts
from advisor.report.values import ci_entries, front_date, report_date, yaml_answer
from advisor.result import Prerequisite, Result, Unknown

T = TypeVar("T")

# Parts kept per writer before they are dropped and rendered anew: bounds
# the memory of a batch over profiles that share little (10,000 random
# profiles of the default pack need about 20,000 parts, 6 MB).
PARTS_MAX = 65536
# Stand-ins for the team's name and its project folder's name, put in after
# rendering: Unicode noncharacters, reserved for a program's internal use.
# The loader refuses a pack that holds one, and no escaping changes them.
_TEAM = "\ufdd0"
_PROJECT = "\ufdd1"
_TEAM_BYTES = _TEAM.encode()
_PROJECT_BYTES = _PROJECT.encode()
# Stand-ins for the arguments of a frame (see _Frame).
_SLOTS = "\ufdd2\ufdd3\ufdd4"
_SLOT = re.compile(f"([{_SLOTS}])")
# The fence of a code block whose text holds no backtick.
_FENCE = md.fence("")


class _Frame:
    """A macro's output around its arguments, rendered once with stand-ins.

    ``frame.fill(a, b)`` gives the bytes of ``macro(a, b)``: for arguments
    that are all empty, the macro's output for empty arguments (rendered
    once too: a list's macro says "none" then); otherwise the output for the
    stand-ins, with the arguments put in their place. The arguments are
    never searched, so no argument text can be mistaken for a stand-in. The
    macro must take the same branches for any non-empty arguments.
    """

    __slots__ = ("empty", "pieces")

    def __init__(self, macro: Callable[..., Any], arity: int) -> None:
        text = str(macro(*_SLOTS[:arity]))
        self.pieces: list[bytes | int] = [
            _SLOTS.index(piece) if index % 2 else piece.encode()
            for index, piece in enumerate(_SLOT.split(text))
        ]
        self.empty = _bytes(macro(*[""] * arity))

    def fill(self, *args: bytes) -> bytes:
        """The macro's output with ``args`` in place."""
        if not any(args):
            return self.empty
        return b"".join([args[piece] if isinstance(piece, int) else piece for piece in self.pieces])


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
        self.parts: dict[Hashable, bytes] = {}
        # Per (pattern, layout shape): whether the layout has files, and its CI/CD files.
        self.ci: dict[tuple[str | None, int], tuple[bool, tuple[str, ...]]] = {}
        # Per question, per (answer given, applies): the table row and the YAML line.
        self.answer_lines: dict[str, dict[tuple[str, bool], tuple[bytes, bytes]]] = {
            question: {} for question in texts.question_ids
        }
        patterns = [
            Fields(id=p.id, name=texts.names[p.id], summary=texts.summaries[p.id])
            for p in pack.patterns
        ]
        self.named = {p["id"]: p for p in patterns}
        self.options = _bytes(macros.options(patterns))
        self.rules_head = _bytes(macros.rules_head())
        self.no_rules = _bytes(macros.no_rules())
        self.no_flow_layout = _bytes(macros.no_flow_layout())
        self.flows = {
            p.id: _bytes(macros.flow(self.named[p.id], texts.fences[p.id], texts.flows[p.id]))
            for p in pack.patterns
        }
        self.drivers = _Frame(macros.drivers, 1)
        self.unknowns = _Frame(macros.unknowns, 1)
        self.yaml_block = _Frame(macros.yaml_block, 2)
        self.tree = _Frame(macros.tree, 2)
        self.answers_head = _bytes(macros.answers_head())
        self.order = {p.id: pos for pos, p in enumerate(pack.patterns)}
        # Every trade-off a rule can mark: a mark elsewhere is not shown.
        self.all_marks = frozenset().union(*texts.tradeoff_ids.values())

    def _part(self, key: Hashable, render: Callable[..., object], *args: Any) -> bytes:
        """The part under ``key``, rendered by ``render(*args)`` the first time."""
        return _kept(self.parts, key, _rendered, render, *args)

    def _driver(self, c: Composer, rule: Rule) -> str:
        return str(self.macros.driver(c.driver(rule)))

    def _unknown(self, c: Composer, item: Unknown) -> str:
        return str(self.macros.unknown(c.unknown(item)))

    def _pattern(self, c: Composer, pattern: str) -> str:
        return str(self.macros.pattern(c.pattern(pattern)))

    def _rule(self, c: Composer, rule: Rule) -> str:
        return str(self.macros.rule(c.rule(rule)))

    def render(self, result: Result, date: str | None) -> bytes:
        """The Markdown report of ``result`` in UTF-8, dated ``date`` (``None``: no date)."""
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
        opened: list[bytes] = []
        settled: list[bytes] = []
        for u in result.unknowns:
            line = part(("unknown", u), self._unknown, c, u)
            (opened if u.decisive else settled).append(line)
        project = project_name(team)
        project_bytes = project.encode()
        nodes = self.pack.layouts.get(rec, ()) if rec is not None else ()
        shape = layout_shape(nodes, result.answers)
        lines = b"\n".join([part(("driver", r.id), self._driver, c, r) for r in fired])
        open_lines = b"\n".join(opened + settled)
        parts = [
            part(("front", date, named), lambda: m.front(front_date(date), team_md)),
            part(
                ("title", rec, named),
                lambda: m.title(texts.pack_fields, team_md, c.name_md(rec)),
            ),
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
            self.drivers.fill(lines),
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
            self.confirmation(c, chosen, nodes, shape, prerequisites).replace(
                _PROJECT_BYTES, project_bytes
            ),
            part(
                ("counterfactuals", result.counterfactuals, bool(answered)),
                lambda: m.counterfactuals(c.counterfactuals(), answered),
            ),
            self.unknowns.fill(open_lines),
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
        if rec is None:
            parts.append(self.no_flow_layout)
        else:
            # The project folder's name depends on the team: these parts are
            # rendered with a stand-in (in the tree, of the same length, so
            # that the notes stay aligned) and the name put in afterwards.
            still_open = self.still_open(result)
            stand = _PROJECT * len(project)
            parts += [
                self.flows[rec],
                part(("layout", still_open), self._layout_intro, still_open).replace(
                    _PROJECT_BYTES, project_bytes
                ),
                part(
                    ("tree", rec, shape, len(project)), self._tree, rec, nodes, shape, stand
                ).replace(stand.encode(), project_bytes),
            ]
        parts.append(self.answers(c, result, date))
        if team is not None:
            parts[0] = parts[0].replace(_TEAM_BYTES, c.team_yaml.encode())
            inline = md.inline(team).encode()
            parts[1] = parts[1].replace(_TEAM_BYTES, inline)
            parts[3] = parts[3].replace(_TEAM_BYTES, inline)
        return b"".join(parts)

    def answers(self, c: Composer, result: Result, date: str | None) -> bytes:
        """The answers table and the replayable answers file, with the command that replays it."""
        # The answer as given: one to a question that does not apply is kept
        # in the answers file (replayed, it does not apply again).
        not_applicable = result.not_applicable
        given = result.given if not_applicable else result.answers
        rows = []
        yaml = [b"answers:"]
        for question, lines in self.answer_lines.items():
            key = (given.get(question, UNKNOWN), question not in not_applicable)
            found = lines.get(key)
            if found is None:
                answer, applies = key
                found = lines[key] = (
                    _bytes(
                        self.macros.answer(
                            c.answer(question, answer if applies else UNKNOWN, applies)
                        )
                    ),
                    yaml_answer(question, answer).encode(),
                )
            rows.append(found[0])
            yaml.append(found[1])
        if c.team is not None:
            # Only the team's line can hold a backtick: ids are [a-z0-9_].
            head = f"team: {c.team_yaml}"
            fence = md.fence(head)
            yaml.insert(0, head.encode())
        else:
            fence = _FENCE
        block = self.yaml_block.fill(b"\n".join(yaml), fence.encode())
        replay = self._part(("replay", date), self._replay, date)
        return b"".join([self.answers_head, b"\n".join(rows), replay, block])

    def _replay(self, date: str | None) -> str:
        """How to replay the assessment: the command gives this report, in this language."""
        command = f"advisor assess --answers answers.yaml --lang {self.texts.lang}"
        if report_date(date, self.texts.lang) is not None:
            command += f" --date {date}"
        return str(self.macros.replay(self.texts.pack_fields, command))

    def still_open(self, result: Result) -> tuple[str, ...]:
        """The layout questions still open: answering them may change the starter layout."""
        answers = result.answers
        not_applicable = result.not_applicable
        return tuple(
            [
                question
                for question, _ in self.texts.layout_questions
                if answers.get(question, UNKNOWN) == UNKNOWN and question not in not_applicable
            ]
        )

    def confirmation(
        self,
        c: Composer,
        chosen: Fields | None,
        nodes: Sequence[LayoutNode],
        shape: int,
        prerequisites: Sequence[Prerequisite],
    ) -> bytes:
        """How to confirm the decision: it names the layout's CI/CD files, if any."""
        rec = c.rec
        has_layout, ci = _kept(self.ci, (rec, shape), self._ci, nodes, shape)
        return self._part(
            ("confirmation", rec, has_layout, ci, bool(prerequisites)),
            self.macros.confirmation,
            chosen,
            has_layout,
            ci,
            prerequisites,
        )

    def _ci(self, nodes: Sequence[LayoutNode], shape: int) -> tuple[bool, tuple[str, ...]]:
        """Whether the layout of this shape has files, and its CI/CD files."""
        paths = shaped_paths(nodes, shape, _PROJECT, lang=self.texts.lang)
        return bool(paths), tuple(ci_entries(paths))

    def _layout_intro(self, still_open: tuple[str, ...]) -> str:
        questions = self.texts.questions
        open_md = ", ".join(f"*{md.prose(questions[q])}*" for q in still_open)
        return str(self.macros.layout_intro(_PROJECT, open_md))

    def _tree(self, rec: str, nodes: Sequence[LayoutNode], shape: int, stand: str) -> bytes:
        lines = shaped_lines(nodes, shape, stand, lang=self.texts.lang)
        if not lines:
            return _bytes(self.macros.no_tree(self.named[rec]))
        text = "\n".join(lines)
        return self.tree.fill(md.fence(text).encode(), text.encode())

    def own_marks(self, pattern: str | None, marks: frozenset[str]) -> frozenset[str]:
        """The marks that fall on ``pattern``'s trade-offs."""
        return marks & self.texts.tradeoff_ids[pattern] if pattern is not None else frozenset()

    def marker_note(self, rec: str | None, marks: frozenset[str]) -> str | None:
        """Where the "applies to you" marker is explained: where it first appears."""
        if self.own_marks(rec, marks):
            return "consequences"
        return "pros_cons" if marks & self.all_marks else None


def _kept(store: dict[Any, T], key: Hashable, build: Callable[..., T], *args: Any) -> T:
    """``store[key]``, built by ``build(*args)`` the first time.

    A store that holds :data:`PARTS_MAX` values is emptied first: its values
    are built again as they are asked for.
    """
    found = store.get(key)
    if found is None:
        if len(store) >= PARTS_MAX:
            store.clear()
        found = store[key] = build(*args)
    return found


def _rendered(render: Callable[..., object], *args: Any) -> bytes:
    """``render(*args)`` as UTF-8 bytes."""
    return _bytes(render(*args))


def _bytes(text: object) -> bytes:
    """A part as UTF-8 bytes: a macro's output (``str`` or jinja2 ``Markup``), or bytes."""
    return text if isinstance(text, bytes) else str(text).encode("utf-8")
