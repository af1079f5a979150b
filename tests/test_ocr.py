"""Pages with no text layer, read by OCR (extractors/ocr.py).

The scan is made here: page 1 of a sample, an indicator table with no rules, rendered to an
image with pypdfium2 and saved by Pillow as an image-only PDF. What OCR reads of it is
checked against the sample's truth (samples/truth/, written from the source content), and
the words' boxes against where the sample's own text layer puts the same words.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

import councilplans
from councilplans.extractors import extract
from councilplans.extractors.model import Document, Table
from councilplans.extractors.ocr import (
    find_engine,
    image_shapes,
    is_scan,
    page_list,
    tesseract_words,
    threads,
)
from councilplans.extractors.page import PageModel, Word
from councilplans.extractors.pdf import read_pdf_stages
from councilplans.extractors.settings import PdfSettings
from councilplans.normalise import normalise
from councilplans.store import connect, export

SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE = "stoke-on-trent-skills-indicators-no-rules.pdf"
TRUTH = json.loads((SAMPLES / "truth" / f"{SAMPLE}.json").read_text())
SCAN_DPI = 200  # a common scanner resolution; lower than the 300 dpi OCR renders at

needs_tesseract = pytest.mark.skipif(
    isinstance(find_engine("eng"), str),
    reason="Tesseract or pytesseract is not installed (Debian: apt-get install tesseract-ocr; "
    "pip install 'councilplans[ocr]'); .ci/run installs both",
)
HOW_TO_BINARY = "install Tesseract (Debian: apt-get install tesseract-ocr) to read it by OCR"
HOW_TO_BINDING = "install pytesseract (pip install 'councilplans[ocr]') to read it by OCR"


def make_scan(source: Path, page: int, out: Path) -> Path:
    """Given a PDF, render one page to an image and save it as a PDF of that image only."""
    pdf = pdfium.PdfDocument(str(source))
    try:
        image = pdf[page - 1].render(scale=SCAN_DPI / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    image.save(out, "PDF", resolution=float(SCAN_DPI))
    return out


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_scan(SAMPLES / SAMPLE, 1, tmp_path_factory.mktemp("scan") / "scanned-plan.pdf")


@pytest.fixture(scope="module")
def scanned(scan: Path) -> Document:
    if isinstance(find_engine("eng"), str):
        pytest.skip("Tesseract is not installed")
    return extract(scan)


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def norm(text: str) -> str:
    return " ".join(tokens(text))


def truth_words() -> list[str]:
    texts = [h["text"] for h in TRUTH["headings"]]
    texts += [cell for t in TRUTH["tables"] for row in t["rows"] for cell in row]
    return [w for text in texts for w in tokens(text)]


def test_the_scan_has_no_text_layer(scan: Path) -> None:
    pdf = pdfium.PdfDocument(str(scan))
    try:
        textpage = pdf[0].get_textpage()
        assert textpage.count_chars() == 0
        textpage.close()
    finally:
        pdf.close()


@needs_tesseract
def test_ocr_reads_the_truths_words(scanned: Document) -> None:
    read = set(tokens(scanned.text()))
    expected = truth_words()
    found = [w for w in expected if w in read]
    assert len(found) / len(expected) >= 0.95, sorted(set(expected) - read)


@needs_tesseract
def test_a_note_names_the_page_read_by_ocr_and_nothing_is_lost(scanned: Document) -> None:
    assert scanned.warnings == ()
    (note,) = scanned.notes
    assert re.fullmatch(r"page 1: read by OCR \(Tesseract [\d.]+, eng\)", note)
    assert normalise(scanned).status == "ok"


@needs_tesseract
def test_a_scan_read_by_ocr_is_stored_ok_with_its_note(scan: Path, tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    runs = councilplans.ingest(scan, db=db, workers=1)
    assert list(runs["status"]) == ["ok"]
    assert re.fullmatch(r"page 1: read by OCR \(Tesseract [\d.]+, eng\)", runs["notes"][0])
    out = io.StringIO()
    with connect(db) as store:
        export(store, "documents", "jsonl", out)
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["status"] == "ok" and row["error"] is None
    assert re.fullmatch(r"page 1: read by OCR \(Tesseract [\d.]+, eng\)", row["notes"])
    # unchanged and read well: the nightly run does not read it by OCR again
    assert list(councilplans.ingest(scan, db=db, workers=1)["status"]) == ["skipped"]


@needs_tesseract
def test_every_block_on_the_page_is_marked_as_ocr(scanned: Document) -> None:
    assert scanned.blocks
    assert all(p.ocr for b in scanned.blocks for p in b.prov)


@needs_tesseract
def test_table_found_in_the_scan_with_its_cells(scanned: Document) -> None:
    truth = TRUTH["tables"][0]["rows"]
    tables = [t for t in scanned.tables if t.role == "data"]
    assert len(tables) == 1
    table: Table = tables[0]
    assert (table.n_rows, table.n_cols) == (len(truth), len(truth[0]))
    grid = table.grid()
    assert [norm(c) for c in grid[0]] == [norm(c) for c in truth[0]]
    cells = [(r, c) for r, row in enumerate(truth) for c, text in enumerate(row) if text]
    same = [(r, c) for r, c in cells if norm(grid[r][c]) == norm(truth[r][c])]
    assert len(same) / len(cells) >= 0.85, [grid[r][c] for r, c in cells if (r, c) not in same]


@needs_tesseract
def test_indicator_records_from_the_scan(scanned: Document) -> None:
    records = [r for r in normalise(scanned).records if r.kind == "indicator"]
    truth = [r for r in TRUTH["records"] if r["kind"] == "indicator"]
    assert len(records) == len(truth)
    targets = {norm(r.target or "") for r in records}
    assert sum(norm(t["target"] or "") in targets for t in truth) >= 0.8 * len(truth)


@needs_tesseract
def test_ocr_words_lie_where_the_text_layer_has_them(scan: Path) -> None:
    """Each word read once on both, by OCR from the scan and from the sample's text layer,
    has its box in the same place: pixels become points the page model's way."""
    ocr_page = read_pdf_stages(scan).pages[0]
    text_page = read_pdf_stages(SAMPLES / SAMPLE).pages[0]
    assert (ocr_page.width, ocr_page.height) == pytest.approx(
        (text_page.width, text_page.height), abs=1
    )
    ocr_words, text_words = once(ocr_page.words), once(text_page.words)
    both = sorted(set(ocr_words) & set(text_words))
    assert len(both) >= 50
    for text in both:
        a, b = ocr_words[text], text_words[text]
        assert abs(a.x0 - b.x0) < 3 and abs(a.x1 - b.x1) < 4, text
        assert abs(a.ymid - b.ymid) < 4 and abs(a.size - b.size) < 3, text


