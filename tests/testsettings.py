"""Django settings for the test suite: the real settings over a throwaway data folder."""

import os
import tempfile

os.environ.setdefault("CHANCERY_DATA", tempfile.mkdtemp(prefix="chancery-test-"))

from chancery.settings import *  # noqa: E402, F403
