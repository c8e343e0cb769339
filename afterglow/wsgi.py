import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterglow.settings")
application = get_wsgi_application()

# Everything loaded so far (Django, the apps, templates) lives as long as the process: move it
# out of the garbage collector's sight, so a full collection during a request only walks what
# that request made. Shortens the pauses behind the slowest requests.
gc.freeze()
