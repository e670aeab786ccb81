"""The WSGI application served by ``chancery serve`` (gunicorn)."""

from chancery.setup import configure

configure()

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
