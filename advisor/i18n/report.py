"""The report's own sentences (the pack's texts are in the pack), per language.

Keys name where a text goes (``report.heading.*`` the MADR headings,
``report.lead.*`` the opening sentence, ``summary.*`` the batch summary);
``{fields}`` are filled in by :mod:`advisor.report.texts` with text that is
already Markdown (escaped by the caller). Plural forms are two keys,
``<key>.one`` and ``<key>.many``. Values may hold Markdown (``**bold**``,
``*emphasis*``, code spans): they are written by us, not by users.

Brazilian Portuguese follows the terms of the Databricks-BR material (see
``/work/shared/reference/domain.md`` (g)): *implantar código*, *implantar
modelo*, *abordagem híbrida*, *padrão*, *equipe* (as the
pack writes it).
"""

from __future__ import annotations

REPORT: dict[str, dict[str, str]] = {
    "en": {
        # Words used in several places.
        "report.no_pattern": "no viable pattern",
        "report.marker": "**(applies to you)**",
        "report.marker_help": (
            "Trade-offs marked {marker} are the ones your answers make relevant; "
            "the rules that mark them are under *{why}*."
        ),
        "report.confidence.high": "high",
        "report.confidence.medium": "medium",
        "report.confidence.low": "low",
        "report.confidence.none": "none",
        "report.good": "Good",
        "report.bad": "Bad",
        "report.yes": "yes",
        "report.no": "no",
        # Title, front part.
        "report.decision": "Decision",
        "report.title": "{decision}: {pattern}",
        "report.title.team": "{decision} for {team}: {pattern}",
        "report.conflict": "**{pattern}** is ruled out: {reason} (*{rule}*).",
        # MADR headings.
        "report.heading.context": "Context and Problem Statement",
        "report.heading.drivers": "Decision Drivers",
        "report.heading.options": "Considered Options",
        "report.heading.outcome": "Decision Outcome",
        "report.heading.consequences": "Consequences",
        "report.heading.prerequisites": "Prerequisites and mitigations",
        "report.heading.confirmation": "Confirmation",
        "report.heading.counterfactuals": "What would change the decision",
        "report.heading.unknowns": "Open questions",
        "report.heading.pros_cons": "Pros and Cons of the Options",
        "report.heading.more": "More Information",
        "report.heading.why": "Why: the rules that fired",
        "report.heading.flow": "Flow of {pattern}",
        "report.heading.layout": "Starter layout",
        "report.heading.flow_layout": "Flow and starter layout",
        "report.heading.answers": "Answers",
        # The lead: the recommendation in one sentence.
        "report.lead.none": (
            "**No viable pattern:** every pattern is ruled out by a hard constraint, "
            "and the constraints conflict."
        ),
        "report.lead.recommendation": "**Recommendation: {pattern}** (confidence: {confidence}).",
        "report.lead.score_of": "{score} for {pattern}",
        "report.lead.against": ", against {scores}",
        "report.lead.tie": (
            " {patterns} score {score} each{against}; nothing in the answers decides "
            "between them, so {settle}."
        ),
        "report.lead.tie_default": "the documented default, {pattern}, stands",
        "report.lead.tie_order": "the pack's tie order picks {pattern}",
        "report.lead.scores": " {pattern} scores {score}{against}.",
        "report.lead.only": " {pattern} scores {score} and is the only pattern not ruled out.",
        "report.lead.ruled_out.one": " {patterns} is ruled out: {reasons}",
        "report.lead.ruled_out.many": " {patterns} are ruled out: {reasons}",
        # Context and drivers.
        "report.context.applies": (
            "This record applies the rule pack *{title}* ({id} version {version}) to the "
            "answers of {who}: {answered} of {total} decision questions are answered"
            "{not_applicable}."
        ),
        "report.context.who.team": "**{team}**",
        "report.context.who.none": "the team",
        "report.context.not_applicable.one": " ({count} more does not apply to this team)",
        "report.context.not_applicable.many": " ({count} more do not apply to this team)",
        "report.context.date": "Assessed on {date}.",
        "report.drivers.intro": (
            "The rules that fired, hard constraints first, then by the size of their "
            "effect on the scores:"
        ),
        "report.drivers.none": (
            "No rule fired: nothing in the answers favours or rules out a pattern."
        ),
        "report.effect.rules_out": "rules out {patterns}",
        "report.effect.prerequisite": "adds a prerequisite for {patterns}",
        "report.effect.none": "no score change",
        # Outcome.
        "report.outcome.none": (
            "No option is chosen: every option is ruled out by a hard constraint."
        ),
        "report.outcome.chosen": "Chosen option: **{pattern}**, because {why}.",
        "report.outcome.why.default": (
            "it is the documented default and nothing in the answers decides between "
            "the options with the top score"
        ),
        "report.outcome.why.tie_order": (
            "the pack's tie order puts it first and nothing in the answers decides "
            "between the options with the top score"
        ),
        "report.outcome.why.only": "it is the only option that no hard constraint rules out",
        "report.outcome.why.best": (
            "it has the highest score of the viable options ({score}, against "
            "{next_score} for the next, {next})"
        ),
        "report.outcome.gains": " It gains most from: {rules}.",
        "report.table.pattern": "Pattern",
        "report.table.score": "Score",
        "report.table.viable": "Viable",
        "report.table.ruled_out_by": "Ruled out by",
        "report.table.recommended": "recommended",
        "report.confidence.no_recommendation": ("Confidence: none, as there is no recommendation."),
        "report.confidence.line": "Confidence **{confidence}**: {reasons}.",
        "report.confidence.answered": "{answered} of {total} decision questions answered",
        "report.confidence.only": "no other viable option",
        "report.confidence.margin": "a margin of {margin} over the next viable option",
        "report.confidence.open.one": "{count} open question could change the decision",
        "report.confidence.open.many": "{count} open questions could change the decision",
        "report.confidence.tie": "a tie settled by the pack's tie order",
        "report.consequences.none": (
            "No pattern is recommended, so the team cannot adopt one yet: resolve the "
            "conflicting constraints first (see *{section}*)."
        ),
        "report.prerequisites.needs": "What {pattern} needs",
        "report.prerequisites.how": "How to meet it",
        "report.prerequisites.nothing": (
            "Your answers show nothing that {pattern} needs and the team lacks."
        ),
        "report.prerequisites.none": (
            "No pattern is recommended, so there are no prerequisites to meet."
        ),
        "report.confirmation.intro": "The decision is implemented when:",
        "report.confirmation.layout": "the repository follows the starter layout below{ci};",
        "report.confirmation.ci": ", and its CI/CD pipelines ({paths}) pass on every change",
        "report.confirmation.prerequisites": (
            "every prerequisite above is met, or has an owner and a date;"
        ),
        "report.confirmation.flow": "code and models move between environments as *{flow}* shows;",
        "report.confirmation.accept": (
            "the review meeting accepts this record (`status: accepted` in its front "
            "matter). When an answer changes, replay the assessment from *{answers}* "
            "and compare."
        ),
        "report.confirmation.none": (
            "There is nothing to confirm yet: once the conflicting constraints are "
            "resolved, replay the assessment from *{answers}* with the new answers."
        ),
        "report.counterfactual.item": "If *{question}* were **{answer}** ({code}), {then}.",
        "report.counterfactual.none_viable": "no pattern would be viable",
        "report.counterfactual.pattern": "the recommendation would be **{pattern}**",
        "report.counterfactuals.none": (
            "No single change to a given answer would change the recommendation."
        ),
        "report.counterfactuals.unanswered": (
            "No decision question is answered yet: the open questions below show what "
            "the answers would change."
        ),
        "report.unknown.or": " or ",
        "report.unknown.lead_if": "{pattern} if {answers}",
        "report.unknown.could_change": "**could change the decision**: {leads}.",
        "report.unknown.any_changes": (
            "**any answer changes the decision**: every answer leads to {pattern}."
        ),
        "report.unknown.no_change": (
            "does not change the decision: every answer leads to {pattern}."
        ),
        "report.unknowns.none": "All decision questions are answered.",
        "report.pros_cons.ruled_out": "**Ruled out for this team:** {reasons}",
        "report.rule.effect": "**Effect:** {effect}",
        "report.rule.when": "**When:** {condition} (rule {id})",
        "report.rule.source": "Source: *{section}*",
        "report.rule.inferred": (
            " (inferred: the rule is a reading of this passage, not its letter)"
        ),
        "report.rules.none": "No rule fired.",
        "report.layout.intro": (
            "A starting point for the {project} repository, shaped by your answers to "
            "the layout questions{open}."
        ),
        "report.layout.open": "; answering the ones still open ({questions}) may change it",
        "report.layout.none": "The pack has no starter layout for {pattern} under these answers.",
        "report.flow_layout.none": (
            "No pattern is recommended, so there is no flow or starter layout to show."
        ),
        "report.answers.question": "Question",
        "report.answers.answer": "Answer",
        "report.answers.not_applicable": "does not apply",
        "report.answers.unknown": "unknown",
        "report.answers.replay": (
            "To replay this assessment, save this block as `answers.yaml` and run "
            "{command} with the same rule pack ({id} version {version}):"
        ),
        # The batch's summary.md (and the human texts of summary.json/csv).
        "summary.no_pattern": "No viable pattern",
        "summary.main.blocker": "Blocker: {text}",
        "summary.main.prerequisite": "Prerequisite: {text}",
        "summary.or": " or ",
        "summary.title.one": "{title}: portfolio of {count} team",
        "summary.title.many": "{title}: portfolio of {count} teams",
        "summary.intro.one": (
            "{count} team assessed on {date} with the rule pack *{title}* ({id} version {version})."
        ),
        "summary.intro.many": (
            "{count} teams assessed on {date} with the rule pack *{title}* "
            "({id} version {version})."
        ),
        "summary.failed_link": "**{what} could not be assessed**: see [{heading}](#{anchor}).",
        "summary.count.profiles.one": "{count} profile",
        "summary.count.profiles.many": "{count} profiles",
        "summary.count.inputs.one": "{count} input file or folder",
        "summary.count.inputs.many": "{count} input files or folders",
        "summary.heading.recommendations": "Recommendations",
        "summary.heading.teams": "Teams",
        "summary.heading.undecided": "Decisions that depend on unknown answers",
        "summary.heading.shared": "Shared prerequisites",
        "summary.heading.failed": "Failed profiles",
        "summary.anchor.failed": "failed-profiles",
        "summary.column.pattern": "Pattern",
        "summary.column.teams": "Teams",
        "summary.column.share": "Share",
        "summary.column.team": "Team",
        "summary.column.recommendation": "Recommendation",
        "summary.column.confidence": "Confidence",
        "summary.column.main": "Main blocker or prerequisite",
        "summary.column.report": "Report",
        "summary.column.question": "Question",
        "summary.column.could_change": "Teams it could change",
        "summary.column.recommendation_now": "Recommendation now",
        "summary.column.leads": "Open questions: where their answers lead",
        "summary.column.prerequisite": "Prerequisite",
        "summary.column.for": "For",
        "summary.column.how": "How to meet it",
        "summary.column.source": "Source",
        "summary.column.problem": "Problem",
        "summary.pie.one": "Recommended pattern ({count} team)",
        "summary.pie.many": "Recommended pattern ({count} teams)",
        "summary.none_assessed": "No team could be assessed.",
        "summary.undecided.one": (
            "{undecided} of {count} team could get another recommendation once open "
            "questions are answered. The questions that could change the most decisions:"
        ),
        "summary.undecided.many": (
            "{undecided} of {count} teams could get another recommendation once open "
            "questions are answered. The questions that could change the most decisions:"
        ),
        "summary.undecided.none": "No team's recommendation depends on an unanswered question.",
        "summary.shared.intro": (
            "What the recommended patterns need and the teams lack, the most shared first: "
            "one fix for many teams."
        ),
        "summary.shared.none": "No team has a prerequisite to meet.",
        "summary.failed.one": "{what} could not be assessed; fix it and run the batch again:",
        "summary.failed.many": "{what} could not be assessed; fix them and run the batch again:",
        "summary.failed.none": "None: every profile was assessed.",
    },
    "pt-BR": {
        "report.no_pattern": "nenhum padrão viável",
        "report.marker": "**(se aplica à equipe)**",
        "report.marker_help": (
            "Os prós e contras marcados com {marker} são os que as respostas da equipe "
            "tornam relevantes; as regras que os marcam estão em *{why}*."
        ),
        "report.confidence.high": "alta",
        "report.confidence.medium": "média",
        "report.confidence.low": "baixa",
        "report.confidence.none": "nenhuma",
        "report.good": "A favor",
        "report.bad": "Contra",
        "report.yes": "sim",
        "report.no": "não",
        "report.decision": "Decisão",
        "report.title": "{decision}: {pattern}",
        "report.title.team": "{decision} para {team}: {pattern}",
        "report.conflict": "**{pattern}** fica de fora: {reason} (*{rule}*).",
        "report.heading.context": "Contexto e enunciado do problema",
        "report.heading.drivers": "Fatores de decisão",
        "report.heading.options": "Opções consideradas",
        "report.heading.outcome": "Resultado da decisão",
        "report.heading.consequences": "Consequências",
        "report.heading.prerequisites": "Pré-requisitos e mitigações",
        "report.heading.confirmation": "Confirmação",
        "report.heading.counterfactuals": "O que mudaria a decisão",
        "report.heading.unknowns": "Questões em aberto",
        "report.heading.pros_cons": "Prós e contras das opções",
        "report.heading.more": "Mais informações",
        "report.heading.why": "Por quê: as regras que dispararam",
        "report.heading.flow": "Fluxo: {pattern}",
        "report.heading.layout": "Estrutura inicial do repositório",
        "report.heading.flow_layout": "Fluxo e estrutura inicial",
        "report.heading.answers": "Respostas",
        "report.lead.none": (
            "**Nenhum padrão viável:** todos os padrões são descartados por alguma "
            "restrição rígida, e as restrições entram em conflito."
        ),
        "report.lead.recommendation": "**Recomendação: {pattern}** (confiança: {confidence}).",
        "report.lead.score_of": "{score} de {pattern}",
        "report.lead.against": ", contra {scores}",
        "report.lead.tie": (
            " {patterns} têm pontuação {score} cada{against}; nada nas respostas decide "
            "entre eles, então {settle}."
        ),
        "report.lead.tie_default": "prevalece {pattern}, a opção recomendada pela documentação",
        "report.lead.tie_order": "a ordem de desempate do pacote escolhe {pattern}",
        "report.lead.scores": " {pattern} tem pontuação {score}{against}.",
        "report.lead.only": (
            " {pattern} tem pontuação {score} e é o único padrão que não foi descartado."
        ),
        "report.lead.ruled_out.one": " Fica de fora {patterns}: {reasons}",
        "report.lead.ruled_out.many": " Ficam de fora {patterns}: {reasons}",
        "report.context.applies": (
            "Este registro aplica o pacote de regras *{title}* ({id} versão {version}) às "
            "respostas {who}: {answered} de {total} perguntas de decisão têm resposta"
            "{not_applicable}."
        ),
        "report.context.who.team": "de **{team}**",
        "report.context.who.none": "da equipe",
        "report.context.not_applicable.one": " (mais {count} não se aplica a esta equipe)",
        "report.context.not_applicable.many": " (mais {count} não se aplicam a esta equipe)",
        "report.context.date": "Avaliação feita em {date}.",
        "report.drivers.intro": (
            "As regras que dispararam, primeiro as restrições rígidas, depois pelo "
            "tamanho do efeito nas pontuações:"
        ),
        "report.drivers.none": (
            "Nenhuma regra disparou: nada nas respostas favorece ou descarta um padrão."
        ),
        "report.effect.rules_out": "descarta {patterns}",
        "report.effect.prerequisite": "acrescenta um pré-requisito a {patterns}",
        "report.effect.none": "nenhuma mudança de pontuação",
        "report.outcome.none": (
            "Nenhuma opção foi escolhida: todas as opções são descartadas por alguma "
            "restrição rígida."
        ),
        "report.outcome.chosen": "Opção escolhida: **{pattern}**, porque {why}.",
        "report.outcome.why.default": (
            "é a opção recomendada pela documentação e nada nas respostas decide entre "
            "as opções de maior pontuação"
        ),
        "report.outcome.why.tie_order": (
            "a ordem de desempate do pacote a coloca em primeiro lugar e nada nas "
            "respostas decide entre as opções de maior pontuação"
        ),
        "report.outcome.why.only": "é a única opção que nenhuma restrição rígida descarta",
        "report.outcome.why.best": (
            "tem a maior pontuação entre as opções viáveis ({score}, contra "
            "{next_score} da seguinte, {next})"
        ),
        "report.outcome.gains": " O que mais pesa a favor: {rules}.",
        "report.table.pattern": "Padrão",
        "report.table.score": "Pontuação",
        "report.table.viable": "Viável",
        "report.table.ruled_out_by": "Descartado por",
        "report.table.recommended": "recomendado",
        "report.confidence.no_recommendation": "Confiança: nenhuma, pois não há recomendação.",
        "report.confidence.line": "Confiança **{confidence}**: {reasons}.",
        "report.confidence.answered": "{answered} de {total} perguntas de decisão respondidas",
        "report.confidence.only": "nenhuma outra opção viável",
        "report.confidence.margin": "margem de {margin} sobre a próxima opção viável",
        "report.confidence.open.one": "{count} questão em aberto que pode mudar a decisão",
        "report.confidence.open.many": "{count} questões em aberto que podem mudar a decisão",
        "report.confidence.tie": "empate resolvido pela ordem de desempate do pacote",
        "report.consequences.none": (
            "Nenhum padrão é recomendado, então a equipe ainda não pode adotar nenhum: "
            "resolva antes as restrições conflitantes (veja *{section}*)."
        ),
        "report.prerequisites.needs": "O que {pattern} exige",
        "report.prerequisites.how": "Como atender",
        "report.prerequisites.nothing": (
            "As respostas não mostram nada que {pattern} exija e que falte à equipe."
        ),
        "report.prerequisites.none": (
            "Nenhum padrão é recomendado, então não há pré-requisitos a atender."
        ),
        "report.confirmation.intro": "A decisão está implementada quando:",
        "report.confirmation.layout": "o repositório segue a estrutura inicial abaixo{ci};",
        "report.confirmation.ci": ", e seus pipelines de CI/CD ({paths}) passam a cada mudança",
        "report.confirmation.prerequisites": (
            "cada pré-requisito acima está atendido ou tem um responsável e um prazo;"
        ),
        "report.confirmation.flow": (
            "código e modelos passam de um ambiente a outro como mostra *{flow}*;"
        ),
        "report.confirmation.accept": (
            "a reunião de revisão aceita este registro (`status: accepted` no front "
            "matter). Quando uma resposta mudar, repita a avaliação a partir de "
            "*{answers}* e compare."
        ),
        "report.confirmation.none": (
            "Ainda não há nada a confirmar: quando as restrições conflitantes forem "
            "resolvidas, repita a avaliação a partir de *{answers}* com as novas respostas."
        ),
        "report.counterfactual.item": (
            "Se a resposta a *{question}* fosse **{answer}** ({code}), {then}."
        ),
        "report.counterfactual.none_viable": "nenhum padrão seria viável",
        "report.counterfactual.pattern": "a recomendação seria **{pattern}**",
        "report.counterfactuals.none": (
            "Nenhuma mudança isolada em uma das respostas dadas mudaria a recomendação."
        ),
        "report.counterfactuals.unanswered": (
            "Nenhuma pergunta de decisão tem resposta ainda: as questões em aberto "
            "abaixo mostram o que as respostas mudariam."
        ),
        "report.unknown.or": " ou ",
        "report.unknown.lead_if": "{pattern} se {answers}",
        "report.unknown.could_change": "**pode mudar a decisão**: {leads}.",
        "report.unknown.any_changes": (
            "**qualquer resposta muda a decisão**: toda resposta leva a {pattern}."
        ),
        "report.unknown.no_change": "não muda a decisão: toda resposta leva a {pattern}.",
        "report.unknowns.none": "Todas as perguntas de decisão têm resposta.",
        "report.pros_cons.ruled_out": "**Descartado para esta equipe:** {reasons}",
        "report.rule.effect": "**Efeito:** {effect}",
        "report.rule.when": "**Quando:** {condition} (regra {id})",
        "report.rule.source": "Fonte: *{section}*",
        "report.rule.inferred": (
            " (inferida: a regra é uma interpretação desta passagem, não o seu texto literal)"
        ),
        "report.rules.none": "Nenhuma regra disparou.",
        "report.layout.intro": (
            "Um ponto de partida para o repositório {project}, moldado pelas respostas "
            "da equipe às perguntas sobre a estrutura{open}."
        ),
        "report.layout.open": (
            "; responder às que ainda estão em aberto ({questions}) pode alterá-lo"
        ),
        "report.layout.none": (
            "O pacote não tem estrutura inicial para {pattern} com estas respostas."
        ),
        "report.flow_layout.none": (
            "Nenhum padrão é recomendado, então não há fluxo nem estrutura inicial a mostrar."
        ),
        "report.answers.question": "Pergunta",
        "report.answers.answer": "Resposta",
        "report.answers.not_applicable": "não se aplica",
        "report.answers.unknown": "não sei",
        "report.answers.replay": (
            "Para repetir esta avaliação, salve este bloco como `answers.yaml` e execute "
            "{command} com o mesmo pacote de regras ({id} versão {version}):"
        ),
        "summary.no_pattern": "Nenhum padrão viável",
        "summary.main.blocker": "Impedimento: {text}",
        "summary.main.prerequisite": "Pré-requisito: {text}",
        "summary.or": " ou ",
        "summary.title.one": "{title}: portfólio de {count} equipe",
        "summary.title.many": "{title}: portfólio de {count} equipes",
        "summary.intro.one": (
            "{count} equipe avaliada em {date} com o pacote de regras *{title}* "
            "({id} versão {version})."
        ),
        "summary.intro.many": (
            "{count} equipes avaliadas em {date} com o pacote de regras *{title}* "
            "({id} versão {version})."
        ),
        "summary.failed_link": "**Não foi possível avaliar {what}**: veja [{heading}](#{anchor}).",
        "summary.count.profiles.one": "{count} perfil",
        "summary.count.profiles.many": "{count} perfis",
        "summary.count.inputs.one": "{count} arquivo ou pasta de entrada",
        "summary.count.inputs.many": "{count} arquivos ou pastas de entrada",
        "summary.heading.recommendations": "Recomendações",
        "summary.heading.teams": "Equipes",
        "summary.heading.undecided": "Decisões que dependem de questões em aberto",
        "summary.heading.shared": "Pré-requisitos compartilhados",
        "summary.heading.failed": "Perfis com falha",
        "summary.anchor.failed": "perfis-com-falha",
        "summary.column.pattern": "Padrão",
        "summary.column.teams": "Equipes",
        "summary.column.share": "Participação",
        "summary.column.team": "Equipe",
        "summary.column.recommendation": "Recomendação",
        "summary.column.confidence": "Confiança",
        "summary.column.main": "Principal impedimento ou pré-requisito",
        "summary.column.report": "Relatório",
        "summary.column.question": "Pergunta",
        "summary.column.could_change": "Equipes que ela pode mudar",
        "summary.column.recommendation_now": "Recomendação atual",
        "summary.column.leads": "Questões em aberto: aonde as respostas levam",
        "summary.column.prerequisite": "Pré-requisito",
        "summary.column.for": "Para",
        "summary.column.how": "Como atender",
        "summary.column.source": "Origem",
        "summary.column.problem": "Problema",
        "summary.pie.one": "Padrão recomendado ({count} equipe)",
        "summary.pie.many": "Padrão recomendado ({count} equipes)",
        "summary.none_assessed": "Nenhuma equipe pôde ser avaliada.",
        "summary.undecided.one": (
            "Em {undecided} de {count} equipe, a recomendação pode mudar quando as questões "
            "em aberto forem respondidas. As perguntas que podem mudar mais decisões:"
        ),
        "summary.undecided.many": (
            "Em {undecided} de {count} equipes, a recomendação pode mudar quando as questões "
            "em aberto forem respondidas. As perguntas que podem mudar mais decisões:"
        ),
        "summary.undecided.none": (
            "A recomendação de nenhuma equipe depende de uma pergunta sem resposta."
        ),
        "summary.shared.intro": (
            "O que os padrões recomendados exigem e falta às equipes, dos mais "
            "compartilhados aos menos: uma solução resolve muitas equipes."
        ),
        "summary.shared.none": "Nenhuma equipe tem pré-requisito a atender.",
        "summary.failed.one": (
            "Não foi possível avaliar {what}; corrija o problema e rode o lote de novo:"
        ),
        "summary.failed.many": (
            "Não foi possível avaliar {what}; corrija os problemas e rode o lote de novo:"
        ),
        "summary.failed.none": "Nenhum: todos os perfis foram avaliados.",
    },
}
