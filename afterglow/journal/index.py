"""The search index of the journal: keyed hashes of words, never the words.

Each word of an entry's title and body (folded: case and accents ignored), each tag and each
emotion becomes ``<key id>:<HMAC-SHA256(index key, patient id | kind | word)>``. The index key
is derived (HKDF) from an encryption key, so the database holds no key and no plaintext, and a
word gives different tokens for different patients. Search computes the tokens of the query
words under every configured key, so results stay complete while keys rotate; ``reindex`` runs
as part of ``rotate_keys``.
"""

import hashlib
import hmac
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from afterglow.lib import crypto
from afterglow.lib.text import fold

if TYPE_CHECKING:
    from afterglow.journal.models import Entry

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
TOKEN_HEX = 32


def words(text: str) -> set[str]:
    return {w.replace("'", "") for w in WORD.findall(fold(text)) if len(w) > 1}


@lru_cache(maxsize=16)
def _index_key(kid: str, key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"afterglow-journal-search-v1:" + kid.encode(),
    ).derive(key)


def _token(kid: str, patient_id: str, kind: str, word: str) -> str:
    key = _index_key(kid, crypto.keyring().keys[kid])
    digest = hmac.new(key, f"{patient_id}|{kind}|{word}".encode(), hashlib.sha256).hexdigest()
    return f"{kid}:{digest[:TOKEN_HEX]}"


def tokens_now(patient_id: str, kind: str, values: Iterable[str]) -> set[str]:
    """Tokens under the current key: what an entry is indexed with."""
    kid = crypto.keyring().current_id
    return {_token(kid, patient_id, kind, value) for value in values}


def tokens_any_key(patient_id: str, kind: str, value: str) -> list[str]:
    """Tokens of one value under every configured key: what a search looks for."""
    return [_token(kid, patient_id, kind, value) for kid in crypto.keyring().keys]


def entry_tokens(entry: "Entry") -> set[str]:
    patient_id = str(entry.patient_id)
    text = f"{entry.title or ''} {entry.body}"
    return (
        tokens_now(patient_id, "w", words(text))
        | tokens_now(patient_id, "t", {fold(t.strip()) for t in entry.tag_list})
        | tokens_now(patient_id, "e", entry.emotions)
        | tokens_now(patient_id, "e", {fold(w) for w in entry.own_word_list})
    )
