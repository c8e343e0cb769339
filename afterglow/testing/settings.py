"""Settings for the test suite: ``afterglow.settings`` with the environment a test run needs."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production-0123456789abcdefghij")
os.environ.setdefault(
    "AFTERGLOW_ENCRYPTION_KEYS",
    "test2:"
    + "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjI="
    + ",test1:"
    + "MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=",
)
os.environ.setdefault(
    "AFTERGLOW_AUDIT_KEYS",
    "audit2:"
    + "YXVkaXQtMi1hdWRpdC0yLWF1ZGl0LTItYXVkaXQtMi0="
    + ",audit1:"
    + "YXVkaXQtMS1hdWRpdC0xLWF1ZGl0LTEtYXVkaXQtMS0=",
)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("AFTERGLOW_HTTPS", "false")

from afterglow.settings import *  # noqa: E402,F403
from afterglow.settings import MIDDLEWARE, STORAGES  # noqa: E402

# Tests need no collectstatic: plain storage; fast password hashing.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Audio written by tests goes to a throwaway folder, never var/ (tests of it use tmp_path).
    "voice": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tempfile.mkdtemp(prefix="afterglow-voice-")},
    },
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = None  # type: ignore[assignment]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MIDDLEWARE = [*MIDDLEWARE, "afterglow.testing.urlgate.RecordRouteMiddleware"]
INSTALLED_APPS = [*INSTALLED_APPS, "afterglow.testing"]  # noqa: F405

# SQLite: a test database in a file, not in memory. An in-memory database shared between
# threads locks whole tables and fails at once where a real one waits its turn; tests of
# concurrent writers (two reminder senders) need the real behaviour.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    VAR_DIR.mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}  # noqa: F405
