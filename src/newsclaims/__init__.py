"""newsclaims: people, places, numbers, quotes and claims from news articles, with exact spans."""

from newsclaims.extractors import analyze, extract
from newsclaims.schema import SCHEMA_VERSION, Article

__all__ = ["Article", "SCHEMA_VERSION", "analyze", "extract"]
__version__ = "0.1.0"
