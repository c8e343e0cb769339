import pytest


@pytest.fixture
def audio_dir(settings, tmp_path):
    """The voice storage in a folder of this test's own, to read what reached the disk."""
    settings.STORAGES = {
        **settings.STORAGES,
        "voice": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    return tmp_path
