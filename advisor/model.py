"""The rule-pack format: pydantic models of the YAML files of a pack.

A pack is a folder::

    pack.yaml        id, version, title, languages, tie order, confidence policy
    questions.yaml   the questions, in the order they are asked
    patterns.yaml    the patterns: names, trade-offs, standing prerequisites, flow
    layouts.yaml     the starter layout of each pattern
    rules/*.yaml     one rule per file

Every model forbids unknown keys, so a misspelt key is an error, never ignored.
Every text a user reads is localisable: a mapping of language to text, or a
plain string (English). These models hold data only; :mod:`advisor.loader`
reads the files and :mod:`advisor.pack` checks references between them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    StringConstraints,
    WithJsonSchema,
)

from advisor.conditions import Condition, parse_condition
from advisor.text import LANGUAGES, LocalText

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$", max_length=80)]


def _text(value: object) -> object:
    """Accept a plain string as English text; check the languages of a mapping."""
    if isinstance(value, LocalText):
        return value
    if isinstance(value, str):
        return LocalText({"en": value})
    if isinstance(value, dict):
        unknown = [str(key) for key in value if key not in LANGUAGES]
        if unknown:
            raise ValueError(
                f"unsupported language {', '.join(unknown)}; supported: {', '.join(LANGUAGES)}"
            )
        if "en" not in value:
            raise ValueError("a text needs at least its English version ('en')")
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"the '{lang}' text must be a non-empty string")
        return LocalText({str(key): str(text) for key, text in value.items()})
    raise ValueError("a text is a string or a mapping of language to string")


_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "properties": {lang: {"type": "string", "minLength": 1} for lang in LANGUAGES},
            "required": ["en"],
            "additionalProperties": False,
        },
    ]
}

Text = Annotated[LocalText, PlainValidator(_text), WithJsonSchema(_TEXT_SCHEMA)]


def _condition(value: object) -> Condition:
    return parse_condition(value)


_MATCH_SCHEMA = {
    "type": "object",
    "properties": {
        "question": {"type": "string"},
        "is": {"type": "string"},
        "in": {"type": "array", "items": {"type": "string"}, "minItems": 1},
    },
    "required": ["question"],
    "additionalProperties": False,
}
_CONDITION_SCHEMA = {
    "$defs": {
        "condition": {
            "anyOf": [
                _MATCH_SCHEMA,
                {
                    "type": "object",
                    "properties": {
                        "all": {"type": "array", "items": {"$ref": "#/$defs/condition"}},
                    },
                    "required": ["all"],
                    "additionalProperties": False,
                },
                {
                    "type": "object",
                    "properties": {
                        "any": {"type": "array", "items": {"$ref": "#/$defs/condition"}},
                    },
                    "required": ["any"],
                    "additionalProperties": False,
                },
                {
                    "type": "object",
                    "properties": {"not": {"$ref": "#/$defs/condition"}},
                    "required": ["not"],
                    "additionalProperties": False,
                },
            ]
        }
    },
    "$ref": "#/$defs/condition",
}

When = Annotated[Condition, PlainValidator(_condition), WithJsonSchema(_CONDITION_SCHEMA)]


def _no_bools(value: object) -> object:
    # The loader keeps YAML 1.1 booleans as their text; a real bool here means
    # the data did not come through it (a JSON pack, say): accept it as yes/no.
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


OptionId = Annotated[Id, BeforeValidator(_no_bools)]


class Model(BaseModel):
    """Base of every pack model: frozen, unknown keys forbidden."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Manifest(Model):
    """``pack.yaml``: what the pack is and its policies."""

    id: Id
    version: str
    title: Text
    description: Text
    languages: list[Literal["en", "pt-BR"]] = Field(min_length=1)
    tie_order: list[Id] = Field(
        min_length=1,
        description="Patterns in the order that breaks ties; the first is the documented default.",
    )
    confidence: ConfidencePolicy


class ConfidencePolicy(Model):
    """How the score margin and the answered share become a confidence level."""

    high_margin: float = Field(gt=0, description="Margin over the runner-up for 'high'.")
    medium_margin: float = Field(gt=0, description="Margin over the runner-up for 'medium'.")
    min_answered: float = Field(
        ge=0, le=1, description="Share of decision questions answered below which it is 'low'."
    )


class Option(Model):
    """One answer a question accepts."""

    id: OptionId
    label: Text
    help: Text | None = None


class Question(Model):
    """One question of the questionnaire."""

    id: Id
    kind: Literal["decision", "layout"] = Field(
        description="'decision' questions may change the pattern; 'layout' ones only the layout."
    )
    text: Text
    help: Text
    options: list[Option] = Field(min_length=2)
    default: OptionId | None = None
    when: When | None = None


class QuestionsFile(Model):
    """``questions.yaml``."""

    questions: list[Question] = Field(min_length=1)


class Source(Model):
    """The passage of the source document a rule or a trade-off encodes."""

    section: str
    quote: str
    inferred: bool = Field(
        default=False,
        description="True when the rule is a reading of the passage, not its letter.",
    )


class TradeOff(Model):
    """An advantage or a disadvantage of a pattern."""

    id: Id
    kind: Literal["advantage", "disadvantage"]
    text: Text
    source: Source | None = None


class Requirement(Model):
    """A prerequisite with the way to meet it."""

    text: Text
    mitigation: Text


class Pattern(Model):
    """One deployment pattern."""

    id: Id
    name: Text
    summary: Text
    tradeoffs: list[TradeOff] = Field(min_length=1)
    requires: list[Requirement] = Field(
        default_factory=list, description="Prerequisites that hold whatever the answers."
    )
    flow: Text = Field(description="A Mermaid flowchart of dev -> staging -> prod.")


class PatternsFile(Model):
    """``patterns.yaml``."""

    patterns: list[Pattern] = Field(min_length=1)


class LayoutNode(Model):
    """A file or folder of a starter layout; a folder's path ends with '/'."""

    path: str = Field(min_length=1)
    note: Text | None = None
    when: When | None = None
    children: list[LayoutNode] = Field(default_factory=list)


class LayoutsFile(Model):
    """``layouts.yaml``: the starter layout of each pattern."""

    layouts: dict[Id, list[LayoutNode]]


class Veto(Model):
    """A hard constraint: the pattern is not viable while the rule fires."""

    pattern: Id
    reason: Text


class Prerequisite(Model):
    """Something the pattern needs that the answers say is missing."""

    pattern: Id
    text: Text
    mitigation: Text


class Effects(Model):
    """What a rule does when it fires."""

    scores: dict[Id, float] = Field(default_factory=dict)
    vetoes: list[Veto] = Field(default_factory=list)
    prerequisites: list[Prerequisite] = Field(default_factory=list)
    marks: list[str] = Field(
        default_factory=list,
        description="Trade-offs made relevant, as '<pattern>.<trade-off id>'.",
    )


class Rule(Model):
    """One rule: a condition, its effects, and the passage it encodes."""

    id: RuleId
    title: Text
    reason: Text
    when: When
    effects: Effects
    sources: list[Source] = Field(min_length=1)


Manifest.model_rebuild()
LayoutNode.model_rebuild()
