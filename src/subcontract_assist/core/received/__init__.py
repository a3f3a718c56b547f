"""A received contract: structure, reviewed units, completeness, protective clauses, review."""
