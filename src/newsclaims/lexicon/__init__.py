"""Every word list the extractors share, defined once and named; the lists live in `data/`.

`loaders` reads the data files; `people`, `organisations` and `speech` name the shared lists.
Lists one extractor alone uses stay beside that extractor.
"""

from newsclaims.lexicon.loaders import load_gendered, load_groups, load_table, load_words, read_data

__all__ = ["load_gendered", "load_groups", "load_table", "load_words", "read_data"]
