"""Language-model files: GGUF headers and memory estimates, the catalog, optional downloads."""
