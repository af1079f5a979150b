"""Helpers for samples/build.py: the block model, the DOCX writer, the reportlab layouts,
the page finder for LibreOffice PDFs, and the ground-truth writer."""
