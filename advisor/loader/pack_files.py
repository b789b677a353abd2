"""Reading a rule pack's files into a :class:`~advisor.pack.Pack`: YAML, then pydantic.

Every problem is collected with its file and line, then raised at once as a
:class:`~advisor.errors.PackError`: a pack is never half-loaded, and a broken
rule is never skipped (a skipped rule would silently change the advice).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from advisor.errors import PackError, PackProblem
from advisor.loader import validation
from advisor.loader._yaml import ParseError, line_of, parse
from advisor.model import LayoutsFile, Manifest, PatternsFile, QuestionsFile, Rule
from advisor.pack import Pack
from advisor.references import check_pack
from advisor.tables import ConditionTooLarge

M = TypeVar("M")
# Unicode noncharacters are for a program's internal use (the report writer
# stands in for names with them): a pack's text never holds one.
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")


def _describe_loc(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class _Reader:
    """Reads the files of one pack, gathering problems instead of stopping."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[PackProblem] = []
        self.texts: dict[str, str] = {}

    def display(self, name: str) -> str:
        return str(self.root / name)

    def add(self, name: str, loc: tuple[str | int, ...], message: str) -> None:
        text = self.texts.get(name)
        line = line_of(text, loc) if text is not None and loc else None
        self.problems.append(PackProblem(self.display(name), line, message))

    def read(self, name: str, model: type[M]) -> M | None:
        path = self.root / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problems.append(PackProblem(self.display(name), None, "missing file"))
            return None
        except (OSError, UnicodeDecodeError) as error:
            self.problems.append(PackProblem(self.display(name), None, unreadable(error)))
            return None
        self.texts[name] = text
        reserved = _NONCHARACTER.search(text)
        if reserved is not None:
            line = text.count("\n", 0, reserved.start()) + 1
            code = f"U+{ord(reserved.group()):04X}"
            problem = f"holds the Unicode noncharacter {code}, which is not text: remove it"
            self.problems.append(PackProblem(self.display(name), line, problem))
            return None
        try:
            data = parse(text)
        except ParseError as error:
            self.problems.append(PackProblem(self.display(name), error.line, error.problem))
            return None
        if not isinstance(data, dict):
            kind = "an empty file" if data is None else f"a {type(data).__name__}"
            self.problems.append(
                PackProblem(self.display(name), 1, f"expected a mapping, got {kind}")
            )
            return None
        try:
            validated: M = _adapter(model).validate_python(data)
            return validated
        except ValidationError as error:
            for loc, problem in validation.problems(error.errors()):
                self.add(name, loc, f"{_describe_loc(loc)}: {problem}")
            return None


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def _adapter(model: type[Any]) -> TypeAdapter[Any]:
    """The validator of one kind of pack file, built once per process."""
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        adapter = _ADAPTERS[model] = TypeAdapter(model)
    return adapter


def misnamed(root: Path, folder: str) -> list[PackProblem]:
    """The ``*.yml`` files of a pack folder: not read, since pack files end in ``.yaml``.

    A rule (or test) silently left out would change what the pack decides.
    """
    return [
        PackProblem(
            str(root / folder / path.name),
            None,
            f"not read: pack files end in .yaml (rename it {path.stem}.yaml)",
        )
        for path in sorted((root / folder).glob("*.yml"))
    ]


def unreadable(error: OSError | UnicodeDecodeError) -> str:
    """Why a pack file cannot be read, in words (not Python's)."""
    if isinstance(error, UnicodeDecodeError):
        return "is not UTF-8 text; save it as UTF-8"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read: {error.strerror}"


def read_pack(root: Path) -> Pack:
    """Read, validate, check and compile the rule pack in the folder ``root``.

    Raises:
        PackError: with every problem found, each with its file and line.
    """
    if not root.is_dir():
        problem = "is not a folder" if root.exists() else "no such folder"
        raise PackError(str(root), [PackProblem(str(root), None, problem)])
    reader = _Reader(root)
    manifest = reader.read("pack.yaml", Manifest)
    questions = reader.read("questions.yaml", QuestionsFile)
    patterns = reader.read("patterns.yaml", PatternsFile)
    layouts = reader.read("layouts.yaml", LayoutsFile)
    rules: list[tuple[str, Rule]] = []
    reader.problems += misnamed(root, "rules")
    rule_paths = sorted((root / "rules").glob("*.yaml"))
    if not rule_paths:
        reader.problems.append(PackProblem(reader.display("rules/"), None, "no rule files"))
    for rule_path in rule_paths:
        name = f"rules/{rule_path.name}"
        rule = reader.read(name, Rule)
        if rule is None:
            continue
        if rule.id != rule_path.stem:
            reader.add(
                name, ("id",), f"rule id '{rule.id}' must match its file name '{rule_path.stem}'"
            )
        rules.append((name, rule))
    if manifest is None or questions is None or patterns is None or layouts is None:
        raise PackError(str(root), reader.problems)
    for issue in check_pack(
        manifest, questions.questions, patterns.patterns, layouts.layouts, rules
    ):
        reader.add(issue.file, issue.loc, issue.message)
    if reader.problems:
        raise PackError(str(root), reader.problems)
    try:
        return Pack(
            location=str(root),
            manifest=manifest,
            questions=tuple(questions.questions),
            patterns=tuple(patterns.patterns),
            layouts={name: tuple(nodes) for name, nodes in layouts.layouts.items()},
            rules=tuple(rule for _, rule in rules),
            rule_files={rule.id: name for name, rule in rules},
        )
    except ConditionTooLarge as error:
        raise PackError(str(root), [PackProblem(str(root), None, str(error))]) from None
