"""What a recording is, by its first bytes, never by its name or declared type."""

EBML = b"\x1a\x45\xdf\xa3"


def audio_format_of(head: bytes) -> str | None:
    """``webm`` or ``ogg`` for the containers MediaRecorder gives, else None."""
    if head.startswith(EBML) and b"webm" in head[:64]:
        return "webm"
    if head.startswith(b"OggS") and b"OpusHead" in head[:80]:
        return "ogg"
    return None
