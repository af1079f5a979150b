"""Named errors for files that cannot be read. Each says which file and why, in one line."""

from __future__ import annotations


class ExtractError(Exception):
    """The file could not be read."""

    reason = "could not be read"

    def __init__(self, path: str, reason: str | None = None) -> None:
        self.path = str(path)
        # one line, whatever the reason quotes (lxml's messages hold line breaks)
        self.reason = " ".join((reason or self.reason).split())
        super().__init__(f"{self.path}: {self.reason}")


class UnsupportedFormat(ExtractError):
    reason = "not a PDF or DOCX file"


class EmptyFile(ExtractError):
    reason = "the file is empty"


class CorruptFile(ExtractError):
    reason = "the file is damaged or not what its name says"


class EncryptedFile(ExtractError):
    reason = "the PDF is encrypted and needs a password"
