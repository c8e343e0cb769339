"""Export a journal (Markdown files and JSON in a zip) and import one exported by jrnl."""

import io
import json
import zipfile
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from afterglow.journal.models import Entry
from afterglow.journal.vocab import emotion_label

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
    """One entry as Markdown, its labels in the active language (the reader's)."""
    day = date_format(entry.written_on, pgettext("date format", "F j, Y"))
    lines = [
        f"# {entry.title or day}",
        "",
        f"*{entry.created_at:%Y-%m-%d %H:%M} UTC*",
        "",
    ]
    if entry.prompt:
        lines += [f"> {entry.prompt.text}", ""]
    lines += [entry.body, ""]
    named = [emotion_label(e) for e in entry.emotions] + entry.own_word_list
    if named:
        lines.append(_("Emotions: %(names)s") % {"names": ", ".join(named)})
    if entry.tag_list:
        lines.append(_("Tags: %(tags)s") % {"tags": ", ".join(entry.tag_list)})
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
        raise ImportProblem(_("The file is larger than 20 MB."))
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ImportProblem(_("The file isn't text in UTF-8. Export it from jrnl as JSON."))
    except json.JSONDecodeError as error:
        raise ImportProblem(
            _("Line %(line)s: this isn't valid JSON (%(reason)s).")
            % {"line": error.lineno, "reason": error.msg}
        )
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportProblem(
            _("Line %(line)s: a jrnl export starts with %(start)s.")
            % {"line": 1, "start": '{"entries": [...]}'}
        )
    text = raw.decode("utf-8")
    return [
        _one(item, n, _line_of(text, n), zone) for n, item in enumerate(data["entries"], start=1)
    ]


def _line_of(text: str, n: int) -> int:
    """The line where the n-th entry starts (by its "date" key), for messages."""
    position = -1
    for _count in range(n):
        position = text.find('"date"', position + 1)
        if position < 0:
            return 1
    return text.count("\n", 0, position) + 1


def _one(item: Any, n: int, line: int, zone: str) -> dict[str, Any]:
    where = {"line": line, "n": n}
    if not isinstance(item, dict):
        raise ImportProblem(_("Line %(line)s (entry %(n)s): an entry must be an object.") % where)
    try:
        moment = datetime.strptime(f"{item['date']} {item.get('time', '00:00')}", "%Y-%m-%d %H:%M")
    except (KeyError, TypeError, ValueError):
        raise ImportProblem(
            _(
                "Line %(line)s (entry %(n)s): the date must look like 2024-05-01 and the time "
                "like 09:30."
            )
            % where
        )
    title, body = item.get("title", ""), item.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        raise ImportProblem(_("Line %(line)s (entry %(n)s): title and body must be text.") % where)
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportProblem(_("Line %(line)s (entry %(n)s): tags must be a list of words.") % where)
    if not (title.strip() or body.strip()):
        raise ImportProblem(_("Line %(line)s (entry %(n)s): the entry is empty.") % where)
    return {
        "created_at": moment.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC),
        "title": title.strip()[:200],
        "body": body if body.strip() else title,
        "tags": ",".join(t.lstrip("@").strip()[:40] for t in tags[:15] if t.strip("@ ")),
        "emotions": [],
    }
