"""Error texts, exceptions and exit codes, in one place.

Every message a user may see is written here (the model is spaCy's
``errors.py``): what is wrong, in :class:`Reasons`, and what to do about it, in
:class:`Hints`. An exception names the file it is about, so the whole message
reads ``<file>: <reason>. <hint>``:

>>> str(InputError("reports/a.txt", Reasons.EMPTY, Hints.EMPTY))
'reports/a.txt: is empty. Remove it from the input or fill it with the report text.'

The command line exits with an :class:`ExitCode`; each exception class carries
the code its failure ends in.
"""

from __future__ import annotations

from enum import IntEnum
from os import PathLike
from typing import ClassVar

__all__ = [
    "CppccKgError",
    "ExitCode",
    "Hints",
    "InputError",
    "NoReportsError",
    "OutputError",
    "Reasons",
    "UsageError",
    "ValidationError",
]


class ExitCode(IntEnum):
    """The documented exit codes of ``cppcc-kg``.

    A script can tell from the code alone whether outputs were written and
    whether they cover every input.
    """

    OK = 0
    """Built: every input was read and the outputs are in place."""
    SKIPPED = 1
    """Built, but some inputs were skipped (listed with the reason for each);
    the outputs cover the reports that could be read."""
    USAGE = 2
    """Bad command line (unknown option, missing argument, unknown encoding).
    Nothing was read or written. Same code as argparse's."""
    NOTHING = 3
    """No readable report among the inputs: nothing was built and previous
    outputs are untouched."""
    FAILED = 4
    """The build failed (an output did not validate, could not be written ...):
    previous outputs are untouched."""

    @classmethod
    def after_build(cls, built: int, skipped: int) -> ExitCode:
        """The code of a build that read ``built`` reports and skipped ``skipped`` inputs.

        >>> ExitCode.after_build(3, 0), ExitCode.after_build(3, 1), ExitCode.after_build(0, 2)
        (<ExitCode.OK: 0>, <ExitCode.SKIPPED: 1>, <ExitCode.NOTHING: 3>)
        """
        if built == 0:
            return cls.NOTHING
        return cls.SKIPPED if skipped else cls.OK


# fmt: off
class Reasons:
    """What is wrong, said of the file named before it (``<file>: <reason>``)."""

    # inputs
    MISSING = "does not exist"
    FOLDER = "is a folder, not a report file"
    NOT_REGULAR = "is not a regular file (it is a {kind})"
    PERMISSION = "cannot be read: permission denied"
    UNREADABLE = "cannot be read: {error}"
    EMPTY = "is empty"
    BLANK = "holds only whitespace"
    BINARY = "is not text but {kind}"
    NUL_BYTES = "is not text: it holds NUL bytes and is not UTF-16 or UTF-32"
    NOT_TEXT = "is not text: {share:.0%} of its characters are control characters"
    UNDECODABLE = ("does not decode as {tried}; it looks most like {likely}, but byte {byte} at offset "
                   "{offset} is not valid {likely}")
    MIXED = ("does not read as one encoding: it decodes as {likely}, but the text near character {offset} "
             "is not plausible {likely} (the file may mix encodings)")
    WRONG_ENCODING = "does not decode as {encoding}: byte {byte} at offset {offset} is not valid {encoding}"
    NOT_REPORT = "is not a report file: its name does not end in {suffixes}"
    HIDDEN_FILE = "is a hidden file"
    HIDDEN_FOLDER = "is a hidden folder, not searched"
    LINKED_FOLDER = "is a symbolic link to a folder, not followed"
    UNLISTABLE = "cannot be listed: {error}"
    NO_REPORTS = "holds no report files ({suffixes})"
    DUPLICATE = "duplicate of {first} (the same text)"
    # command line
    UNKNOWN_ENCODING = "unknown encoding {name!r}"
    # outputs
    UNWRITABLE = "cannot be written: {error}"
    OUTPUT_IS_FOLDER = "is a folder: an output file cannot replace it"
    # build
    NOTHING_READABLE = "none of the {count} inputs is a readable report"


class Hints:
    """What to do, one sentence that follows a reason."""

    MISSING = "Check the path."
    FOLDER = "Pass the folder to the build instead: its reports are found inside it."
    NOT_REGULAR = "Pass report files or folders of them."
    PERMISSION = "Make it readable (chmod a+r) or leave it out."
    UNREADABLE = "Check the disk and the file, or leave it out."
    EMPTY = "Remove it from the input or fill it with the report text."
    BINARY = "Save the report as plain text (UTF-8 .txt) and pass that file instead."
    ENCODING = ("If you know its encoding, pass it with --encoding (for example --encoding {likely}); "
                "if the file is damaged or mixes encodings, save it again as UTF-8.")
    WRONG_ENCODING = ("Check --encoding, or leave it out to let the encoding be detected "
                      "(it looks like {likely}).")
    NOT_REPORT = "Reports are plain text files; save it as .txt to include it."
    HIDDEN = "Rename it without the leading '.' to include it."
    LINKED_FOLDER = "Pass the linked folder itself to include it."
    NO_REPORTS = "Check the path, or save the reports in it as plain text files."
    DUPLICATE = "It is built once, from the first file."
    UNKNOWN_ENCODING = "Use a Python codec name such as utf-8, gb18030, big5 or utf-16."
    OUTPUT = "Check that the output folder is writable and the disk is not full."
    OUTPUT_IS_FOLDER = "Remove or rename the folder, or choose another output folder."
    NOTHING_READABLE = ("See the list of skipped inputs for the reason of each; "
                        "previous outputs are untouched.")
# fmt: on


class CppccKgError(Exception):
    """Base of the errors cppcc-kg raises on purpose: the message is for the user.

    ``path`` is the file or folder concerned ("" when none), ``reason`` says what
    is wrong with it and ``hint`` what to do.
    """

    exit_code: ClassVar[ExitCode] = ExitCode.FAILED

    def __init__(self, path: str | PathLike[str], reason: str, hint: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """``<path>: <reason>. <hint>``, the parts that are there."""
        text = f"{self.path}: {self.reason}" if self.path else self.reason
        return f"{text}. {self.hint}" if self.hint else f"{text}."

    def __reduce__(self):  # keep path, reason and hint across processes
        return (type(self), (self.path, self.reason, self.hint))


class InputError(CppccKgError):
    """An input file that cannot be read as a report.

    A build skips such a file and lists it (exit code ``SKIPPED``); only when no
    input is left does the build stop (:class:`NoReportsError`).
    """

    exit_code = ExitCode.SKIPPED


class NoReportsError(CppccKgError):
    """No input is a readable report: nothing is built, previous outputs stay."""

    exit_code = ExitCode.NOTHING


class OutputError(CppccKgError):
    """An output that cannot be written; previous outputs stay in place."""

    exit_code = ExitCode.FAILED


class ValidationError(CppccKgError):
    """A built output that fails its checks (e.g. SHACL shapes); it is not installed."""

    exit_code = ExitCode.FAILED


class UsageError(CppccKgError, ValueError):
    """A bad option value (an unknown ``--encoding`` ...): nothing is read."""

    exit_code = ExitCode.USAGE
