"""Running many articles: settings, tasks, workers, a local pool or Dask, and the run itself.

`run` (in `batch`) is the one entry point. `settings` holds every option, `tasks` the units
of work and their results, `worker` the pipeline that turns a task into records, `pool` the
local process pool (with dead-worker recovery), `dask` the same on a Dask cluster, and
`summary` what a run tells the user. Nothing here imports `batch` except this file, so the
modules form no cycle.
"""

from newsclaims.outputs import Targets, resume_key
from newsclaims.runner.batch import run
from newsclaims.runner.pool import MAX_DEATHS_IN_A_ROW, WORKER_DIED, local_results, pool_results
from newsclaims.runner.settings import WORKER_ENVIRONMENT, Settings, UsageError, check_model, default_jobs
from newsclaims.runner.summary import MAX_LISTED, Summary
from newsclaims.runner.tasks import TaskResult, WorkerFailed, task_size, tasks
from newsclaims.runner.worker import WARMUP_TEXT, Worker

__all__ = [
    "MAX_DEATHS_IN_A_ROW",
    "MAX_LISTED",
    "WARMUP_TEXT",
    "WORKER_DIED",
    "WORKER_ENVIRONMENT",
    "Settings",
    "Summary",
    "Targets",
    "TaskResult",
    "UsageError",
    "Worker",
    "WorkerFailed",
    "check_model",
    "default_jobs",
    "local_results",
    "pool_results",
    "resume_key",
    "run",
    "task_size",
    "tasks",
]
