"""The statutory rule engine: one small pure function per checkable obligation."""
