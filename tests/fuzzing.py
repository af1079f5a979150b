"""Mutated PDF and DOCX files for the fuzz tests (tests/test_fuzz.py), and the child process
that reads them under a time limit.

A sample is a small real file of the repository (a seed) changed by one to four mutations,
drawn by hypothesis. Bytes: a flip, an insertion, a deletion, a truncation, a chunk repeated,
two files spliced. PDF: a number of the xref table, a stream's /Length, an object's number
or its body changed; a token swapped; the content of a compressed stream edited and packed
again. DOCX, inside the zip: a part dropped, duplicated or its bytes damaged; document.xml
with huge or wrong attribute values, tables nested deep, elements repeated, tags broken,
a DTD with entities; wrong content types; relationships pointing elsewhere.

Each sample is read by ``tests/fuzz_worker.py`` in a child process (``Reader``), so a hang
(over ``FUZZ_TIMEOUT`` seconds) or a crash of pdfium's C code is seen, not suffered; the
child is started again after either. A sample that is not read or refused is saved under
build/fuzz/crashes/ with what happened.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import select
import subprocess
import sys
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "fuzz"
CRASHES = BUILD / "crashes"
WORKER = Path(__file__).with_name("fuzz_worker.py")
TIMEOUT = float(os.environ.get("FUZZ_TIMEOUT", "20"))  # seconds: longer is a hang
MAX_STEPS = 4  # mutations applied to one seed

PDF_SEEDS = [
    "samples/stoke-on-trent-skills-indicators-no-rules.pdf",
    "samples/cheshire-west-action-plan-zebra.pdf",
    "samples/staffordshire-risk-register-h-rules.pdf",
    "tests/fixtures/pdf/word365_structure.pdf",
    "tests/fixtures/pdf/row_span_1.pdf",
    "tests/fixtures/pdf/twotables_1.pdf",
    "tests/fixtures/pdf/malformed-from-issue-932.pdf",
    "tests/fixtures/pdf/password-example.pdf",
]
DOCX_SEEDS = [
    "tests/fixtures/docx/merged_cells.docx",
    "tests/fixtures/docx/strict.docx",
    "tests/fixtures/docx/test-docx2python-conversion-google_docs.docx",
    "samples/staffordshire-cyp-strategic-action-plan-2011-12.docx",
]

Draw = Callable[[st.SearchStrategy[Any]], Any]
Mutator = Callable[[Draw, bytes], bytes]


def load(names: list[str]) -> dict[str, bytes]:
    return {name: (ROOT / name).read_bytes() for name in names}


# -- bytes -------------------------------------------------------------------------------

NUMBERS = [
    b"0", b"-1", b"1", b"2", b"255", b"256", b"65535", b"65536", b"2147483647", b"2147483648",
    b"-2147483649", b"4294967296", b"9223372036854775808", b"99999999999999999999999999",
    b"1e308", b"-1e308", b"3.4e38", b"0.000001", b"-0", b"1.5", b"NaN", b"inf", b"--1", b"1.2.3",
]  # fmt: skip


def offset(draw: Draw, data: bytes) -> int:
    return int(draw(st.integers(0, max(len(data) - 1, 0))))


def flip(draw: Draw, data: bytes) -> bytes:
    if not data:
        return data
    at = offset(draw, data)
    return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]


def insert(draw: Draw, data: bytes) -> bytes:
    at = offset(draw, data)
    return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]


def delete(draw: Draw, data: bytes) -> bytes:
    at = offset(draw, data)
    return data[:at] + data[at + draw(st.integers(1, 512)) :]


def truncate(draw: Draw, data: bytes) -> bytes:
    return data[: offset(draw, data)]


def repeat(draw: Draw, data: bytes) -> bytes:
    at = offset(draw, data)
    chunk = data[at : at + draw(st.integers(1, 4096))]
    to = offset(draw, data)
    return data[:to] + chunk * draw(st.integers(1, 8)) + data[to:]


def splicer(seeds: dict[str, bytes]) -> Mutator:
    """Given the seeds, a mutation joining the sample's head to another seed's tail."""

    def splice(draw: Draw, data: bytes) -> bytes:
        other = seeds[draw(st.sampled_from(sorted(seeds)))]
        return data[: offset(draw, data)] + other[offset(draw, other) :]

    return splice


BYTES: list[Mutator] = [flip, insert, delete, truncate, repeat]


# -- PDF ---------------------------------------------------------------------------------

NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
KEYED = re.compile(
    rb"/(?:Length|Count|Size|Rotate|First|N|Prev|Columns|Predictor|BitsPerComponent|Width"
    rb"|Height|StructParents|MCID|K)\s+-?\d+|\d+\s+\d+\s+(?:obj|R)\b|\d{10} \d{5} [nf]"
    rb"|startxref\s+\d+|/(?:W|MediaBox|CropBox|Index|Widths|FontBBox)\s*\[[^\]]*\]"
)
TOKENS = [
    b"obj", b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"startxref", b"<<", b">>",
    b"[", b"]", b"(", b")", b"<", b">", b" R", b"/Type", b"/Page", b"/Pages", b"/Kids", b"/Parent",
    b"/Font", b"/Filter", b"/FlateDecode", b"/Length", b"/Contents", b"/Resources", b"null",
    b"BT", b"ET", b"Tj", b"TJ", b"Tf", b"Tm", b"Td", b"cm", b"re", b"q", b"Q", b"W", b"n", b"f",
    b"S", b"m", b"l", b"c", b"Do", b"BDC", b"EMC", b"/MCID", b"/StructTreeRoot", b"/ParentTree",
]  # fmt: skip
TOKEN = re.compile(b"|".join(re.escape(t.strip()) for t in sorted(TOKENS, key=len, reverse=True)))
STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)


def a_number(draw: Draw) -> bytes:
    if draw(st.booleans()):
        return bytes(draw(st.sampled_from(NUMBERS)))
    return str(draw(st.integers(-(2**40), 2**40))).encode()


def pick(draw: Draw, pattern: re.Pattern[bytes], data: bytes) -> re.Match[bytes] | None:
    """One of the pattern's matches in data (among the first thousand), or None."""
    found = []
    for match in pattern.finditer(data):
        found.append(match)
        if len(found) == 1000:
            break
    return found[draw(st.integers(0, len(found) - 1))] if found else None


