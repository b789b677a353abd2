"""The command line's own texts in Brazilian Portuguese: its help, and argparse's words.

The English texts stay where the options are declared (:mod:`advisor.commands`)
and are their own keys, as in gettext: :func:`translated` looks a text up
here, its digits standing for any number (``(2 here)`` is ``({} here)``).
:func:`speaking` puts a parser's help in the language and, while it lasts,
argparse's own words (``usage:``, ``options``, its errors) too.

Pure data and two small functions: imported when the parser is built, so
``advisor --version`` stays fast.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager

_DIGITS = re.compile(r"[0-9]+")

PT_BR: dict[str, str] = {
    # advisor
    "Choose how an ML team's models reach production: deploy code, deploy model or hybrid. "
    "Answers a questionnaire or reads an answers file, scores the patterns with a rule pack "
    "and writes a decision report.": (
        "Escolha como os modelos de uma equipe de ML chegam à produção: implantar código, "
        "implantar modelo ou abordagem híbrida. Aplica um questionário ou lê um arquivo de "
        "respostas, pontua os padrões com um pacote de regras e grava um relatório de decisão."
    ),
    "assess one team and write its report": "avalia uma equipe e grava o relatório dela",
    "assess many teams at once: one report each, and a portfolio summary": (
        "avalia muitas equipes de uma vez: um relatório por equipe e um resumo do portfólio"
    ),
    "tooling for rule-pack authors: check, test, schema, docs": (
        "ferramentas para autores de pacotes de regras: check, test, schema, docs"
    ),
    # advisor assess
    "Assess one team and write the report to reports/<team>.md (or .json), or to --output. "
    "At a terminal, without --answers, asks the questions (going back and a review screen "
    "included) and keeps the answers next to the report; with --answers FILE, asks "
    "nothing.": (
        "Avalia uma equipe e grava o relatório em reports/<equipe>.md (ou .json), ou em "
        "--output. Num terminal, sem --answers, faz as perguntas (com volta à anterior e "
        "uma tela de revisão) e guarda as respostas ao lado do relatório; com --answers "
        "ARQUIVO, não pergunta nada."
    ),
    "the team's answers file (YAML or JSON; - reads standard input)": (
        "o arquivo de respostas da equipe (YAML ou JSON; - lê a entrada padrão)"
    ),
    "with --answers: ask the questions the file leaves missing or unknown, then review": (
        "com --answers: pergunta o que o arquivo deixa sem resposta ou como não sei, e depois "
        "revisa"
    ),
    "continue an interrupted questionnaire from its draft (default: the draft in the "
    "reports folder)": (
        "continua um questionário interrompido a partir do rascunho (padrão: o rascunho da "
        "pasta de relatórios)"
    ),
    "where to write the report; '-' for standard output (default: reports/<team-slug>.md "
    "or .json)": (
        "onde gravar o relatório; '-' para a saída padrão (padrão: reports/<equipe>.md ou .json)"
    ),
    # Options shared by the report-writing commands.
    "a custom rule pack folder (default: the built-in pack)": (
        "a pasta de um pacote de regras próprio (padrão: o pacote embutido)"
    ),
    "the language of the reports, the questions and the messages (default: from LC_ALL, "
    "LC_MESSAGES or LANG, pt_BR.UTF-8 giving pt-BR; else en)": (
        "o idioma dos relatórios, das perguntas e das mensagens (padrão: o de LC_ALL, "
        "LC_MESSAGES ou LANG, pt_BR.UTF-8 dando pt-BR; senão en)"
    ),
    "the language of the document (default: from LC_ALL, LC_MESSAGES or LANG, "
    "pt_BR.UTF-8 giving pt-BR; else en)": (
        "o idioma do documento (padrão: o de LC_ALL, LC_MESSAGES ou LANG, pt_BR.UTF-8 dando "
        "pt-BR; senão en)"
    ),
    "report format (default: md)": "formato do relatório (padrão: md)",
    "the report's date (default: today); the same inputs and date give the same bytes": (
        "a data do relatório (padrão: hoje); as mesmas entradas e a mesma data dão os mesmos bytes"
    ),
    # advisor batch
    "Assess every team profile found in the inputs and write one report per team to DIR, "
    "plus summary.md (the portfolio), summary.json and summary.csv. An input is a YAML or "
    "JSON file holding one profile or a list of profiles, a CSV file (header: team, then "
    "question ids; one row per team; an empty cell is unknown), or a folder (every *.yaml, "
    "*.yml, *.json and *.csv in it, not in its subfolders). A bad profile does not stop the "
    "others: it is reported on stderr and in the summaries, and the exit status is {}.": (
        "Avalia cada perfil de equipe das entradas e grava um relatório por equipe em DIR, "
        "mais summary.md (o portfólio), summary.json e summary.csv. Uma entrada é um arquivo "
        "YAML ou JSON com um perfil ou uma lista de perfis, um arquivo CSV (cabeçalho: team e "
        "os ids das perguntas; uma linha por equipe; uma célula vazia é não sei) ou uma pasta "
        "(todo *.yaml, *.yml, *.json e *.csv nela, não nas subpastas). Um perfil com erro não "
        "para os outros: ele é informado na saída de erros e nos resumos, e o código de saída "
        "é {}."
    ),
    "Report files are named after the team (fraud-detection.md; a second team of the same "
    "name gets fraud-detection-{}.md). A CSV file may also name its columns after the "
    "questions' texts and answer with the options' labels, as a form built from the pack "
    "exports it, and may use , ; or tab separators; the Timestamp and Email Address columns "
    "of Google Forms and the ID, Start time, Completion time, Email, Name and Last modified "
    "time columns of Microsoft Forms are ignored. Exit status: {} every profile assessed, {} "
    "a profile or an input failed, {} usage error, {} interrupted (the reports already "
    "written are whole).": (
        "Os arquivos de relatório levam o nome da equipe (fraud-detection.md; uma segunda "
        "equipe de mesmo nome recebe fraud-detection-{}.md). Um arquivo CSV também pode "
        "nomear as colunas com os textos das perguntas e responder com os rótulos das "
        "opções, como um formulário feito a partir do pacote as exporta, e pode usar , ; ou "
        "tabulação como separador; as colunas Carimbo de data/hora e Endereço de e-mail do "
        "Google Forms e ID, Hora de início, Hora de conclusão, Email, Nome e Hora da última "
        "modificação do Microsoft Forms são ignoradas. Código de saída: {} todos os perfis "
        "avaliados, {} um perfil ou uma entrada falhou, {} erro de uso, {} interrompido (os "
        "relatórios já gravados estão completos)."
    ),
    "answer files, CSV files or folders": "arquivos de respostas, arquivos CSV ou pastas",
    "the folder for the reports and summaries (created if missing)": (
        "a pasta dos relatórios e resumos (criada se não existir)"
    ),
    "processes that assess teams, this one included; at most the CPU count ({} here), "
    "the default": (
        "processos que avaliam equipes, este incluído; no máximo o número de CPUs ({} aqui), "
        "o padrão"
    ),
    # advisor rules
    "Tooling for rule-pack authors. 'check' lints a pack and verifies every combination of "
    "answers; 'test' runs the pack's own tests; 'schema' prints the JSON Schemas of the pack "
    "files and answer files; 'docs' generates the pack's Markdown documentation.": (
        "Ferramentas para autores de pacotes de regras. 'check' revisa um pacote e verifica "
        "todas as combinações de respostas; 'test' executa os testes do próprio pacote; "
        "'schema' mostra os JSON Schemas dos arquivos do pacote e dos arquivos de respostas; "
        "'docs' gera a documentação do pacote em Markdown."
    ),
    "report every problem of a pack and verify all combinations of answers": (
        "informa todos os problemas de um pacote e verifica todas as combinações de respostas"
    ),
    "run a pack's own tests: rule case files and scenarios": (
        "executa os testes do próprio pacote: arquivos de casos das regras e cenários"
    ),
    "print the JSON Schemas of pack files and answer files": (
        "mostra os JSON Schemas dos arquivos do pacote e dos arquivos de respostas"
    ),
    "generate a pack's Markdown documentation": "gera a documentação do pacote em Markdown",
    "Report every problem of a pack, one per line as PATH:LINE: error|warning: MESSAGE, then "
    "verify every combination of answers to its decision questions (unknown included): rules "
    "that can never fire, questions never asked and patterns never recommended are errors; "
    "combinations with no viable pattern or decided by the tie policy are counted, with "
    "examples. Exit {} on errors, {} with warnings only.": (
        "Informa todos os problemas de um pacote, um por linha como CAMINHO:LINHA: "
        "error|warning: MENSAGEM, e depois verifica todas as combinações de respostas às "
        "perguntas de decisão (não sei incluído): regras que nunca disparam, perguntas nunca "
        "feitas e padrões nunca recomendados são erros; combinações sem padrão viável ou "
        "decididas pela regra de desempate são contadas, com exemplos. Sai com {} se houver "
        "erros, {} só com avisos."
    ),
    "rule pack folders (default: the built-in pack)": (
        "pastas de pacotes de regras (padrão: o pacote embutido)"
    ),
    "Run the pack's tests: tests/rules/<rule-id>.yaml (one case file per rule, with answers "
    "where the rule must fire and where it must stay silent) and tests/scenarios/*.yaml (a "
    "profile and the expected recommendation). A rule without a case file fails. Exit {} "
    "when anything fails.": (
        "Executa os testes do pacote: tests/rules/<id-da-regra>.yaml (um arquivo de casos por "
        "regra, com respostas em que a regra deve disparar e em que deve ficar calada) e "
        "tests/scenarios/*.yaml (um perfil e a recomendação esperada). Uma regra sem arquivo "
        "de casos falha. Sai com {} quando algo falha."
    ),
    "Print the JSON Schemas of the pack files (pack, questions, patterns, layouts, rule, "
    "rule-cases, scenario) and of answer files for PACK (its question ids and options as "
    "enums), generated from the models. Without --kind, all of them as one JSON object "
    "keyed by file name.": (
        "Mostra os JSON Schemas dos arquivos do pacote (pack, questions, patterns, layouts, "
        "rule, rule-cases, scenario) e dos arquivos de respostas para PACK (os ids das "
        "perguntas e as opções como enums), gerados a partir dos modelos. Sem --kind, todos "
        "eles num só objeto JSON, por nome de arquivo."
    ),
    "pack of the answers schema": "o pacote do schema de respostas",
    "print or write only this schema": "mostra ou grava só este schema",
    "write <kind>.schema.json files into DIR instead": (
        "grava arquivos <tipo>.schema.json em DIR em vez de mostrar"
    ),
    "Generate the Markdown documentation of a pack: how it decides, the patterns with their "
    "trade-offs, the questions with their options and help, the rules with their "
    "conditions, effects and sources.": (
        "Gera a documentação de um pacote em Markdown: como ele decide, os padrões com seus "
        "prós e contras, as perguntas com opções e ajuda, as regras com condições, efeitos "
        "e fontes."
    ),
    "the pack (default: built-in)": "o pacote (padrão: o embutido)",
    "write to FILE instead of stdout ('-': stdout)": (
        "grava em ARQUIVO em vez da saída padrão ('-': saída padrão)"
    ),
    "write nothing; exit {} when --output FILE differs from what would be written": (
        "não grava nada; sai com {} quando --output ARQUIVO difere do que seria gravado"
    ),
    # The errors of advisor's own argument types (templates: see argument_error()).
    "'{value}' is not a whole number of at least 1": (
        "'{value}' não é um número inteiro de pelo menos 1"
    ),
    "'{value}' is not a date; write it as YYYY-MM-DD, for example 2026-01-31": (
        "'{value}' não é uma data; escreva-a como AAAA-MM-DD, por exemplo 2026-01-31"
    ),
    "give the file to write the report into, or '-' for standard output": (
        "informe o arquivo onde gravar o relatório, ou '-' para a saída padrão"
    ),
    "give the folder to write the reports into (an empty name would scatter them in the "
    "current folder)": (
        "informe a pasta onde gravar os relatórios (um nome vazio os espalharia na pasta atual)"
    ),
    # argparse's own words (Python 3.11 to 3.14).
    "usage: ": "uso: ",
    "positional arguments": "argumentos posicionais",
    "options": "opções",
    "show this help message and exit": "mostra esta ajuda e sai",
    "show program's version number and exit": "mostra a versão do programa e sai",
    "%(prog)s: error: %(message)s\n": "%(prog)s: erro: %(message)s\n",
    "the following arguments are required: %s": "os seguintes argumentos são obrigatórios: %s",
    "unrecognized arguments: %s": "argumentos não reconhecidos: %s",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "opção inválida: %(value)r (escolha entre %(choices)s)"
    ),
    "expected one argument": "esperava um argumento",
    "expected at most one argument": "esperava no máximo um argumento",
    "expected at least one argument": "esperava pelo menos um argumento",
    "invalid %(type)s value: %(value)r": "valor %(type)s inválido: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opção ambígua: %(option)s pode ser %(matches)s"
    ),
    "not allowed with argument %s": "não permitido com o argumento %s",
    "one of the arguments %s is required": "um dos argumentos %s é obrigatório",
    "ignored explicit argument %r": "argumento explícito %r ignorado",
}


_speaking = "en"
"""The language of :func:`speaking`, while it lasts."""


def argument_error(template: str, /, **fields: object) -> str:
    """An error of advisor's own argument types, in the language being spoken.

    ``template`` is the English text with ``{name}`` fields; its translation
    is looked up as it is, then filled in.
    """
    return (
        PT_BR.get(template, template).format(**fields)
        if _speaking == "pt-BR"
        else (template.format(**fields))
    )


def translated(text: str, lang: str) -> str:
    """``text`` in ``lang``: its translation, numbers kept; itself when there is none."""
    if lang != "pt-BR":
        return text
    found = PT_BR.get(text)
    if found is not None:
        return found
    numbers = _DIGITS.findall(text)
    if numbers:
        found = PT_BR.get(_DIGITS.sub("{}", text))
        if found is not None:
            return found.format(*numbers)
    return text


def translate_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put the help of ``parser`` and of its subcommands in ``lang``, in place."""
    if lang == "en":
        return
    for name in ("description", "epilog"):
        text = getattr(parser, name)
        if text:
            setattr(parser, name, translated(text, lang))
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = translated(action.help, lang)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = translated(choice.help, lang)
            for sub in dict.fromkeys(action.choices.values()):
                translate_parser(sub, lang)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """While it lasts, argparse's own words are in ``lang``, and advisor's argument errors
    (:func:`argument_error`). Build the parser inside it too: argparse reads its words
    through its module's ``_`` (gettext's), some when a parser is made (``options``),
    others when it writes (``usage:``)."""
    global _speaking
    original, spoken = argparse._, _speaking  # type: ignore[attr-defined]
    _speaking = lang
    if lang != "en":
        argparse._ = lambda text: translated(text, lang)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, _speaking = original, spoken  # type: ignore[attr-defined]
