"""``advisor rules schema``: JSON Schemas of the pack files and of answer files.

Generated from the pydantic models of :mod:`advisor.model` and
:mod:`advisor.packtests`, so the schemas cannot drift from what the loader
accepts; the answers schema is generated from a pack (its question ids, and
their options as enums). Editors that speak the YAML language server validate
and complete a file that starts with::

    # yaml-language-server: $schema=../../schemas/rule.schema.json

The committed copies live in ``schemas/`` at the repository root; refresh them
with ``advisor rules schema --output schemas``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import CoreSchema

from advisor.conditions import UNKNOWN
from advisor.model import (
    LayoutsFile,
    Manifest,
    PatternsFile,
    QuestionsFile,
    Rule,
)
from advisor.pack import Pack
from advisor.packtests import RuleCases, ScenarioFile

DIALECT = "https://json-schema.org/draft/2020-12/schema"
Schema = dict[str, Any]

# kind -> (the files it describes, the model)
FILE_KINDS: dict[str, tuple[str, type[BaseModel]]] = {
    "pack": ("pack.yaml", Manifest),
    "questions": ("questions.yaml", QuestionsFile),
    "patterns": ("patterns.yaml", PatternsFile),
    "layouts": ("layouts.yaml", LayoutsFile),
    "rule": ("rules/*.yaml", Rule),
    "rule-cases": ("tests/rules/*.yaml", RuleCases),
    "scenario": ("tests/scenarios/*.yaml", ScenarioFile),
}
KINDS = (*FILE_KINDS, "answers")

_MARK = "x-advisor-condition"


def _is_condition(schema: object) -> bool:
    defs = schema.get("$defs") if isinstance(schema, dict) else None
    return isinstance(defs, dict) and set(defs) == {"condition"} and "$ref" in schema  # type: ignore[operator]


class _Generator(GenerateJsonSchema):
    """Pydantic's generator, with the condition tree kept as one shared definition.

    The models give a condition its own hand-written schema (a recursive
    ``all``/``any``/``not`` tree with a local ``$defs``); pydantic cannot
    resolve a reference it did not make, so it is swapped for a marker here
    and put back as a root definition by :func:`_restore_conditions`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.condition: Schema | None = None

    def generate_inner(self, schema: CoreSchema) -> Any:
        result = super().generate_inner(schema)
        if _is_condition(result):
            self.condition = result["$defs"]["condition"]
            return {_MARK: True}
        return result


def _restore_conditions(node: object) -> object:
    if isinstance(node, dict):
        if node == {_MARK: True}:
            return {"$ref": "#/$defs/Condition"}
        return {key: _restore_conditions(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_restore_conditions(item) for item in node]
    if isinstance(node, str) and node == "#/$defs/condition":
        return "#/$defs/Condition"
    return node


def file_schema(kind: str) -> Schema:
    """The JSON Schema of one kind of pack file (see :data:`FILE_KINDS`)."""
    files, model = FILE_KINDS[kind]
    model.model_rebuild()  # a no-op unless the model defers building its schema
    generator = _Generator()
    generated = generator.generate(model.__pydantic_core_schema__, mode="validation")
    schema: Schema = _restore_conditions(generated)  # type: ignore[assignment]
    if generator.condition is not None:
        schema.setdefault("$defs", {})["Condition"] = _restore_conditions(generator.condition)
    head: Schema = {
        "$schema": DIALECT,
        "title": f"advisor rule pack: {files}",
        "description": schema.pop("description", "").replace("``", "'").strip(),
    }
    schema.pop("title", None)
    return head | schema


def _question(question_text: str, kind: str, options: list[tuple[str, str]]) -> str:
    listed = "; ".join(f"{option}: {label}" for option, label in options)
    return f"{question_text} ({kind} question) Options: {listed}; {UNKNOWN}: not known yet."


def answers_schema(pack: Pack) -> Schema:
    """The JSON Schema of an answers file for ``pack``: ``team`` and ``answers``."""
    properties: Schema = {}
    for question in pack.questions:
        options = [option.id for option in question.options]
        values: list[object] = [*options, UNKNOWN, None]
        if {"yes", "no"} <= set(options):
            values += [True, False]
        properties[question.id] = {
            "description": _question(
                question.text.get_lang("en"),
                question.kind,
                [(option.id, option.label.get_lang("en")) for option in question.options],
            ),
            "enum": values,
        }
    return {
        "$schema": DIALECT,
        "title": f"advisor answers file (rule pack '{pack.id}' {pack.version})",
        "description": (
            "A team's answers: question id -> option id. An omitted question, null "
            "or 'unknown' means the answer is not known."
        ),
        "type": "object",
        "properties": {
            "team": {"description": "The team's name.", "type": ["string", "number", "null"]},
            "answers": {
                "type": ["object", "null"],
                "properties": properties,
                "additionalProperties": False,
            },
        },
        "additionalProperties": False,
    }


def schema_of(kind: str, pack: Pack) -> Schema:
    """The schema of ``kind``; ``pack`` is read only for the answers schema."""
    return answers_schema(pack) if kind == "answers" else file_schema(kind)


def file_name(kind: str) -> str:
    """Where the schema of ``kind`` is written: ``<kind>.schema.json``."""
    return f"{kind}.schema.json"


def dump(schema: Schema) -> str:
    """A schema as the committed files hold it: indented JSON and a final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
