"""Free vocabulary of YubHub feeds (Jobtype, Experiencelevel, Workarrangement).

Each value is folded to a key (lower case, ``-``/``_`` as spaces) and looked up
in a small table. Unknown values map to nothing; the lint rules report them.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

#: Google's employment types (schema.org ``employmentType`` as Google reads it).
EMPLOYMENT_TYPES = (
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "VOLUNTEER",
    "PER_DIEM",
    "OTHER",
)


class WorkArrangement(StrEnum):
    REMOTE = "remote"
    HYBRID = "hybrid"
    ONSITE = "onsite"


class ExperienceLevel(StrEnum):
    INTERNSHIP = "internship"
    ENTRY = "entry"
    MID = "mid"
    SENIOR = "senior"
    LEAD = "lead"
    EXECUTIVE = "executive"


def _table(groups: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {word: value for value, words in groups.items() for word in words}


_EMPLOYMENT = _table(
    {
        "FULL_TIME": (
            "full time",
            "fulltime",
            "ft",
            "permanent",
            "regular",
            "full time permanent",
            # Staffing agencies' words for a hire onto the client's own payroll
            # (an Indeed feed's "Direct Placement").
            "direct hire",
            "direct placement",
            "perm",
            # The words boards' feeds in other languages use (Jobatus, Jobrapido).
            "tempo inteiro",  # pt
            "efetivo",  # pt: permanent
            "tiempo completo",  # es
            "jornada completa",  # es
            "indefinido",  # es: permanent
            "temps plein",  # fr
            "cdi",  # fr: permanent
            "vollzeit",  # de
            "tempo pieno",  # it
        ),
        "PART_TIME": (
            "part time",
            "parttime",
            "pt",
            "tempo parcial",  # pt
            "meio período",  # pt
            "media jornada",  # es
            "tiempo parcial",  # es
            "temps partiel",  # fr
            "teilzeit",  # de
            "tempo parziale",  # it
        ),
        "CONTRACTOR": ("contract", "contractor", "freelance", "freelancer", "contract to hire"),
        "TEMPORARY": ("temporary", "temp", "seasonal", "fixed term"),
        "INTERN": ("intern", "internship"),
        "VOLUNTEER": ("volunteer", "voluntary"),
        "PER_DIEM": ("per diem", "perdiem"),
        "OTHER": ("other",),
    }
)

_ARRANGEMENT = _table(
    {
        WorkArrangement.REMOTE: (
            "remote",
            "fully remote",
            "100% remote",
            "remote first",
            "work from home",
            "wfh",
            "telecommute",
            "anywhere",
        ),
        WorkArrangement.HYBRID: ("hybrid", "partially remote", "partly remote", "flexible"),
        WorkArrangement.ONSITE: (
            "onsite",
            "on site",
            "in office",
            "office",
            "office based",
            "in person",
        ),
    }
)

# Levels as a reader of a job ad takes them. "Staff", "principal" and
# "distinguished" are senior individual contributors (the rungs above senior
# on an engineering ladder, with no team of their own): senior, not lead.
# Lead is leading people: a lead, a team lead, a head of, a manager.
# Executive is a director and above.
_LEVEL = _table(
    {
        ExperienceLevel.INTERNSHIP: ("intern", "internship"),
        ExperienceLevel.ENTRY: (
            "entry",
            "entry level",
            "graduate",
            "new grad",
            "junior",
            "jr",
            "associate",
        ),
        ExperienceLevel.MID: (
            "mid",
            "mid level",
            "intermediate",
            "experienced",
            "mid senior",
            "mid senior level",
        ),
        ExperienceLevel.SENIOR: (
            "senior",
            "senior level",
            "sr",
            "expert",
            "staff",
            "principal",
            "distinguished",
        ),
        ExperienceLevel.LEAD: (
            "lead",
            "lead level",
            "team lead",
            "tech lead",
            "head",
            "manager",
        ),
        ExperienceLevel.EXECUTIVE: (
            "director",
            "executive",
            "executive level",
            "vp",
            "vice president",
            "c level",
            "c suite",
            "chief",
        ),
    }
)

_SPLIT = re.compile(r"\s*(?:[,;/|&+]|\band\b|\bor\b)\s*", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("_", " ").replace(".", " ").split())


@lru_cache(maxsize=4096)
def employment_parts(text: str | None) -> tuple[tuple[str, str | None], ...]:
    """Each part of a ``Jobtype`` value with its Google type (None if unknown)."""
    if not text:
        return ()
    parts = [p for p in _SPLIT.split(text) if p.strip()]
    return tuple((p.strip(), _EMPLOYMENT.get(_key(p))) for p in parts)


@lru_cache(maxsize=4096)
def employment_types(text: str | None) -> tuple[str, ...]:
    """Google employment types named by a ``Jobtype`` value, without repeats."""
    found: dict[str, None] = {}
    for _, value in employment_parts(text):
        if value:
            found.setdefault(value, None)
    return tuple(found)


@lru_cache(maxsize=4096)
def work_arrangement(text: str | None) -> WorkArrangement | None:
    if not text:
        return None
    value = _ARRANGEMENT.get(_key(text))
    return WorkArrangement(value) if value else None


@lru_cache(maxsize=4096)
def experience_level(text: str | None) -> ExperienceLevel | None:
    if not text:
        return None
    value = _LEVEL.get(_key(text))
    return ExperienceLevel(value) if value else None
