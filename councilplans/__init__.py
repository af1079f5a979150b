"""councilplans: turn UK council plan documents (PDF, DOCX) into comparable data.

The Python API (councilplans.api): each function takes ``db=``, a SQLite path or a
SQLAlchemy URL, and returns a pandas DataFrame.

>>> import councilplans
>>> councilplans.ingest(["plans/"], db="plans.db")[["file", "status", "records"]]
>>> councilplans.compare(db="plans.db", theme="obesity", kind="indicator")
"""

# Importing the API first loads the sub-package councilplans.ingest, so the name `ingest`
# bound below replaces the sub-package as this package's attribute for good: `import
# councilplans.ingest.batch` and `from councilplans.ingest import ingest_paths` still work,
# as they read sys.modules.
from councilplans.api import compare, diff, ingest, records, search, summary, tables

__all__ = ["compare", "diff", "ingest", "records", "search", "summary", "tables"]
