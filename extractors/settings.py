"""Settings of the PDF extractor: one frozen dataclass, checked when it is made.

Every length is in PDF points unless its name ends in ``_ratio`` (a fraction of the font size).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class PdfSettings:
    x_tolerance_ratio: float = 0.2  # letters closer than this (x font size) belong to one word
    y_tolerance: float = 3.0  # words whose tops differ by less sit on one line
    snap_tolerance: float = 3.0  # rules this close on the cross axis are one rule
    join_tolerance: float = 3.0  # collinear rules with gaps this small are joined
    max_rule_thickness: float = 2.5  # a filled rect thinner than this is a rule
    min_rule_length: float = 8.0  # shorter strokes are ticks, underlines or glyph parts
    cell_gap: float = 0.8  # filled boxes closer than this touch (gradient strips)
    min_column_gap: float = 4.5  # the narrowest white gap that can separate two columns
    column_gap_ratio: float = 0.45  # ... and, for bigger fonts, this x font size
    min_table_rows: int = 2  # fewer rows is not a table
    min_unruled_lines: int = 3  # an unruled table needs this many lines with 2+ columns
    row_gap_ratio: float = 0.35  # a row break is a line gap this much (x size) above the tightest
    margin_ratio: float = 0.1  # top/bottom share of the page where running headers live
    running_min_pages: int = 2  # a header/footer must repeat on this many pages
    stitch_x_tolerance: float = 6.0  # column boundaries of two fragments may differ by this
    stitch_margin_ratio: float = 0.2  # a fragment ending in the bottom 20% reaches the margin
    heading_size_ratio: float = 1.15  # text this much bigger than the body is a heading
    max_heading_words: int = 16
    use_structure_tree: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type in ("float", "int") and value < 0:
                raise ValueError(f"PdfSettings.{f.name} must not be negative, got {value!r}")
        if self.min_table_rows < 1:
            raise ValueError("PdfSettings.min_table_rows must be at least 1")
        if not 0 < self.margin_ratio < 0.5:
            raise ValueError("PdfSettings.margin_ratio must be between 0 and 0.5")
        if self.heading_size_ratio < 1:
            raise ValueError("PdfSettings.heading_size_ratio must be at least 1")

    @classmethod
    def resolve(cls, settings: PdfSettings | dict[str, Any] | None) -> PdfSettings:
        return resolve(settings)


def resolve(settings: PdfSettings | dict[str, Any] | None) -> PdfSettings:
    """Given None, a dict of overrides or PdfSettings, return PdfSettings."""
    if settings is None:
        return PdfSettings()
    if isinstance(settings, PdfSettings):
        return settings
    if isinstance(settings, dict):
        known = {f.name for f in fields(PdfSettings)}
        unknown = sorted(set(settings) - known)
        if unknown:
            raise ValueError(f"unknown PdfSettings: {', '.join(unknown)}")
        return PdfSettings(**settings)
    raise TypeError(f"settings must be None, a dict or PdfSettings, not {type(settings).__name__}")
