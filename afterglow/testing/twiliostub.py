"""Twilio's Messages API on 127.0.0.1 for tests: checks Basic auth, records each message,
answers as Twilio does (201 with a sid, or the status a test sets)."""

import base64
import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class TwilioStub:
    sid: str
    token: str
    status: int = 201
    messages: list[dict[str, str]] = field(default_factory=list)

    def start(self) -> "TwilioStub":
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                expected = base64.b64encode(f"{stub.sid}:{stub.token}".encode()).decode()
                path_ok = self.path == f"/2010-04-01/Accounts/{stub.sid}/Messages.json"
                if self.headers.get("Authorization") != f"Basic {expected}" or not path_ok:
                    self._answer(401, {"code": 20003})
                    return
                fields = dict(urllib.parse.parse_qsl(body))
                if stub.status >= 300:
                    self._answer(stub.status, {"code": 21610})
                    return
                stub.messages.append(fields)
                self._answer(201, {"sid": f"SM{len(stub.messages):032d}"})

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
