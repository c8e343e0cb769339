"""A small browser-less HTTP client for tests against real server processes: cookies, CSRF
tokens read from forms, no redirects followed (tests look at them)."""

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass


@dataclass
class Reply:
    status: int
    location: str
    text: str


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


class Agent:
    def __init__(self, jar: http.cookiejar.CookieJar | None = None) -> None:
        self.jar = jar or http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect
        )

    def get(self, url: str) -> Reply:
        return self._open(urllib.request.Request(url))

    def post_form(self, url: str, fields: dict[str, str], *, token_from: str = "") -> Reply:
        """POST ``fields`` with the CSRF token of the form at ``token_from`` (default: url)."""
        page = self.get(token_from or url).text
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        data = {**fields, "csrfmiddlewaretoken": match.group(1) if match else ""}
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(data, doseq=True).encode(),
            headers={"Referer": url, "Content-Type": "application/x-www-form-urlencoded"},
        )
        return self._open(request)

    def _open(self, request: urllib.request.Request) -> Reply:
        try:
            with self.opener.open(request, timeout=30) as reply:
                return Reply(reply.status, reply.headers.get("Location", ""), reply.read().decode())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.headers.get("Location", ""), error.read().decode())
