"""The rule-pack format: the records of the YAML files of a pack.

A pack is a folder::

    pack.yaml        id, version, title, decision, languages, tie order, confidence policy
    questions.yaml   the questions, in the order they are asked
    patterns.yaml    the patterns: names, trade-offs, standing prerequisites, flow
    layouts.yaml     the starter layout of each pattern
    rules/*.yaml     one rule per file

Each record is a frozen dataclass whose field types say what the field
accepts (:mod:`advisor.constraints`); pydantic validates a file against them,
and importing this module does not import pydantic. Every record forbids
unknown keys, so a misspelt key is an error, never ignored. Every text a
user reads is localisable: a mapping of language to text, or a plain string
(English). These records hold data only; :mod:`advisor.loader` reads the
files and :mod:`advisor.pack` checks references between them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, ClassVar, Literal

from advisor.conditions import Condition, parse_condition
from advisor.constraints import Described, Limits, Parsed
from advisor.text import LANGUAGES, LocalText

Id = Annotated[str, Limits(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
RuleId = Annotated[str, Limits(pattern=r"^[a-z][a-z0-9-]*$", max_length=80)]


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

Text = Annotated[LocalText, Parsed(_text, json_schema=_TEXT_SCHEMA)]


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

When = Annotated[Condition, Parsed(_condition, json_schema=_CONDITION_SCHEMA)]


def _no_bools(value: object) -> object:
    # The loader keeps YAML 1.1 booleans as their text; a real bool here means
    # the data did not come through it (a JSON pack, say): accept it as yes/no.
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


OptionId = Annotated[Id, Parsed(_no_bools, before=True)]


class Model:
    """Base of every pack record: unknown keys are forbidden when a file is validated.

    Each record is a frozen dataclass; pydantic validates a file into it
    (:mod:`advisor.loader.pack_files`) and reads this configuration.
    """

    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}


@dataclass(frozen=True, kw_only=True)
class Manifest(Model):
    """``pack.yaml``: what the pack is and its policies."""

    id: Id
    version: str
    title: Text
    description: Text
    languages: Annotated[list[Literal["en", "pt-BR"]], Limits(min_length=1)]
    tie_order: Annotated[
        list[Id],
        Limits(min_length=1),
        Described("Patterns in the order that breaks ties; the first is the documented default."),
    ]
    confidence: ConfidencePolicy
    decision: Annotated[
        Text | None,
        Described(
            "What the pack decides, as a report's title says it: 'Deployment pattern' "
            "titles a report '# Deployment pattern for <team>: <pattern>' (default: 'Decision')."
        ),
    ] = None


@dataclass(frozen=True, kw_only=True)
class ConfidencePolicy(Model):
    """How the score margin and the answered share become a confidence level."""

    high_margin: Annotated[float, Limits(gt=0), Described("Margin over the runner-up for 'high'.")]
    medium_margin: Annotated[
        float, Limits(gt=0), Described("Margin over the runner-up for 'medium'.")
    ]
    min_answered: Annotated[
        float,
        Limits(ge=0, le=1),
        Described("Share of decision questions answered below which it is 'low'."),
    ]


@dataclass(frozen=True, kw_only=True)
class Option(Model):
    """One answer a question accepts."""

    id: OptionId
    label: Text
    help: Text | None = None


@dataclass(frozen=True, kw_only=True)
class Question(Model):
    """One question of the questionnaire."""

    id: Id
    kind: Annotated[
        Literal["decision", "layout"],
        Described("'decision' questions may change the pattern; 'layout' ones only the layout."),
    ]
    text: Text
    help: Text
    options: Annotated[list[Option], Limits(min_length=2)]
    default: OptionId | None = None
    when: When | None = None


@dataclass(frozen=True, kw_only=True)
class QuestionsFile(Model):
    """``questions.yaml``."""

    questions: Annotated[list[Question], Limits(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class Source(Model):
    """The passage of the source document a rule or a trade-off encodes."""

    section: str
    quote: str
    inferred: Annotated[
        bool, Described("True when the rule is a reading of the passage, not its letter.")
    ] = False


@dataclass(frozen=True, kw_only=True)
class TradeOff(Model):
    """An advantage or a disadvantage of a pattern."""

    id: Id
    kind: Literal["advantage", "disadvantage"]
    text: Text
    source: Source | None = None


@dataclass(frozen=True, kw_only=True)
class Requirement(Model):
    """A prerequisite with the way to meet it."""

    text: Text
    mitigation: Text


@dataclass(frozen=True, kw_only=True)
class Pattern(Model):
    """One deployment pattern."""

    id: Id
    name: Text
    summary: Text
    tradeoffs: Annotated[list[TradeOff], Limits(min_length=1)]
    requires: Annotated[
        list[Requirement], Described("Prerequisites that hold whatever the answers.")
    ] = field(default_factory=list)
    flow: Annotated[Text, Described("A Mermaid flowchart of dev -> staging -> prod.")]


@dataclass(frozen=True, kw_only=True)
class PatternsFile(Model):
    """``patterns.yaml``."""

    patterns: Annotated[list[Pattern], Limits(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class LayoutNode(Model):
    """A file or folder of a starter layout; a folder's path ends with '/'."""

    path: Annotated[str, Limits(min_length=1)]
    note: Text | None = None
    when: When | None = None
    children: list[LayoutNode] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class LayoutsFile(Model):
    """``layouts.yaml``: the starter layout of each pattern."""

    layouts: dict[Id, list[LayoutNode]]


@dataclass(frozen=True, kw_only=True)
class Veto(Model):
    """A hard constraint: the pattern is not viable while the rule fires."""

    pattern: Id
    reason: Text


@dataclass(frozen=True, kw_only=True)
class Prerequisite(Model):
    """Something the pattern needs that the answers say is missing."""

    pattern: Id
    text: Text
    mitigation: Text


@dataclass(frozen=True, kw_only=True)
class Effects(Model):
    """What a rule does when it fires."""

    scores: dict[Id, float] = field(default_factory=dict)
    vetoes: list[Veto] = field(default_factory=list)
    prerequisites: list[Prerequisite] = field(default_factory=list)
    marks: Annotated[
        list[str], Described("Trade-offs made relevant, as '<pattern>.<trade-off id>'.")
    ] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Rule(Model):
    """One rule: a condition, its effects, and the passage it encodes."""

    id: RuleId
    title: Text
    reason: Text
    when: When
    effects: Effects
    sources: Annotated[list[Source], Limits(min_length=1)]
