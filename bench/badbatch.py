"""`make bench`, memory under bad input: a batch holding decompression bombs, and the largest
documents in the repository, each ingested by a fresh process.

Peak memory is the most the whole batch held at once: the ingesting process and its workers
sampled together every SAMPLE_SECONDS, as proportional set size (PSS: a page a forked worker
shares with its parent is counted once, split between them) and as resident set size (RSS:
shared pages counted in every process, an upper bound). The default limits apply
(``extractors.limits.Limits``).

- The bomb batches: ten documents of samples/ and bench/real/ beside, in turn, a DOCX
  whose body decompresses to BOMB_MB (its ZIP directory says so) and a PDF whose one page's
  content stream decompresses to BOMB_MB of drawing operators.
- The largest documents: each of the LARGEST largest PDFs (by pages) of samples/,
  bench/real/ and the folder COUNCILPLANS_MORE_PLANS names, when it is set (the whole
  documents bench/real's pages were cut from, which the repository does not hold), alone.

    python -m bench.badbatch batch FOLDER DB   # one ingest, as the measuring process runs it
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

import psutil
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.speed import linked_batch  # noqa: E402
from councilplans.extractors.limits import Limits  # noqa: E402
from councilplans.ingest.batch import ingest_paths  # noqa: E402

BOMB_MB = 600
SAMPLE_SECONDS = 0.05
LARGEST = 3
MORE_PLANS = "COUNCILPLANS_MORE_PLANS"  # a folder of whole real documents, when there is one
MB = 1024 * 1024
WORKERS = 2
SMALL_DOCX = ROOT / "samples" / "stoke-on-trent-cyp-plan-2016-20.docx"
# one stroke of a line, repeated: a page whose content stream is drawing operators only
OPERATORS = b"0 0 m 10 10 l S\n"


def docx_bomb(path: Path, megabytes: int, source: Path = SMALL_DOCX) -> None:
    """A real DOCX (``source``) whose word/document.xml is padded to ``megabytes`` more
    (spaces inside the XML, which deflate to about a thousandth of that)."""
    with zipfile.ZipFile(source) as read, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in read.infolist():
            data = read.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (megabytes * MB), 1)
            out.writestr(item.filename, data)


def pdf_bomb(path: Path, megabytes: int) -> None:
    """A one-page PDF whose content stream inflates to ``megabytes`` of line strokes."""
    body = zlib.compress(OPERATORS * (megabytes * MB // len(OPERATORS)), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))


def largest_pdfs() -> list[Path]:
    """The LARGEST PDFs by pages of samples/, bench/real/ and, where the environment names
    one (MORE_PLANS), a folder of whole real documents (not in the repository: bench/real
    holds pages cut out of them)."""
    files = [*(ROOT / "samples").glob("*.pdf"), *(ROOT / "bench/real/pdfs").glob("*.pdf")]
    if more := os.environ.get(MORE_PLANS):
        files += Path(more).rglob("*.pdf")
    return sorted(sorted(files), key=lambda f: -pages_of(f))[:LARGEST]


def pages_of(pdf: Path) -> int:
    try:
        return len(pdfium.PdfDocument(pdf))
    except pdfium.PdfiumError:  # encrypted or damaged: not a candidate
        return 0


def tree_memory(process: psutil.Process) -> tuple[float, float]:
    """The PSS and RSS, in MB, of a process and all its children together."""
    pss = rss = 0.0
    for p in [process, *process.children(recursive=True)]:
        try:
            info = p.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        pss, rss = pss + info.pss / MB, rss + info.rss / MB
    return pss, rss


def measured_ingest(folder: Path) -> dict[str, object]:
    """Ingest ``folder`` in a fresh process, sampling its memory; its results and peaks."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "batch.db"
        command = [sys.executable, "-m", "bench.badbatch", "batch", str(folder), str(db)]
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        watched = psutil.Process(child.pid)
        peak_pss = peak_rss = 0.0
        start = time.perf_counter()
        while child.poll() is None:
            pss, rss = tree_memory(watched)
            peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - start
        out, _ = child.communicate()
    results = json.loads(out.strip().splitlines()[-1])
    return {"results": results, "pss": peak_pss, "rss": peak_rss, "seconds": seconds}


def run_batch(folder: Path, db: Path) -> list[dict[str, object]]:
    report = ingest_paths([folder], db, workers=WORKERS, limits=Limits())
    return [
        {"file": Path(r.path).name, "status": r.status, "pages": r.pages, "error": r.error}
        for r in report.results
    ]


BOMBS = {
    "bomb.docx": ("a DOCX whose body decompresses to {mb} MB", docx_bomb),
    "bomb.pdf": ("a PDF whose page's content stream decompresses to {mb} MB", pdf_bomb),
}
BATCH = 10  # the good documents beside each bomb


def bomb_batch(name: str) -> dict[str, object]:
    """Ingest BATCH good documents and the bomb ``name`` in a fresh process; what became of
    the bomb and of the others, the bomb's size and the batch's peaks."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "plans"
        folder.mkdir()
        linked_batch(folder, BATCH)
        BOMBS[name][1](folder / name, BOMB_MB)
        size = (folder / name).stat().st_size
        run = measured_ingest(folder)
    results = run["results"]
    assert isinstance(results, list)
    [bomb] = [r for r in results if r["file"] == name]
    read = sum(1 for r in results if r["file"] != name and r["status"] in ("ok", "partial"))
    return run | {"bomb": bomb, "read": read, "size": size}


def bomb_lines() -> list[str]:
    lines = [
        f"Each bomb in a batch of {BATCH} documents, ingested by a fresh process with {WORKERS} "
        f"workers and the default limits ({Limits().memory_mb:,} MB a worker, "
        f"{Limits().part_mb} MB a DOCX part). Peak of the whole batch at once, sampled every "
        f"{SAMPLE_SECONDS * 1000:.0f} ms.",
        "",
        f"| bomb | file | peak PSS | peak RSS (upper bound) | time | the other {BATCH} "
        "| the bomb | its reason |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, (what, _) in BOMBS.items():
        b = bomb_batch(name)
        bomb = b["bomb"]
        assert isinstance(bomb, dict)
        reason = str(bomb["error"]).split(": ", 1)[-1]
        lines.append(
            f"| {what.format(mb=BOMB_MB)} | {b['size'] / MB:.1f} MB | {b['pss']:.0f} MB "
            f"| {b['rss']:.0f} MB | {b['seconds']:.1f} s | {b['read']} read "
            f"| {bomb['status']} | {reason} |"
        )
    return lines


def largest_lines() -> list[str]:
    lines = [
        f"The {LARGEST} largest PDFs (by pages) of samples/, bench/real/ and the whole real "
        f"documents bench/real was cut from ({MORE_PLANS}, where given), each alone in a "
        f"fresh process ({WORKERS} workers).",
        "",
        "| document | pages | status | peak PSS | peak RSS | time |",
        "|---|---|---|---|---|---|",
    ]
    for pdf in largest_pdfs():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "one"
            folder.mkdir()
            shutil.copy(pdf, folder / pdf.name)
            run = measured_ingest(folder)
        [result] = run["results"]  # type: ignore[misc]
        lines.append(
            f"| {pdf.name} | {result['pages']} | {result['status']} | {run['pss']:.0f} MB "
            f"| {run['rss']:.0f} MB | {run['seconds']:.1f} s |"
        )
    return lines


def report_lines() -> list[str]:
    return [
        "## Memory under bad input and on the largest documents",
        "",
        *bomb_lines(),
        "",
        *largest_lines(),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["batch"]:
        print(json.dumps(run_batch(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        print("\n".join(report_lines()))
