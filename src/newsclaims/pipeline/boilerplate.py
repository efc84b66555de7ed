"""Page furniture in scraped articles: navigation, widgets, captions, credits, prompts, footers.

Regions are marked, never deleted, so every offset still points into the
original text. The patterns describe kinds of furniture found on news pages,
not particular pages: a line is furniture when it is one of those kinds as a
whole (`Skip to main content`, `Loading...`, `Leave a Reply`), when it ends in
a photo credit (`... Photo: Jane Doe/Agency`, `(AP Photo)`), or when it is the
short title of a caption whose next line is one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

# Short whole lines (a few words) that are furniture wherever they appear.
_SHORT_PATTERNS = [
    # navigation and site chrome
    r"skip to (?:main )?(?:content|navigation|search)",
    r"(?:main )?menu|search|navigation|home|sections?|subscribe(?: now)?|sign (?:in|up)|log ?in|register",
    r"(?:privacy policy|terms of (?:use|service)|contact us|about us|cookie (?:policy|settings))"
    r"(?:\s*[|·•]\s*[\w ]+)*",
    # widgets
    r"(?:\w+ )?icon",  # weather / share widgets: "Haze icon"
    r"-?\d{1,3}\s*[º°˚](?:\s*[CF])?",  # temperature widget: "77º"
    r"\d+\s*/\s*\d+",  # slideshow counters: "1 / 10"
    r"(?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin|reddit|copy link)"
    r"(?:\s*(?:[|·•,]|on|this|article|story)\s*\w*)*",
    r"(?:(?:share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|flipboard|"
    r"copy link|save|gift(?: this)? article)\b[\s|·•,/]*){2,8}",  # a row of share buttons
    r"topics|around the web|more from \w+(?: \w+)?|related (?:topics|coverage|content|articles)",
    r"listen to (?:this )?article|\d+\s*min(?:ute)?s? read|reading time.*",
    # promoted content
    r"recommended (?:videos|stories|articles|reading|for you)",
    r"most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news|editor'?s picks|you may also like",
    r"advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?|ad",
    r"loading\.*",
    # comment prompts
    r"leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)|comments? \(\d+\)",
    r"(?:\d+\s+)?comments?",
    # separators and time stamps
    r"_{3,}|-{3,}|\*{3,}|={3,}|(?:\s*[•·*]\s*){3,}",
    r"(?:first published|published|updated|last updated|last modified|posted)\s*:?\s*(?:on\s+)?[\w ,.:]*\d[\w ,.:]*",
    r"(?:getty images|shutterstock|reuters|ap photo|afp|epa|alamy|pa media)(?:\s*(?:/|via)\s*.*)?",
]
# Lines of any length that are furniture because of how they start.
_PREFIX_PATTERNS = [
    r"(?:related|read more|see also|more on this story|also read|read also|more from this|more:|watch:|listen:)\b.*",
    r"(?:share this(?: article| story)?|sign up for .*newsletter.*|.*\bnewsletter\b.*sign up.*)",
    r"(?:click here|tap here)\b.*",
    r"your email address will not be published\..*",
    # agency footers: `Reporting by ...; Editing by ...`, `... contributed to this report.`
    r"(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b.*",
    r"(?:[\w.'’-]+\s+){0,12}contributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?",
    r"our standards\s*:.*|this (?:article|story) is more than \d+ \w+ old",
    r"read (?:the )?full (?:story|article)\b.*",
    r"required fields are marked.*",
    r"(?:tags?|filed under|posted in|categories)\s*:.*",
    r"copyright\b.*|©.*|\(c\)\s*\d{4}.*|.*\ball rights reserved\.?",
    r"follow (?:all )?(?:\w+ )?(?:stories|coverage|us)\b.*",
    r"this (?:article|story) (?:was|has been|first) .*(?:published|updated|appeared).*",
    r"(?:accept|manage)(?: all)? cookies.*|.*\bwe use cookies\b.*",
    # captions and credits as whole lines
    r"(?:photo|image|picture|video|illustration|graphic|credit)s?\s*(?:credit|caption|source)?\s*[:,].*",
]
_MAX_SHORT_WORDS = 10
_SHORT_RE = re.compile(r"^[ \t]*(?:" + "|".join(_SHORT_PATTERNS) + r")[ \t]*$", re.IGNORECASE)
_PREFIX_RE = re.compile(r"^[ \t]*(?:" + "|".join(_PREFIX_PATTERNS) + r")[ \t]*$", re.IGNORECASE)
_NOT_A_NAME = (
    r"(?:The|A|An|This|That|These|Those|Then|Now|Its|Their|His|Her|Our|My|Your|Today|Tonight|Tomorrow|Noon|"
    r"Midnight|Dawn|Christmas|Easter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b"
)
# Bylines: a capitalised `By` and one to four capitalised names, maybe `and` another, an outlet; never
# `By Monday` or `By The Numbers`, and never a sentence (`By the time the police arrived, ...`).
_BYLINE_RE = re.compile(
    r"^[ \t]*By\s+(?!" + _NOT_A_NAME + r")[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&|\||-|–)\s*(?:[A-Z][\w.'’-]+\s*){1,4})*"
    # a time stamp on the same line: `By Jane Doe | Published March 3, 2024`, `By Jane Doe, Updated 5:06 PM`
    r"(?:\s*[|·•]\s*\S.*|\s*[,|·•–-]?\s*(?:Published|Updated|Posted|Last updated)\b.*)?[ \t]*$"
)

# A caption line ends with a credit: "... Photo: Jane Doe/Agency", "(AP Photo)", "Jane Doe/Getty Images".
_CREDIT_RE = re.compile(
    r"(?:(?:\b|(?<=[a-z]))(?:Photo(?:graph)?|Image|Picture|Illustration|Credit)s?\s*:\s*\S.*"
    r"|\((?:[\w.]+\s+)?(?:Photo|Image|Picture)s?(?:\s*(?:/|by)\s*[^)]*)?\)"
    r"|\S+\s*/\s*(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Shutterstock|Alamy|PA|Bloomberg|Sipa)"
    r"(?:\s+(?:via|Images|Photo|Editorial)\b.*)?"
    r"|\(Photo by [^)]*\))[ \t]*$",
)
_LINE_SPLIT = re.compile(r"[^\r\n]+")
# A caption title: short, no final punctuation, straight above a credited caption.
_MAX_CAPTION_TITLE_WORDS = 20


def _is_furniture(line: str) -> bool:
    if _PREFIX_RE.match(line) or _BYLINE_RE.match(line):
        return True
    return len(line.split()) <= _MAX_SHORT_WORDS and bool(_SHORT_RE.match(line))


def find_boilerplate(text: str) -> Iterator[tuple[int, int]]:
    """Yield sorted, non-overlapping (start, end) regions of page furniture, one per line."""
    lines = [(m.start(), m.end(), m.group()) for m in _LINE_SPLIT.finditer(text) if m.group().strip()]
    credited = [bool(_CREDIT_RE.search(line)) for _, _, line in lines]
    for k, (start, end, line) in enumerate(lines):
        if _is_furniture(line) or credited[k]:
            yield start, end
        elif k + 1 < len(lines) and credited[k + 1] and _caption_title(line):
            yield start, end


def _caption_title(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped.split()) <= _MAX_CAPTION_TITLE_WORDS
        and not stripped.endswith((".", "!", "?", ":", "”", '"', "’"))
        and stripped[:1].isupper()
    )


def inside(regions: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """True when [start, end) overlaps any region."""
    if len(regions) <= 16:
        return any(start < r_end and r_start < end for r_start, r_end in regions)
    # Regions from find_boilerplate are sorted and disjoint: only the last one starting before `end` can overlap.
    k = bisect_right(regions, (end,)) - 1
    return k >= 0 and regions[k][1] > start
