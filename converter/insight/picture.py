"""``report``'s task (:class:`~converter.pipeline.task.Task`): the figures of
one streaming pass, written as the HTML page or as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TextIO

from ..results import JobResult
from .figures import Figures
from .page import page

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@dataclass(slots=True)
class Picturing:
    """The figures of ``feeds`` (as the run walks them), in ``fmt`` (``html``
    or ``json``); ``today`` is the day said to judge dates (``--today``), if
    one was. Returns the figures written, for the summary."""

    feeds: list[str]
    fmt: str = "html"
    today: str | None = None
    writes_own_output: ClassVar[bool] = False

    def __call__(self, results: Iterable[JobResult], pipeline: Pipeline, out: TextIO | None):
        assert out is not None
        config = pipeline.config
        figures = Figures.of_paths(self.feeds, config.dialect, config.sources.stdin_name)
        figures.today = self.today
        for result in results:
            figures.add(result)
        figures.mark_broken(pipeline.broken)
        for feed in figures.feeds:  # a gzip, a URL, stdin: told as it was read
            feed.dialect = pipeline.tally.read_as.get(feed.path, feed.dialect)
        found = figures.as_dict()
        if self.fmt == "json":
            out.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
        else:
            out.write(page(found))
        return found
