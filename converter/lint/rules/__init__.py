"""Lint rules: small named checks over the job model, each with a stable code.

Codes by family: X (XML), S (schema), R (fields Google requires), C
(compensation), L (location), D (description), T (dates), V (vocabulary),
U (URLs), H (HTML where text belongs), I (identity). ``jobconv rules`` lists them.
"""

from ...codes import document as document
from . import (
    compensation,
    dates,
    description,
    identity,
    location,
    markup,
    required,
    urls,
    vocabulary,
)
from .base import RULES, Context, Finding, Rule, rule, said, slot

__all__ = ["RULES", "Context", "Finding", "Rule", "rule", "said", "slot"]

# Imported for their registrations.
del compensation, dates, description, identity, location, markup, required, urls, vocabulary
