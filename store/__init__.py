"""Keep documents, versions, sections, tables and records in a SQL database."""
