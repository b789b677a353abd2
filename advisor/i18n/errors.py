"""The messages of bad input (answers files, the command line), per language.

The English texts are the messages the tests assert whole; the code that
raises builds its English message from here too, so there is one source.
Keys ending in ``.suggest`` are the same message with a did-you-mean.
``kind.*`` are the words for what a file holds, used as ``{kind}``.
"""

from __future__ import annotations

ERRORS: dict[str, dict[str, str]] = {
    "en": {
        "error.prefix": "advisor: error: ",
        "error.unknown_question": "unknown question '{key}'; the questions are: {ids}",
        "error.unknown_question.suggest": (
            "unknown question '{key}' (did you mean '{suggestion}'?); the questions are: {ids}"
        ),
        "error.invalid_answer": (
            "invalid answer {value} to question '{question}'; allowed: {allowed}"
        ),
        "error.invalid_answer.suggest": (
            "invalid answer {value} to question '{question}' (did you mean '{suggestion}'?); "
            "allowed: {allowed}"
        ),
        "error.key_not_text": "question ids are text; got {value}",
        "error.no_such_file": "no such file",
        "error.is_folder": "is a folder, not an answers file",
        "error.not_utf8": "is not UTF-8 text",
        "error.csv_is_a_batch": (
            "is a CSV file, one team per row: assess its teams with "
            "advisor batch {file} --out DIR (--answers takes one team's YAML or JSON file)"
        ),
        "error.unreadable": "cannot be read: {reason}",
        "error.not_yaml": "not valid YAML: {problem}",
        "error.yaml_tab": "not valid YAML: {problem}: a tab; indent with spaces",
        "error.yaml_indentation": (
            "not valid YAML: {problem}: check this line's indentation against the line above"
        ),
        "error.not_json": "not valid JSON: {problem}",
        "error.duplicate_key": "duplicate key '{key}' (first at line {first})",
        "error.key_not_name": "a key must be a name, not a list or a mapping",
        "error.too_deep": "values nested too deeply",
        "error.half_character": (
            "'{escape}' is half of a character (a lone surrogate): write the whole "
            "character, or both halves"
        ),
        "error.not_a_profile": "expected a mapping with 'team' and 'answers', got {kind}",
        "error.unknown_key": "unknown key '{key}'; an answers file has: {allowed}",
        "error.unknown_key.suggest": (
            "unknown key '{key}' (did you mean '{suggestion}'?); an answers file has: {allowed}"
        ),
        "error.team_not_text": "'team' must be text, got {kind}",
        "error.answers_not_mapping": (
            "'answers' must be a mapping of question id to option id, got {kind}"
        ),
        "error.no_terminal": (
            "no terminal to ask the questions on: pass the answers with --answers FILE "
            "(see advisor assess --help)"
        ),
        "error.no_terminal.interactive": (
            "no terminal to ask the missing questions on: drop --interactive to assess "
            "--answers FILE as it is"
        ),
        "error.no_terminal.resume": (
            "no terminal to continue the questionnaire on: run advisor assess --resume in a "
            "terminal, or assess the draft as it is with --answers DRAFT"
        ),
        "error.lang_unavailable": "--lang {lang}: the pack '{pack}' is available in {languages}",
        "error.resume_with_answers": (
            "--resume continues an interrupted questionnaire; it cannot be combined with --answers"
        ),
        "error.no_draft": (
            "--resume: no draft in {folder}/ (a draft is saved there when a questionnaire is "
            "interrupted); start one with advisor assess"
        ),
        "error.several_drafts": "--resume: several drafts ({names}); name one: --resume {first}",
        "error.batch.output_folder": (
            "is the output folder (--out): keep the answer files in another folder"
        ),
        "error.batch.no_answer_files": "no answer files ({suffixes})",
        "error.batch.spreadsheet": (
            "is a spreadsheet: save it as CSV (UTF-8) and pass the .csv file"
        ),
        "error.batch.no_such_path": "no such file or folder",
        "error.batch.empty_list": "the list of profiles is empty",
        "error.batch.no_team": "no team name: every profile of a batch needs 'team'",
        "error.batch.worker_lost": (
            "a worker process stopped before its teams were assessed (killed, or out of "
            "memory?); the reports in {folder} are whole; the summaries were not written"
        ),
        "error.csv.not_utf8": (
            "is not UTF-8 text; save it as 'CSV UTF-8' (Excel) or export it as UTF-8"
        ),
        "error.csv.empty": "the file is empty: expected a header row, 'team' and question ids",
        "error.csv.invalid": "not valid CSV: {problem}",
        "error.csv.unclosed_quote": (
            "a quoted cell that starts on this line is never closed: add the closing '\"' "
            "(the rows after it are still read)"
        ),
        "error.csv.after_quote": (
            "text after the closing '\"' of a cell: quote the whole cell, and double a "
            'quote inside it ("say ""hi""")'
        ),
        "error.csv.column_twice": "column '{name}' appears twice (columns {first} and {second})",
        "error.csv.unknown_column": "'{name}'",
        "error.csv.unknown_column.suggest": "'{name}' (did you mean '{suggestion}'?)",
        "error.csv.unknown_columns.one": (
            "unknown column {listed}; the columns are 'team' and question ids "
            "(or the questions' texts): {ids}"
        ),
        "error.csv.unknown_columns.many": (
            "unknown columns {listed}; the columns are 'team' and question ids "
            "(or the questions' texts): {ids}"
        ),
        "error.csv.no_team_column": (
            "no 'team' column: the header is 'team' followed by question ids, "
            "for example: team,{example}"
        ),
        "error.csv.no_rows": "has a header row but no team rows",
        "error.csv.stray_value": (
            "a value in column {column} ({value}) has no column name in the header"
        ),
        "error.csv.empty_team": "the 'team' cell is empty: every row needs a team",
        "error.csv.labels": "; or the labels: {labels}",
        "kind.list": "a list",
        "kind.text": "a text",
        "kind.mapping": "a mapping",
        "kind.number": "a number",
        "kind.nothing": "nothing (null)",
        "kind.empty_file": "nothing (the file is empty)",
        "kind.other": "a value of another type",
    },
    "pt-BR": {
        "error.prefix": "advisor: erro: ",
        "error.unknown_question": "pergunta desconhecida '{key}'; as perguntas são: {ids}",
        "error.unknown_question.suggest": (
            "pergunta desconhecida '{key}' (você quis dizer '{suggestion}'?); "
            "as perguntas são: {ids}"
        ),
        "error.invalid_answer": (
            "resposta inválida {value} para a pergunta '{question}'; aceitas: {allowed}"
        ),
        "error.invalid_answer.suggest": (
            "resposta inválida {value} para a pergunta '{question}' "
            "(você quis dizer '{suggestion}'?); aceitas: {allowed}"
        ),
        "error.key_not_text": "os ids das perguntas são texto; veio {value}",
        "error.no_such_file": "arquivo não encontrado",
        "error.is_folder": "é uma pasta, não um arquivo de respostas",
        "error.not_utf8": "não é texto UTF-8",
        "error.csv_is_a_batch": (
            "é um arquivo CSV, uma equipe por linha: avalie as equipes com "
            "advisor batch {file} --out PASTA (--answers lê o arquivo YAML ou JSON de uma equipe)"
        ),
        "error.unreadable": "não pode ser lido: {reason}",
        "error.not_yaml": "não é um YAML válido: {problem}",
        "error.yaml_tab": "não é um YAML válido: {problem}: um tab; indente com espaços",
        "error.yaml_indentation": (
            "não é um YAML válido: {problem}: confira o recuo desta linha em relação à de cima"
        ),
        "error.not_json": "não é um JSON válido: {problem}",
        "error.duplicate_key": "chave repetida '{key}' (a primeira está na linha {first})",
        "error.key_not_name": "uma chave deve ser um nome, não uma lista nem um mapeamento",
        "error.too_deep": "valores aninhados em níveis demais",
        "error.half_character": (
            "'{escape}' é metade de um caractere (um surrogate isolado): escreva o caractere "
            "inteiro, ou as duas metades"
        ),
        "error.not_a_profile": "esperava um mapeamento com 'team' e 'answers', veio {kind}",
        "error.unknown_key": "chave desconhecida '{key}'; um arquivo de respostas tem: {allowed}",
        "error.unknown_key.suggest": (
            "chave desconhecida '{key}' (você quis dizer '{suggestion}'?); "
            "um arquivo de respostas tem: {allowed}"
        ),
        "error.team_not_text": "'team' deve ser um texto, veio {kind}",
        "error.answers_not_mapping": (
            "'answers' deve ser um mapeamento de id de pergunta para id de opção, veio {kind}"
        ),
        "error.no_terminal": (
            "não há terminal para fazer as perguntas: passe as respostas com --answers ARQUIVO "
            "(veja advisor assess --help)"
        ),
        "error.no_terminal.interactive": (
            "não há terminal para fazer as perguntas que faltam: tire o --interactive para "
            "avaliar o --answers ARQUIVO como está"
        ),
        "error.no_terminal.resume": (
            "não há terminal para continuar o questionário: rode advisor assess --resume em um "
            "terminal, ou avalie o rascunho como está com --answers RASCUNHO"
        ),
        "error.lang_unavailable": (
            "--lang {lang}: o pacote '{pack}' está disponível em {languages}"
        ),
        "error.resume_with_answers": (
            "--resume continua um questionário interrompido; não pode ser usado com --answers"
        ),
        "error.no_draft": (
            "--resume: nenhum rascunho em {folder}/ (um rascunho é gravado lá quando um "
            "questionário é interrompido); comece um com advisor assess"
        ),
        "error.several_drafts": (
            "--resume: há vários rascunhos ({names}); indique um: --resume {first}"
        ),
        "error.batch.output_folder": (
            "é a pasta de saída (--out): guarde os arquivos de respostas em outra pasta"
        ),
        "error.batch.no_answer_files": "nenhum arquivo de respostas ({suffixes})",
        "error.batch.spreadsheet": (
            "é uma planilha: salve-a como CSV (UTF-8) e passe o arquivo .csv"
        ),
        "error.batch.no_such_path": "arquivo ou pasta não encontrado",
        "error.batch.empty_list": "a lista de perfis está vazia",
        "error.batch.no_team": "sem nome de equipe: todo perfil de um lote precisa de 'team'",
        "error.batch.worker_lost": (
            "um processo de trabalho parou antes de avaliar suas equipes (encerrado, ou sem "
            "memória?); os relatórios em {folder} estão completos; os resumos não foram gravados"
        ),
        "error.csv.not_utf8": (
            "não é texto UTF-8; salve-o como 'CSV UTF-8' (Excel) ou exporte-o em UTF-8"
        ),
        "error.csv.empty": (
            "o arquivo está vazio: esperava uma linha de cabeçalho, 'team' e os ids das perguntas"
        ),
        "error.csv.invalid": "não é um CSV válido: {problem}",
        "error.csv.unclosed_quote": (
            "uma célula entre aspas que começa nesta linha nunca é fechada: acrescente o '\"' "
            "que a fecha (as linhas seguintes são lidas mesmo assim)"
        ),
        "error.csv.after_quote": (
            "há texto depois do '\"' que fecha uma célula: ponha a célula inteira entre aspas "
            'e duplique as aspas dentro dela ("diga ""oi""")'
        ),
        "error.csv.column_twice": (
            "a coluna '{name}' aparece duas vezes (colunas {first} e {second})"
        ),
        "error.csv.unknown_column": "'{name}'",
        "error.csv.unknown_column.suggest": "'{name}' (você quis dizer '{suggestion}'?)",
        "error.csv.unknown_columns.one": (
            "coluna desconhecida {listed}; as colunas são 'team' e os ids das perguntas "
            "(ou os textos das perguntas): {ids}"
        ),
        "error.csv.unknown_columns.many": (
            "colunas desconhecidas {listed}; as colunas são 'team' e os ids das perguntas "
            "(ou os textos das perguntas): {ids}"
        ),
        "error.csv.no_team_column": (
            "sem coluna 'team': o cabeçalho é 'team' seguido dos ids das perguntas, "
            "por exemplo: team,{example}"
        ),
        "error.csv.no_rows": "tem a linha de cabeçalho, mas nenhuma linha de equipe",
        "error.csv.stray_value": (
            "um valor na coluna {column} ({value}) não tem nome de coluna no cabeçalho"
        ),
        "error.csv.empty_team": "a célula 'team' está vazia: toda linha precisa de uma equipe",
        "error.csv.labels": "; ou os rótulos: {labels}",
        "kind.list": "uma lista",
        "kind.text": "um texto",
        "kind.mapping": "um mapeamento",
        "kind.number": "um número",
        "kind.nothing": "nada (null)",
        "kind.empty_file": "nada (o arquivo está vazio)",
        "kind.other": "um valor de outro tipo",
    },
}
