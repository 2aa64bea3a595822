"""Quotes: see finder.py for the entry point."""

from .finder import find_quotes

__all__ = ["find_quotes"]
