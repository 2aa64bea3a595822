"""Claims: see finder.py for the entry point."""

from .finder import find_claims

__all__ = ["find_claims"]
