"""What a run did, counted as it goes, and told to the user in a few lines."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsclaims.inputs import Skipped
from newsclaims.runner.tasks import TaskResult
from newsclaims.schema import ErrorInfo

# Skipped and failed files listed by name; the rest are counted.
MAX_LISTED = 20


@dataclass
class Summary:
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    already_done: int = 0
    skipped_files: list[Skipped] = field(default_factory=list)
    failures: list[tuple[str, ErrorInfo]] = field(default_factory=list)
    failure_types: Counter[str] = field(default_factory=Counter)
    targets: list[str] = field(default_factory=list)  # the record files written, as the user named them
    report: tuple[int, str] | None = None  # articles on the review page, and its file

    @property
    def exit_code(self) -> int:
        """0 all processed, 1 some failed, 3 nothing could be processed."""
        if self.processed == 0 and self.already_done == 0:
            return 3
        return 1 if self.failed else 0

    def skip(self, skipped: Skipped) -> None:
        self.skipped += 1
        self.skipped_files.append(skipped)

    def add(self, result: TaskResult) -> None:
        self.processed += result.processed
        self.already_done += result.already_done
        self.failed += len(result.failures)
        for source, error in result.failures:
            self.failure_types[error.type] += 1
            if len(self.failures) < MAX_LISTED:
                self.failures.append((source, error))

    def lines(self) -> list[str]:
        """What happened, for stderr: the review page, what was skipped, what failed and why,
        then one summary line."""
        out: list[str] = []
        if self.report is not None:
            out.append(f"report of {self.report[0]} articles -> {self.report[1]}")
        for skipped in self.skipped_files[:MAX_LISTED]:
            out.append(f"skipped: {skipped.source} ({skipped.reason})")
        if self.skipped > MAX_LISTED:
            out.append(f"skipped: ... and {self.skipped - MAX_LISTED} more")
        for source, error in self.failures:
            out.append(f"failed: {source} ({error.type}: {error.message})")
        if self.failed > len(self.failures):
            kinds = ", ".join(f"{n} {kind}" for kind, n in self.failure_types.most_common())
            out.append(f"failed: ... and {self.failed - len(self.failures)} more ({kinds} in all)")
        line = f"{self.processed} processed, {self.skipped} skipped, {self.failed} failed"
        if self.already_done:
            line += f", {self.already_done} already in the output"
        out.append(line + (f" -> {', '.join(self.targets)}" if self.targets else ""))
        return out
