"""The review pages: an index page to search an archive and its digest, and one page per article.

`report.html` is the index (search, filters, digest sections, most sources first); the
article pages, each with its items highlighted in the text and linked to their digest
entries, go in the sibling folder `report_articles/`. No network: styles and scripts
are inline, a Content-Security-Policy allows only each page's own script (by hash), and
article text is always escaped.

`marks` turns items into nested highlights; `links` ties items to digest entries;
`article` and `index` render the two kinds of page; `page` writes them.
"""

from __future__ import annotations

from newsclaims.report.article import Position, article_page, prefix
from newsclaims.report.index import Index, index_page, json_block
from newsclaims.report.links import ArticleLinks, DigestLinks
from newsclaims.report.marks import KINDS, Highlight, highlights, mark_up
from newsclaims.report.page import pages_dir, write_pages, write_report

__all__ = ["KINDS", "ArticleLinks", "DigestLinks", "Highlight", "Index", "Position", "article_page", "highlights",
           "index_page", "json_block", "mark_up", "pages_dir", "prefix", "write_pages", "write_report"]
