"""`kg serve`: the real Oxigraph SPARQL 1.1 server, read-only, over a kg store.

Oxigraph runs as a child on a private loopback port behind a small proxy that kg owns. The
proxy refuses `SERVICE` (so the server is never a relay to other hosts) and is the watchdog
of `--timeout`: a query that has not answered in time gets a 503 and the child, which would
go on computing, is replaced by a fresh one. SIGTERM, SIGINT and SIGHUP stop the child too,
and the child is told by the kernel to stop if kg dies (Linux parent-death signal).
"""

from __future__ import annotations

import contextlib
import http.client
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import GraphError, KgError

MAX_BODY = 1_000_000  # a SPARQL request larger than this is refused (413)
START_WAIT = 30.0  # seconds the Oxigraph child gets to start listening


def server_command(store: Path, bind: str = "127.0.0.1:7878", timeout: int = 30) -> list[str]:
    """The oxigraph command line that serves ``store`` read-only."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise GraphError("the `oxigraph` server is not installed; run `make run` (pip oxigraph).")
    from kg.io.fsio import store_location

    location = store_location(store)
    return [
        exe,
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        bind,
        "--union-default-graph",
        "--timeout-s",
        str(timeout),
    ]


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _split_bind(bind: str) -> tuple[str, int]:
    host, _, port = bind.rpartition(":")
    try:
        return host.strip("[]") or "127.0.0.1", int(port)
    except ValueError:
        raise KgError(f"--bind {bind!r}: write it as HOST:PORT, e.g. 127.0.0.1:7878.") from None


class Upstream:
    """The Oxigraph child: started, watched, replaced after a runaway query, stopped."""

    def __init__(self, store: Path, timeout: int) -> None:
        self.store, self.timeout = store, timeout
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.generation = 0
        self.lock = threading.Lock()
        self.restart_wanted = threading.Event()

    def start(self) -> None:
        self.port = _free_port()
        command = server_command(self.store, f"127.0.0.1:{self.port}", self.timeout)
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + START_WAIT
        while time.monotonic() < deadline:  # bounded wait for the child to listen
            if self.proc.poll() is not None:
                raise GraphError(
                    f"{self.store}: the Oxigraph server stopped at start "
                    f"(exit {self.proc.returncode}). Rebuild the store with `kg build --store`."
                )
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5),
            ):
                return
            time.sleep(0.05)
        self.stop()
        raise GraphError(f"{self.store}: the Oxigraph server did not start listening in time.")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def restart(self) -> None:
        with self.lock:
            self.stop()
            self.start()
            self.generation += 1
            self.restart_wanted.clear()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


def _query_text(method: str, target: str, headers: Any, body: bytes) -> str:
    parts = urlsplit(target)
    texts = parse_qs(parts.query).get("query", []) + parse_qs(parts.query).get("update", [])
    if method == "POST":
        kind = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        decoded = body.decode("utf-8", "replace")
        if kind == "application/x-www-form-urlencoded":
            form = parse_qs(decoded)
            texts += form.get("query", []) + form.get("update", [])
        else:
            texts.append(decoded)
    return "\n".join(texts)


def make_handler(upstream: Upstream, timeout: int, allow_service: bool) -> type:
    """The proxy's request handler class."""
    from kg.io.offline import ENV, uses_service

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 60  # seconds a client may stay silent: a slow client cannot hold a thread

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet, like the Oxigraph server it fronts

        def _reply(self, status: int, text: str) -> None:
            data = (text + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _forward(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._reply(413, f"request body over {MAX_BODY} bytes")
                return
            body = self.rfile.read(length) if length else b""
            text = _query_text(method, self.path, self.headers, body)
            if not allow_service and uses_service(text):
                self._reply(
                    403,
                    "SERVICE is refused: this server never sends requests to other hosts. "
                    f"Start it with `kg serve --allow-network` (or {ENV}=1) to allow it.",
                )
                return
            generation = upstream.generation
            conn = http.client.HTTPConnection("127.0.0.1", upstream.port, timeout=timeout)
            headers = {
                k: v
                for k, v in self.headers.items()
                if k.lower() in ("accept", "content-type", "accept-encoding")
            }
            deadline = time.monotonic() + timeout
            try:
                conn.request(method, self.path, body=body or None, headers=headers)
                answer = conn.getresponse()
                chunks = []
                while chunk := answer.read(65536):  # results stream: the deadline is overall
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise TimeoutError
                data = b"".join(chunks)
            except TimeoutError:
                if upstream.generation == generation:
                    upstream.restart_wanted.set()  # the child may compute for ever: replace it
                self._reply(503, f"query stopped after the {timeout} s timeout")
                return
            except OSError:
                self._reply(503, "the SPARQL engine is restarting; try again")
                return
            finally:
                conn.close()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() in ("content-type", "content-disposition", "vary", "allow"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._forward("GET")

        def do_POST(self) -> None:
            self._forward("POST")

        def do_HEAD(self) -> None:
            self._reply(405, "HEAD is not supported")

    return Handler


def serve(
    store: Path, bind: str = "127.0.0.1:7878", timeout: int = 30, allow_service: bool = False
) -> int:
    """Run the server in the foreground until interrupted (Ctrl-C, SIGTERM or SIGHUP)."""
    host, port = _split_bind(bind)
    if timeout < 1:
        raise KgError(f"--timeout {timeout}: give a whole number of seconds, at least 1.")
    server_command(store)  # fail early, with one line, on a missing store or server
    upstream = Upstream(store, timeout)
    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    previous = {
        s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    }
    try:
        upstream.start()
        try:
            httpd = ThreadingHTTPServer(
                (host, port), make_handler(upstream, timeout, allow_service)
            )
        except OSError as exc:
            raise KgError(f"--bind {bind}: cannot listen there ({exc.strerror}).") from exc
        httpd.daemon_threads = True
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        print(f"SPARQL endpoint: http://{bind}/query (read-only; Ctrl-C stops)", flush=True)
        while not stop.wait(0.2):
            if upstream.restart_wanted.is_set() or not upstream.alive():
                upstream.restart()
        httpd.shutdown()
        httpd.server_close()
        return 0
    finally:
        upstream.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
