"""Reporters: one class per output format, pure rendering of a `ScanResult`."""
