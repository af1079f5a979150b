"""Two `councilplans ingest` commands on one new SQLite file at once, as two analysts (or a
nightly job and an analyst) would run them: the store is made once, stays whole, and holds
each file once; every file is stored by one of the two and skipped by the other."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FILES = (
    "stoke-on-trent-skills-indicators-no-rules.pdf",
    "staffordshire-risk-register-h-rules.pdf",
    "staffordshire-delivery-plan-2010.docx",
    "cheshire-west-action-plan-zebra.pdf",
)


def ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    main = "from councilplans.ingest.cli import main; main()"
    command = [sys.executable, "-c", main, "ingest", str(folder)]
    return subprocess.Popen(
        [*command, "--db", str(db), "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_ingests_of_one_folder_at_once(tmp_path: Path) -> None:
    folder, db = tmp_path / "plans", tmp_path / "plans.db"
    folder.mkdir()
    for name in FILES:
        shutil.copy(SAMPLES / name, folder / name)
    runs = [ingest(folder, db), ingest(folder, db)]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, out + err
    statuses: dict[str, list[str]] = {name: [] for name in FILES}
    for out, _ in outputs:
        for line in out.splitlines()[: len(FILES)]:
            status, rest = line.split(maxsplit=1)
            statuses[Path(rest.split(":")[0]).name].append(status)
    assert {name: sorted(s) for name, s in statuses.items()} == {
        name: ["ok", "skipped"] for name in FILES
    }
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        per_document = conn.execute(
            "SELECT d.file, count(*) FROM documents d JOIN document_versions v "
            "ON v.document_id = d.id GROUP BY d.file"
        ).fetchall()
    assert sorted(per_document) == sorted((name, 1) for name in FILES)
