"""factcheck: find numeric claims, group them across sources and report where they disagree."""

__version__ = "0.1.0"

__all__ = ["__version__"]
