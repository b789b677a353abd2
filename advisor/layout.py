"""The starter layout of a pattern as a directory tree, shaped by the answers.

Pure: a pack's :class:`~advisor.model.LayoutNode` trees and the answers in,
lines of text out. A node whose ``when`` does not hold is left out with
everything under it; ``{project}`` in a path or a note becomes the project
folder name. Top-level nodes are printed as roots (a pack usually has one,
``{project}/``); their descendants hang from ``├──``/``└──`` connectors, and
notes line up in one column after ``#``::

    fraud_detection/
    ├── databricks.yml      # bundle root
    └── training/
        └── train.py        # runs in every environment
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from advisor.conditions import UNKNOWN, Condition, holds, questions_of
from advisor.markdown import one_line
from advisor.model import LayoutNode
from advisor.slug import ascii_words
from advisor.text import DEFAULT_LANGUAGE

PROJECT = "{project}"
DEFAULT_PROJECT = "my_ml_project"
PROJECT_MAX = 40

_TEE, _ELBOW, _PIPE, _BLANK = "├── ", "└── ", "│   ", "    "

Row = tuple[str, str, str]
"""A kept node: its line without the note, its note, its full path."""


def project_name(team: str | None) -> str:
    """A safe folder name for a team: lowercase ASCII letters, digits and ``_``.

    Accents are transliterated (``Équipe Ágil`` gives ``equipe_agil``); any
    other run of characters becomes one ``_``. At most 40 characters;
    ``my_ml_project`` when nothing usable is left.

    >>> project_name("Fraud Detection (EU) — v2")
    'fraud_detection_eu_v2'
    """
    if not team:
        return DEFAULT_PROJECT
    return ascii_words(team, separator="_", max_length=PROJECT_MAX) or DEFAULT_PROJECT


@dataclass(frozen=True, slots=True)
class Tree:
    """A starter layout laid out for one team.

    Attributes:
        lines: the tree, one line per file or folder, notes aligned; no line
            ends in blanks.
        paths: the full path of each line's file or folder, in the same order
            (folders end with ``/``).
    """

    lines: list[str]
    paths: list[str]


class _Group:
    """The conditional nodes whose ``when`` reads the same questions.

    Their conditions are evaluated together, once per combination of those
    answers (a handful), and the result kept as a mask of kept nodes.
    """

    __slots__ = ("members", "memo", "questions")

    def __init__(self, questions: tuple[str, ...]) -> None:
        self.questions = questions
        self.members: list[tuple[int, Condition]] = []
        self.memo: dict[tuple[str, ...], int] = {}

    def mask(self, answers: Mapping[str, str]) -> int:
        key = tuple([answers.get(question, UNKNOWN) for question in self.questions])
        found = self.memo.get(key)
        if found is None:
            given = dict(zip(self.questions, key, strict=True))
            found = self.memo[key] = sum(
                bit for bit, condition in self.members if holds(condition, given)
            )
        return found


class _Plan:
    """A layout prepared for many walks.

    Which nodes are kept is a bit per conditional node; the rows of the tree
    (with ``{project}`` still in them) are built once per combination of bits
    and language, and only the project name is put in per call.
    """

    __slots__ = ("bits", "groups", "inner", "nodes", "notes", "rows", "subtrees")

    def __init__(self, nodes: Sequence[LayoutNode]) -> None:
        self.nodes = nodes
        self.bits: dict[int, int] = {}
        groups: dict[tuple[str, ...], _Group] = {}
        pending = list(reversed(nodes))
        while pending:
            node = pending.pop()
            if node.when is not None:
                bit = self.bits[id(node)] = 1 << len(self.bits)
                questions = questions_of(node.when)
                group = groups.get(questions)
                if group is None:
                    group = groups[questions] = _Group(questions)
                group.members.append((bit, node.when))
            pending.extend(reversed(node.children))
        self.groups = tuple(groups.values())
        # Per node with children: the bits of the conditional nodes below it.
        self.inner: dict[int, int] = {}
        for node in nodes:
            self._inner(node)
        self.rows: dict[tuple[int, str], tuple[Row, ...]] = {}
        # The rows below a node, per (node, prefix, bits kept below it, language):
        # shapes that differ elsewhere share them.
        self.subtrees: dict[tuple[int, str, int, str], tuple[Row, ...]] = {}
        # Per language: each node's note as one line, by the node's id.
        self.notes: dict[str, dict[int, str]] = {}

    def kept(self, answers: Mapping[str, str]) -> int:
        """The conditional nodes that the answers keep, a bit each."""
        kept = 0
        for group in self.groups:
            kept |= group.mask(answers)
        return kept

    def _inner(self, node: LayoutNode) -> int:
        """The bits of ``node`` and of the conditional nodes below it (kept in :attr:`inner`)."""
        below = 0
        for child in node.children:
            below |= self._inner(child)
        if node.children:
            self.inner[id(node)] = below
        return below | self.bits.get(id(node), 0)

    def shaped_rows(self, kept: int, lang: str) -> tuple[Row, ...]:
        """``(stem, note, path)`` of each kept node, ``{project}`` not yet replaced."""
        rows = self.rows.get((kept, lang))
        if rows is None:
            if len(self.rows) >= _ROWS_MAX:
                self.rows.clear()
                self.subtrees.clear()
            rows = self.rows[(kept, lang)] = self._walk(kept, lang)
        return rows

    def _notes(self, lang: str) -> dict[int, str]:
        """Every node's note in ``lang`` as one line (``""``: none), by the node's id."""
        notes = self.notes.get(lang)
        if notes is None:
            notes = self.notes[lang] = {}
            pending = list(self.nodes)
            while pending:
                node = pending.pop()
                notes[id(node)] = "" if node.note is None else one_line(node.note.get_lang(lang))
                pending.extend(node.children)
        return notes

    def _walk(self, kept: int, lang: str) -> tuple[Row, ...]:
        rows: list[Row] = []
        bits = self.bits
        inner = self.inner
        notes = self._notes(lang)
        subtrees = self.subtrees

        def walk(
            level: Sequence[LayoutNode], prefix: str, parent: str, rows: list[Row], *, root: bool
        ) -> None:
            shown = [node for node in level if node.when is None or kept & bits[id(node)]]
            for index, node in enumerate(shown):
                last = index == len(shown) - 1
                head = "" if root else prefix + (_ELBOW if last else _TEE)
                path = parent + node.path
                rows.append((head + node.path, notes[id(node)], path))
                if node.children:
                    below = "" if root else prefix + (_BLANK if last else _PIPE)
                    key = (id(node), below, kept & inner[id(node)], lang)
                    found = subtrees.get(key)
                    if found is None:
                        sub: list[Row] = []
                        folder = path if path.endswith("/") else path + "/"
                        walk(node.children, below, folder, sub, root=False)
                        found = subtrees[key] = tuple(sub)
                    rows.extend(found)

        walk(self.nodes, "", "", rows, root=True)
        return tuple(rows)


_PLANS_MAX = 64
# Shapes kept per layout before they are dropped and walked anew.
_ROWS_MAX = 65536
# Keyed by identity: a pack's layouts live as long as the pack. The plan
# holds the nodes, so their id cannot be reused while it is cached.
_plans: dict[int, _Plan] = {}


def _plan(nodes: Sequence[LayoutNode]) -> _Plan:
    plan = _plans.get(id(nodes))
    if plan is None or plan.nodes is not nodes:
        if len(_plans) >= _PLANS_MAX:
            _plans.clear()
        plan = _plans[id(nodes)] = _Plan(nodes)
    return plan


def layout_shape(nodes: Sequence[LayoutNode], answers: Mapping[str, str]) -> int:
    """What the answers do to the layout, as one number: equal numbers give equal trees.

    Every conditional node is a bit, set when the answers keep it; the tree
    also depends on the project name and the language, not on other answers.
    """
    return _plan(nodes).kept(answers)


def layout_tree(
    nodes: Sequence[LayoutNode],
    answers: Mapping[str, str],
    project: str,
    *,
    lang: str = DEFAULT_LANGUAGE,
) -> Tree:
    """The nodes whose ``when`` holds, as tree lines and as full paths.

    Args:
        nodes: the top-level nodes of a pattern's layout (``pack.layouts[pattern]``).
        answers: question id -> option id (``unknown`` included; a missing
            question counts as unknown).
        project: the folder name put in place of ``{project}``.
        lang: the language of the notes.
    """
    if "/" in project or PROJECT in project:
        return _layout_tree_slow(nodes, answers, project, lang=lang)
    return shaped_tree(nodes, layout_shape(nodes, answers), project, lang=lang)


def shaped_tree(
    nodes: Sequence[LayoutNode], shape: int, project: str, *, lang: str = DEFAULT_LANGUAGE
) -> Tree:
    """:func:`layout_tree` from the answers' :func:`layout_shape`.

    ``project`` must not hold a ``/`` (a slug from :func:`project_name` never does).
    """
    return Tree(
        shaped_lines(nodes, shape, project, lang=lang),
        shaped_paths(nodes, shape, project, lang=lang),
    )


def shaped_lines(
    nodes: Sequence[LayoutNode], shape: int, project: str, *, lang: str = DEFAULT_LANGUAGE
) -> list[str]:
    """:attr:`Tree.lines` of :func:`shaped_tree`, without the paths."""
    return _lines(_plan(nodes).shaped_rows(shape, lang), project)


def _lines(rows: Sequence[Row], project: str) -> list[str]:
    """The rows as tree lines for ``project``, notes aligned in one column."""
    named = [
        (stem.replace(PROJECT, project), note.replace(PROJECT, project)) for stem, note, _ in rows
    ]
    width = max((len(stem) for stem, note in named if note), default=0)
    return [f"{stem.ljust(width)}  # {note}" if note else stem for stem, note in named]


def shaped_paths(
    nodes: Sequence[LayoutNode], shape: int, project: str, *, lang: str = DEFAULT_LANGUAGE
) -> list[str]:
    """:attr:`Tree.paths` of :func:`shaped_tree`, without laying out the lines."""
    rows = _plan(nodes).shaped_rows(shape, lang)
    return [path.replace(PROJECT, project) for _, _, path in rows]


def _layout_tree_slow(
    nodes: Sequence[LayoutNode], answers: Mapping[str, str], project: str, *, lang: str
) -> Tree:
    """:func:`layout_tree` node by node, for a project name that holds a ``/``."""
    rows: list[tuple[str, str]] = []
    paths: list[str] = []

    def walk(level: Sequence[LayoutNode], prefix: str, parent: str, *, root: bool) -> None:
        kept = [node for node in level if node.when is None or holds(node.when, answers)]
        for index, node in enumerate(kept):
            last = index == len(kept) - 1
            name = node.path.replace(PROJECT, project)
            note = "" if node.note is None else one_line(node.note.get_lang(lang))
            head = "" if root else prefix + (_ELBOW if last else _TEE)
            rows.append((head + name, note.replace(PROJECT, project)))
            path = parent + name
            paths.append(path)
            if node.children:
                below = "" if root else prefix + (_BLANK if last else _PIPE)
                walk(node.children, below, path if path.endswith("/") else path + "/", root=False)

    walk(nodes, "", "", root=True)
    width = max((len(stem) for stem, note in rows if note), default=0)
    lines = [f"{stem.ljust(width)}  # {note}" if note else stem for stem, note in rows]
    return Tree(lines, paths)


def layout_lines(
    nodes: Sequence[LayoutNode],
    answers: Mapping[str, str],
    project: str,
    *,
    lang: str = DEFAULT_LANGUAGE,
) -> list[str]:
    """The tree of the nodes whose ``when`` holds, one line per file or folder.

    See :func:`layout_tree` for the arguments.
    """
    return layout_tree(nodes, answers, project, lang=lang).lines


def layout_paths(
    nodes: Sequence[LayoutNode], answers: Mapping[str, str], project: str
) -> list[str]:
    """The full path of every kept node, in tree order (folders end with ``/``).

    >>> from advisor.model import LayoutNode
    >>> tree = [LayoutNode(path="{project}/", children=[LayoutNode(path="ci.yml")])]
    >>> layout_paths(tree, {}, "demo")
    ['demo/', 'demo/ci.yml']
    """
    return layout_tree(nodes, answers, project).paths
