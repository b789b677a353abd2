"""``advisor rules docs``: a pack's Markdown documentation, generated from the pack.

Pure: a loaded pack in, Markdown out, the same bytes for the same pack. It holds
how the pack decides (tie order, hard constraints), the patterns with their
trade-offs and standing prerequisites, the questions with their options and
help, and every rule with its condition (:func:`advisor.conditions.describe`),
effects and sources. The default pack's copy is ``rules/deployment/README.md``;
refresh it with::

    advisor rules docs rules/deployment --output rules/deployment/README.md

Pack texts keep their Markdown but never their HTML (:mod:`advisor.markdown`).
"""

from __future__ import annotations

from collections.abc import Iterator

from advisor.conditions import UNKNOWN, describe, questions_of
from advisor.markdown import code, fence, prose, prose_cell
from advisor.model import Effects, Pattern, Question, Rule
from advisor.pack import Pack
from advisor.text import DEFAULT_LANGUAGE, LocalText

# The document's own words, by language (the pack's texts come from the pack).
# A language missing a key reads it in English.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "generated": "Generated from the pack by `{command}`: do not edit.",
        "intro": (
            "Rule pack {id}, version {version}; languages: {languages}. {questions} "
            "questions, {patterns} patterns, {rules} rules."
        ),
        "h.deciding": "How the pack decides",
        "h.patterns": "Patterns",
        "h.questions": "Questions",
        "h.rules": "Rules",
        "deciding": (
            "Every rule whose condition holds fires: it changes the scores of patterns, "
            "rules patterns out (hard constraints), names prerequisites and marks "
            "trade-offs. The recommendation is the viable pattern with the highest score. "
            "Equal scores go to the first in the tie order: {order}. An unanswered "
            "question is {unknown}; a question whose condition does not hold counts as "
            "unknown."
        ),
        "confidence": (
            "Confidence is high when the recommendation leads the runner-up by at least "
            "{high} points, at least {share} of the decision questions are answered and "
            "no open question could change it alone; low on a tie or a lead under "
            "{medium} points; medium otherwise."
        ),
        "hard": "Hard constraints (a pattern they rule out is not viable, whatever its score):",
        "col.rule": "Rule",
        "col.when": "When",
        "col.rules_out": "Rules out",
        "col.effects": "Effects",
        "col.question": "Question",
        "col.id": "Id",
        "col.kind": "Kind",
        "col.options": "Options",
        "col.option": "Option",
        "col.meaning": "Meaning",
        "advantage": "Advantages",
        "disadvantage": "Disadvantages",
        "source": "source",
        "always": "Always needs:",
        "mitigation": "Mitigation:",
        "scored_by": "Scored by: {rules}.",
        "ruled_out_by": "Ruled out by: {rules}.",
        "questions": (
            "Decision questions may change the recommendation; layout questions only "
            "shape the starter layout. Every question also accepts {unknown}."
        ),
        "kind.decision": "decision",
        "kind.layout": "layout",
        "not_known": "not known yet",
        "asked_when": "Asked only when {condition}.",
        "read_by": "Read by: {rules}.",
        "read_by_none": "Read by no rule.",
        "rules_out": "rules out {patterns}",
        "prerequisite_for": "prerequisite for {patterns}",
        "marks_tradeoffs": "marks trade-offs",
        "none": "none",
        "r.when": "When",
        "r.scores": "Scores",
        "r.rules_out": "Rules out {pattern}",
        "r.prerequisite": "Prerequisite for {pattern}",
        "r.marks": "Marks",
        "r.file": "File",
        "r.sources": "Sources",
        "inferred": "(a reading of the passage, not its letter)",
    },
    "pt-BR": {
        "generated": "Gerado a partir do pacote por `{command}`: não edite.",
        "intro": (
            "Pacote de regras {id}, versão {version}; idiomas: {languages}. {questions} "
            "perguntas, {patterns} padrões, {rules} regras."
        ),
        "h.deciding": "Como o pacote decide",
        "h.patterns": "Padrões",
        "h.questions": "Perguntas",
        "h.rules": "Regras",
        "deciding": (
            "Toda regra cuja condição vale dispara: ela muda as pontuações dos padrões, "
            "descarta padrões (restrições rígidas), aponta pré-requisitos e marca prós e "
            "contras. A recomendação é o padrão viável de maior pontuação. Em caso de "
            "empate, vence o primeiro na ordem de desempate: {order}. Uma pergunta sem "
            "resposta é {unknown}; uma pergunta cuja condição não vale conta como não sei."
        ),
        "confidence": (
            "A confiança é alta quando a recomendação está à frente da segunda colocada "
            "por pelo menos {high} pontos, pelo menos {share} das perguntas de decisão têm "
            "resposta e nenhuma pergunta em aberto poderia mudá-la sozinha; baixa num "
            "empate ou com vantagem menor que {medium} pontos; média nos outros casos."
        ),
        "hard": (
            "Restrições rígidas (um padrão que elas descartam não é viável, qualquer que "
            "seja a pontuação):"
        ),
        "col.rule": "Regra",
        "col.when": "Quando",
        "col.rules_out": "Descarta",
        "col.effects": "Efeitos",
        "col.question": "Pergunta",
        "col.id": "Id",
        "col.kind": "Tipo",
        "col.options": "Opções",
        "col.option": "Opção",
        "col.meaning": "Significado",
        "advantage": "Vantagens",
        "disadvantage": "Desvantagens",
        "source": "fonte",
        "always": "Sempre precisa de:",
        "mitigation": "Mitigação:",
        "scored_by": "Pontuado por: {rules}.",
        "ruled_out_by": "Descartado por: {rules}.",
        "questions": (
            "Perguntas de decisão podem mudar a recomendação; perguntas de estrutura só "
            "moldam a estrutura inicial do projeto. Toda pergunta também aceita {unknown}."
        ),
        "kind.decision": "decisão",
        "kind.layout": "estrutura",
        "not_known": "ainda não se sabe",
        "asked_when": "Perguntada só quando {condition}.",
        "read_by": "Lida por: {rules}.",
        "read_by_none": "Nenhuma regra a lê.",
        "rules_out": "descarta {patterns}",
        "prerequisite_for": "pré-requisito de {patterns}",
        "marks_tradeoffs": "marca prós e contras",
        "none": "nenhum",
        "r.when": "Quando",
        "r.scores": "Pontuações",
        "r.rules_out": "Descarta {pattern}",
        "r.prerequisite": "Pré-requisito de {pattern}",
        "r.marks": "Marcas",
        "r.file": "Arquivo",
        "r.sources": "Fontes",
        "inferred": "(uma leitura do trecho, não a letra dele)",
    },
}


