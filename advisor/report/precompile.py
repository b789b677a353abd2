"""The report templates compiled to Python ahead of time: making them, and loading them.

jinja2 compiles a template to Python source, then to bytecode, once per
process: about 25 ms for ``report.md.j2``, the tenth of a one-report run.
The package :mod:`advisor.report.precompiled` holds that source for each
template, as jinja2's own ``Environment.compile_templates`` writes it (an
installed package keeps it as bytecode), with a key for each: the hash of
the template's text and of the environment's options that shape the code.

:func:`load` uses a module only when its key is the template's key now and
it was made by the running jinja2's version; otherwise the template is
compiled from its file, as before. So an edited template is never served
stale. After editing one, refresh the modules (a test checks them)::

    python -m advisor.report.precompile
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

PACKAGE = "advisor.report.precompiled"
FOLDER = Path(__file__).parent / "precompiled"
TEMPLATES = Path(__file__).parent / "templates"
# What a compiled template depends on besides its text.
_OPTIONS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "autoescape",
    "optimized",
)


def key(env: jinja2.Environment, source: str) -> str:
    """The key of a template's compiled form: its text and the options that shape the code."""
    options = repr([(name, getattr(env, name)) for name in _OPTIONS])
    return hashlib.sha256(f"{options}\n{source}".encode()).hexdigest()


def module_name(template: str) -> str:
    """The module of a template: ``report.md.j2`` -> ``report_md``."""
    return template.removesuffix(".j2").replace(".", "_")


def load(env: jinja2.Environment, name: str) -> jinja2.Template | None:
    """The template ``name`` from its precompiled module; ``None`` when it is missing or stale."""
    import jinja2

    try:
        manifest: Any = importlib.import_module(PACKAGE)
        if jinja2.__version__ != manifest.JINJA2 or name not in manifest.KEYS:
            return None
        if manifest.KEYS[name] != key(env, (TEMPLATES / name).read_text(encoding="utf-8")):
            return None
        module = importlib.import_module(f"{PACKAGE}.{module_name(name)}")
    except ImportError:  # a module deleted by hand: compile the template
        return None
    return env.template_class.from_module_dict(env, module.__dict__, env.make_globals(None))


def modules(env: jinja2.Environment) -> dict[str, str]:
    """The text of every module of :mod:`advisor.report.precompiled`, by file name."""
    import jinja2

    names = sorted(path.name for path in TEMPLATES.glob("*.j2"))
    keys: dict[str, str] = {}
    files: dict[str, str] = {}
    for name in names:
        source = (TEMPLATES / name).read_text(encoding="utf-8")
        keys[name] = key(env, source)
        code = env.compile(source, name, name, raw=True, defer_init=True)
        files[f"{module_name(name)}.py"] = (
            f'"""{name}, compiled by jinja2: do not edit."""\n{code}\n'
        )
    listing = "".join(f"    {name!r}: {keys[name]!r},\n" for name in names)
    files["__init__.py"] = (
        '"""The report templates, compiled by jinja2 (generated: do not edit).\n\n'
        "Made by ``python -m advisor.report.precompile``; see\n"
        ':mod:`advisor.report.precompile`.\n"""\n\n'
        f"JINJA2 = {jinja2.__version__!r}\n"
        f"KEYS = {{\n{listing}}}\n"
    )
    return files


def main() -> None:
    """Write the modules of :mod:`advisor.report.precompiled` anew."""
    from advisor.output import write_atomic
    from advisor.report import environment

    files = modules(environment())
    FOLDER.mkdir(exist_ok=True)
    for path in FOLDER.glob("*.py"):
        if path.name not in files:
            path.unlink()
    for name, text in files.items():
        write_atomic(FOLDER / name, text)
        print(f"wrote {FOLDER / name}")


if __name__ == "__main__":
    main()
