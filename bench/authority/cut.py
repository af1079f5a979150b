"""Cut each development-set document down to what authority recognition reads (issue 12).

    python bench/authority/cut.py SHARED_REAL_PLANS_DIR bench/authority/docs

For a PDF: its first two pages and its last (the cover, the page after it, the back page with
the publisher's and contact lines) and its properties, with every image made a 1x1 grey
pixel so the files stay small; for a DOCX: the file with its images made 1x1 pixels. The
folder a document sat in is kept as it was. Needs pikepdf (``pip install pikepdf``), which
nothing else needs, and qpdf.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pikepdf

PIXEL_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010800000000"
    "3a7e9b550000000a49444154789c6360000000020001e221bc330000000049454e44ae426082"
)


def cut_pdf(source: Path, out: Path) -> None:
    with pikepdf.open(source) as original:
        n = len(original.pages)
        info = {k: str(v) for k, v in original.docinfo.items() if isinstance(v, pikepdf.String)}
    pages = ",".join(str(p) for p in sorted({1, min(2, n), n}))
    subprocess.run(["qpdf", "--empty", "--pages", str(source), pages, "--", str(out)], check=True)
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:
        for key, value in info.items():
            pdf.docinfo[key] = pikepdf.String(value)
        for page in pdf.pages:
            for image in page.images.values():
                _blank(image)
        pdf.remove_unreferenced_resources()
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)


def _blank(image: pikepdf.Stream) -> None:
    image.write(zlib.compress(b"\x80"), filter=pikepdf.Name.FlateDecode)
    for key in ("/SMask", "/Mask", "/Decode", "/DecodeParms", "/Interpolate"):
        if key in image:
            del image[key]
    image.Width, image.Height, image.BitsPerComponent = 1, 1, 8
    image.ColorSpace = pikepdf.Name.DeviceGray


def cut_docx(source: Path, out: Path) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("word/media/"):
                data = PIXEL_PNG
            dst.writestr(item, data)


def main(shared: Path, out_dir: Path) -> None:
    for line in (shared / "provenance.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name = line.split("\t")[0]
        out = out_dir / name
        out.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".pdf"):
            cut_pdf(shared / name, out)
        elif name.endswith(".docx"):
            cut_docx(shared / name, out)
        else:
            shutil.copyfile(shared / name, out)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
