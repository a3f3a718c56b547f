"""The contract as a numbered structure: templates, rendering and the live preview."""
