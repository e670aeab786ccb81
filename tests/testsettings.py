"""Django settings for the test suite: the real settings over a throwaway data folder."""

import os
import tempfile

os.environ.setdefault("CHANCERY_DATA", tempfile.mkdtemp(prefix="chancery-test-"))

from chancery.settings import *  # noqa: F403
from chancery.settings import STORAGES

# The manifest storage needs collectstatic, which `chancery serve` runs; tests skip it.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
os.makedirs(STATIC_ROOT, exist_ok=True)  # noqa: F405 - as `chancery init` makes it
