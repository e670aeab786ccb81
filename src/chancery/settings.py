"""Django settings, built from the data folder and the environment.

Users never touch this module: ``chancery.setup.configure`` sets ``CHANCERY_DATA``
(and optionally ``CHANCERY_DATABASE_URL`` and ``CHANCERY_DEBUG``) and starts Django.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import django_stubs_ext

from chancery.datafolder import DataFolder
from chancery.errors import ConfigError

django_stubs_ext.monkeypatch()  # generic admin and form classes, for type checking

DATA = DataFolder.from_env()
CONFIG = DATA.config()


def database(url: str) -> dict[str, Any]:
    """Django's DATABASES entry: PostgreSQL for a postgresql:// URL, else SQLite in DATA."""
    if not url:
        return sqlite_database()
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ConfigError(
            f"database URL {url!r} is not supported",
            "use postgresql://user:password@host:port/name, or none for SQLite",
        )
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")) or "chancery",
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "OPTIONS": dict(parse_qsl(parts.query)),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def sqlite_database() -> dict[str, Any]:
    """SQLite with WAL, foreign keys and IMMEDIATE transactions: writers wait, not fail."""
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(DATA.database),
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                " PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
                " PRAGMA wal_autocheckpoint=10000;"
            ),
        },
    }


DEBUG = os.environ.get("CHANCERY_DEBUG") == "1"
SECRET_KEY = DATA.secret_key() if DATA.path.exists() else "not-yet-initialised"
ALLOWED_HOSTS = list(CONFIG.allowed_hosts)
DATABASES = {"default": database(os.environ.get("CHANCERY_DATABASE_URL") or CONFIG.database_url)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "chancery.archive",
    "chancery.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "chancery.urls"
WSGI_APPLICATION = "chancery.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "chancery.web.context.archive",
            ],
        },
    }
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = str(DATA.static)
MEDIA_URL = "/media/"
MEDIA_ROOT = str(DATA.media)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if DEBUG:
    STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

# Security. Behind TLS (https = true) cookies are secure and HSTS is on. A plain-HTTP
# loopback deployment cannot use either, so those four deploy checks are silenced there.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = CONFIG.https
SECURE_HSTS_SECONDS = 31_536_000 if CONFIG.https else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = CONFIG.https
SECURE_HSTS_PRELOAD = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if CONFIG.https else None
SILENCED_SYSTEM_CHECKS = (
    [] if CONFIG.https else ["security.W004", "security.W008", "security.W012", "security.W016"]
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

CHANCERY_NAME = CONFIG.name
CHANCERY_BASE_URL = CONFIG.base_url
