"""The guided interview as data: questions (TOML), answer kinds and the pure flow over a Draft."""
