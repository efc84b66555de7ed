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

from contextlib import AbstractContextManager, nullcontext
from typing import Any

from spacy.language import Language

from newsclaims import pipeline
from newsclaims.inputs import Document, Entry, read
from newsclaims.outputs import resume_key
from newsclaims.runner.settings import Settings
from newsclaims.runner.tasks import TaskResult, WorkerFailed
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


class Worker:
    """One loaded pipeline and the keys to skip; turns tasks into serialised records."""

    def __init__(self, settings: Settings, done: frozenset[str] = frozenset()) -> None:
        self.settings = settings
        self.pipe_batch = settings.pipe_batch
        self.done = done
        self._nlp: Language | None = None
        self._warm_limit = 0

    @property
    def nlp(self) -> Language:
        """The pipeline, loaded and warmed on first use (a resumed run may need none)."""
        if self._nlp is None:
            self._nlp = pipeline.load(self.settings.model)
            if self.settings.max_length:
                self._nlp.max_length = self.settings.max_length
            self._analyze([Document("warmup", WARMUP_TEXT)])
            self._warm_limit = len(self._nlp.vocab) + self.settings.warm_words
        return self._nlp

    def _zone(self) -> AbstractContextManager[object]:
        """A memory zone, once the vocabulary has grown by `warm_words`; before that, none."""
        return self.nlp.memory_zone() if len(self.nlp.vocab) >= self._warm_limit else nullcontext()

    def run(self, entries: list[Entry]) -> TaskResult:
        result = TaskResult()
        todo: list[Document] = []
        for entry in entries:
            for document in read(entry):
                if resume_key(document.source, document.content_hash) in self.done:
                    result.already_done += 1
                else:
                    todo.append(document)
        if not todo:
            return result
        with self._zone():
            analysed = iter(self._analyze([d for d in todo if d.error is None]))
            for document in todo:
                outcome = document.error or next(analysed)
                if isinstance(outcome, ErrorInfo):
                    result.add_error(document, outcome)
                else:
                    result.processed += 1
                    result.lines.append(outcome.model_dump_json() + "\n")
        return result

    def _analyze(self, documents: list[Document]) -> list[Article | ErrorInfo]:
        from newsclaims.extractors import analyze

        try:
            docs = list(pipeline.parse(self.nlp, (d.text for d in documents), self.pipe_batch))
        except Exception:  # one bad article must not sink its batch: retry one by one
            return [self._analyze_one(d) for d in documents]
        return [self._guard(analyze, doc, d) for doc, d in zip(docs, documents, strict=True)]

    def _analyze_one(self, document: Document) -> Article | ErrorInfo:
        from newsclaims.extractors import analyze

        try:
            doc = next(pipeline.parse(self.nlp, [document.text], 1))
        except Exception as exc:
            return ErrorInfo(type="parse_failed", message=f"{type(exc).__name__}: {exc}")
        return self._guard(analyze, doc, document)

    @staticmethod
    def _guard(analyze: Any, doc: Any, document: Document) -> Article | ErrorInfo:
        try:
            return analyze(doc, document.source, **document.meta)
        except Exception as exc:
            return ErrorInfo(type="extraction_failed", message=f"{type(exc).__name__}: {exc}")


# The worker of this process, when it is a pool worker process.
_WORKER: Worker | None = None
_WORKER_ERROR: BaseException | None = None


def init_worker(settings: Settings, done: frozenset[str]) -> None:
    """A pool process's initializer: load the model before the first task arrives."""
    global _WORKER, _WORKER_ERROR
    try:
        _WORKER = Worker(settings, done)
        _WORKER.nlp  # noqa: B018 - load the model before the first task arrives
    except BaseException as exc:  # reported by the first task, not by an endless respawn loop
        _WORKER_ERROR = exc


def run_task(entries: list[Entry]) -> TaskResult:
    """A pool process's task: this process's worker runs it."""
    if _WORKER is None:
        raise WorkerFailed(f"a worker could not start: {_WORKER_ERROR!r}")
    return _WORKER.run(entries)
