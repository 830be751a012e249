"""jobconv: validate YubHub XML job feeds and convert their jobs.

Data flows one way, through one pipeline (:mod:`converter.pipeline`): a
reader (:mod:`converter.feed`) streams a feed into the neutral job model
(:mod:`converter.model`); the XSD and the lint rules (:mod:`converter.lint`)
judge each job; a task ends the run, a report (:mod:`converter.report`) or
a writer (:mod:`converter.writers`) delivered to an output
(:mod:`converter.outputs`) through the publishing gate
(:mod:`converter.publish`).
"""

__version__ = "0.1.0"

from .diff import Differ
from .feed.engines import load_engine
from .feed.reader import Entry, FeedReader
from .lint.rules import RULES, Rule
from .model import Employer, Job, Salary, SalaryPeriod, build_job
from .pipeline import Pipeline
from .publish import Converter, Outcome
from .results import Diagnostic, FeedError, JobResult, Severity, Tally
from .writers.targets import TARGETS, Rendering

#: The name the pipeline had when it only validated; kept for library users.
Validator = Pipeline

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
