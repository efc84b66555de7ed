"""newsclaims: people, places, numbers, quotes and claims from news articles, with exact spans."""

from typing import Any

from newsclaims.schema import SCHEMA_VERSION, Article

__all__ = ["Article", "SCHEMA_VERSION", "analyze", "extract"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`analyze` and `extract` load spaCy: imported when first asked for, so the digest, the
    report and the record schema can be used without it."""
    if name in ("analyze", "extract"):
        from newsclaims import extractors

        return getattr(extractors, name)
    raise AttributeError(f"module 'newsclaims' has no attribute {name!r}")
