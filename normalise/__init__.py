"""Map a Document's tables and narrative onto Records (see record.py)."""
