"""Find indicator codes such as 'NI 56', 'NI No. 45', 'LAA NI 80', 'PSA 12', 'VSB09'."""

from __future__ import annotations

import re

CODE = re.compile(
    r"\b(NI|PSA|VSB|PHOF|APS)\s*(?:No\.?\s*)?(\d{1,3}(?:\.\d+)?[a-z]?)\b", re.IGNORECASE
)


def find_indicator_code(*texts: str | None) -> str | None:
    """Given cell texts, return the first indicator code as 'NI 56' (scheme upper-cased)."""
    for text in texts:
        if not text:
            continue
        match = CODE.search(text)
        if match:
            return f"{match.group(1).upper()} {match.group(2)}"
    return None
