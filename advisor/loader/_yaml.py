"""Parsing YAML and JSON text, and finding the line of a key in it.

The only module that imports PyYAML. YAML 1.1 booleans (``yes``, ``no``,
``on``, ``off``, ``true``, ``false``) are kept as the text the user wrote, so
that ``dev_reads_prod_data: no`` means the option ``no``. Duplicate keys are
errors, not silently overwritten. libyaml's parser is used when present.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from advisor.i18n import says

if TYPE_CHECKING:
    import yaml


class ParseError(Exception):
    """Text that is not valid YAML or JSON; ``line`` is 1-based when known.

    ``says`` is the problem as a catalog message (the parser's own detail
    stays as the parser wrote it).
    """

    def __init__(self, name: str, line: int | None = None, /, **fields: object) -> None:
        self.problem, self.says = says(name, **fields)
        self.line = line
        super().__init__(self.problem)


# The beginnings of what PyYAML says of a line indented wrong.
_INDENTATION = (
    "mapping values are not allowed",
    "did not find expected key",
    "did not find expected '-' indicator",
    "expected <block end>",
)


@functools.cache
def _loader() -> type[yaml.SafeLoader]:
    """The safe loader that keeps booleans as text and refuses duplicate keys.

    Built on first use: a command that reads no YAML (a CSV batch on the
    built-in pack) does not import PyYAML.
    """
    import yaml

    try:
        base: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
    except AttributeError:  # pragma: no cover - libyaml is in every wheel of PyYAML we install
        base = yaml.SafeLoader

    class Loader(base):  # type: ignore[valid-type,misc]
        def construct_mapping(
            self, node: yaml.MappingNode, deep: bool = False
        ) -> dict[Hashable, Any]:
            seen: dict[object, int] = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise ParseError("error.key_not_name", key_node.start_mark.line + 1)
                key = key_node.value
                if key in seen:
                    raise ParseError(
                        "error.duplicate_key",
                        key_node.start_mark.line + 1,
                        key=key,
                        first=seen[key],
                    )
                seen[key] = key_node.start_mark.line + 1
            result: dict[Hashable, Any] = super().construct_mapping(node, deep=deep)
            return result

    Loader.add_constructor("tag:yaml.org,2002:bool", _keep_text)
    return Loader


def _keep_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    """A YAML constructor that keeps a scalar as the text written."""
    return str(loader.construct_scalar(node))


@functools.cache
def _answers_loader() -> type[yaml.SafeLoader]:
    """:func:`_loader` that also keeps numbers and dates as written.

    In an answers file every value is a name or an option: ``team: 0101``
    is the team "0101", not 65 (YAML 1.1 reads a leading 0 as octal), and a
    bad answer ``0x10`` is quoted as written, not as 16.
    """
    base = _loader()

    class AnswersLoader(base):  # type: ignore[valid-type,misc]
        pass

    for kind in ("int", "float", "timestamp"):
        AnswersLoader.add_constructor(f"tag:yaml.org,2002:{kind}", _keep_text)
    return AnswersLoader


def parse(text: str, *, json_text: bool = False, as_written: bool = False) -> object:
    """Parse YAML (or JSON when ``json_text``) into plain Python data.

    ``as_written``: YAML numbers and dates are kept as the text written (answers files).

    Raises:
        ParseError: with the line of the problem when the parser knows it.
    """
    if json_text:
        return _parse_json(text)
    import yaml

    try:
        return yaml.load(text, Loader=_answers_loader() if as_written else _loader())
    except ParseError:
        raise
    except yaml.reader.ReaderError as error:
        # A character YAML does not allow (a NUL, say): placed by its position.
        at = text.count("\n", 0, error.position) + 1
        problem = f"unacceptable character #x{error.character:04x}: {error.reason}"
        raise ParseError("error.not_yaml", at, problem=problem) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = error.problem or error.context or "unreadable"
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            raise ParseError("error.yaml_tab", line, problem=problem) from None
        if problem.startswith(_INDENTATION):
            raise ParseError("error.yaml_indentation", line, problem=problem) from None
        raise ParseError("error.not_yaml", line, problem=problem) from None
    except yaml.YAMLError as error:
        raise ParseError("error.not_yaml", problem=str(error)) from None


def _whole_characters(data: object, text: str) -> None:
    """Refuse a string holding half a character: JSON's ``\\ud800`` escape alone
    (allowed there, but no UTF-8 text, so no report, can hold it)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack += item.keys()
            stack += item.values()
        elif isinstance(item, list):
            stack += item
        elif isinstance(item, str) and not item.isascii():
            half = next((char for char in item if "\ud800" <= char <= "\udfff"), None)
            if half is not None:
                escape = f"\\u{ord(half):04x}"
                at = text.lower().find(escape)
                line = text.count("\n", 0, at) + 1 if at >= 0 else None
                raise ParseError("error.half_character", line, escape=escape)


class _DuplicateKey(Exception):
    """A JSON object names a key twice (its line is found afterwards)."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's pairs as a dict, or :class:`_DuplicateKey` when a key repeats."""
    found = dict(pairs)
    if len(found) < len(pairs):
        raise _DuplicateKey
    return found


def _parse_json(text: str) -> object:
    """:func:`parse` for JSON: a byte order mark is allowed (PowerShell writes one),
    a duplicate key is an error, as in YAML."""
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise ParseError("error.not_json", error.lineno, problem=error.msg) from None
    except RecursionError:
        raise ParseError("error.not_json", problem=says("error.too_deep")[0]) from None
    except _DuplicateKey:
        pass
    else:
        _whole_characters(data, text)
        return data
    # Rare: the YAML loader (JSON is YAML) finds the key and its lines.
    try:
        parse(text)
    except ParseError as error:
        if error.says.key == "error.duplicate_key":
            raise
    raise ParseError("error.not_json", problem="a key appears twice in one object")


def parse_items(text: str) -> list[object] | None:
    """The items of a YAML list, each built on its own, as in an answers file.

    An item that cannot be built (a key given twice, a key that is a list) is
    its :class:`ParseError` in the list, and the others are still read: in a
    batch, one bad profile does not lose the rest. ``None`` when the text is
    not a list, or not YAML at all.
    """
    import yaml

    loader = _answers_loader()(text)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.SequenceNode):
            return None
        items: list[object] = []
        for child in node.value:
            try:
                items.append(loader.construct_object(child, deep=True))
            except ParseError as error:  # noqa: PERF203 - once per bad item, not a hot loop
                items.append(error)
        return items
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def line_of(text: str, keys: Sequence[str | int]) -> int | None:
    """The 1-based line of the value at ``keys`` (its key's line for a mapping key).

    Works for YAML and for JSON (a JSON document is YAML). Returns ``None``
    when the path is not in the text or the text does not parse.
    """
    import yaml

    try:
        node: yaml.Node | None = yaml.compose(text, Loader=_loader())
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    line = node.start_mark.line + 1
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == str(key):
                    line = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if not 0 <= key < len(node.value):
                return line
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line
