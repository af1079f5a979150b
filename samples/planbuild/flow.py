# ruff: noqa: E501
"""The small text markup the content files use for narrative.

One block per line (blank lines ignored):
  TITLE text            Title paragraph
  H1 text | H1 2 | text Heading level 1 (optionally numbered); H2, H3 likewise
  ** text               bold paragraph (a label or caption)
  __ text               italic paragraph (a form prompt)
  - text / -- text      bulleted item (level 1 / level 2)
  # text                numbered item (Word List Number)
  @priority label       the next list's items are narrative priorities under `label`
  [[name]]              the table `name`
  ===page               page break
  ===landscape / ===portrait   new section in that orientation
  anything else         a plain paragraph
"""

from __future__ import annotations

from .model import Bullets, Heading, PageBreak, Para, Section, Title


def parse_flow(text: str, tables: dict) -> list:
    blocks: list = []
    pending_priority = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@priority "):
            pending_priority = line[len("@priority ") :].strip()
            continue
        item = _list_item(line)
        if item is not None:
            depth, numbered, body = item
            last = blocks[-1] if blocks else None
            if (
                isinstance(last, Bullets)
                and last.numbered == numbered
                and not (pending_priority and last.priority != pending_priority)
            ):
                last.items.append((depth, body))
            else:
                blocks.append(
                    Bullets([(depth, body)], numbered=numbered, priority=pending_priority)
                )
            continue
        pending_priority = None
        blocks.append(_block(line, tables))
    return blocks


def _list_item(line: str):
    if line.startswith("-- "):
        return 1, False, line[3:].strip()
    if line.startswith("- "):
        return 0, False, line[2:].strip()
    if line.startswith("# "):
        return 0, True, line[2:].strip()
    return None


def _block(line: str, tables: dict):
    if line.startswith("TITLE "):
        return Title(line[6:].strip())
    if line[:3] in ("H1 ", "H2 ", "H3 "):
        level = int(line[1])
        body = line[3:].strip()
        if " | " in body:
            number, text = body.split(" | ", 1)
            return Heading(level, text.strip(), number.strip())
        return Heading(level, body)
    if line.startswith("** "):
        return Para(line[3:].strip(), bold=True)
    if line.startswith("__ "):
        return Para(line[3:].strip(), italic=True)
    if line.startswith("[[") and line.endswith("]]"):
        return tables[line[2:-2]]
    if line == "===page":
        return PageBreak()
    if line in ("===landscape", "===portrait"):
        return Section(landscape=line == "===landscape")
    return Para(line)
