"""Export a journal (Markdown files and JSON in a zip) and import one exported by jrnl."""

import io
import json
import zipfile
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from afterglow.journal.models import Entry
from afterglow.journal.vocab import EMOTION_LABELS

MAX_IMPORT_BYTES = 20 * 1024 * 1024


class ImportProblem(Exception):
    """The file can't be imported; the message says where and why."""


def entry_as_dict(entry: Entry) -> dict[str, Any]:
    return {
        "id": str(entry.pk),
        "created_at": entry.created_at.isoformat(),
        "written_on": entry.written_on.isoformat(),
        "title": entry.title or "",
        "body": entry.body,
        "prompt": entry.prompt.text if entry.prompt else None,
        "mood": entry.mood,
        "energy": entry.energy,
        "emotions": entry.emotions,
        "own_words": entry.own_word_list,
        "tags": entry.tag_list,
        "shared_with_care_team": entry.is_shared,
        "for_next_session": entry.for_next_session,
    }


def entry_as_markdown(entry: Entry) -> str:
    lines = [
        f"# {entry.title or entry.written_on.strftime('%B %-d, %Y')}",
        "",
        f"*{entry.created_at:%Y-%m-%d %H:%M} UTC*",
        "",
    ]
    if entry.prompt:
        lines += [f"> {entry.prompt.text}", ""]
    lines += [entry.body, ""]
    named = [EMOTION_LABELS.get(e, e) for e in entry.emotions] + entry.own_word_list
    if named:
        lines.append(f"Emotions: {', '.join(named)}")
    if entry.tag_list:
        lines.append(f"Tags: {', '.join(entry.tag_list)}")
    return "\n".join(lines).rstrip() + "\n"


def export_zip(entries: list[Entry]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, entry in enumerate(entries, start=1):
            name = f"journal/{entry.created_at:%Y-%m-%d}-{n:05d}.md"
            archive.writestr(name, entry_as_markdown(entry))
        archive.writestr("journal.json", export_json(entries))
    return buffer.getvalue()


def export_json(entries: list[Entry]) -> str:
    return json.dumps(
        {"format": "afterglow-journal-1", "entries": [entry_as_dict(e) for e in entries]},
        indent=2,
        ensure_ascii=False,
    )


def parse_jrnl(raw: bytes, zone: str) -> list[dict[str, Any]]:
    """jrnl's JSON export: {"entries": [{"date", "time", "title", "body", "tags"}, ...]}."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportProblem("The file is larger than 20 MB.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ImportProblem("The file isn't text in UTF-8. Export it from jrnl as JSON.")
    except json.JSONDecodeError as error:
        raise ImportProblem(f"Line {error.lineno}: this isn't valid JSON ({error.msg}).")
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportProblem('Line 1: a jrnl export starts with {"entries": [...]}.')
    text = raw.decode("utf-8")
    return [
        _one(item, n, _line_of(text, n), zone) for n, item in enumerate(data["entries"], start=1)
    ]


def _line_of(text: str, n: int) -> int:
    """The line where the n-th entry starts (by its "date" key), for messages."""
    position = -1
    for _ in range(n):
        position = text.find('"date"', position + 1)
        if position < 0:
            return 1
    return text.count("\n", 0, position) + 1


def _one(item: Any, n: int, line: int, zone: str) -> dict[str, Any]:
    where = f"Line {line} (entry {n})"
    if not isinstance(item, dict):
        raise ImportProblem(f"{where}: an entry must be an object.")
    try:
        moment = datetime.strptime(f"{item['date']} {item.get('time', '00:00')}", "%Y-%m-%d %H:%M")
    except (KeyError, TypeError, ValueError):
        raise ImportProblem(f"{where}: the date must look like 2024-05-01 and the time like 09:30.")
    title, body = item.get("title", ""), item.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        raise ImportProblem(f"{where}: title and body must be text.")
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportProblem(f"{where}: tags must be a list of words.")
    if not (title.strip() or body.strip()):
        raise ImportProblem(f"{where}: the entry is empty.")
    return {
        "created_at": moment.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC),
        "title": title.strip()[:200],
        "body": body if body.strip() else title,
        "tags": ",".join(t.lstrip("@").strip()[:40] for t in tags[:15] if t.strip("@ ")),
        "emotions": [],
    }
