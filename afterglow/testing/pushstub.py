"""A Web Push service on 127.0.0.1 for tests: it checks the VAPID signature the way a real
push service does and decrypts each message (RFC 8291, aes128gcm) with the keys of the
subscription it was sent to, so a test reads exactly what a phone would show."""

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import http_ece
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Device:
    key: ec.EllipticCurvePrivateKey
    auth: bytes
    endpoint: str

    @property
    def p256dh(self) -> str:
        point = self.key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return b64(point)


@dataclass
class PushStub:
    server_key: str  # the application server key (base64url point) a message must be signed by
    status: int = 201  # what the stub answers
    delay: float = 0.0  # seconds before answering (a push service that hangs)
    received: list[dict[str, Any]] = field(default_factory=list)
    devices: dict[str, Device] = field(default_factory=dict)

    def start(self) -> "PushStub":
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                time.sleep(stub.delay)
                stub.check(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                self.send_response(stub.status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def device(self, name: str) -> Device:
        device = Device(ec.generate_private_key(ec.SECP256R1()), b"0123456789abcdef"[:16], "")
        device.endpoint = f"{self.base}/push/{name}"
        self.devices[f"/push/{name}"] = device
        return device

    def check(self, path: str, headers: dict[str, str], body: bytes) -> None:
        """Refuse (record an error) unless the VAPID token verifies under the server key and
        the body decrypts with the device's keys."""
        entry: dict[str, Any] = {"path": path, "ttl": headers.get("ttl")}
        try:
            auth = headers["authorization"]
            token = auth.split("t=")[1].split(",")[0].strip()
            key = auth.split("k=")[1].split(",")[0].strip()
            assert key == self.server_key, "signed by another key"
            head, claims, signature = token.split(".")
            raw = unb64(signature)
            der = encode_dss_signature(int.from_bytes(raw[:32]), int.from_bytes(raw[32:]))
            public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64(key))
            public.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
            claim = json.loads(unb64(claims))
            assert claim["aud"] == self.base and claim["exp"] > time.time() and claim["sub"]
            device = self.devices[path]
            plain = http_ece.decrypt(
                body, private_key=device.key, auth_secret=device.auth, version="aes128gcm"
            )
            entry["message"] = json.loads(plain)
        except Exception as error:  # noqa: BLE001 - a test reads what went wrong
            entry["error"] = repr(error)
        self.received.append(entry)
