"""The questionnaire's and the terminal's messages, per language.

Keys are grouped by where the text shows: ``prompt.*`` (the questions' own
lines), ``review.*`` (the review screen), ``screen.*`` (the key hint),
``leader.*`` (the live status line), ``panel.*`` and ``table.*`` (the result
panel and the summary's table), ``confidence.*``, ``summary.*`` (after
``advisor assess --answers``), ``notice.*`` (interrupting, resuming, the files
kept), ``file.*`` (the comments of answers files and drafts) and ``batch.*``.

The Portuguese is the Brazilian Portuguese of the Databricks-BR community:
"implantar código", "implantar modelo", "abordagem híbrida", "equipe" for team (as the report says).
Every ``{field}`` of an English text is in its translation (tests check it).
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "en": {
        # The prompts.
        "prompt.team": "Which team is this assessment for?",
        "prompt.team_required": (
            "Type the team's name: the report and the answers file are named after it"
        ),
        "prompt.unknown": "I don't know",
        "prompt.back": "← Back",
        "prompt.back_to_review": "← Back to the review",
        "prompt.skip_question": "Skip to question {number} →",
        "prompt.skip_review": "Skip to the review →",
        "prompt.skip_team": "Skip to the team's name →",
        "prompt.keys": "(↑↓ Enter)",
        "prompt.keys_back": "(↑↓ Enter · ← back)",
        # The review screen.
        "review.title": "Review the answers",
        "review.instruction": "(choose one to change it, or Done)",
        "review.done": "Done — write the report",
        "review.team": "Team",
        "review.not_answered": "(not answered)",
        # Printed once, before the first question; at most 79 characters (one
        # line of an 80-column terminal).
        "screen.keys": (
            "↑↓ or a number, then Enter: answer · ← back · Ctrl-C: stop (answers are kept)"
        ),
        # The leader line.
        "leader.answered": "{answered}/{total} answered · ",
        "leader.answered_unknown": '{answered}/{total} answered, {unknown} "I don\'t know" · ',
        "leader.leading": "Leading: ",
        "leader.tie": " (tie)",
        "leader.ruled_out_one": " · ruled out: {names}",
        "leader.ruled_out_many": " · ruled out: {names}",
        # The result panel and the summary.
        "pattern.none": "no viable pattern",
        "panel.title": "Assessment",
        "panel.title_team": "Assessment of {team}",
        "panel.no_viable": "No pattern is viable: the constraints conflict.",
        "panel.recommendation": "Recommendation: {pattern} (confidence: {confidence})",
        "panel.ruled_out": "Ruled out",
        "panel.open_title": "Open questions that could change the decision",
        "panel.open_none": (
            "Open questions: {count} unanswered, none of them could change the decision."
        ),
        "panel.change": '{pattern} if "{answer}"',
        "table.pattern": "Pattern",
        "table.score": "Score",
        "table.viable": "Viable",
        "table.ruled_out_by": "Ruled out by",
        "table.yes": "yes",
        "table.no": "no",
        "confidence.high": "high",
        "confidence.medium": "medium",
        "confidence.low": "low",
        "confidence.none": "none",
        "summary.no_viable": "No viable pattern",
        "summary.no_viable_team": "No viable pattern for {team}",
        "summary.recommendation": "Recommendation: {pattern} (confidence: {confidence})",
        "summary.recommendation_team": (
            "Recommendation for {team}: {pattern} (confidence: {confidence})"
        ),
        "summary.open": "Open questions that could change it:",
        "summary.report": "Report written to {path}",
        # Interrupting, resuming, the files kept.
        "notice.answers_one": "{count} answer",
        "notice.answers_many": "{count} answers",
        "notice.nothing_saved": "Interrupted before any answer: nothing to save.",
        "notice.interrupted": "Interrupted. {answers} saved in {path}.",
        "notice.continue_with": "Continue with: {command}",
        "notice.continuing": "Continuing {path}: {answers} given so far.",
        "notice.report_written": "Report written to {path}",
        "notice.not_applicable": (
            "advisor: note: {source}: {question} is answered but does not apply to this team "
            "(asked only when {condition}): the answer is kept in the report's answers, "
            "not used"
        ),
        "notice.answers_kept": "Answers kept in {path}; to replay the assessment:",
        # The comments of answers files and drafts.
        "file.answers_header": "The answers of an advisor assessment (pack {pack} {version}).",
        "file.replay": "Replay it: {command}",
        "file.draft_header": "A draft of the advisor questionnaire: the answers given so far.",
        "file.draft_continue": "Continue it with: {command}",
        "file.not_answered": "{question}: not answered yet",
        "file.not_applicable": "{question}: does not apply",
        # advisor batch.
        "batch.progress": "Assessing teams",
        "batch.assessed_one": "Assessed {count} team.",
        "batch.assessed_many": "Assessed {count} teams.",
        "batch.assessed_one_as": "Assessed {count} team: {counts}.",
        "batch.assessed_many_as": "Assessed {count} teams: {counts}.",
        "batch.no_viable": "{count} with no viable pattern",
        "batch.failed": "{what} could not be assessed (listed above).",
        "batch.written": "Reports and {summaries} written to {folder}",
        "batch.interrupted": (
            "advisor: batch interrupted: the reports in {folder} are whole; "
            "the summaries were not written"
        ),
        "batch.subfolder": (
            "advisor: note: {folder}: a subfolder, not read; add it to the inputs to read its files"
        ),
        "batch.leftovers": (
            "advisor: note: {folder} also holds {count} reports this run did not write "
            "({names}): left from an earlier run? The summaries list this run's teams only"
        ),
    },
    "pt-BR": {
        "prompt.team": "Para qual equipe é esta avaliação?",
        "prompt.team_required": (
            "Digite o nome da equipe: o relatório e o arquivo de respostas levam o nome dela"
        ),
        "prompt.unknown": "Não sei",
        "prompt.back": "← Voltar",
        "prompt.back_to_review": "← Voltar à revisão",
        "prompt.skip_question": "Pular para a pergunta {number} →",
        "prompt.skip_review": "Pular para a revisão →",
        "prompt.skip_team": "Pular para o nome da equipe →",
        "prompt.keys": "(↑↓ Enter)",
        "prompt.keys_back": "(↑↓ Enter · ← voltar)",
        "review.title": "Revise as respostas",
        "review.instruction": "(escolha uma para alterar, ou Concluir)",
        "review.done": "Concluir — gerar o relatório",
        "review.team": "Equipe",
        "review.not_answered": "(sem resposta)",
        # At most 79 characters: one line of an 80-column terminal.
        "screen.keys": (
            "↑↓ ou número e Enter: responder · ← voltar · Ctrl-C: sair (respostas guardadas)"
        ),
        "leader.answered": "{answered}/{total} respondidas · ",
        "leader.answered_unknown": '{answered}/{total} respondidas, {unknown} "Não sei" · ',
        "leader.leading": "Na frente: ",
        "leader.tie": " (empate)",
        "leader.ruled_out_one": " · descartado: {names}",
        "leader.ruled_out_many": " · descartados: {names}",
        "pattern.none": "nenhum padrão viável",
        "panel.title": "Avaliação",
        "panel.title_team": "Avaliação de {team}",
        "panel.no_viable": "Nenhum padrão é viável: as restrições entram em conflito.",
        "panel.recommendation": "Recomendação: {pattern} (confiança: {confidence})",
        "panel.ruled_out": "Descartados",
        "panel.open_title": "Perguntas em aberto que podem mudar a decisão",
        "panel.open_none": (
            "Perguntas em aberto: {count} sem resposta, nenhuma delas mudaria a decisão."
        ),
        "panel.change": '{pattern} se "{answer}"',
        "table.pattern": "Padrão",
        "table.score": "Pontuação",
        "table.viable": "Viável",
        "table.ruled_out_by": "Descartado por",
        "table.yes": "sim",
        "table.no": "não",
        "confidence.high": "alta",
        "confidence.medium": "média",
        "confidence.low": "baixa",
        "confidence.none": "nenhuma",
        "summary.no_viable": "Nenhum padrão viável",
        "summary.no_viable_team": "Nenhum padrão viável para {team}",
        "summary.recommendation": "Recomendação: {pattern} (confiança: {confidence})",
        "summary.recommendation_team": (
            "Recomendação para {team}: {pattern} (confiança: {confidence})"
        ),
        "summary.open": "Perguntas em aberto que podem mudar a recomendação:",
        "summary.report": "Relatório gravado em {path}",
        "notice.answers_one": "{count} resposta",
        "notice.answers_many": "{count} respostas",
        "notice.nothing_saved": "Interrompido antes de qualquer resposta: nada a guardar.",
        "notice.interrupted": "Interrompido. Rascunho gravado em {path} ({answers}).",
        "notice.continue_with": "Para continuar: {command}",
        "notice.continuing": "Continuando {path}: {answers} até agora.",
        "notice.report_written": "Relatório gravado em {path}",
        "notice.not_applicable": (
            "advisor: aviso: {source}: {question} tem resposta, mas não se aplica a esta equipe "
            "(só é perguntada quando {condition}): a resposta fica nas respostas do relatório, "
            "sem ser usada"
        ),
        "notice.answers_kept": "Respostas guardadas em {path}; para refazer a avaliação:",
        "file.answers_header": (
            "As respostas de uma avaliação do advisor (pacote {pack} {version})."
        ),
        "file.replay": "Para refazê-la: {command}",
        "file.draft_header": "Rascunho do questionário do advisor: as respostas dadas até agora.",
        "file.draft_continue": "Para continuar: {command}",
        "file.not_answered": "{question}: ainda sem resposta",
        "file.not_applicable": "{question}: não se aplica",
        "batch.progress": "Avaliando equipes",
        "batch.assessed_one": "{count} equipe avaliada.",
        "batch.assessed_many": "{count} equipes avaliadas.",
        "batch.assessed_one_as": "{count} equipe avaliada: {counts}.",
        "batch.assessed_many_as": "{count} equipes avaliadas: {counts}.",
        "batch.no_viable": "{count} sem padrão viável",
        "batch.failed": "Não foi possível avaliar {what} (veja acima).",
        "batch.written": "Relatórios e {summaries} gravados em {folder}",
        "batch.interrupted": (
            "advisor: lote interrompido: os relatórios em {folder} estão completos; "
            "os resumos não foram gravados"
        ),
        "batch.subfolder": (
            "advisor: aviso: {folder}: uma subpasta, não lida; acrescente-a às entradas para "
            "ler os arquivos dela"
        ),
        "batch.leftovers": (
            "advisor: aviso: {folder} também tem {count} relatórios que este lote não gravou "
            "({names}): sobras de um lote anterior? Os resumos listam só as equipes deste lote"
        ),
    },
}
