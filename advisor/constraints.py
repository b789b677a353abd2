"""What the pack's fields accept, said without importing pydantic.

The pack's records (:mod:`advisor.model`) are plain frozen dataclasses, and
their field types carry these markers as ``Annotated`` metadata. pydantic
reads a marker through its ``__get_pydantic_core_schema__`` and
``__get_pydantic_json_schema__`` hooks, only when a loader validates a pack
file or the schemas are generated; a command that never validates (one
that runs on the built-in pack's snapshot, :mod:`advisor.loader.snapshot`)
never imports pydantic.

The markers only build pydantic's own core schemas, so the checks, their
error messages and the JSON Schemas are pydantic's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Limits:
    """Bounds on a string, a number or a list: ``Limits(min_length=1)``, ``Limits(gt=0)``.

    The keywords are those of pydantic's core schemas (``pattern``,
    ``max_length``, ``min_length``, ``gt``, ``ge``, ``le``).
    """

    __slots__ = ("bounds",)

    def __init__(self, **bounds: object) -> None:
        self.bounds = bounds

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema.update(self.bounds)
        return schema


class Described:
    """A field's description, shown in the JSON Schema."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        generated = handler(schema)
        generated["description"] = self.text
        return generated


class Parsed:
    """A value made by ``parse`` (which raises ``ValueError`` with the reason).

    ``before=True``: ``parse`` prepares the value, and the annotated type
    checks it next; otherwise ``parse`` alone decides, and ``json_schema`` is
    the value's schema.
    """

    __slots__ = ("before", "json_schema", "parse")

    def __init__(
        self,
        parse: Callable[[Any], Any],
        *,
        before: bool = False,
        json_schema: dict[str, Any] | None = None,
    ) -> None:
        self.parse = parse
        self.before = before
        self.json_schema = json_schema

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        if self.before:
            return core_schema.no_info_before_validator_function(self.parse, handler(source))
        return core_schema.no_info_plain_validator_function(self.parse)

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        if self.json_schema is None:
            return handler(schema)
        return dict(self.json_schema)
