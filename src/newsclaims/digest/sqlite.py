"""The digest as SQLite tables beside the records' (`newsclaims digest OUT.jsonl --db OUT.db`).

So Datasette's canned queries (`newsclaims datasette-metadata`) read the digest's own
verdicts, with each figure's source and sentence, instead of guessing groups from the
`numbers` table. The tables are replaced as a whole on every write; `rank` keeps the
digest's order (conflicts first, most sources first), `source` joins `articles`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsclaims.schema import Digest, DigestOrganisation, DigestPerson, DigestPlace

_ENTITY = {"id": str, "rank": int, "name": str, "variants": str, "sources": int, "articles": int}
# Every table with its columns, created even when empty so that queries on them always run.
TABLES: dict[str, dict[str, type]] = {
    "digest_figure_groups": {"id": str, "rank": int, "status": str, "measure": str, "counted": str,
                             "counted_key": str, "place": str, "period": str, "sources": int, "figures": int,
                             "note": str},
    "digest_figures": {"group_id": str, "source": str, "number_id": str, "text": str, "value": float, "low": float,
                       "high": float, "unit": str, "counted": str, "time": str, "window": str, "date": str,
                       "places": str, "attributed_to": str, "claim_id": str, "sentence": str, "copies": str},
    "digest_people": {**_ENTITY, "quotes": int, "roles": str, "ages": str, "evidence": str},
    "digest_organisations": {**_ENTITY, "kind": str, "country": str, "mentions": int},
    "digest_places": {**_ENTITY, "country": str, "kind": str, "geonames_id": int, "mentions": int},
    "digest_members": {"entry_id": str, "kind": str, "source": str, "item_id": str, "text": str},
    "digest_quotes": {"recurring_id": str, "rank": int, "match": str, "similarity": float, "speaker": str,
                      "person_id": str, "source": str, "quote_id": str, "text": str, "said_by": str},
    "digest_stories": {"story_id": str, "source": str, "how": str},
}


def _json(value: Iterable[object]) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def _entity(rank: int, e: DigestPerson | DigestOrganisation | DigestPlace, story_of: dict[str, str]) -> dict[str, Any]:
    return {"id": e.id, "rank": rank, "name": e.name, "variants": _json(e.variants),
            "sources": len({story_of.get(a, a) for a in e.articles}), "articles": len(e.articles)}


def digest_rows(digest: Digest) -> dict[str, list[dict[str, Any]]]:
    """The rows of every digest table."""
    story_of = {a: s.id for s in digest.stories for a in s.articles}
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for rank, g in enumerate(digest.figures, 1):
        rows["digest_figure_groups"].append({
            "id": g.id, "rank": rank, "status": g.status, "measure": g.measure, "counted": g.counted,
            "counted_key": g.counted_key, "place": g.place, "period": g.period, "sources": g.sources,
            "figures": len(g.figures), "note": g.note})
        for f in g.figures:
            rows["digest_figures"].append({
                "group_id": g.id, "source": f.source, "number_id": f.id, "text": f.text, "value": f.value,
                "low": f.low, "high": f.high, "unit": f.unit, "counted": f.counted, "time": f.time,
                "window": f.window, "date": f.date, "places": ", ".join(f.places), "attributed_to": f.attributed_to,
                "claim_id": f.claim_id, "sentence": f.sentence, "copies": _json(f.copies)})
    for rank, p in enumerate(digest.people, 1):
        rows["digest_people"].append({**_entity(rank, p, story_of), "quotes": len(p.quotes),
                                      "roles": _json(p.roles), "ages": _json(p.ages), "evidence": _json(p.evidence)})
    for rank, o in enumerate(digest.organizations, 1):
        rows["digest_organisations"].append({**_entity(rank, o, story_of), "kind": o.kind, "country": o.country,
                                             "mentions": o.mentions})
    for rank, l in enumerate(digest.places, 1):
        rows["digest_places"].append({**_entity(rank, l, story_of), "country": l.country, "kind": l.kind,
                                      "geonames_id": l.geonames_id, "mentions": l.mentions})
    for kind, entries in (("person", digest.people), ("organisation", digest.organizations),
                          ("place", digest.places)):
        for e in entries:
            rows["digest_members"].extend({"entry_id": e.id, "kind": kind, "source": m.source, "item_id": m.id,
                                           "text": m.text} for m in e.members)
    for rank, r in enumerate(digest.recurring_quotes, 1):
        rows["digest_quotes"].extend({
            "recurring_id": r.id, "rank": rank, "match": r.match, "similarity": r.similarity,
            "speaker": r.speaker, "person_id": r.person_id, "source": o.source, "quote_id": o.id, "text": o.text,
            "said_by": o.speaker} for o in r.occurrences)
    for s in digest.stories:
        rows["digest_stories"].extend({"story_id": s.id, "source": a, "how": "; ".join(s.how)} for a in s.articles)
    return rows


def write_digest_tables(digest: Digest, path: Path) -> dict[str, int]:
    """Replace the digest tables of the database at `path` (created if need be); rows written per table."""
    import sqlite_utils

    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    try:
        with db.conn:
            for table in TABLES:
                db[table].drop(ignore=True)
            written = {}
            for table, rows in digest_rows(digest).items():
                columns = TABLES[table]
                db[table].create(columns, pk="id" if "id" in columns else None)
                db[table].insert_all(rows, batch_size=1000)
                for key in ("source", "group_id", "entry_id"):
                    if key in columns:
                        db[table].create_index([key], if_not_exists=True)
                written[table] = len(rows)
        return written
    finally:
        db.close()
