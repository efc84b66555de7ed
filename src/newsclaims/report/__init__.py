"""The HTML review page: the digest, then every article with its items highlighted in the text.

One self-contained file (CSS and script inline, no network), so a journalist can
mail it or open it offline. Article text is always escaped; a Content-Security-Policy
allows only the page's own script, by hash, as a second line of defence.

`marks` turns items into nested highlights; `page` renders the templates.
"""

from __future__ import annotations

from newsclaims.report.marks import KINDS, Highlight, highlights, mark_up
from newsclaims.report.page import build_report, write_report

__all__ = ["KINDS", "Highlight", "build_report", "highlights", "mark_up", "write_report"]
