"""The draft contract: its schema, the interview (questions as data), draft files and autosave."""
