"""Reading real PDFs: named errors, no crash on odd files, text as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilplans.extractors.errors import CorruptFile, EncryptedFile
from councilplans.extractors.glyphs import unmapped_share
from councilplans.extractors.pdf import read_pdf
from councilplans.normalise import normalise

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


def test_encrypted_pdf_is_named():
    with pytest.raises(EncryptedFile):
        read_pdf(FIXTURES / "password-example.pdf", sha256="x")


def test_not_a_pdf_is_corrupt(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage garbage")
    with pytest.raises(CorruptFile):
        read_pdf(bad, sha256="x")


@pytest.mark.parametrize(
    "name", ["malformed-from-issue-932.pdf", "row_span_1.pdf", "twotables_1.pdf"]
)
def test_zoo_files_read(name):
    doc = read_pdf(FIXTURES / name, sha256="x")
    assert doc.format == "pdf" and doc.pages >= 1


def test_two_tables_on_one_page():
    doc = read_pdf(FIXTURES / "twotables_1.pdf", sha256="x")
    assert len(doc.tables) == 2


def test_duplicate_chars_are_dropped():
    text = read_pdf(FIXTURES / "issue-71-duplicate-chars.pdf", sha256="x").text()
    assert "项目描述" in text and "项项" not in text


def test_page_whose_font_has_no_unicode_map_is_reported_not_stored():
    """A real page set in a font embedded without a Unicode map: it prints, but its text
    reads "(cid:7)(cid:4)..." and is not stored; the document is partial, saying why."""
    doc = read_pdf(FIXTURES / "bawb-consultation-unmapped-font-p3.pdf", sha256="x")
    assert "(cid:" not in doc.text()
    (warning,) = doc.warnings
    assert warning.startswith("page 1: text not stored") and "no character" in warning
    assert normalise(doc).status == "partial"


def test_unmapped_share_counts_each_unmapped_glyph_once():
    """ "(cid:12)" is one glyph, not nine characters: a bullet the font does not map among
    readable words is a small share; a line of them is all of it."""
    assert unmapped_share(["(cid:127)", "Priority", "one"]) == 1 / 12
    assert unmapped_share(["(cid:7)(cid:4)(cid:13)", "(cid:15)"]) == 1.0
    assert unmapped_share([]) == 0.0


def test_clip_reaches_into_form_xobjects(tmp_path):
    """A clip set on the page hides the text of a form XObject drawn under it; the clip
    ends with the graphics state that set it."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "form-clip.pdf"
    c = Canvas(str(path), pagesize=(400, 300))
    c.beginForm("label")
    c.setFont("Helvetica", 10)
    c.drawString(0, 0, "Shown part")
    c.drawString(150, 0, "hidden tail")
    c.endForm()
    c.saveState()
    p = c.beginPath()
    p.rect(40, 100, 120, 40)
    c.clipPath(p, stroke=0, fill=0)
    c.translate(50, 110)
    c.doForm("label")
    c.restoreState()
    c.setFont("Helvetica", 10)
    c.drawString(250, 200, "after restore")
    c.save()
    text = read_pdf(path, sha256="x").text()
    assert "Shown part" in text and "after restore" in text
    assert "hidden" not in text and "tail" not in text


def test_narrow_space_characters_still_part_words(tmp_path: Path) -> None:
    """An exporter that sets word spaces tighter than the font's own (PowerPoint, with
    Aptos) leaves gaps narrower than a word-gap threshold: the space characters part the
    words all the same."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from councilplans.extractors.pdfplumber_pages import open_pdf, page_to_model

    path = tmp_path / "narrow.pdf"
    c = Canvas(str(path), pagesize=A4)
    text = c.beginText(60, 700)
    text.setFont("Helvetica", 11)
    text.setWordSpace(-1.2)  # a space of 3.06 - 1.2 = 1.86 pt, under 0.2 x 11 = 2.2 pt
    text.textLine("Alcohol use to increase the confidence")
    c.drawText(text)
    c.save()
    with open_pdf(path) as pdf:
        words = [w.text for w in page_to_model(pdf.pages[0]).words]
    assert words == ["Alcohol", "use", "to", "increase", "the", "confidence"]


def test_a_file_pdfium_cannot_open_is_read_by_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    from councilplans.extractors import pdfium_pages
    from councilplans.extractors.pdf import read_pdf_stages

    def refuse(*args: object, **kwargs: object) -> None:
        raise pdfium_pages.CannotOpen("pdfium says no")

    path = FIXTURES / "twotables_1.pdf"
    assert read_pdf_stages(path).reader == "pdfium"
    monkeypatch.setattr(pdfium_pages, "read_document", refuse)
    stages = read_pdf_stages(path)
    assert stages.reader == "pdfplumber" and len(stages.stitched.tables) == 2


def test_an_unknown_reader_is_refused_naming_the_choices() -> None:
    with pytest.raises(ValueError, match="reader must be one of pdfium, pdfplumber"):
        read_pdf(FIXTURES / "twotables_1.pdf", sha256="x", settings={"reader": "mupdf"})
