"""Words that attribute: speech and cognition verbs, speech nouns, cue phrases."""

from __future__ import annotations

from newsclaims.lexicon.loaders import load_groups, load_words

SPEECH_VERBS = load_words("speech_verbs")
"""Lemmas of verbs that report speech or thought (`say`, `tell`, `believe`)."""

INFINITIVE_CUES = load_words("infinitive_cues")
"""Cues whose content is an infinitive: `promised to`, `a pledge to`."""

SPEECH_NOUNS = load_words("speech_nouns")
"""Nouns that carry content: `his claim that`, `a statement`."""

AUTHORING_VERBS = load_words("authoring_verbs")
"""Verbs whose subject authors a speech noun: `X made a promise that`."""

CLAIM_CUES = load_groups("claim_cues")
"""Claim reasons by group: comparison, superlative, rate words."""
