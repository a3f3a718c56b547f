"""Adapters to native libraries (llama.cpp, python-docx); no Qt."""
