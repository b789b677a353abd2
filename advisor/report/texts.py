"""The report's own texts in one language: :class:`Texts`, built once per language.

A thin, fast layer over the :data:`advisor.i18n.report.REPORT` catalog: the
English texts with the language's on top (so a missing translation reads in
English, as :func:`advisor.i18n.message` does), looked up by key and filled in
with :meth:`str.format`. The template reads a text without fields as
``t["report.heading.context"]`` and fills one in with
``t("report.title", pattern=...)``; :mod:`advisor.report.context` builds its
sentences with it.
"""

from __future__ import annotations

import functools

from advisor.i18n import and_list, count, number
from advisor.i18n.report import REPORT
from advisor.text import DEFAULT_LANGUAGE


class Texts:
    """The catalog of one language, callable: ``t(key, **fields)``."""

    __slots__ = ("lang", "texts")

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.texts = {**REPORT[DEFAULT_LANGUAGE], **REPORT.get(lang, {})}

    def __call__(self, key: str, /, **fields: object) -> str:
        text = self.texts[key]
        return text.format(**fields) if fields else text

    def __getitem__(self, key: str) -> str:
        """A text without fields: ``t["report.heading.context"]``.

        In a template this is an item lookup, far cheaper than a call (jinja2
        routes every call through ``Context.call``).
        """
        return self.texts[key]

    def plural(self, key: str, value: int, /, **fields: object) -> str:
        """``<key>.one`` when ``value`` is 1, else ``<key>.many``; ``{count}`` is filled in,
        thousands grouped as the language writes them (``10,000``, ``10.000``)."""
        key = f"{key}.one" if value == 1 else f"{key}.many"
        return self(key, count=count(value, self.lang), **fields)

    def count(self, value: int) -> str:
        """A count, thousands grouped as the language writes them (``10,000``, ``10.000``)."""
        return count(value, self.lang)

    def number(self, value: float, *, signed: bool = False) -> str:
        """A score as the language writes it (``1.5``, ``1,5``)."""
        return number(value, self.lang, signed=signed)

    def and_list(self, items: list[str]) -> str:
        """``a, b and c`` in the language."""
        return and_list(items, self.lang)


@functools.cache
def texts(lang: str) -> Texts:
    """The texts of ``lang``, built once per process."""
    return Texts(lang)
