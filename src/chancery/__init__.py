"""Chancery: a self-hostable digital archive for historical primary sources."""

__version__ = "0.1.0"
