"""jobconv: validate YubHub XML job feeds and convert their jobs.

Data flows one way: a reader streams a feed into the neutral job model
(:mod:`converter.model`); lint rules (:mod:`converter.lint.rules`) judge each job;
writers render it. :class:`Validator` ties reading, XSD and lint together.
"""

from .feed.engines import load_engine
from .feed.reader import Entry, FeedReader
from .lint.rules import RULES, Rule
from .model import Employer, Job, Salary, SalaryPeriod, build_job
from .results import Diagnostic, FeedError, Severity
from .validate import Validator

__version__ = "0.1.0"

__all__ = [
    "RULES",
    "Diagnostic",
    "Employer",
    "Entry",
    "FeedError",
    "FeedReader",
    "Job",
    "Rule",
    "Salary",
    "SalaryPeriod",
    "Severity",
    "Validator",
    "__version__",
    "build_job",
    "load_engine",
]
