# ruff: noqa: E501
"""Build the sample corpus: realistic council plans (DOCX, PDF) and their ground truth.

    .venv/bin/python samples/build.py        (or: make samples)

Content comes from samples/content/ (text copied from the seed plans in samples/seeds/);
truth is written from the same structures the layouts draw, to samples/truth/<file>.json.
LibreOffice (soffice) and poppler (pdfinfo, pdftotext) are needed to rebuild the PDFs made
from the DOCX files. See samples/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "content"))

from planbuild import docx_plans, reportlab_plans  # noqa: E402
from planbuild.pdf_pages import docx_to_pdf, locate, page_count  # noqa: E402
from planbuild.truth import build_truth, write_truth  # noqa: E402

OUT = HERE
TRUTH = HERE / "truth"


def build_docx_samples() -> list[str]:
    report = []
    plans = docx_plans.all_plans()
    paths = []
    for plan in plans:
        path = OUT / f"{plan.stem}.docx"
        plan.write(path)
        paths.append(path)
        write_truth(
            build_truth(
                file=path.name,
                fmt="docx",
                authority=plan.authority,
                seed=plan.seed,
                producer="python-docx",
                pages=None,
                blocks=plan.blocks,
            ),
            TRUTH,
        )
    docx_to_pdf(paths, OUT)
    for plan in plans:
        pdf = OUT / f"{plan.stem}.pdf"
        heading_pages, table_pages = locate(pdf, plan.blocks)
        truth = build_truth(
            file=pdf.name,
            fmt="pdf",
            authority=plan.authority,
            seed=plan.seed,
            producer="libreoffice",
            pages=page_count(pdf),
            blocks=plan.blocks,
            heading_pages=heading_pages,
            table_pages=table_pages,
        )
        write_truth(truth, TRUTH)
        report.append(_summary(truth))
    return report


def build_reportlab_samples() -> list[str]:
    report = []
    for plan in reportlab_plans.all_plans():
        pdf = OUT / f"{plan.stem}.pdf"
        layout = plan.draw(pdf)
        truth = build_truth(
            file=pdf.name,
            fmt="pdf",
            authority=plan.authority,
            seed=plan.seed,
            producer="reportlab",
            pages=layout.pages,
            blocks=plan.blocks,
            heading_pages=layout.heading_pages,
            table_pages=layout.table_pages,
        )
        write_truth(truth, TRUTH)
        report.append(_summary(truth))
    return report


def _summary(truth: dict) -> str:
    tables = ", ".join(f"t{t['index']}:{t['kind']}{t['pages']}" for t in truth["tables"])
    split_rows = [(t["index"], r) for t in truth["tables"] for r in t["split_rows"]]
    split = f" split rows {split_rows}" if split_rows else ""
    return (
        f"{truth['file']}: {truth['pages']} pages, {len(truth['headings'])} headings, "
        f"{len(truth['records'])} records; tables {tables}{split}"
    )


def main(argv: list[str]) -> int:
    only = set(argv[1:])
    lines = []
    if not only or "docx" in only:
        lines += build_docx_samples()
    if not only or "reportlab" in only:
        lines += build_reportlab_samples()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
