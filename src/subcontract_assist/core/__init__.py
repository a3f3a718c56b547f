"""The pure core: no Qt, no llama_cpp, no python-docx."""
