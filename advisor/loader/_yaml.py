"""Parsing YAML and JSON text, and finding the line of a key in it.

The only module that imports PyYAML. YAML 1.1 booleans (``yes``, ``no``,
``on``, ``off``, ``true``, ``false``) are kept as the text the user wrote, so
that ``dev_reads_prod_data: no`` means the option ``no``. Duplicate keys are
errors, not silently overwritten. libyaml's parser is used when present.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from typing import Any

import yaml

from advisor.i18n import says

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - libyaml is in every wheel of PyYAML we install
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class ParseError(Exception):
    """Text that is not valid YAML or JSON; ``line`` is 1-based when known.

    ``says`` is the problem as a catalog message (the parser's own detail
    stays as the parser wrote it).
    """

    def __init__(self, name: str, line: int | None = None, /, **fields: object) -> None:
        self.problem, self.says = says(name, **fields)
        self.line = line
        super().__init__(self.problem)


class _Loader(_BaseLoader):
    """Safe loader that keeps booleans as text and refuses duplicate keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            key = key_node.value
            if key in seen:
                raise ParseError(
                    "error.duplicate_key", key_node.start_mark.line + 1, key=key, first=seen[key]
                )
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def _keep_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:bool", _keep_text)


def parse(text: str, *, json_text: bool = False) -> object:
    """Parse YAML (or JSON when ``json_text``) into plain Python data.

    Raises:
        ParseError: with the line of the problem when the parser knows it.
    """
    if json_text:
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ParseError("error.not_json", error.lineno, problem=error.msg) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except ParseError:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = error.problem or error.context or "unreadable"
        raise ParseError("error.not_yaml", line, problem=problem) from None
    except yaml.YAMLError as error:
        raise ParseError("error.not_yaml", problem=str(error)) from None


def line_of(text: str, keys: Sequence[str | int]) -> int | None:
    """The 1-based line of the value at ``keys`` (its key's line for a mapping key).

    Works for YAML and for JSON (a JSON document is YAML). Returns ``None``
    when the path is not in the text or the text does not parse.
    """
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=_Loader)
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
