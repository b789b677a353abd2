"""Where rule packs are, and loading one: the built-in pack from its snapshot when it is current.

A pack given by path is read from its files (:mod:`advisor.loader.pack_files`:
YAML, then pydantic). The built-in pack is the same files, validated ahead of
time into :mod:`advisor.loader.snapshot`: while the snapshot matches them,
loading it imports neither PyYAML nor pydantic, and a command starts about
twice as fast.
"""

from __future__ import annotations

from pathlib import Path

from advisor.pack import Pack

DEFAULT_PACK = "deployment"


def packs_root() -> Path:
    """The folder holding the built-in packs (inside the installed package)."""
    here = Path(__file__).resolve().parent.parent
    shipped = here / "rules"
    if shipped.is_dir():
        return shipped
    # Running from a source checkout (or an editable install): the repo's rules/.
    return here.parent / "rules"


def default_pack_path() -> Path:
    """The folder of the default pack, ``deployment``."""
    return packs_root() / DEFAULT_PACK


def load_pack(path: str | Path | None = None) -> Pack:
    """Load, check and compile a rule pack (the default pack when ``path`` is None).

    Raises:
        PackError: with every problem found, each with its file and line.
    """
    if path is None:
        from advisor.loader import snapshot

        root = default_pack_path()
        pack = snapshot.load(root)
        if pack is not None:
            return pack
    else:
        root = Path(path)
    from advisor.loader.pack_files import read_pack

    return read_pack(root)
