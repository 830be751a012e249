"""jobconv's version: a leaf module, so that any layer may name it without
importing the package's public API (``converter/__init__.py``)."""

__version__ = "0.1.0"
