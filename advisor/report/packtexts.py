"""What a report says that depends only on the pack and the language, built once.

A batch renders thousands of reports from one pack: the pack's texts in the
report's language and the rule effects are composed once here and shared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from advisor import markdown as md
from advisor.pack import Pack
from advisor.report.texts import texts
from advisor.result import Block


def clause(text: str, *, cell: bool = False) -> str:
    """Pack text as Markdown inside a sentence: one line, no final stop."""
    return (md.prose_cell if cell else md.prose)(text).rstrip(" .")


class Fields(dict[str, Any]):
    """A dict whose keys are also its attributes: what the template reads.

    jinja2 resolves ``row.name`` with ``getattr`` first and falls back to
    ``row["name"]``; on a plain dict that ``getattr`` raises and catches an
    ``AttributeError`` every time, which cost about half of a report's render
    time. Here the dict is its own ``__dict__``, so ``getattr`` finds the key
    at once. It is still a dict: ``row["name"]``, ``==`` and ``json.dumps``
    behave as before.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.__dict__ = self


class PackTexts:
    """What a report says that depends only on the pack and the language.

    Built once per pack and language (see :func:`pack_texts`); sentences that
    depend on a few values (a rule's effect, a set of constraints) are kept
    as they are first asked for. Reports of a batch share them.
    """

    def __init__(self, pack: Pack, lang: str) -> None:
        self.pack = pack
        self.lang = lang
        self.t = t = texts(lang)
        self.marker = t("report.marker")
        self.marker_suffix = " " + self.marker
        self.no_pattern = t("report.no_pattern")
        self.confidence = {
            level: t(f"report.confidence.{level}") for level in ("high", "medium", "low", "none")
        }
        self.names = {p.id: p.name.get_lang(lang) for p in pack.patterns}
        self.names_md = {pid: md.prose(name) for pid, name in self.names.items()}
        self.titles = {rule.id: rule.title.get_lang(lang) for rule in pack.rules}
        # Most decisive first: hard constraints, then by size of effect.
        self.weights = {
            rule.id: (not rule.effects.vetoes, -sum(map(abs, rule.effects.scores.values())))
            for rule in pack.rules
        }
        self.questions = {q.id: q.text.get_lang(lang) for q in pack.questions}
        self.labels = {
            (q.id, option.id): option.label.get_lang(lang)
            for q in pack.questions
            for option in q.options
        }
        self.decision = tuple(q.id for q in pack.questions if q.kind == "decision")
        self.question_ids = tuple(q.id for q in pack.questions)
        self.layout_questions = tuple(
            (q.id, q.text.get_lang(lang)) for q in pack.questions if q.kind == "layout"
        )
        self.summaries = {p.id: p.summary.get_lang(lang) for p in pack.patterns}
        self.tradeoff_ids = {
            p.id: frozenset(f"{p.id}.{t.id}" for t in p.tradeoffs) for p in pack.patterns
        }
        self.flows = {p.id: p.flow.get_lang(lang).strip() for p in pack.patterns}
        self.fences = {pid: md.fence(flow) for pid, flow in self.flows.items()}
        self.pack_fields = Fields(
            id=pack.id,
            version=pack.version,
            title=pack.manifest.title.get_lang(lang),
            description=pack.manifest.description.get_lang(lang),
            decision=(
                texts(lang)["report.decision"]
                if pack.manifest.decision is None
                else pack.manifest.decision.get_lang(lang)
            ),
        )
        # Kept as first composed: a rule's effect, why a set of rules rules a pattern out.
        self.effects: dict[str, str] = {}
        self.reasons: dict[tuple[tuple[Block, ...], bool], str] = {}


T = TypeVar("T")


class PerPack(Generic[T]):
    """Values built once per pack and language, then kept (at most ``limit``).

    Keyed by the pack's identity (a pack is not hashable); each entry holds
    its pack, so that id cannot be reused while the entry is kept.
    """

    def __init__(self, build: Callable[[Pack, str], T], limit: int = 16) -> None:
        self.build = build
        self.limit = limit
        self.entries: dict[tuple[int, str], tuple[Pack, T]] = {}

    def __call__(self, pack: Pack, lang: str) -> T:
        found = self.entries.get((id(pack), lang))
        if found is None or found[0] is not pack:
            if len(self.entries) >= self.limit:
                self.entries.clear()
            found = self.entries[(id(pack), lang)] = (pack, self.build(pack, lang))
        return found[1]


pack_texts = PerPack(PackTexts)
"""The shared texts of a pack in a language (built on first use, then kept)."""
