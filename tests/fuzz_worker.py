"""Read files with ``extract`` and say how each went: the process the fuzz tests feed.

Run by tests/fuzzing.py as a long-lived child, it reads one JSON request a line on stdin,
``{"path": ..., "reader": "pdfium" | "pdfplumber"}``, and answers one JSON line on stdout,
``{"outcome": ..., "detail": ...}``:

- ``read``: extract returned a Document (and its tables' grids and its text could be made);
- ``refused``: extract raised an ExtractError whose message is one line naming the file;
- ``crash``: anything else (another exception, a bad message, not a Document), with the
  traceback as the detail.

A hang or a crash of the process itself (pdfium is C) is the parent's to see. Run by hand,
it is the reproducer for a saved input: ``python tests/fuzz_worker.py FILE [READER]``.
"""

from __future__ import annotations

import faulthandler
import json
import logging
import os
import sys
import traceback
from typing import Any

from councilplans.extractors import Document, ExtractError, extract


def use(document: Document) -> None:
    """Touch what a consumer of a Document touches: every table's grid, and its text."""
    for table in document.tables:
        table.grid()
    document.text()


def outcome(path: str, reader: str) -> dict[str, Any]:
    """Given a file and the PDF reader to use, read it and say how that went."""
    try:
        document = extract(path, {"reader": reader})
        if not isinstance(document, Document):
            return {"outcome": "crash", "detail": f"extract returned {type(document).__name__}"}
        use(document)
    except ExtractError as exc:
        message = str(exc)
        if "\n" in message or not message.startswith(f"{path}: ") or not exc.reason.strip():
            return {"outcome": "crash", "detail": f"badly worded ExtractError: {message!r}"}
        return {"outcome": "refused", "detail": message}
    except Exception:
        return {"outcome": "crash", "detail": traceback.format_exc()}
    return {"outcome": "read", "detail": ""}


def serve() -> None:
    """Answer requests on stdout; whatever else writes to stdout (C code too) goes to stderr."""
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(outcome(request["path"], request["reader"])), file=answers, flush=True)


def main(argv: list[str]) -> int:
    logging.disable(logging.WARNING)  # pdfminer's complaints about damaged fonts and streams
    faulthandler.enable()  # a crash in C code leaves its Python stack on stderr
    if not argv:
        serve()
        return 0
    result = outcome(argv[0], argv[1] if len(argv) > 1 else "pdfium")
    print(result["outcome"], result["detail"], sep="\n")
    return 0 if result["outcome"] != "crash" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
