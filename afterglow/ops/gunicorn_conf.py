"""gunicorn's settings for Afterglow: ``gunicorn --config python:afterglow.ops.gunicorn_conf``.

gunicorn's access log writes each request line whole: a journal search's words in the query
string, the calendar link's secret and a password-reset token in the path. Afterglow logs
every request itself (``afterglow.ops.logs``: the route pattern, never the path's values or
the query string), so gunicorn keeps no access log of its own. Should someone turn one on
anyway (``--access-logfile -`` on the command line wins over this file), ``RedactingLogger``
writes its lines without the URL, the query, the referrer or any header but the request id.
"""

from typing import Any

from gunicorn.glogging import Logger

accesslog = None
errorlog = "-"
logger_class = "afterglow.ops.gunicorn_conf.RedactingLogger"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s'

NOT_LOGGED = "[url not logged]"
KEPT_HEADERS = frozenset({"{x-request-id}o", "{content-type}o", "{content-length}o"})


class RedactingLogger(Logger):  # type: ignore[misc]
    """gunicorn's logger, whose access lines never hold a URL, a query or a header value."""

    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        atoms.update(r=f"{atoms['m']} {NOT_LOGGED} {atoms['H']}", U=NOT_LOGGED, q="-", f="-", a="-")
        return {
            key: "-" if key.startswith("{") and key not in KEPT_HEADERS else value
            for key, value in atoms.items()
        }
