"""jobconv: validate YubHub XML job feeds and convert their jobs.

Data flows one way, through one pipeline (:mod:`converter.pipeline`): a
reader (:mod:`converter.feed`) streams a feed into the neutral job model
(:mod:`converter.model`); the XSD and the lint rules (:mod:`converter.lint`)
judge each job; a task ends the run, a report (:mod:`converter.report`) or
a writer (:mod:`converter.writers`) delivered to an output
(:mod:`converter.outputs`) through the publishing gate
(:mod:`converter.publish`).

The names below are imported on first use (PEP 562), so that ``import
converter`` (and every ``jobconv`` command, which imports it) costs nothing
for the parts a run does not touch: ``jobconv validate`` never loads the
differ, the publishing gate or the writers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_names
from .version import __version__

if TYPE_CHECKING:
    from .diff import Differ
    from .feed.build import build_job
    from .feed.engines import load_engine
    from .feed.reader import Entry, FeedReader
    from .lint.rules import RULES, Rule
    from .model import Employer, Job, Salary, SalaryPeriod
    from .pipeline import Pipeline
    from .publish import Converter, Outcome
    from .results import Diagnostic, FeedError, JobResult, Severity, Tally
    from .writers.targets import TARGETS, Rendering

    #: The name the pipeline had when it only validated; kept for library users.
    Validator = Pipeline

#: Each public name -> the module (relative to this package) that defines it.
_HOMES: dict[str, str] = {
    "Differ": ".diff",
    "load_engine": ".feed.engines",
    "Entry": ".feed.reader",
    "FeedReader": ".feed.reader",
    "RULES": ".lint.rules",
    "Rule": ".lint.rules",
    "Employer": ".model",
    "Job": ".model",
    "Salary": ".model",
    "SalaryPeriod": ".model",
    "build_job": ".feed.build",
    "Pipeline": ".pipeline",
    "Validator": ".pipeline",  # the pipeline's name when it only validated
    "Converter": ".publish",
    "Outcome": ".publish",
    "Diagnostic": ".results",
    "FeedError": ".results",
    "JobResult": ".results",
    "Severity": ".results",
    "Tally": ".results",
    "TARGETS": ".writers.targets",
    "Rendering": ".writers.targets",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES, globals(), {"Validator": "Pipeline"})


__all__ = [
    "RULES",
    "TARGETS",
    "Converter",
    "Diagnostic",
    "Differ",
    "Employer",
    "Entry",
    "FeedError",
    "FeedReader",
    "Job",
    "JobResult",
    "Outcome",
    "Pipeline",
    "Rendering",
    "Rule",
    "Salary",
    "SalaryPeriod",
    "Severity",
    "Tally",
    "Validator",
    "__version__",
    "build_job",
    "load_engine",
]
