"""Finding article files and turning their bytes into article text.

Journalists' folders hold anything: CMS exports, scraped pages, legacy encodings,
a stray PDF. `discovery` finds the work (cheap, in the main process), `registry`
says which formats exist and reads an entry with the right one (in the workers),
`formats` holds the readers, `decoding` turns bytes into text, and `documents`
the shapes they answer with. A bad file becomes an error `Document`, never an exception.
"""

from newsclaims.inputs.decoding import decode
from newsclaims.inputs.discovery import discover
from newsclaims.inputs.documents import Document, Entry, ReadError, Skipped, article, normalize_newlines
from newsclaims.inputs.formats import JSON_FIELDS, JSONL_LINES_PER_ENTRY, html_main_text, markdown_text
from newsclaims.inputs.registry import FORMATS, MAX_FILE_BYTES, Format, format_of, read

__all__ = [
    "FORMATS",
    "JSONL_LINES_PER_ENTRY",
    "JSON_FIELDS",
    "MAX_FILE_BYTES",
    "Document",
    "Entry",
    "Format",
    "ReadError",
    "Skipped",
    "article",
    "decode",
    "discover",
    "format_of",
    "html_main_text",
    "markdown_text",
    "normalize_newlines",
    "read",
]
