"""Coverage-guided fuzz target for the feed reader, validator and writers (atheris).

Run it by hand, for as long as you like (libFuzzer's flags; new inputs go to
the first folder, so give it a scratch one)::

    pip install atheris
    mkdir -p /tmp/jobconv-corpus
    python fuzz/fuzz_reader.py -max_total_time=600 -max_len=65536 \\
        /tmp/jobconv-corpus fixtures/valid fixtures/invalid fixtures/edge

Any input may be rejected, with a diagnostic; none may raise, hang or
break an invariant below. A crash leaves ``crash-*`` with the input.
"""

from __future__ import annotations

import io
import sys
from datetime import date

import atheris

with atheris.instrument_imports(include=["converter"]):
    from converter.feed.dialects import DialectError
    from converter.pipeline import Pipeline
    from converter.results import Diagnostic
    from converter.writers.targets import Rendering

TODAY = date(2026, 1, 1)
VALIDATOR = Pipeline(today=TODAY)
CONVERTERS = [
    Pipeline(today=TODAY, rendering=Rendering.of(target, form))
    for target, form in (("jsonld", "html"), ("hropen", "json"), ("csv", "csv"))
]
BROKEN = ("X001", "X002")


def check_validation(data: bytes) -> None:
    results = list(VALIDATOR.results_of_stream(io.BytesIO(data), "fuzz.xml"))
    diagnostics = [d for r in results for d in r.diagnostics]
    for d in diagnostics:
        assert isinstance(d, Diagnostic) and d.file == "fuzz.xml", d
        assert d.line is None or d.line >= 1, d
        assert d.column is None or d.column >= 1, d
        assert d.message and "\n" not in d.code, d
    broken = [i for i, d in enumerate(diagnostics) if d.code in BROKEN]
    # A feed stops at its first X001/X002: nothing is reported after it.
    assert not broken or broken == [len(diagnostics) - 1], diagnostics


def check_conversion(data: bytes) -> None:
    for converter in CONVERTERS:
        results = list(converter.results_of_stream(io.BytesIO(data), "fuzz.xml"))
        if converter.broken:
            continue
        # Every job is rendered; the gate holds back exactly those with an error.
        for r in results:
            if r.is_job:
                assert r.text is not None, r
                assert r.held == any(d.severity == "error" for d in r.diagnostics), r
        text = "".join(r.text for r in results if r.is_job and not r.held)
        lowered = text.lower()
        assert "<script>" not in lowered.replace('<script type="application/ld+json">', ""), text


def TestOneInput(data: bytes) -> None:  # atheris's name for the target
    try:
        check_validation(data)
    except DialectError as exc:  # a feed no dialect fits is refused, with a message
        assert "fits no feed dialect" in str(exc), exc
        return
    check_conversion(data)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