def once(words: tuple[Word, ...]) -> dict[str, Word]:
    seen: dict[str, list[Word]] = {}
    for w in words:
        seen.setdefault(w.text, []).append(w)
    return {t: ws[0] for t, ws in seen.items() if len(ws) == 1 and len(t) > 3}


def test_without_the_binding_the_scan_is_partial_with_how_to_read_it(
    scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # import pytesseract now fails
    doc = extract(scan)
    assert doc.warnings == (f"page 1: no text layer (a scanned page?); {HOW_TO_BINDING}",)
    assert not doc.blocks
    assert normalise(doc).status == "partial"


def test_without_tesseract_the_scan_is_stored_partial_with_how_to_read_it(
    scan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through ingest (its workers are forked, so they see the binary gone too) to the
    documents export."""
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    db = tmp_path / "plans.db"
    runs = councilplans.ingest(scan, db=db, workers=1)
    reason = f"page 1: no text layer (a scanned page?); {HOW_TO_BINARY}"
    assert list(runs["status"]) == ["partial"]
    assert reason in runs["error"][0]
    out = io.StringIO()
    with connect(db) as store:
        export(store, "documents", "jsonl", out)
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["status"] == "partial" and row["error"] == f"{scan.name}: {reason}"


@needs_tesseract
def test_missing_language_data_says_what_to_install(scan: Path) -> None:
    doc = extract(scan, settings={"ocr_language": "eng+xyz"})
    how = "install Tesseract's xyz data (Debian: apt-get install tesseract-ocr-xyz)"
    assert doc.warnings == (f"page 1: no text layer (a scanned page?); {how} to read it by OCR",)


def test_ocr_turned_off_leaves_the_page_unread_with_a_reason(scan: Path) -> None:
    doc = extract(scan, settings={"ocr": False})
    assert doc.warnings == (
        "page 1: no text layer (a scanned page?); turn on PdfSettings.ocr to read it by OCR",
    )


def test_the_reference_reader_finds_the_scan_too(scan: Path) -> None:
    doc = extract(scan, settings={"ocr": False, "reader": "pdfplumber"})
    assert doc.warnings == (
        "page 1: no text layer (a scanned page?); turn on PdfSettings.ocr to read it by OCR",
    )


def test_a_blank_page_is_no_scan(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.save(tmp_path / "blank.pdf")
    pdf.close()
    doc = extract(tmp_path / "blank.pdf")
    assert doc.warnings == () and doc.blocks == ()


def test_a_page_with_a_text_layer_is_not_read_by_ocr() -> None:
    doc = extract(SAMPLES / SAMPLE)
    assert not any("OCR" in w for w in doc.warnings)
    assert doc.blocks and not any(p.ocr for b in doc.blocks for p in b.prov)


def page(words: int, image_share: float) -> PageModel:
    return PageModel(
        1, 595, 842, tuple(Word("ab", 0, 0, 5, 5) for _ in range(words)), (), (), 0, (), image_share
    )


@pytest.mark.parametrize(
    ("words", "image_share", "expected"),
    [(0, 1.0, True), (5, 0.9, True), (6, 0.9, False), (0, 0.4, False), (0, 0.0, False)],
)
def test_is_scan(words: int, image_share: float, expected: bool) -> None:
    assert is_scan(page(words, image_share), PdfSettings()) is expected


def test_page_list() -> None:
    assert page_list([3]) == "page 3"
    assert page_list([1, 2, 3, 4, 7, 9, 10]) == "pages 1-4, 7, 9-10"


def tesseract_data(rows: list[tuple[int, int, int, int, int, int, int, float, str]]) -> dict:
    """image_to_data's dict from rows of (level, line_num, left, top, width, height, ...)."""
    keys = ["level", "line_num", "left", "top", "width", "height", "block_num", "conf", "text"]
    data: dict[str, list] = {k: [] for k in [*keys, "par_num"]}
    for row in rows:
        for k, v in zip(keys, row, strict=True):
            data[k].append(v)
        data["par_num"].append(1)
    return data


def test_tesseract_words_take_their_lines_span_and_size() -> None:
    data = tesseract_data(
        [
            (4, 1, 100, 100, 400, 40, 1, -1, ""),  # a line 40 px tall: body text
            (5, 1, 100, 104, 100, 30, 1, 96.0, "Young"),
            (5, 1, 220, 100, 80, 28, 1, 91.0, "Plan"),
            (5, 1, 320, 100, 20, 40, 1, 12.0, "~"),  # too little confidence
            (5, 1, 360, 100, 20, 40, 1, 95.0, "|"),  # a rule read as a letter
            (4, 2, 100, 200, 300, 80, 1, -1, ""),  # a heading twice as tall
            (5, 2, 100, 200, 300, 80, 1, 90.0, "Priorities"),
        ]
    )
    words = tesseract_words(data, 0.5, 30.0)
    assert [(w.text, w.x0, w.top, w.x1, w.bottom, w.size) for w in words] == [
        ("Young", 50, 50, 100, 70, 20),
        ("Plan", 110, 50, 150, 70, 20),
        ("Priorities", 50, 100, 200, 140, 40),
    ]


def test_a_line_tesseract_took_over_two_table_rows_is_parted_at_its_wide_gaps() -> None:
    data = tesseract_data(
        [
            (4, 1, 0, 0, 900, 30, 1, -1, ""),
            (5, 1, 0, 0, 100, 30, 1, 95.0, "body"),
            (4, 2, 0, 100, 900, 45, 1, -1, ""),  # cells set 15 px apart, read as one line
            (5, 2, 0, 100, 100, 30, 1, 95.0, "life."),
            (5, 2, 400, 115, 100, 30, 1, 95.0, "Level"),
            (5, 2, 510, 115, 100, 30, 1, 95.0, "of"),
        ]
    )
    words = {w.text: w for w in tesseract_words(data, 1.0, 30.0)}
    assert (words["life."].top, words["life."].bottom) == (100, 130)
    assert (words["Level"].top, words["of"].bottom) == (115, 145)
    assert words["Level"].size == words["body"].size == 30


def test_tesseract_threads_are_limited_while_it_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_THREAD_LIMIT", "4")
    with threads(1):
        assert os.environ["OMP_THREAD_LIMIT"] == "1"
    assert os.environ["OMP_THREAD_LIMIT"] == "4"
    monkeypatch.delenv("OMP_THREAD_LIMIT")
    with threads(2):
        assert os.environ["OMP_THREAD_LIMIT"] == "2"
    assert "OMP_THREAD_LIMIT" not in os.environ


def test_ocr_language_is_checked() -> None:
    with pytest.raises(ValueError, match="ocr_language"):
        PdfSettings(ocr_language="eng; rm -rf")


# A page drawn at 1 pixel per point: the shapes are found from pixels, no Tesseract needed.
A4 = (595, 842)


def drawn_page(paper: int, discs: list[tuple[int, int, int]]) -> Image.Image:
    """A grey page of ``paper`` shade with dark discs (x, y, radius) on it."""
    image = Image.new("L", A4, paper)
    draw = ImageDraw.Draw(image)
    for x, y, r in discs:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=60)
    draw.rectangle((100, 700, 500, 701), fill=0)  # a rule: thin, fills little of its box
    return image


def test_image_shapes_are_the_solid_shapes_not_rules_nor_words() -> None:
    discs = [(150, 150, 20), (300, 150, 20)]
    covered = Word("@", 292, 144, 308, 156)  # what OCR read of the second disc's glyph
    image = drawn_page(255, discs)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 400, 140, 410), fill=0)  # a word's ink, where OCR read a word
    words = (Word("Total", 100, 400, 140, 410), covered)
    shapes = image_shapes(image, 1.0, words, PdfSettings())
    assert len(shapes) == 2
    for shape, (x, y, r) in zip(sorted(shapes, key=lambda s: s.x0), discs, strict=True):
        assert abs(shape.x0 - (x - r)) <= 3 and abs(shape.x1 - (x + r)) <= 3
        assert abs(shape.top - (y - r)) <= 3 and abs(shape.bottom - (y + r)) <= 3


def test_grey_paper_is_no_shape() -> None:
    image = drawn_page(225, [(150, 150, 20)])  # paper darker than white_fill
    [shape] = image_shapes(image, 1.0, (), PdfSettings())  # the disc; not the page
    assert shape.width < 50 and shape.height < 50
