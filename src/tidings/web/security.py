"""The web UI's safety rules, in one place: read-only methods and strict response headers.

* Only GET and HEAD are served; anything else gets 405 before it reaches a route, so no handler
  can be reached with a method that suggests a write (the database is opened read-only as well).
* Every response carries a Content-Security-Policy that allows scripts, styles, images and
  fetches from this origin only, with no inline script or style and no ``unsafe-*`` escape
  hatches: even if some page-derived text slipped through unescaped, a browser would not run it.
  Article images are therefore shown as links, not loaded from the outlets' servers (which would
  also tell those servers what the user is reading).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

READ_METHODS = frozenset({"GET", "HEAD"})


class ReadOnlyHeaders:
    """ASGI middleware: refuse non-read methods with 405 and add the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        if scope["method"] not in READ_METHODS:
            body = b'{"detail":"this server is read-only: only GET and HEAD are allowed"}'
            await send_with_headers(
                {
                    "type": "http.response.start",
                    "status": 405,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"allow", b"GET, HEAD"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send_with_headers({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send_with_headers)
