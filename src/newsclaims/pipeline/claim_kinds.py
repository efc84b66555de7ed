"""Full Fact's kinds of claim for a sentence, read from its parse.

Full Fact's annotation schema (Konstantinovskiy et al., 2021, "Toward Automated Factchecking")
sorts checkable claims into: quantity in the past or present, prediction, correlation or
causation, current laws or rules of operation, personal experience, and other. The kind tells
a fact-checker where to look: statistics, a forecast's author, a study, the statute book, or
the person themselves. A sentence gets the first kind that applies, in this order:

1. personal experience: `I` is the subject of a verb of living through something;
2. prediction: a future modal (`will`, `'ll`, `shall`), `going to`, `expected/set/due to` + verb,
   or a forecast noun;
3. correlation/causation: a causal verb or connective (`cause`, `lead to`, `because of`);
4. rules and laws: a deontic word with a legal noun (`the law requires`), or a word that is a
   rule on its own (`illegal`, `mandatory`);
5. quantity: a figure (not a date or an ordinal; the caller may say, from its own numbers) or an
   amount word (`doubled`, `majority`);
6. other.

Word lists are the `kind_*.txt` files in `newsclaims/lexicon/data/`. A pipeline without a
tagger or lemmatizer gets the same order over the words as written (`will`, `caused`,
`illegal`), without personal experience, which needs the parse.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.vocab import Vocab

from newsclaims.lexicon import load_words
from newsclaims.pipeline.matchers import phrase_matcher

QUANTITY = "quantity"
PREDICTION = "prediction"
CAUSATION = "correlation_causation"
RULES = "rules_laws"
PERSONAL = "personal_experience"
OTHER = "other"
# Each kind's name in Full Fact's schema.
FULL_FACT_LABELS = {
    QUANTITY: "Quantity in the past or present",
    PREDICTION: "Prediction",
    CAUSATION: "Correlation or causation",
    RULES: "Current laws or rules of operation",
    PERSONAL: "Personal experience",
    OTHER: "Other type of claim",
}

FIGURE_ENTITIES = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
NOT_FIGURE_ENTITIES = frozenset({"DATE", "TIME", "ORDINAL"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _prefixed(name: str) -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """A `kind_NAME.txt` list split by its `prefix:` marks: ({prefix or "": [phrase words]}, all words)."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_words(f"kind_{name}"):
        prefix, _, phrase = entry.rpartition(":")
        groups.setdefault(prefix.strip(), []).append(tuple(phrase.split()))
    return groups, frozenset(w for phrases in groups.values() for p in phrases for w in p)


class ClaimKinds:
    """Classifies sentences of Docs made with `vocab`; build once, call per sentence."""

    def __init__(self, vocab: Vocab) -> None:
        causal, _ = _prefixed("causal")
        legal, _ = _prefixed("legal")
        deontic, _ = _prefixed("deontic")
        quantity, _ = _prefixed("quantity")
        prediction, _ = _prefixed("prediction")
        _, self.experience = _prefixed("experience")
        self.phrases = phrase_matcher(vocab, "LEMMA", {
            CAUSATION: causal[""], "legal": legal[""], "deontic": deontic[""],
            "strong": deontic["strong"], QUANTITY: quantity[""],
        })
        self.lower = phrase_matcher(vocab, "LOWER", {QUANTITY: quantity[""]})
        # Without tags or lemmas: the listed forms as written, and future auxiliaries.
        self.bare = phrase_matcher(vocab, "LOWER", {
            CAUSATION: causal[""], "legal": legal[""], "deontic": deontic[""], "strong": deontic["strong"],
            QUANTITY: quantity[""],
            PREDICTION: [("will",), ("shall",), ("'ll",), ("going", "to"), *prediction["noun"]],
        })
        self.future = Matcher(vocab)
        verb = {"POS": {"IN": ["VERB", "AUX"]}}
        self.future.add(PREDICTION, [
            [{"LEMMA": {"IN": ["will", "shall"]}, "TAG": "MD"}],
            [{"LOWER": "going"}, {"LOWER": "to"}, verb],
            [{"LEMMA": {"IN": [p[0] for p in prediction[""]]}}, {"IS_PUNCT": False, "OP": "{0,3}"},
             {"LOWER": "to"}, verb],
            [{"LEMMA": {"IN": [p[0] for p in prediction["noun"]]}, "POS": "NOUN"}],
        ])

    def __call__(self, sentence: Span, figures: bool | None = None) -> str:
        doc = sentence.doc
        if not (doc.has_annotation("TAG") and doc.has_annotation("LEMMA")):
            found = {sentence.vocab.strings[match_id] for match_id, _, _ in self.bare(sentence)}
            return PREDICTION if PREDICTION in found else self._by_words(sentence, found, figures)
        if self.is_personal(sentence):
            return PERSONAL
        if self.future(sentence):
            return PREDICTION
        found = {sentence.vocab.strings[match_id] for match_id, _, _ in self.phrases(sentence)}
        return self._by_words(sentence, found, figures)

    def _by_words(self, sentence: Span, found: set[str], figures: bool | None) -> str:
        """Causation, rules, quantity or other, from the word lists that matched."""
        if CAUSATION in found:
            return CAUSATION
        if "strong" in found or {"legal", "deontic"} <= found:
            return RULES
        stated = has_figure(sentence) if figures is None else figures
        if QUANTITY in found or self.lower(sentence) or stated:
            return QUANTITY
        return OTHER

    def is_personal(self, sentence: Span) -> bool:
        """`I` is the subject of a verb of experience (`I felt`, `I grew up`, `I have seen`)."""
        return any(
            token.lower_ == "i" and token.dep_ in SUBJECTS and token.head.lemma_.lower() in self.experience
            for token in sentence
        )


def has_figure(sentence: Span) -> bool:
    """A number that states an amount: a counted or measured entity, or a numeral outside a date."""
    return any(
        token.ent_type_ in FIGURE_ENTITIES
        or (token.like_num and token.ent_type_ not in NOT_FIGURE_ENTITIES
            and token.pos_ in ("NUM", "PROPN", "NOUN"))
        for token in sentence
    )


@lru_cache(maxsize=8)
def _kinds_for(vocab: Vocab) -> ClaimKinds:
    return ClaimKinds(vocab)


def claim_kind(sentence: Span, figures: bool | None = None) -> str:
    """The Full Fact kind of one sentence (or clause): one of the constants above.

    `figures`: whether the clause states a figure, when the caller knows better than the
    entities do (the numbers extractor leaves out years, ages and `one more time`, and finds
    figures in pipelines without NER); None reads it from the entities and tags.
    """
    return _kinds_for(sentence.vocab)(sentence, figures)
