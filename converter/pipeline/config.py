"""One run's configuration, resolved once and passed whole.

Defaults, then the configuration file (:class:`~converter.lint.config.Settings`),
then the command line: :meth:`RunConfig.resolve` settles every option in
that order, in one place, and the result is frozen. The pipeline, its
worker processes (or a Dask cluster's) and the tasks at its end read their
options from it; none threads an option through keyword arguments of its
own. A new option is a field here (with the same name as its command-line
option's destination and, when a file may set it, its ``Settings``
attribute), its use, and its test.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..feed.dialects import AUTO
from ..feed.sources import DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, STDIN_NAME, Sources
from ..guard import DEFAULT_MAX_DROP
from ..lint.baseline import Baseline
from ..lint.config import Settings
from ..writers.targets import Rendering

__all__ = ["DEFAULT_MAX_AGE", "DEFAULT_MAX_DROP", "RunConfig"]

#: Days after its posting date that a job with no end is stale (``--max-age``).
DEFAULT_MAX_AGE = 90


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Everything a run is told, settled.

    ``settings`` is the configuration file's (rule selection, severities,
    per-file ignores), with the command line's selection on top; ``engine``
    an XSD engine's name; ``schema`` another XSD; ``baseline`` findings to
    absorb; ``dialect`` the one every feed is read in (``auto``: each
    feed's own); ``target`` the output whose rules are errors (the
    ``rendering``'s by default); ``rules`` the codes the run narrows to
    (None: the configuration's); ``jobs`` the processes (0: one per CPU);
    ``today`` the day dates are judged against; ``valid_for`` the days a
    posting lasts when its board gives no end; ``max_age`` the days after
    which a posting with no end is stale (None or 0: never); ``sources`` how
    feeds are found and opened; ``scheduler`` a Dask scheduler's address;
    ``show_info`` whether info findings are reported; ``segment_size`` the
    bytes of a ``-j`` segment (None: chosen per feed).
    For the converters: ``strict`` (warnings fail the run), ``prune`` and
    ``max_drop`` (the drop guard, percent).
    """

    settings: Settings = field(default_factory=Settings)
    engine: str = "lxml"
    schema: Path | None = None
    baseline: Baseline | None = None
    dialect: str = AUTO
    target: str | None = None
    rendering: Rendering | None = None
    rules: tuple[str, ...] | None = None
    jobs: int = 0
    today: date = field(default_factory=lambda: datetime.now(UTC).date())
    valid_for: int | None = None
    max_age: int | None = DEFAULT_MAX_AGE
    sources: Sources = field(default_factory=Sources)
    scheduler: str | None = None
    show_info: bool = True
    segment_size: int | None = None
    strict: bool = False
    prune: bool = False
    max_drop: int = DEFAULT_MAX_DROP

    @property
    def judged_for(self) -> str | None:
        """The target whose rules are errors: ``target``, else the rendering's."""
        return self.target or (self.rendering.target if self.rendering else None)

    def but(self, **changes: Any) -> RunConfig:
        """This configuration with ``changes`` (a field's name: its new value)."""
        return replace(self, **changes)

    @classmethod
    def resolve(
        cls,
        given: Mapping[str, Any],
        settings: Settings | None = None,
        **extra: Any,
    ) -> RunConfig:
        """The configuration of a run: each field the command line ``given``
        (None or empty: not given), else the file's ``settings`` of that
        name, else the default. ``extra`` are values the command settles
        itself (a rendering, a target)."""
        settings = settings or Settings()
        chosen: dict[str, Any] = {"settings": settings}
        for f in fields(cls):
            name = f.name
            if name in ("settings", "sources", "today", "baseline", "show_info"):
                continue
            value = given.get(name)
            if value is None or value == ():
                value = getattr(settings, name, None)
            if value is not None:
                chosen[name] = value
        today = given.get("today")
        if today is not None:
            chosen["today"] = today.date() if isinstance(today, datetime) else today
        chosen["show_info"] = bool(given.get("show_info"))  # the command line's default: off
        if given.get("baseline"):
            chosen["baseline"] = Baseline.load(given["baseline"])
        chosen["sources"] = Sources(
            include=tuple(given.get("include") or settings.include),
            exclude=(*settings.exclude, *(given.get("exclude") or ())),
            timeout=_given(given, "timeout", DEFAULT_TIMEOUT),
            max_size=_given(given, "max_size", DEFAULT_MAX_SIZE),
            stdin_name=given.get("stdin_filename") or STDIN_NAME,
        )
        chosen.update(extra)
        return cls(**chosen)


def _given(given: Mapping[str, Any], name: str, default: Any) -> Any:
    value = given.get(name)
    return default if value is None else value