def refresh_command(pack: Pack, lang: str = DEFAULT_LANGUAGE) -> str:
    """The command that regenerates a built-in pack's README (in ``lang``).

    It names the language even when it is the pack's first: without
    ``--lang``, the shell's locale would choose it.
    """
    return f"advisor rules docs rules/{pack.id} --lang {lang} --output rules/{pack.id}/README.md"


def _anchor(heading: str) -> str:
    """The link anchor GitHub and GitLab give a heading: lowercase, spaces as hyphens."""
    return "-".join(heading.lower().split())


def _delta(value: float) -> str:
    return f"{value:+g}"


def _scores(effects: Effects) -> str:
    return ", ".join(f"{code(name)} {_delta(delta)}" for name, delta in effects.scores.items())


class _Writer:
    def __init__(self, pack: Pack, lang: str) -> None:
        self.pack = pack
        self.lang = lang
        self.words = {**WORDS[DEFAULT_LANGUAGE], **WORDS.get(lang, {})}

    def t(self, key: str, /, **fields: object) -> str:
        """The document's own words for ``key``, filled in."""
        text = self.words[key]
        return text.format(**fields) if fields else text

    def summary(self, effects: Effects) -> str:
        """A one-cell summary of a rule's effects."""
        parts = []
        if effects.scores:
            parts.append(_scores(effects))
        if effects.vetoes:
            ruled_out = ", ".join(dict.fromkeys(code(veto.pattern) for veto in effects.vetoes))
            parts.append(self.t("rules_out", patterns=ruled_out))
        if effects.prerequisites:
            needs = ", ".join(dict.fromkeys(code(item.pattern) for item in effects.prerequisites))
            parts.append(self.t("prerequisite_for", patterns=needs))
        if not parts and effects.marks:
            parts.append(self.t("marks_tradeoffs"))
        return "; ".join(parts) or self.t("none")

    def text(self, value: LocalText) -> str:
        return prose(value.get_lang(self.lang))

    def cell(self, value: LocalText) -> str:
        return prose_cell(value.get_lang(self.lang))

    def head(self) -> Iterator[str]:
        pack, manifest = self.pack, self.pack.manifest
        yield f"<!-- {self.t('generated', command=refresh_command(pack, self.lang))} -->"
        yield ""
        yield f"# {self.text(manifest.title)}"
        yield ""
        yield self.t(
            "intro",
            id=code(pack.id),
            version=code(pack.version),
            languages=", ".join(manifest.languages),
            questions=len(pack.questions),
            patterns=len(pack.patterns),
            rules=len(pack.rules),
        )
        yield ""
        yield self.text(manifest.description)
        yield ""
        for key in ("h.deciding", "h.patterns", "h.questions", "h.rules"):
            yield f"- [{self.t(key)}](#{_anchor(self.t(key))})"
        yield ""

    def deciding(self) -> Iterator[str]:
        pack, manifest = self.pack, self.pack.manifest
        order = ", ".join(code(name) for name in manifest.tie_order)
        policy = manifest.confidence
        yield f"## {self.t('h.deciding')}"
        yield ""
        yield self.t("deciding", order=order, unknown=code(UNKNOWN))
        yield ""
        yield self.t(
            "confidence",
            high=f"{policy.high_margin:g}",
            share=f"{policy.min_answered:.0%}",
            medium=f"{policy.medium_margin:g}",
        )
        yield ""
        vetoing = [rule for rule in pack.rules if rule.effects.vetoes]
        if not vetoing:
            return
        yield self.t("hard")
        yield ""
        yield f"| {self.t('col.rule')} | {self.t('col.when')} | {self.t('col.rules_out')} |"
        yield "| --- | --- | --- |"
        for rule in vetoing:
            for veto in rule.effects.vetoes:
                yield (
                    f"| [{code(rule.id)}](#{rule.id}) | {code(describe(rule.when))} "
                    f"| {code(veto.pattern)}: {self.cell(veto.reason)} |"
                )
        yield ""

    def pattern(self, pattern: Pattern) -> Iterator[str]:
        yield f"### {self.text(pattern.name)} ({code(pattern.id)})"
        yield ""
        yield self.text(pattern.summary)
        yield ""
        for kind in ("advantage", "disadvantage"):
            items = [item for item in pattern.tradeoffs if item.kind == kind]
            if not items:
                continue
            yield f"{self.t(kind)}:"
            yield ""
            for item in items:
                source = ""
                if item.source is not None:
                    source = f" ({self.t('source')}: {prose(item.source.section)})"
                yield f"- {code(item.id)}: {self.text(item.text)}{source}"
            yield ""
        if pattern.requires:
            yield self.t("always")
            yield ""
            for need in pattern.requires:
                mitigation = f"{self.t('mitigation')} {self.text(need.mitigation)}"
                yield f"- {self.text(need.text)} {mitigation}"
            yield ""
        scored = [
            f"[{code(rule.id)}](#{rule.id}) {_delta(rule.effects.scores[pattern.id])}"
            for rule in self.pack.rules
            if rule.effects.scores.get(pattern.id)
        ]
        vetoed = [
            f"[{code(rule.id)}](#{rule.id})"
            for rule in self.pack.rules
            if any(veto.pattern == pattern.id for veto in rule.effects.vetoes)
        ]
        if scored:
            yield self.t("scored_by", rules=", ".join(scored))
            yield ""
        if vetoed:
            yield self.t("ruled_out_by", rules=", ".join(vetoed))
            yield ""
        yield f"{fence(pattern.flow.get_lang(self.lang))}mermaid"
        yield pattern.flow.get_lang(self.lang).rstrip("\n")
        yield fence(pattern.flow.get_lang(self.lang))
        yield ""

    def questions(self) -> Iterator[str]:
        yield f"## {self.t('h.questions')}"
        yield ""
        yield self.t("questions", unknown=code(UNKNOWN))
        yield ""
        columns = ("col.question", "col.id", "col.kind", "col.options")
        yield "| # | " + " | ".join(self.t(key) for key in columns) + " |"
        yield "| --- | --- | --- | --- | --- |"
        for number, question in enumerate(self.pack.questions, start=1):
            options = ", ".join(code(option.id) for option in question.options)
            yield (
                f"| {number} | {self.cell(question.text)} | [{code(question.id)}](#{question.id}) "
                f"| {self.t('kind.' + question.kind)} | {options} |"
            )
        yield ""
        for question in self.pack.questions:
            yield from self.question(question)

    def question(self, question: Question) -> Iterator[str]:
        yield f"### {code(question.id)}"
        yield ""
        yield f"**{self.text(question.text)}** ({self.t('kind.' + question.kind)})"
        yield ""
        yield self.text(question.help)
        yield ""
        yield f"| {self.t('col.option')} | {self.t('col.meaning')} |"
        yield "| --- | --- |"
        for option in question.options:
            meaning = self.cell(option.label)
            if option.help is not None:
                meaning += f" ({self.cell(option.help)})"
            yield f"| {code(option.id)} | {meaning} |"
        yield f"| {code(UNKNOWN)} | {self.t('not_known')} |"
        yield ""
        if question.when is not None:
            yield self.t("asked_when", condition=code(describe(question.when)))
            yield ""
        readers = [
            f"[{code(rule.id)}](#{rule.id})"
            for rule in self.pack.rules
            if question.id in questions_of(rule.when)
        ]
        yield self.t("read_by", rules=", ".join(readers)) if readers else self.t("read_by_none")
        yield ""

    def rules(self) -> Iterator[str]:
        yield f"## {self.t('h.rules')}"
        yield ""
        yield f"| {self.t('col.rule')} | {self.t('col.when')} | {self.t('col.effects')} |"
        yield "| --- | --- | --- |"
        for rule in self.pack.rules:
            yield (
                f"| [{code(rule.id)}](#{rule.id}) | {code(describe(rule.when))} "
                f"| {self.summary(rule.effects)} |"
            )
        yield ""
        for rule in self.pack.rules:
            yield from self.rule(rule)

    def rule(self, rule: Rule) -> Iterator[str]:
        effects = rule.effects
        yield f"### {code(rule.id)}"
        yield ""
        yield f"**{self.text(rule.title)}**"
        yield ""
        yield self.text(rule.reason)
        yield ""
        yield f"- {self.t('r.when')}: {code(describe(rule.when))}"
        if effects.scores:
            yield f"- {self.t('r.scores')}: {_scores(effects)}"
        for veto in effects.vetoes:
            yield f"- {self.t('r.rules_out', pattern=code(veto.pattern))}: {self.text(veto.reason)}"
        for item in effects.prerequisites:
            yield (
                f"- {self.t('r.prerequisite', pattern=code(item.pattern))}: "
                f"{self.text(item.text)} {self.t('mitigation')} {self.text(item.mitigation)}"
            )
        if effects.marks:
            yield f"- {self.t('r.marks')}: {', '.join(code(mark) for mark in effects.marks)}"
        yield f"- {self.t('r.file')}: {code(self.pack.rule_files[rule.id])}"
        yield f"- {self.t('r.sources')}:"
        for source in rule.sources:
            inferred = f" {self.t('inferred')}" if source.inferred else ""
            yield f"  - {prose(source.section)}: “{prose(source.quote)}”{inferred}"
        yield ""


def render_docs(pack: Pack, *, lang: str = DEFAULT_LANGUAGE) -> str:
    """The Markdown documentation of ``pack``, its texts in ``lang`` (English fallback)."""
    writer = _Writer(pack, lang)
    lines = [*writer.head(), *writer.deciding(), f"## {writer.t('h.patterns')}", ""]
    for pattern in pack.patterns:
        lines += writer.pattern(pattern)
    lines += writer.questions()
    lines += writer.rules()
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"
