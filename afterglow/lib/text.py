"""Small text helpers."""

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents: 'Café' and 'cafe' are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
