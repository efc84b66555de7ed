"""Code the benchmark scripts run in child processes (each size in a fresh process: its own peak memory)."""

BARE_PACKAGE = """
import importlib.util, sys, types
spec = importlib.util.find_spec("newsclaims")
package = types.ModuleType("newsclaims")
package.__path__ = list(spec.submodule_search_locations)
sys.modules["newsclaims"] = package
"""
"""Prepended with `--bare-package`: imports newsclaims' subpackages without running its `__init__`
(which imports the extractors and so spaCy), to show what a lazy package `__init__` would save."""
