"""Data files of the core (legal numbers, interview questions)."""
