"""The report of one assessment: a Markdown decision record, or the JSON document.

:func:`render_report` is the entry point. The Markdown comes from the macros of
the jinja2 template ``templates/report.md.j2``, one per part of the report,
joined by :class:`~advisor.report.writer.ReportWriter`; their arguments are
built by :mod:`advisor.report.context`, so the template only lays out.

Not imported by ``advisor/__init__.py`` or by the command line at start-up;
jinja2 itself is imported only when a Markdown report is rendered.
"""

from __future__ import annotations

import datetime
import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor import markdown as md
from advisor.dates import iso_date
from advisor.pack import Pack
from advisor.report.packtexts import PerPack, pack_texts
from advisor.report.writer import ReportWriter
from advisor.result import Result
from advisor.text import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    import jinja2

__all__ = ["FORMATS", "render_report", "render_summary", "report_bytes"]

FORMATS = ("md", "json")
TEMPLATE = "report.md.j2"
SUMMARY_TEMPLATE = "summary.md.j2"
FALLBACK_VERSION = "0.1.0"


def render_report(
    result: Result,
    *,
    lang: str = DEFAULT_LANGUAGE,
    fmt: str = "md",
    date: str | datetime.date | None = None,
) -> str:
    """The report of an assessment, as text.

    Args:
        result: what :func:`advisor.evaluate` concluded.
        lang: the language of the pack's texts (``en`` or ``pt-BR``).
        fmt: ``md`` for the Markdown decision record, ``json`` for the JSON document.
        date: the date to record, ``YYYY-MM-DD`` or a :class:`datetime.date`;
            ``None`` leaves it out. The clock is never read: the same inputs
            give the same bytes.

    Raises:
        ValueError: an unknown ``fmt``, a ``lang`` the pack has no texts in,
            or a date that is not one.
    """
    day = None if date is None else iso_date(date)
    return report_bytes(result, lang=lang, fmt=fmt, date=day).decode("utf-8")


def report_bytes(
    result: Result, *, lang: str = DEFAULT_LANGUAGE, fmt: str = "md", date: str | None = None
) -> bytes:
    """:func:`render_report`, encoded in UTF-8: what a batch writes.

    A Markdown report is joined from UTF-8 parts: it is never held as text.
    """
    result.pack.check_language(lang)
    if fmt == "json":
        document = {**result.to_dict(lang), "date": date, "advisor_version": _version()}
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "md":
        return _writer(result.pack, lang).render(result, date)
    raise ValueError(f"unknown report format {fmt!r}; formats: {', '.join(FORMATS)}")


def render_summary(context: dict[str, Any]) -> str:
    """The ``summary.md`` of a batch, from :func:`advisor.batch.summary_md.summary_context`."""
    return _template(SUMMARY_TEMPLATE).render(context)


def _new_writer(pack: Pack, lang: str) -> ReportWriter:
    return writer_of(_template(TEMPLATE), pack, lang)


def writer_of(template: jinja2.Template, pack: Pack, lang: str) -> ReportWriter:
    """A new report writer of ``pack`` in ``lang`` from the report template ``template``."""
    texts = pack_texts(pack, lang)
    # One template for every language: its sentences come from the catalog.
    macros = template.make_module({"t": texts.t, "marker": texts.marker})
    return ReportWriter(pack, lang, macros)


_writer = PerPack(_new_writer)
"""The report writer of a pack in a language (built on first use, then kept)."""


def _version() -> str:
    import advisor

    version = getattr(advisor, "__version__", None)
    return version if isinstance(version, str) else FALLBACK_VERSION


@functools.lru_cache(maxsize=4)
def _template(name: str) -> jinja2.Template:
    """A template, loaded once: ``get_template`` checks the file's date on every call.

    From its module compiled ahead of time when that is current (it saves
    compiling the template: :mod:`advisor.report.precompile`).
    """
    from advisor.report import precompile

    env = environment()
    return precompile.load(env, name) or env.get_template(name)


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The jinja2 environment, built once per process."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # The escaping functions are pure, and a batch escapes the same pack texts
    # in every report: keeping their results halves the render time.
    cached = functools.partial(functools.lru_cache, maxsize=4096)
    env.filters.update(
        inline=cached()(md.inline),
        cell=cached()(md.cell),
        prose=cached()(md.prose),
        prose_cell=cached()(md.prose_cell),
        code=cached()(md.code),
    )
    return env
