"""From files on disk to the store: discovery, fingerprinting, batch runs and the CLI.

>>> from councilplans.ingest import ingest_paths
>>> report = ingest_paths(["samples/"], "councilplans.db")
>>> [(r.path, r.status) for r in report.results]
"""

from councilplans.ingest.batch import FileResult, IngestReport, ingest_file, ingest_paths
from councilplans.ingest.discover import discover
from councilplans.store.queries import Changes, changes

__all__ = [
    "Changes",
    "FileResult",
    "IngestReport",
    "changes",
    "discover",
    "ingest_file",
    "ingest_paths",
]
