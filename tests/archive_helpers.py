"""A large archive of records made from real extractions: each seed record varied into many articles.

Variations keep every span exact: person names and most ordinary words are swapped for
made-up words of the same length (one mapping per article, applied to every string of
the record, then each span's text is taken again from the varied text); each place
becomes one of `PLACES_PER_NAME` made-up places (so places recur across articles, as
in an archive); plain counts get another leading digit; some quotes are left out (the
seeds quote twice as much as the BBC archive does); each article gets its own source
and title, and one in `DATED` a date. So the records have the shape, density and span
structure of real output, with people, quotes, places, figures and wording of their own.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from newsclaims.schema import Article
from newsclaims.schema.digest import FigureMeasure
from tests.digest_helpers import store_measures

DESKS = ("business", "entertainment", "politics", "sport", "tech")
PLACES_PER_NAME = 40
DATED = 4  # one article in DATED has a date
QUOTES_KEPT = 0.4
_WORD = re.compile(r"[A-Za-z]+")
_CONSONANTS, _VOWELS = "bcdfghklmnprstvz", "aeiou"
# Fields that hold words of the text (not ids, codes or kinds).
WORDS = frozenset({"text", "name", "aliases", "descriptors", "role", "origin", "counted", "reasons"})


def _made_up(rng: random.Random, length: int, capital: bool) -> str:
    letters = [rng.choice(_VOWELS if i % 2 else _CONSONANTS) for i in range(length)]
    word = "".join(letters)
    return word.capitalize() if capital else word


def _mapping(record: dict[str, Any], rng: random.Random, share: float) -> dict[str, str]:
    """Words -> made-up words of the same length: every name of a person, a pooled name for each place,
    and a `share` of the other words of three letters or more."""
    names = {w for p in record["people"] for form in [p["name"], *p["aliases"]] for w in _WORD.findall(form)}
    out = {w: _made_up(rng, len(w), True) for w in sorted(names) if len(w) > 1 and w[0].isupper()}
    for place in record["places"]:  # the same made-up place in about one article in PLACES_PER_NAME per seed
        bucket = rng.randrange(PLACES_PER_NAME)
        for form in [place["name"], *place["aliases"], *(m["text"] for m in place["mentions"])]:
            for w in _WORD.findall(form):
                if w[0].isupper() and w not in out:
                    out[w] = _made_up(random.Random(f"{w}:{bucket}"), len(w), True)
        place.update(geonames_id=None, latitude=None, longitude=None)
    for w in sorted(set(_WORD.findall(record["text"] or ""))):
        if len(w) >= 3 and w not in out and rng.random() < share:
            out[w] = _made_up(rng, len(w), w[0].isupper())
    return out


def _thin_quotes(record: dict[str, Any], rng: random.Random) -> None:
    """Keep a `QUOTES_KEPT` share of the quotes: the seeds quote twice as much as a news archive."""
    kept = [q for q in record["quotes"] if rng.random() < QUOTES_KEPT]
    ids = {q["id"] for q in kept}
    record["quotes"] = kept
    for claim in record["claims"]:
        claim["quote_ids"] = [i for i in claim["quote_ids"] if i in ids]


def _recount(record: dict[str, Any], rng: random.Random) -> None:
    """Plain counts (`7,000`) get another leading digit, in the text and in the value."""
    text = list(record["text"] or "")
    for number in record["numbers"]:
        digits = number["text"].replace(",", "")
        if number["vague"] or not isinstance(number["value"], int) or digits != str(number["value"]):
            continue
        lead = number["start"] + next(i for i, ch in enumerate(number["text"]) if ch.isdigit())
        new = rng.choice("123456789")
        text[lead] = new
        number["value"] = int(new + digits[1:])
    record["text"] = "".join(text)


def _apply(value: Any, mapping: dict[str, str], words: bool = False) -> Any:
    """The record with the mapping applied to every string of a field in `WORDS`, at any depth."""
    if isinstance(value, str):
        return _WORD.sub(lambda m: mapping.get(m.group(0), m.group(0)), value) if words else value
    if isinstance(value, list):
        return [_apply(v, mapping, words) for v in value]
    if isinstance(value, dict):
        span = isinstance(value.get("start"), int)  # its text is taken again from the varied text
        return {k: _apply(v, mapping, k in WORDS and not (span and k == "text")) for k, v in value.items()}
    return value


def _respan(value: Any, text: str) -> None:
    """Every span's text taken again from the article text: `text[start:end] == span.text`, always."""
    if isinstance(value, list):
        for v in value:
            _respan(v, text)
    elif isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            value["text"] = text[value["start"]:value["end"]]
        for v in value.values():
            _respan(v, text)


def varied(seed: Article, number: int, share: float = 0.9) -> Article:
    """Article `number` of the archive, made from `seed`: its own names, wording, source, title and date."""
    rng = random.Random(number)
    record = seed.model_dump()
    mapping = _mapping(record, rng, share)
    _thin_quotes(record, rng)
    if record["text"]:
        _recount(record, rng)
    record = _apply(record, mapping)
    _respan(record, record["text"] or "")
    first_line = (record["text"] or "").strip().split("\n", 1)[0][:90]
    dated = number % DATED == 0  # the others have no date, as many exports
    record.update(source=f"{DESKS[number % len(DESKS)]}/{number:05d}.txt", title=f"{first_line} ({number})",
                  date=(date(2004, 1, 1) + timedelta(days=(number * 37) % 730)).isoformat() if dated else None)
    return Article.model_validate(record)


def archive(seeds: list[Article], count: int) -> Iterator[Article]:
    """`count` varied articles, taking the seeds in turn."""
    for number in range(1, count + 1):
        yield varied(seeds[seed_of(number, len(seeds))], number)


def seed_of(number: int | str, seeds: int) -> int:
    """Which seed article `number` (or its source, `sport/00012.txt`) was made from."""
    if isinstance(number, str):
        number = int(number.rsplit("/", 1)[-1].split(".", 1)[0])
    return number % seeds


def write_archive(seeds: list[Article], count: int, path: Path,
                  measures: list[dict[tuple[str, str], FigureMeasure]] | None = None) -> Path:
    """The archive as a `newsclaims extract` JSON Lines file, written one record at a time.

    With `measures` (each seed's, from `figure_measures`), every claim figure carries its
    measure, as a claims extractor that stores `ClaimFigure.measure` writes it (read the
    file with `read_archive`).
    """
    with path.open("w", encoding="utf-8") as handle:
        for number, article in enumerate(archive(seeds, count), 1):
            if measures is None:
                handle.write(article.model_dump_json() + "\n")
                continue
            data = store_measures(article.model_dump(mode="json"), measures[seed_of(number, len(seeds))])
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")
    return path


def read_archive(path: Path) -> Iterator[Article]:
    """The records of an archive file, measures included when they were written."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield Article.model_validate_json(line)
