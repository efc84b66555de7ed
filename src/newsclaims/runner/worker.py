"""The worker side: one loaded pipeline turning tasks into serialised records.

Each worker loads the model once and warms it up (lazily built matchers); its first
tasks then run outside a memory zone, so the words of the run's own text stay in the
vocabulary and tokenizer cache, until `Settings.warm_words` words have been added. After
that every task runs inside `nlp.memory_zone()`, so memory stays flat over long runs.
(A memory zone makes every word it meets for the first time cost more: parsing a varied
corpus with cold caches was 13% slower in zones. Keeping the commonest words costs about
160 bytes each.)
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from multiprocessing.connection import Connection

from spacy.language import Language
from spacy.tokens import Doc

from newsclaims import pipeline
from newsclaims.inputs import MAX_FILE_BYTES, Document, Entry, read
from newsclaims.outputs import resume_key
from newsclaims.runner.settings import Settings
from newsclaims.runner.tasks import Plan, TaskResult, Unit
from newsclaims.schema import Article, ErrorInfo

# Run through the whole pipeline once per worker before any memory zone, so the strings and
# tokenizer cache entries of everyday news prose stay resident and lazily built matchers are
# built with permanent strings. Written for this purpose; it is not taken from any article.
WARMUP_TEXT = (
    "The minister said on Tuesday that the government would spend £2.5 billion on new schools, "
    "about 30% more than last year.\n\n"
    '"We have listened to parents and teachers," she told reporters in London. '
    "Critics said the plan was too little, too late, and at least 1,200 people protested outside.\n\n"
    "According to the police, three men were arrested. The mayor, John Smith, 54, "
    "told the BBC the city had lost 40 jobs since March."
)

# Articles at least this long are parsed and extracted on their own, within their own budget
# (in a batch, a stuck one could only be told from the others after the whole batch's budget).
ALONE_CHARS = 100_000


class Worker:
    """One loaded pipeline and the keys to skip; turns tasks into serialised records.

    Before each unit of work (reading an entry, parsing a batch, extracting one article)
    it calls `report` with the unit and its time budget, so the process that supervises
    it can stop it when it runs over (see newsclaims.runner.pool).
    """

    def __init__(
        self, settings: Settings, done: frozenset[str] = frozenset(), report: Callable[[Unit], None] | None = None
    ) -> None:
        self.settings = settings
        self.pipe_batch = settings.pipe_batch
        self.done = done
        self.report = report or (lambda unit: None)
        self._nlp: Language | None = None
        self._warm_limit = 0

    @property
    def nlp(self) -> Language:
        """The pipeline, loaded and warmed on first use (a resumed run may need none)."""
        if self._nlp is None:
            self._nlp = pipeline.load(self.settings.model)
            if self.settings.max_length:
                self._nlp.max_length = self.settings.max_length
            report, self.report = self.report, lambda unit: None  # warming up is not an article's time
            try:
                self._outcomes([Document("warmup", WARMUP_TEXT)], Plan())
            finally:
                self.report = report
            self._warm_limit = len(self._nlp.vocab) + self.settings.warm_words
        return self._nlp

    @property
    def done(self) -> frozenset[str]:
        return self._done

    @done.setter
    def done(self, keys: frozenset[str]) -> None:
        self._done = keys
        self._done_sources = {key.partition("\x00")[0] for key in keys}

    def _zone(self) -> AbstractContextManager[object]:
        """A memory zone, once the vocabulary has grown by `warm_words`; before that, none."""
        return self.nlp.memory_zone() if len(self.nlp.vocab) >= self._warm_limit else nullcontext()

    def run(self, entries: list[Entry], plan: Plan | None = None) -> TaskResult:
        """The records of a task's articles, in input order (`plan`: what earlier attempts learned)."""
        plan = plan or Plan()
        result = TaskResult()
        todo: list[Document] = []
        for position, entry in enumerate(entries):
            error = plan.entry_errors.get(position)
            if error is not None:
                result.add_error(Document(entry.source, content_hash=entry_digest(entry)), error)
                continue
            if entry.end is None and entry.source in self._done_sources and self._known_failure(entry):
                result.already_done += 1
                continue
            self.report(Unit("read", entry=position, budget=self.settings.budget(entry_size(entry))))
            for document in read(entry):
                if resume_key(document.source, document.content_hash) in self.done:
                    result.already_done += 1
                else:
                    todo.append(document)
        if not todo:
            return result
        with self._zone():
            for document, outcome in zip(todo, self._outcomes(todo, plan), strict=True):
                if isinstance(outcome, ErrorInfo):
                    result.add_error(document, outcome)
                else:
                    result.processed += 1
                    result.lines.append(outcome.model_dump_json() + "\n")
        return result

    def _known_failure(self, entry: Entry) -> bool:
        """Whether an earlier run gave this file an error record before reading it through
        (e.g. reading it ran out of time): keyed by the hash of its bytes, so only an unchanged
        file is passed over."""
        return resume_key(entry.source, entry_digest(entry)) in self.done

    def _outcomes(self, documents: list[Document], plan: Plan) -> list[Article | ErrorInfo]:
        """Each article's record or error, in order: most parsed together in one `nlp.pipe`,
        very long ones and suspects (`plan.alone`) parsed and extracted on their own."""
        outcomes: list[Article | ErrorInfo | None] = [None] * len(documents)
        batch: list[int] = []
        alone: list[int] = []
        for i, document in enumerate(documents):
            key = resume_key(document.source, document.content_hash)
            if document.error is not None or key in plan.errors:
                outcomes[i] = document.error or plan.errors[key]
            elif key in plan.alone or len(document.text) >= ALONE_CHARS:
                alone.append(i)
            else:
                batch.append(i)
        if batch:
            keys = tuple(resume_key(documents[i].source, documents[i].content_hash) for i in batch)
            texts = [documents[i].text for i in batch]
            self.report(Unit("parse", keys, budget=self.settings.budget(sum(map(len, texts)), len(texts))))
            try:
                docs = list(pipeline.parse(self.nlp, texts, self.pipe_batch))
            except Exception:  # one bad article must not sink its batch: each on its own
                alone = sorted(alone + batch)
            else:
                for i, key, doc in zip(batch, keys, docs, strict=True):
                    self.report(Unit("extract", (key,), budget=self.settings.budget(len(documents[i].text))))
                    outcomes[i] = self._extract(doc, documents[i])
        for i in alone:
            outcomes[i] = self._alone(documents[i])
        return [outcome for outcome in outcomes if outcome is not None]

    def _alone(self, document: Document) -> Article | ErrorInfo:
        key = resume_key(document.source, document.content_hash)
        self.report(Unit("alone", (key,), budget=self.settings.budget(len(document.text))))
        try:
            doc = next(pipeline.parse(self.nlp, [document.text], 1))
        except Exception as exc:
            return ErrorInfo(type="parse_failed", message=f"{type(exc).__name__}: {exc}")
        return self._extract(doc, document)

    def _extract(self, doc: Doc, document: Document) -> Article | ErrorInfo:
        from newsclaims.extractors import analyze

        if self.settings.faults:
            inject_fault(self.settings.faults, document.text)
        try:
            return analyze(doc, document.source, **document.meta)
        except Exception as exc:
            return ErrorInfo(type="extraction_failed", message=f"{type(exc).__name__}: {exc}")


