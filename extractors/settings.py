"""Settings of the PDF extractor: one frozen dataclass, checked when it is made.

Every length is in PDF points; a field ending in ``_ratio`` is a multiple of the font size
(or of what its help says); ``_share`` is a fraction of a whole. Each field's help text is
its documentation: the README's settings table is checked against it by a test.

    >>> from councilplans.extractors import extract
    >>> doc = extract("plan.pdf", settings={"min_column_gap": 6.0})
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any


def setting(default: Any, help: str) -> Any:
    """A settings field with its default and the one line that documents it."""
    return field(default=default, metadata={"help": help})


READERS = ("pdfium", "pdfplumber")
LANGUAGE = re.compile(r"[A-Za-z_]+(\+[A-Za-z_]+)*")  # Tesseract's language codes: eng+cym


@dataclass(frozen=True, slots=True)
class PdfSettings:
    # -- reading the page
    reader: str = setting(
        "pdfium", "the PDF reader: pdfium (fast), or pdfplumber (the reference; slower)"
    )
    x_tolerance_ratio: float = setting(
        0.2, "letters closer than this x the font size belong to one word"
    )
    y_tolerance: float = setting(3.0, "words whose bottoms differ by less share a line")
    white_text: float = setting(
        0.97, "text whose colour is this light on every channel is white: seen only on a dark fill"
    )
    dark_fill: float = setting(0.8, "a fill darker than this on some channel can carry white text")
    white_fill: float = setting(0.95, "a fill this light on every channel is white, not a fill")
    use_structure_tree: bool = setting(
        True, "read a tagged PDF's structure tree (headings, table cells) as evidence"
    )
    unmapped_share: float = setting(
        0.3, "a page whose glyphs map to no character in this share is unreadable, not stored"
    )
    # -- pages with no text layer (scans), read by OCR
    ocr: bool = setting(
        True, "read a page with no text layer (a scan) by OCR, where Tesseract is installed"
    )
    ocr_language: str = setting(
        "eng", "Tesseract's language: eng, or several as eng+cym (each needs its language data)"
    )
    ocr_resolution: int = setting(300, "a scanned page is rendered at this many dots per inch")
    ocr_max_chars: int = setting(
        10, "a page with no more letters of text than this has no text layer ..."
    )
    ocr_image_share: float = setting(
        0.5, "... when images cover this share of it (a blank page is no scan)"
    )
    ocr_min_confidence: float = setting(
        30.0, "a word OCR reads with less confidence than this (0-100) is noise, not kept"
    )
    ocr_threads: int = setting(
        1, "Tesseract's threads per page (more are slower when every core has a worker)"
    )
    # -- rules and fills
    snap_tolerance: float = setting(3.0, "rules this close on the cross axis are one rule")
    join_tolerance: float = setting(3.0, "collinear rules with gaps this small are joined")
    max_rule_thickness: float = setting(2.5, "a filled rectangle thinner than this is a rule")
    min_rule_length: float = setting(
        8.0, "shorter strokes are ticks, underlines or parts of glyphs"
    )
    rule_reach_ratio: float = setting(
        0.3,
        "a rule parts two cells where it runs this share of their side each way from its middle",
    )
    cell_gap: float = setting(0.8, "filled boxes closer than this touch (gradient strips)")
    stack_gutter: float = setting(
        20.0, "ruled stacks side by side with a gutter this narrow may be one table's columns"
    )
    stack_align: float = setting(
        5.0, "... when their row edges, top and bottom are this close, pair by pair"
    )
    same_colour: float = setting(0.02, "fills whose colours differ by no more than this match")
    background_share: float = setting(0.5, "a fill covering this share of the page is a background")
    # -- columns and rows from white space
    min_column_gap: float = setting(4.5, "the narrowest white gap that can part two columns")
    column_gap_ratio: float = setting(0.45, "... and, for bigger fonts, this x the font size")
    column_gap_chars: float = setting(
        1.15, "... and this x the average letter width (monospace spaces are wide)"
    )
    column_cross_every: int = setting(
        12, "a white gap stays a column bound when at most one line in this many crosses it"
    )
    aligned_share: float = setting(
        0.8, "a column is aligned on an edge when this share of its lines start (or end) there"
    )
    min_aligned_lines: int = setting(3, "... judged only over at least this many lines")
    column_bound_inset: float = setting(
        1.5, "a column bound is set this far left of where the next column's text starts"
    )
    justified_gaps: int = setting(
        4, "a line whose word gaps (at least this many) are all of one width is justified prose"
    )
    even_gap: float = setting(0.5, "... of one width: differing by no more than this")
    space_ratio: float = setting(
        0.25, "a word space is about this x the font size (would the next word have fitted?)"
    )
    word_space_ratio: float = setting(
        0.45, "a gap up to this x the font size is a word space, so text flows across it"
    )
    row_gap_ratio: float = setting(
        0.35, "a row break is a line gap this much (x size) above the tightest gap"
    )
    line_gap_ratio: float = setting(
        0.6, "lines further apart than this x their size are not wrapped lines of one block"
    )
    wrapped_gap_ratio: float = setting(
        0.3, "the space between wrapped lines of one cell is less than this x the font size"
    )
    line_overlap: float = setting(0.5, "lines may overlap this much and still be one above another")
    min_band: float = setting(4.0, "a row or column strip thinner than this holding no text goes")
    box_pad: float = setting(
        2.0, "a rule or table this close outside a table's box counts as inside it"
    )
    # -- tables found from fills
    fill_group_reach: float = setting(10.0, "fills this close to each other are one table")
    fill_align_tolerance: float = setting(3.0, "fills whose sides are this close line up")
    band_gap_ratio: float = setting(
        2.5, "fills that line up stay one table over a gap this many times their height"
    )
    fill_edge_cluster: float = setting(8.0, "fill edges this close are one row or column bound")
    fill_cover_tolerance: float = setting(
        2.0, "a fill runs across a bound when it passes it by more than this"
    )
    fill_left_reach: float = setting(
        5.0, "a row's shading starts within this of the table's left edge"
    )
    row_below_ratio: float = setting(
        1.2, "an unshaded last row starts within this x the band height below the bands"
    )
    header_above_ratio: float = setting(
        4.0, "an unshaded header row ends within this x the band height above the bands"
    )
    label_rows_ratio: float = setting(
        3.0, "label rows over a heat map lie within this many cell heights above it"
    )
    label_gap_ratio: float = setting(
        0.8, "label rows over a heat map are at most this x a cell height apart"
    )
    label_column_reach: float = setting(
        250.0, "a label column left of a heat map starts no further left than this"
    )
    # -- tables found from horizontal rules
    hrule_align_tolerance: float = setting(
        12.0, "stacked horizontal rules whose ends are this close belong to one table"
    )
    hrule_stack_gap: float = setting(
        250.0, "two rules alone this far apart or more are a frame's top and foot, not a table"
    )
    hrule_min_share: float = setting(
        0.15, "a partial rule inside a stack spans at least this share of its width"
    )
    hrule_split_upto: int = setting(
        3, "a stack of this many rules or fewer holds rows set apart by white space only"
    )
    hrule_prose_lines: int = setting(
        3, "a band of a stack holding this many lines of prose parts two tables"
    )
    hrule_prose_share: float = setting(
        0.85,
        "... a line of prose: one segment from the text's left edge over this share of its width",
    )
    # -- tables of text with no rules
    min_unruled_lines: int = setting(3, "an unruled table needs this many lines split into columns")
    unruled_note_lines: int = setting(
        3, "two unruled tables parted by at most this many lines of prose are one, if aligned"
    )
    run_gap_lines: float = setting(
        2.2, "a run of aligned lines breaks at a gap this many line heights tall"
    )
    run_size_ratio: float = setting(1.33, "... or where the font size changes by this factor")
    prose_line_share: float = setting(
        0.6, "a one-segment line this share of a run's width is prose, ending a table"
    )
    prose_min_words: int = setting(6, "... when it holds more words than this")
    figure_fill_share: float = setting(
        0.1, "aligned text over empty fills covering this share of it labels a figure"
    )
    chart_line_share: float = setting(
        0.5, "slanted strokes across this share of a ruled region's width make it a chart"
    )
    # -- contents lists
    min_contents_lines: int = setting(3, "a contents list has at least this many entries")
    contents_align: float = setting(4.0, "the page numbers of one contents list end this close")
    # -- is it a table?
    min_table_rows: int = setting(2, "fewer rows is not a table")
    min_full_rows: int = setting(
        2, "a table found without full rules has this many rows with two or more cells filled"
    )
    min_unruled_full_rows: int = setting(3, "... and this many when it has no rules at all")
    max_spanning_share: float = setting(
        0.25, "more cells than this share merged across columns is scattered text"
    )
    min_text_rows_share: float = setting(
        0.5, "a ruled grid holds text in this share of its rows (not a chart's gridlines)"
    )
    min_text_cells_share: float = setting(0.1, "... and in this share of its grid positions")
    prose_column_share: float = setting(
        0.3, "two unruled columns each this share of the table wide may be running text"
    )
    prose_width_share: float = setting(0.55, "... when together this share of the page wide")
    prose_words_per_cell: float = setting(8.0, "... and their cells hold more words than this")
    # -- cells and header rows
    max_header_rows: int = setting(3, "a table has at most this many header rows")
    header_fill_contrast: float = setting(
        0.1, "a shaded first row is a header when its colour differs this much from the body"
    )
    min_cut_word: int = setting(
        3, "a word cut by a narrow column leaves at least this many letters on its first line"
    )
    max_cut_piece: int = setting(3, "... and at most this many on the next")
    same_line_ratio: float = setting(0.3, "words whose tops differ by less (x size) share a line")
    inline_space_ratio: float = setting(
        0.6, "a word printed less than this x its size after another sits inside a line"
    )
    # -- across pages
    margin_ratio: float = setting(
        0.1, "top and bottom share of the page where running headers live"
    )
    running_min_pages: int = setting(2, "a running header or footer repeats on this many pages")
    running_place: float = setting(
        12.0, "a running header repeats within this many points of the same height"
    )
    stack_gap: float = setting(
        20.0, "two pieces of one table on a page, same columns, may stand this far apart"
    )
    stitch_x_tolerance: float = setting(
        6.0, "column bounds of two fragments of one table may differ by this"
    )
    stitch_column_share: float = setting(
        0.3, "... or this share of the narrowest column, if more (slides shift a table's rules)"
    )
    footnote_mark_ratio: float = setting(
        0.8, "a number at the left of a line, in type this share of the line's, marks a footnote"
    )
    # -- headings, paragraphs and lists
    heading_size_ratio: float = setting(1.15, "text this much bigger than the body is a heading")
    numbered_heading_ratio: float = setting(
        1.05, "a numbered line this much bigger than the body (or bold) is a heading"
    )
    max_heading_words: int = setting(16, "a heading has at most this many words")
    min_caps_heading_letters: int = setting(
        4, "a line in capitals with at least this many letters may be a heading"
    )
    max_caps_heading_words: int = setting(10, "... and at most this many words")
    max_title_lines: int = setting(4, "a title set in the biggest type has at most this many lines")
    paragraph_line_ratio: float = setting(
        0.9, "lines closer than this x their size belong to one paragraph"
    )
    same_size_tolerance: float = setting(0.6, "font sizes this close count as one size")
    max_paragraph_gap_ratio: float = setting(
        3.0, "gaps over this x the body size are not spacing between paragraphs"
    )
    paragraph_gap_margin: float = setting(
        1.5, "a paragraph gap is this much wider than the gap between lines"
    )
    text_column_gap_ratio: float = setting(
        2.5, "a gap wider than this x the font size parts side-by-side columns of text"
    )
    list_indent: float = setting(6.0, "list markers indented more than this start a deeper level")
    hanging_indent: float = setting(
        2.0, "a list item's wrapped lines start at least this far right of its marker"
    )
    tagged_share: float = setting(
        0.8, "a PDF's tags are trusted when this share of its lines carry one"
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type in ("float", "int") and value < 0:
                raise ValueError(f"PdfSettings.{f.name} must not be negative, got {value!r}")
        if self.reader not in READERS:
            raise ValueError(f"PdfSettings.reader must be one of {', '.join(READERS)}")
        if not LANGUAGE.fullmatch(self.ocr_language):
            raise ValueError("PdfSettings.ocr_language must be Tesseract codes joined by +")
        if self.ocr_resolution < 1 or self.ocr_threads < 1:
            raise ValueError("PdfSettings.ocr_resolution and ocr_threads must be at least 1")
        if self.min_table_rows < 1:
            raise ValueError("PdfSettings.min_table_rows must be at least 1")
        if not 0 < self.margin_ratio < 0.5:
            raise ValueError("PdfSettings.margin_ratio must be between 0 and 0.5")
        if self.heading_size_ratio < 1:
            raise ValueError("PdfSettings.heading_size_ratio must be at least 1")
        if self.run_size_ratio < 1:
            raise ValueError("PdfSettings.run_size_ratio must be at least 1")

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


def settings_help() -> list[tuple[str, Any, str]]:
    """(name, default, help) of every setting, in order: what the README's table lists."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(PdfSettings)]
