"""A loaded rule pack: its validated parts and their compiled form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from advisor.compiled import Compiled, compile_pack
from advisor.model import LayoutNode, Manifest, Pattern, Question, Rule
from advisor.text import LANGUAGES


@dataclass(frozen=True)
class Pack:
    """A rule pack ready for the engine. Build it with :func:`advisor.load_pack`.

    Attributes:
        location: where the pack was read from, as shown in messages.
        manifest: ``pack.yaml``.
        questions: the questions, in the order they are asked.
        patterns: the patterns, in the order of ``patterns.yaml``.
        layouts: the starter layout of each pattern.
        rules: the rules, in file-name order.
        rule_files: the file (relative to the pack) of each rule, by rule id.
    """

    location: str
    manifest: Manifest
    questions: tuple[Question, ...]
    patterns: tuple[Pattern, ...]
    layouts: Mapping[str, tuple[LayoutNode, ...]]
    rules: tuple[Rule, ...]
    rule_files: Mapping[str, str]
    compiled: Compiled = field(init=False, repr=False, compare=False)
    _questions: dict[str, Question] = field(init=False, repr=False, compare=False)
    _patterns: dict[str, Pattern] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = compile_pack(self.questions, self.patterns, self.rules, self.manifest.tie_order)
        object.__setattr__(self, "compiled", compiled)
        object.__setattr__(self, "_questions", {q.id: q for q in self.questions})
        object.__setattr__(self, "_patterns", {p.id: p for p in self.patterns})

    @property
    def id(self) -> str:
        """The pack's id (``deployment`` for the default pack)."""
        return self.manifest.id

    @property
    def version(self) -> str:
        """The pack's version string."""
        return self.manifest.version

    def check_language(self, lang: str) -> None:
        """Make sure the pack's texts can be read in ``lang``.

        Raises:
            ValueError: ``lang`` is not a language of the pack (its texts
                would fall back to English in a report said to be in ``lang``).
        """
        languages = self.manifest.languages
        if lang not in languages:
            listed = ", ".join(languages)
            if lang not in LANGUAGES:
                raise ValueError(f"unknown language {lang!r}; languages: {listed}")
            raise ValueError(f"the pack {self.id!r} is available in {listed}, not in {lang!r}")

    def question(self, question_id: str) -> Question | None:
        """The question with this id, if the pack has it."""
        return self._questions.get(question_id)

    def pattern(self, pattern_id: str) -> Pattern:
        """The pattern with this id (it must exist)."""
        return self._patterns[pattern_id]

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (it must exist)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)
