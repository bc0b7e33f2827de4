"""Extraction: from a document's text to its numeric claims."""

from factcheck.extract.claims import PARSER_VERSION, extract_claims

__all__ = ["PARSER_VERSION", "extract_claims"]
