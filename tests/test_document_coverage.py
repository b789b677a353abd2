"""The default pack encodes the source document: every statement is cited by a rule,
and every citation is the document's own words."""

from __future__ import annotations

import re

import pytest

from advisor.pack import Pack

from conftest import SHARED

# Every advantage, disadvantage and situation the document states, by a phrase of it.
STATEMENTS = {
    "deploy code: trains on production data where access is restricted": (
        "acesso aos dados de produção é restrito"
    ),
    "deploy code: automated retraining is safer": "repetição de treinamentos automatizada é mais segura",
    "deploy code: supporting code follows the same path": "O código de suporte segue o mesmo padrão",
    "deploy code: steep learning curve, templates help": "curva de aprendizado",
    "deploy code: data scientists must see production results": "examinar os resultados do treinamento",
    "deploy code: the final model is trained in production": "para produzir o modelo final",
    "hybrid: train in staging on the full production data": "abordagem híbrida",
    "hybrid: saves production training cost": "economiza custos de treinamento na produção",
    "hybrid: adds staging operating cost": "adiciona custo de operação no preparo",
    "deploy model: training very expensive or hard to reproduce": "muito caro ou difícil de reproduzir",
    "deploy model: single workspace": "um só workspace",
    "deploy model: no external repositories or CI/CD": "repositórios externos ou um processo de CI/CD",
    "deploy model: simpler handoff": "Uma entrega mais simples",
    "deploy model: train once when expensive": "só é necessário treinar o modelo uma vez",
    "deploy model: not viable without production data in dev": "essa arquitetura poderá não ser viável",
    "deploy model: automated retraining is complicated": "retreinamento automatizado de modelos é complicado",
    "deploy model: production may not accept the model": "pode não aceitar o modelo resultante",
    "deploy model: supporting code deployed separately": "precisa ser implantado na produção",
}


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _quotes(pack: Pack) -> list[str]:
    return [_normal(source.quote) for rule in pack.rules for source in rule.sources]


@pytest.mark.parametrize("statement", STATEMENTS, ids=list(STATEMENTS))
def test_every_statement_is_encoded_by_a_rule(pack: Pack, statement: str) -> None:
    phrase = STATEMENTS[statement]
    assert any(phrase in quote for quote in _quotes(pack)), f"no rule cites: {phrase}"


def test_every_rule_cites_the_document_verbatim(pack: Pack) -> None:
    seeds = sorted((SHARED / "seed").glob("*.txt"))
    if not seeds:
        pytest.skip("shared/seed is not beside this checkout")
    document = _normal(seeds[0].read_text(encoding="utf-8"))
    quotes = _quotes(pack) + [
        _normal(t.source.quote) for p in pack.patterns for t in p.tradeoffs if t.source is not None
    ]
    missing = [quote for quote in quotes if quote not in document]
    assert missing == []


def test_every_trade_off_of_the_document_is_in_the_patterns(pack: Pack) -> None:
    kinds = {p.id: [t.kind for t in p.tradeoffs] for p in pack.patterns}
    # The document lists 3 advantages and 2 disadvantages of deploy code, 2 and 3 of deploy model.
    assert kinds["deploy_code"].count("advantage") >= 3
    assert kinds["deploy_code"].count("disadvantage") >= 2
    assert kinds["deploy_model"].count("advantage") >= 2
    assert kinds["deploy_model"].count("disadvantage") >= 3
