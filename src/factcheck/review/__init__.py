"""The terminal review of conflicts: a session that records decisions, and the app around it."""
