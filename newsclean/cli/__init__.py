"""The command line: `newsclean FILE ...`, `newsclean outlets`, `newsclean eval`; one module per command."""

from .main import main

__all__ = ["main"]
