"""People: one canonical entry per named individual, with every mention and what the text says of them.

Raw NER is only a first guess. It is corrected with general evidence:
- an apposition or description that is about a human (`Oleg, a bar owner in Moscow`,
  `A 29-year-old sergeant, Oleg said`, `Ilya, 29,`), a title before the name
  (`Interior Minister Krista Mikkonen`, `Mr Howard`) or being the subject of a
  speech verb (`said Vadim`) makes a proper noun a person whatever NER thought;
- outlets and agencies (data/outlets.txt), names introduced by an organisation
  noun (`the website Novaya Gazeta`), names used as place modifiers (`the Kurgan
  and Tyumen regions`) and capitalised common nouns (`Border agents`) are not;
- leading outlet credits (`AFP Viktor Zakharov`), titles, possessives and glued
  lowercase tokens (`warPhoto`) are trimmed off the name.
Mentions are then merged into individuals: surname-only and first-name-only
forms join the full name, and near-miss spellings (`Lobanovkaya`) join the
name they are close to.

Modules: `candidates` (NER entities, proper-noun runs, later uses of known names),
`names` (trimming to the bare name), `evidence` and `descriptions` (titles,
appositions, ages, origin), `exclusions` (what a name is not, and the decision),
`grouping` (mentions into individuals, then Person records), `support` (an individual
named by one word only needs person evidence somewhere in the article). Teams in sports
copy are judged by `extractors.entities.teams`, shared with places; a singular name with
plural agreement (`Leeds United have`) is a team or organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsclaims.extractors.base import Context, Extractor
from newsclaims.extractors.entities.organisations import corporate, org_evidence
from newsclaims.extractors.entities.teams import club_name, collective_subject, team_evidence
from newsclaims.extractors.entities.works import is_work, work_tokens
from newsclaims.extractors.people.candidates import candidates, propagate
from newsclaims.extractors.people.evidence import Mention
from newsclaims.extractors.people.exclusions import accept, is_outlet
from newsclaims.extractors.people.grouping import dedupe, group, pronoun_gender, to_person
from newsclaims.extractors.people.names import bare
from newsclaims.extractors.people.support import one_word, supported
from newsclaims.schema import Person

__all__ = ["EXTRACTOR", "extract_people", "name_span"]


def extract_people(doc: Doc, ctx: Context) -> list[Person]:
    """Named individuals, each with all its mentions, aliases and attributes."""
    boilerplate = ctx.boilerplate
    accepted: list[Mention] = []
    strong_names: set[str] = set()
    ner_names: set[str] = set()
    pending: list[tuple[Mention, bool]] = []
    works = work_tokens(doc)  # `Harry Potter and the Prisoner of Azkaban`, `Spider-Man 2`: titles, not people
    found = [(m, ner) for m, ner in candidates(doc, boilerplate)
             if m.role or m.age is not None or m.descriptors or not is_work(doc, m.start, m.end, works)]
    # A name that is a team once is a team everywhere in the article (`Everton 's Duncan Ferguson`).
    teams = {m.text for m, _ in found if not m.strong and (team_evidence(doc, m.start, m.end)
                                                           or collective_subject(doc, m.start, m.end))}
    # So is an organisation (`Dick Clark Productions`, `a Google spokesperson`, `X said in a statement`).
    teams |= {m.text for m, ner in found if not m.strong and org_evidence(doc, m.start, m.end, person_named=ner)
              or corporate(m.text) or club_name(m.text)}
    for mention, ner_person in found:
        if mention.text in teams:
            continue
        if accept(doc, mention, ner_person):
            accepted.append(mention)
            (strong_names if mention.strong or not ner_person else ner_names).add(mention.text)
        elif ner_person or mention.text:
            pending.append((mention, ner_person))
    # A name that is a person once is a person everywhere in the article (`like Oleg`, `Oleg received`).
    known = strong_names | ner_names
    for mention, ner_person in pending:
        if mention.text in known and not is_outlet(doc, mention.start, mention.end):
            accepted.append(mention)
    seen = {i for m in accepted for i in range(m.start, m.end)}
    surnames = {n.split()[-1] for n in known if len(n.split()) > 1}
    accepted += [m for m in propagate(doc, {n for n in known | surnames if len(n) > 2}, seen, boilerplate)
                 if m.text not in teams]
    accepted = dedupe(accepted)

    entries = group(accepted)
    entries.sort(key=lambda e: min(m.start for m in e.mentions))
    pronouns = pronoun_gender(doc, entries)
    # A one-word name needs person evidence somewhere in the article (`Starboard's singles chart` has none).
    full_names = frozenset(i for e in entries if not one_word(e.mentions) for m in e.mentions
                           for i in range(m.start, m.end))
    kept = [(entry, pronouns.get(k)) for k, entry in enumerate(entries)
            if not one_word(entry.mentions) or supported(doc, entry.mentions, full_names, k in pronouns)]
    return [to_person(doc, f"p{k + 1}", entry, gender) for k, (entry, gender) in enumerate(kept)]


def name_span(ent: SpacySpan) -> tuple[SpacySpan, SpacySpan | None]:
    """The entity without leading titles and trailing possessive; and the title span if any."""
    title_start, start, end = bare(ent.doc, ent.start, ent.end)
    name = ent.doc[start:end]
    title = ent.doc[title_start:start] if start > title_start else None
    return name, title


EXTRACTOR = Extractor(provides="people", needs=(), run=extract_people)
