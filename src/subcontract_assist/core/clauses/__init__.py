"""Free-text clause review: normalisation, patterns, the model port, label words, evaluation."""