def renumber(draw: Draw, data: bytes, pattern: re.Pattern[bytes] = NUMBER) -> bytes:
    """Replace a number inside one match of the pattern with an odd one."""
    match = pick(draw, pattern, data)
    if match is None:
        return data
    inner = pick(draw, NUMBER, match.group())
    if inner is None:
        return data
    start, end = match.start() + inner.start(), match.start() + inner.end()
    return data[:start] + a_number(draw) + data[end:]


def renumber_key(draw: Draw, data: bytes) -> bytes:
    """A number of the xref table, a /Length, an object reference or another count."""
    return renumber(draw, data, KEYED)


def retoken(draw: Draw, data: bytes) -> bytes:
    match = pick(draw, TOKEN, data)
    if match is None:
        return data
    new = draw(st.sampled_from([b"", *TOKENS]))
    return data[: match.start()] + new + data[match.end() :]


def edit_stream(draw: Draw, data: bytes) -> bytes:
    """Unpack a compressed stream, change its content, pack it again."""
    match = pick(draw, STREAM, data)
    if match is None:
        return data
    body = match.group(1).rstrip(b"\r\n")
    try:
        content = zlib.decompressobj().decompress(body, 1 << 22)
    except zlib.error:
        return data
    for _ in range(draw(st.integers(1, 3))):
        content = draw(st.sampled_from([renumber, retoken, flip, delete, repeat]))(draw, content)
    packed = zlib.compress(content)
    return data[: match.start(1)] + packed + b"\n" + data[match.end(1) :]


PDF: list[Mutator] = [renumber, renumber_key, renumber_key, retoken, edit_stream, edit_stream]


# -- DOCX --------------------------------------------------------------------------------

Parts = list[tuple[str, bytes]]

ATTRIBUTE = re.compile(
    rb'w:(?:val|gridSpan|gridBefore|ilvl|numId|w|h|abstractNumId|start|vMerge|id)="[^"]*"'
)
VALUES = [
    b"-1", b"0", b"99999999", b"2147483648", b"99999999999999999999", b"abc", b"", b"1.5",
    b"restart", b"continue", b"%1.%2.%3.%4.%5.%6.%7.%8.%9.%10", b"9" * 5000, b"x" * 100_000,
]  # fmt: skip
TABLE = re.compile(rb"<w:tbl>.*?</w:tbl>", re.DOTALL)
ELEMENT = re.compile(rb"<w:(p|r|tr|tc|tbl)\b[^>]*>.*?</w:\1>", re.DOTALL)
CONTENT_TYPES = [
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"text/plain",
    b"",
]
TARGETS = [
    b"", b"/", b"word/missing.xml", b"../../../etc/passwd", b"/word/document.xml",
    b"word/styles.xml", b"_rels/.rels", b"http://example.com/x.xml", b"C:\\x.xml",
]  # fmt: skip
LAUGHS = (
    b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
)


