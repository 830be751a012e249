"""``sarif``: SARIF 2.1.0, one run, every reported rule described and linked to its page."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..lint.rules import RULES, Rule
from ..results import JobResult, Severity, Tally
from ..version import __version__
from .common import diagnostics_of, fingerprint


def _sarif_level(severity: Severity) -> str:
    return {Severity.ERROR: "error", Severity.INFO: "note"}.get(severity, "warning")


def _rule_descriptor(rule: Rule) -> dict:
    """The rule as SARIF describes it: ``helpUri`` its page, ``help`` its whole doc."""
    from .ruledocs import markdown, sections

    doc = sections(rule)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": doc.what},
        "fullDescription": {"text": f"{doc.what}\n\n{doc.why}".strip()},
        "help": {"text": markdown(rule.doc), "markdown": markdown(rule.doc)},
        "helpUri": rule.url,
        "defaultConfiguration": {"level": _sarif_level(rule.severity)},
    }


def write_sarif(results: Iterable[JobResult], out: TextIO, tally: Tally) -> None:
    """SARIF 2.1.0, one run; ``tool.driver.rules`` describes every rule reported."""
    seen: dict[str, int] = {}
    out.write('{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",')
    out.write(' "runs": [{"results": [')
    sep = "\n  "
    for d in diagnostics_of(results):
        index = seen.setdefault(d.code, len(seen))
        region = {"startLine": d.line or 1}
        if d.column is not None:
            region["startColumn"] = d.column
        result = {
            "ruleId": d.code,
            "ruleIndex": index,
            "level": _sarif_level(d.severity),
            "message": {"text": d.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": d.file}, "region": region}}
            ],
            "partialFingerprints": {"jobconv/v1": fingerprint(d)},
        }
        out.write(sep + json.dumps(result, ensure_ascii=False))
        sep = ",\n  "
    rules = [_rule_descriptor(RULES[code]) for code in seen]  # in ruleIndex order
    driver = {
        "name": "jobconv",
        "version": __version__,
        "informationUri": "https://pypi.org/project/jobconv/",
        "rules": rules,
    }
    out.write("\n], " if sep != "\n  " else "], ")
    out.write('"tool": {"driver": ' + json.dumps(driver, ensure_ascii=False) + "}}]}\n")
