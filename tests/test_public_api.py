"""The public surface is small and honest: everything in ``__all__`` exists (httpx's habit)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import zhengben

MODULES = sorted(m.name for m in pkgutil.walk_packages(zhengben.__path__, "zhengben.")
                 if m.name != "zhengben.executors.ray")


def test_package_all_names_exist() -> None:
    for name in zhengben.__all__:
        assert hasattr(zhengben, name), name


@pytest.mark.parametrize("name", MODULES)
def test_module_all_names_exist(name: str) -> None:
    module = importlib.import_module(name)
    for attr in getattr(module, "__all__", []):
        assert hasattr(module, attr), f"{name}.{attr}"