def unzip(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(parts: Parts, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicated part name, on purpose
        with zipfile.ZipFile(out, "w", compression) as archive:
            for name, content in parts:
                archive.writestr(name, content)
    return out.getvalue()


def which(draw: Draw, parts: Parts, prefer: str | None = None) -> int:
    names = [name for name, _ in parts]
    if prefer in names and draw(st.booleans()):
        return names.index(prefer)
    return int(draw(st.integers(0, len(parts) - 1)))


def attribute(draw: Draw, xml: bytes) -> bytes:
    match = pick(draw, ATTRIBUTE, xml)
    if match is None:
        return xml
    name = match.group().split(b"=")[0]
    value = draw(st.sampled_from(VALUES))
    return xml[: match.start()] + name + b'="' + value + b'"' + xml[match.end() :]


def nest_tables(draw: Draw, xml: bytes) -> bytes:
    """Put a table inside its own first cell, again and again."""
    match = pick(draw, TABLE, xml)
    if match is None or b"</w:tc>" not in match.group():
        return xml
    table = match.group()
    cut = table.index(b"</w:tc>")
    depth = draw(st.sampled_from([2, 10, 50, 200, 1000]))
    nested = table[:cut] * depth + b"<w:p/>" + table[cut:] * depth
    return xml[: match.start()] + nested + xml[match.end() :]


def repeat_element(draw: Draw, xml: bytes) -> bytes:
    match = pick(draw, ELEMENT, xml)
    if match is None:
        return xml
    times = draw(st.sampled_from([2, 100, 3000]))
    return xml[: match.start()] + match.group() * times + xml[match.end() :]


def add_dtd(draw: Draw, xml: bytes) -> bytes:
    """A DTD whose entities grow (billion laughs, small) used once in a text run."""
    head = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    body = xml[:head] + LAUGHS + xml[head:]
    return body.replace(b"<w:t>", b"<w:t>&d;", 1)


XML: list[Mutator] = [attribute, attribute, nest_tables, repeat_element, add_dtd, retoken, flip]


def mutate_document_xml(draw: Draw, parts: Parts) -> Parts:
    i = which(draw, parts, "word/document.xml")
    name, content = parts[i]
    content = draw(st.sampled_from(XML))(draw, content)
    return [*parts[:i], (name, content), *parts[i + 1 :]]


def damage_part(draw: Draw, parts: Parts) -> Parts:
    i = which(draw, parts)
    name, content = parts[i]
    content = draw(st.sampled_from(BYTES))(draw, content)
    return [*parts[:i], (name, content), *parts[i + 1 :]]


def drop_part(draw: Draw, parts: Parts) -> Parts:
    i = which(draw, parts)
    return parts[:i] + parts[i + 1 :]


def duplicate_part(draw: Draw, parts: Parts) -> Parts:
    i, j = which(draw, parts), which(draw, parts)
    return [*parts, (parts[i][0], parts[j][1])]


def content_type(draw: Draw, parts: Parts) -> Parts:
    new = draw(st.sampled_from(CONTENT_TYPES))
    old = re.compile(rb'ContentType="[^"]*"')
    return [
        (name, old.sub(b'ContentType="' + new + b'"', content, count=draw(st.integers(1, 3))))
        if name == "[Content_Types].xml"
        else (name, content)
        for name, content in parts
    ]


def retarget(draw: Draw, parts: Parts) -> Parts:
    rels = [i for i, (name, _) in enumerate(parts) if name.endswith(".rels")]
    if not rels:
        return parts
    i = draw(st.sampled_from(rels))
    name, content = parts[i]
    match = pick(draw, re.compile(rb'Target="[^"]*"'), content)
    if match is None:
        return parts
    target = b'Target="' + draw(st.sampled_from(TARGETS)) + b'"'
    content = content[: match.start()] + target + content[match.end() :]
    return [*parts[:i], (name, content), *parts[i + 1 :]]


ZIP = [mutate_document_xml, mutate_document_xml, damage_part, drop_part, duplicate_part,
       content_type, retarget]  # fmt: skip


# -- samples -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    seed: str
    data: bytes
    steps: tuple[str, ...]
    suffix: str


@st.composite
def mutated(draw: Draw, seeds: dict[str, bytes], mutators: list[Mutator], suffix: str) -> Sample:
    """A seed's bytes changed by one to MAX_STEPS of the mutators."""
    seed = draw(st.sampled_from(sorted(seeds)))
    data = seeds[seed]
    steps = []
    for _ in range(draw(st.integers(1, MAX_STEPS))):
        mutate = draw(st.sampled_from(mutators))
        data = mutate(draw, data)
        steps.append(mutate.__name__)
    return Sample(seed, data, tuple(steps), suffix)


@st.composite
def mutated_docx(draw: Draw, seeds: dict[str, bytes]) -> Sample:
    """A seed DOCX with its parts changed by one to MAX_STEPS zip-level mutations."""
    seed = draw(st.sampled_from(sorted(seeds)))
    parts = unzip(seeds[seed])
    steps = []
    for _ in range(draw(st.integers(1, MAX_STEPS))):
        mutate = draw(st.sampled_from(ZIP))
        parts = mutate(draw, parts)
        steps.append(mutate.__name__)
    stored = draw(st.booleans())
    data = rezip(parts, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return Sample(seed, data, tuple(steps), ".docx")


def pdf_samples() -> st.SearchStrategy[Sample]:
    seeds = load(PDF_SEEDS)
    return mutated(seeds, [*BYTES, *PDF, splicer(seeds)], ".pdf")


def docx_byte_samples() -> st.SearchStrategy[Sample]:
    seeds = load(DOCX_SEEDS)
    return mutated(seeds, [*BYTES, splicer(seeds)], ".docx")


def docx_zip_samples() -> st.SearchStrategy[Sample]:
    return mutated_docx(load(DOCX_SEEDS))


# -- the child process -------------------------------------------------------------------


@dataclass
class Reader:
    """A child running tests/fuzz_worker.py: each sample is written to a file and read
    there, under the time limit. Counts each outcome; keeps what went wrong."""

    target: str
    reader: str = "pdfium"
    command: tuple[str, ...] = (sys.executable, str(WORKER))
    timeout: float = TIMEOUT
    crashes: Path = CRASHES
    known: tuple[str, ...] = ()  # traceback text of crashes already reported
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    child: subprocess.Popen[str] | None = None

    def start(self) -> subprocess.Popen[str]:
        BUILD.mkdir(parents=True, exist_ok=True)
        with open(BUILD / f"{self.target}.stderr.log", "a") as log:
            return subprocess.Popen(
                list(self.command),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                cwd=ROOT,
            )

    def stop(self) -> None:
        if self.child is not None:
            self.child.kill()
            self.child.wait()
            for pipe in (self.child.stdin, self.child.stdout):
                if pipe is not None:
                    pipe.close()
            self.child = None

    def ask(self, path: Path) -> dict[str, Any]:
        """Have the child read one file; a hang or a dead child is an outcome too."""
        if self.child is None:
            self.child = self.start()
        assert self.child.stdin is not None and self.child.stdout is not None
        try:
            self.child.stdin.write(json.dumps({"path": str(path), "reader": self.reader}) + "\n")
            self.child.stdin.flush()
        except BrokenPipeError:
            ready, line = [True], ""  # died before it was asked
        else:
            ready, _, _ = select.select([self.child.stdout], [], [], self.timeout)
            line = self.child.stdout.readline() if ready else ""
        if line:
            answer: dict[str, Any] = json.loads(line)
            return answer
        hung = not ready
        self.stop()
        if hung:
            return {"outcome": "hang", "detail": f"no answer in {self.timeout:g} s"}
        return {"outcome": "died", "detail": "the reading process died (see its stderr log)"}

    def check(self, sample: Sample) -> None:
        """Read the sample; save it under build/fuzz/crashes/ unless read or refused."""
        work = BUILD / "work" / f"{self.target}-{os.getpid()}{sample.suffix}"  # runs apart
        work.parent.mkdir(parents=True, exist_ok=True)
        work.write_bytes(sample.data)
        answer = self.ask(work)
        if answer["outcome"] == "crash" and any(k in answer["detail"] for k in self.known):
            answer["outcome"] = "known"
        self.counts[answer["outcome"]] = self.counts.get(answer["outcome"], 0) + 1
        if answer["outcome"] not in ("read", "refused", "known"):
            self.failures.append(save(self, sample, answer))


def save(reader: Reader, sample: Sample, answer: dict[str, Any]) -> str:
    """Keep a failing sample and what happened to it; return a line saying where."""
    reader.crashes.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(sample.data).hexdigest()[:12]
    path = reader.crashes / f"{reader.target}-{digest}{sample.suffix}"
    path.write_bytes(sample.data)
    note = (
        f"target: {reader.target} (reader {reader.reader})\nseed: {sample.seed}\n"
        f"mutations: {', '.join(sample.steps)}\noutcome: {answer['outcome']}\n\n"
        f"{answer['detail']}\n"
        f"reproduce: .venv/bin/python tests/fuzz_worker.py {path} "
        f"{reader.reader}\n"
    )
    path.with_suffix(path.suffix + ".txt").write_text(note)
    first = str(answer["detail"]).strip().splitlines()[-1:] or [""]
    return f"{answer['outcome']}: {path} ({first[0][:120]})"
