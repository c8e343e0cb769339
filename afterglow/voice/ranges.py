"""The one byte range a media element asks for (``Range: bytes=a-b``), or none."""

import re

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class Unsatisfiable(Exception):
    pass


def parse(header: str | None, size: int) -> tuple[int, int] | None:
    """(start, end) inclusive, None for the whole; Unsatisfiable when outside the file."""
    if not header:
        return None
    match = RANGE.match(header.strip())
    if match is None or not any(match.groups()):
        return None  # several ranges or a malformed header: answer with the whole
    first, last = match.groups()
    if not first:
        length = int(last)
        if length == 0:
            raise Unsatisfiable
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise Unsatisfiable
    return start, end
