"""Cut the labelled pages out of a real document, for bench/real/pdfs/ (needs qpdf).

    python bench/real/cut.py SOURCE.pdf 4-6,9 bench/real/pdfs/name-p4-9.pdf

Only the pages a label uses are committed; the truth file records which pages of the
original they were (``original_pages``) and where the original came from.
"""

from __future__ import annotations

import subprocess
import sys


def cut(source: str, pages: str, out: str) -> None:
    subprocess.run(["qpdf", "--empty", "--pages", source, pages, "--", out], check=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cut(*sys.argv[1:])