def entry_size(entry: Entry) -> int:
    """Bytes an entry covers (its budget for reading, in characters' stead)."""
    if entry.end is not None:
        return entry.end - entry.start
    try:
        return os.path.getsize(entry.path)
    except OSError:
        return 0


def entry_digest(entry: Entry) -> str | None:
    """SHA-256 of an entry's bytes (None if they cannot be read): the content_hash of an error
    record for an entry that was never read through."""
    try:
        with open(entry.path, "rb") as fh:
            fh.seek(entry.start)
            data = fh.read(entry.end - entry.start if entry.end is not None else MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return hashlib.sha256(data).hexdigest()


def inject_fault(faults: dict[str, str], text: str) -> None:
    """Test-only misbehaviour (Settings.faults), so tests can show what the pool does about it."""
    for marker, action in faults.items():
        if marker not in text:
            continue
        if action == "sleep":
            time.sleep(3600)
        elif action == "die":
            os.kill(os.getpid(), signal.SIGKILL)
        elif action == "grow":
            hog = []
            while True:
                hog.append(b"\x01" * (32 << 20))
                time.sleep(0.05)


def serve(conn: Connection, settings: Settings, done: frozenset[str]) -> None:
    """A local pool's worker process: load the model, then run each task the pool sends.

    Messages to the pool: ("ready",), ("failed", why) if the model cannot load, ("unit", Unit)
    before each unit of work, ("result", task, TaskResult). None from the pool means stop.
    """
    try:
        worker = Worker(settings, done, report=lambda unit: conn.send(("unit", unit)))
        worker.nlp  # noqa: B018 - load the model before the first task arrives
    except BaseException as exc:  # reported once, not by an endless respawn loop
        conn.send(("failed", repr(exc)))
        return
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        index, entries, plan = message
        conn.send(("result", index, worker.run(entries, plan)))
