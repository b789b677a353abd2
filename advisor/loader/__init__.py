"""Reading files: rule packs and answer files. The only user of PyYAML."""

from __future__ import annotations

from advisor.loader.packs import DEFAULT_PACK, default_pack_path, load_pack, packs_root
from advisor.loader.profiles import Profile, read_profile

__all__ = [
    "DEFAULT_PACK",
    "Profile",
    "default_pack_path",
    "load_pack",
    "packs_root",
    "read_profile",
]
