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

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from advisor.conditions import holds
from advisor.markdown import one_line
from advisor.model import LayoutNode
from advisor.text import DEFAULT_LANGUAGE

PROJECT = "{project}"
DEFAULT_PROJECT = "my_ml_project"
PROJECT_MAX = 40

_TEE, _ELBOW, _PIPE, _BLANK = "├── ", "└── ", "│   ", "    "
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


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
    ascii_text = unicodedata.normalize("NFKD", team).encode("ascii", "ignore").decode("ascii")
    name = _NOT_ALNUM.sub("_", ascii_text.lower()).strip("_")
    name = name[:PROJECT_MAX].rstrip("_")
    return name or DEFAULT_PROJECT


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
