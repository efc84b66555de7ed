"""Evidence the entity extractors (people, places, organisations) share, so each idea has one home:
`teams` (is this name a side in sports copy) and `occurrences` (every other use of a known name)."""
