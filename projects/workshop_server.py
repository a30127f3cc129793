"""The local web form of a workshop session: participants weigh from their phones.

Python's standard library only (``http.server.ThreadingHTTPServer`` in a thread): nothing
leaves the room and no Qt is needed. What the server guarantees:

- it listens only while a session is open, only on the one IPv4 interface the facilitator
  chose (a wildcard address is refused), and stops by itself on ``stop()``;
- every page but the landing page needs the session's random token in the URL
  (``secrets.token_urlsafe``); the landing page takes the short session code instead and
  redirects to the tokenised form;
- requests are limited in size (URL, body), in time (socket timeout) and in rate per client
  address (token buckets for pages, submissions and code attempts);
- a submission is validated in full before anything is accepted: known fields and ids only,
  weights finite and within 0..100 (and 100 points per group in points mode), scores on the
  five-point scale, names short and free of control characters; in an anonymous session the
  name is dropped on arrival;
- each form load issues a submission id (the nonce); a submission with an id the server did
  not issue is rejected (409); resubmitting an issued id *replaces* that participant's answer
  (a participant may correct themselves), so a replay can never add a participant;
- malformed requests get a 4xx with a JSON body ``{"error": key, "message": text}``;
- accepted submissions go into a thread-safe ``queue.Queue`` (and an optional callback, called
  in the server's thread); the study is only changed by whoever applies them
  (``projects.workshop.submission_command``), so nothing participants send touches the study.
"""

from __future__ import annotations

import contextlib
import hmac
import html
import ipaddress
import json
import math
import queue
import secrets
import socket
import threading
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

from criteria.scales import FivePointScale
from criteria.text import Text
from criteria.tree import Theme
from projects.messages import message
from projects.study import Study
from projects.workshop import Submission

FormMode = Literal["sliders", "points"]
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_WEIGHT = 100.0


class WorkshopServerError(ValueError):
    """A session that cannot be started as asked."""


class RequestError(ValueError):
    """A request to refuse: HTTP status, message key and fields (``str``: the English text)."""

    def __init__(self, status: HTTPStatus, key: str, **fields: Any) -> None:
        super().__init__(message(key, "en", **fields))
        self.status, self.key, self.fields = status, key, fields


# --- what the form asks ----------------------------------------------------------------------
@dataclass(frozen=True)
class FormGroup:
    """One sibling group of the criteria tree: a heading and its items (id, name)."""

    heading: Text | None  # None: the top level
    items: tuple[tuple[str, Text], ...]


@dataclass(frozen=True)
class FormSpec:
    """What the web form asks, taken from the study when the session starts."""

    title: Text
    groups: tuple[FormGroup, ...]
    mode: FormMode = "sliders"
    candidates: tuple[tuple[str, Text], ...] = ()  # only when participants may score
    scored_criteria: tuple[tuple[str, Text], ...] = ()  # five-point criteria

    @classmethod
    def from_study(
        cls, study: Study, mode: FormMode = "sliders", allow_scores: bool = False
    ) -> FormSpec:
        tree = study.criteria
        groups = [FormGroup(None, tuple((n.id, n.name) for n in tree.roots if n.enabled))]
        for node, path in tree.walk():
            if isinstance(node, Theme) and node.enabled and all(t.enabled for t in path):
                items = tuple((c.id, c.name) for c in node.children if c.enabled)
                if items:
                    groups.append(FormGroup(node.name, items))
        scored = tuple(
            (c.id, c.name)
            for c in tree.active_criteria()
            if allow_scores and isinstance(c.scale, FivePointScale)
        )
        cands = tuple((c.id, c.name) for c in study.candidates) if scored else ()
        return cls(study.title, tuple(g for g in groups if g.items), mode, cands, scored)

    @property
    def node_ids(self) -> set[str]:
        return {i for g in self.groups for i, _ in g.items}


# --- limits ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Limits:
    max_body: int = 16 * 1024
    max_path: int = 2048
    max_text: int = 80
    socket_timeout: float = 10.0
    max_open_forms: int = 5000
    max_connections: int = 64  # connections served at once; more are closed at once
    page_burst: int = 30  # requests per client, refilled at page_rate per second
    page_rate: float = 1.0
    submit_burst: int = 5
    submit_rate: float = 0.2
    code_burst: int = 5
    code_rate: float = 1 / 30


class _Buckets:
    """Token buckets per client address (thread-safe)."""

    def __init__(self, burst: int, rate: float) -> None:
        self.burst, self.rate = burst, rate
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 if the client may go on, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            tokens, since = self._state.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - since) * self.rate)
            if tokens < 1.0:
                self._state[client] = (tokens, now)
                return (1.0 - tokens) / self.rate
            self._state[client] = (tokens - 1.0, now)
            return 0.0


# --- validation ------------------------------------------------------------------------------
def _clean_text(value: Any, path: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RequestError(HTTPStatus.BAD_REQUEST, "web.error.bad_request", detail=f"{path}: text")
    text = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C").strip()
    if len(text) > limit:
        raise RequestError(
            HTTPStatus.BAD_REQUEST,
            "web.error.bad_request",
            detail=f"{path}: at most {limit} characters",
        )
    return text


def _bad(detail: str) -> RequestError:
    return RequestError(HTTPStatus.BAD_REQUEST, "web.error.bad_request", detail=detail)


def _number(value: Any, path: str) -> float:
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise _bad(f"{path} = {value[:20]!r}: not a number") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(f"{path}: not a number")
    if not math.isfinite(value):
        raise _bad(f"{path}: not a finite number")
    return float(value)


def validate_answer(spec: FormSpec, doc: Any, limits: Limits = Limits()) -> dict[str, Any]:
    """The checked content of a submission document, or a ``RequestError`` naming the field."""
    if not isinstance(doc, dict):
        raise _bad("expected a JSON object")
    allowed = {"submission_id", "name", "organisation", "weights", "scores", "lang"}
    unknown = sorted(set(doc) - allowed)
    if unknown:
        raise _bad(f"unknown field {unknown[0][:40]!r}")
    sid = doc.get("submission_id")
    if not isinstance(sid, str) or not sid:
        raise _bad("submission_id: required")
    raw_weights = doc.get("weights")
    if not isinstance(raw_weights, dict):
        raise _bad("weights: expected an object of weights")
    known = spec.node_ids
    for key in raw_weights:
        if key not in known:
            raise _bad(f"weights.{str(key)[:40]}: unknown theme or criterion")
    weights: dict[str, float] = {}
    for g in spec.groups:
        total = 0.0
        for node_id, _ in g.items:
            if node_id not in raw_weights:
                raise _bad(f"weights.{node_id}: missing")
            w = _number(raw_weights[node_id], f"weights.{node_id}")
            if not 0.0 <= w <= MAX_WEIGHT:
                raise _bad(f"weights.{node_id} = {w:g}: must be between 0 and {MAX_WEIGHT:g}")
            weights[node_id] = w
            total += w
        first = g.items[0][0]
        if spec.mode == "points" and abs(total - 100.0) > 0.5:
            raise _bad(f"weights.{first}..: the group has {total:g} of 100 points")
        if total <= 0:
            raise _bad(f"weights.{first}..: give at least one item in the group some weight")
    scores: dict[tuple[str, str], float] = {}
    raw_scores = doc.get("scores") or {}
    if not isinstance(raw_scores, dict):
        raise _bad("scores: expected an object")
    if raw_scores and not spec.scored_criteria:
        raise _bad("scores: this session does not ask for scores")
    candidates = {c for c, _ in spec.candidates}
    criteria = {c for c, _ in spec.scored_criteria}
    for cand, row in raw_scores.items():
        if cand not in candidates or not isinstance(row, dict):
            raise _bad(f"scores.{str(cand)[:40]}: unknown candidate")
        for crit, value in row.items():
            where = f"scores.{cand}.{str(crit)[:40]}"
            if crit not in criteria:
                raise _bad(f"{where}: unknown criterion")
            if value in (None, ""):
                continue
            number = _number(value, where)
            if number not in (-2.0, -1.0, 0.0, 1.0, 2.0):
                raise _bad(f"{where} = {number:g}: a score runs from -2 to 2 in whole steps")
            scores[(cand, crit)] = number
    return {
        "submission_id": sid,
        "name": _clean_text(doc.get("name"), "name", limits.max_text),
        "organisation": _clean_text(doc.get("organisation"), "organisation", limits.max_text),
        "weights": weights,
        "scores": scores,
    }


def form_fields_to_doc(fields: dict[str, list[str]]) -> dict[str, Any]:
    """A urlencoded form post (the JavaScript-free path) as a submission document."""
    doc: dict[str, Any] = {"weights": {}, "scores": {}}
    for key, values in fields.items():
        if len(values) != 1:
            raise _bad(f"{key[:40]}: given {len(values)} times")
        value = values[0]
        if key.startswith("w."):
            doc["weights"][key[2:]] = value
        elif key.startswith("s."):
            cand, _, crit = key[2:].partition(".")
            doc["scores"].setdefault(cand, {})[crit] = value
        else:
            doc[key] = value
    return doc


# --- the session -----------------------------------------------------------------------------
def local_addresses() -> list[str]:
    """This machine's IPv4 addresses the facilitator can choose from (loopback first)."""
    found = {"127.0.0.1"}
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    except OSError:
        pass
    return sorted(found, key=lambda a: (not a.startswith("127."), a))


class WorkshopSession:
    """A web form session: ``start()``, hand out ``url`` (or ``short_url`` + ``code``),
    read ``submissions`` (a ``queue.Queue`` of ``Submission``), ``stop()``.

    ``on_submission`` is called in a server thread for every accepted submission; a GUI
    must hand it over to its own thread (e.g. a queued Qt signal)."""

    def __init__(
        self,
        spec: FormSpec,
        host: str = "127.0.0.1",
        port: int = 0,
        anonymous: bool = False,
        on_submission: Callable[[Submission], None] | None = None,
        limits: Limits = Limits(),
    ) -> None:
        try:
            address = ipaddress.IPv4Address(host)
        except ValueError:
            raise WorkshopServerError(f"host {host!r}: give one IPv4 address") from None
        if address.is_unspecified or address.is_multicast:
            raise WorkshopServerError(f"host {host}: choose one interface, not all of them")
        self.spec, self.host, self.port = spec, host, port
        self.anonymous, self.on_submission, self.limits = anonymous, on_submission, limits
        self.token = secrets.token_urlsafe(24)
        self.code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
        self.submissions: queue.Queue[Submission] = queue.Queue()
        self._forms: OrderedDict[str, int] = OrderedDict()  # submission id -> times accepted
        self._lock = threading.Lock()
        self._pages = _Buckets(limits.page_burst, limits.page_rate)
        self._submits = _Buckets(limits.submit_burst, limits.submit_rate)
        self._codes = _Buckets(limits.code_burst, limits.code_rate)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> WorkshopSession:
        if self._server is not None:
            return self

        class Handler(_Handler):
            pass

        Handler.session = self
        Handler.timeout = self.limits.socket_timeout
        server = _Server((self.host, self.port), Handler, self.limits.max_connections)
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Close the session: stop listening and release the port."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> WorkshopSession:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def short_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def url(self) -> str:
        """The form's address with the token (for the QR code)."""
        return f"{self.short_url}s/{self.token}/"

    # bookkeeping used by the handler
    def issue_form(self) -> str:
        sid = secrets.token_hex(8)
        with self._lock:
            self._forms[sid] = 0
            while len(self._forms) > self.limits.max_open_forms:
                self._forms.popitem(last=False)
        return sid

    def accept(self, answer: dict[str, Any]) -> bool:
        """Deliver a validated answer; True when it replaced an earlier one."""
        sid = answer["submission_id"]
        with self._lock:
            if sid not in self._forms:
                raise RequestError(HTTPStatus.CONFLICT, "web.error.unknown_form")
            updated = self._forms[sid] > 0
            self._forms[sid] += 1
            submission = Submission(
                submission_id=f"web-{sid}",
                weights=answer["weights"],
                name="" if self.anonymous else answer["name"],
                organisation="" if self.anonymous else answer["organisation"],
                scores=answer["scores"],
            )
            self.submissions.put(submission)  # under the lock: queue order = acceptance order
        if self.on_submission is not None:
            with contextlib.suppress(Exception):  # a faulty listener must not break the session
                self.on_submission(submission)
        return updated

    def token_ok(self, token: str) -> bool:
        return hmac.compare_digest(token.encode(), self.token.encode())

    def code_ok(self, code: str) -> bool:
        return hmac.compare_digest(code.strip().upper().encode(), self.code.encode())


# --- HTTP ------------------------------------------------------------------------------------
class _Server(ThreadingHTTPServer):
    """A threading server that serves at most ``max_connections`` connections at once."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type, max_connections: int) -> None:
        super().__init__(address, handler)
        self._slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)  # too busy: drop the connection
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request, client_address) -> None:
        """Quiet: a client that hangs up mid-request is not the facilitator's problem."""


_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; img-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


class _Handler(BaseHTTPRequestHandler):
    session: WorkshopSession
    server_version = "Weegwijzer"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Quiet: the access log would contain the session token."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's own refusals (bad request line, headers) as JSON too."""
        self.close_connection = True
        status = HTTPStatus(code)
        key = status.phrase.lower().replace(" ", "_")
        self._json(code, {"error": key, "message": message or status.phrase})

    # responses
    def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        for key, value in {**_HEADERS, **(extra or {})}.items():
            self.send_header(key, value)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, doc: dict, extra: dict | None = None) -> None:
        body = json.dumps(doc, ensure_ascii=False).encode()
        self._send(status, body, "application/json; charset=utf-8", extra)

    def _html(self, page: str, status: int = 200) -> None:
        self._send(status, page.encode(), "text/html; charset=utf-8")

    def _error(self, exc: RequestError, lang: str) -> None:
        extra = {}
        if exc.status == HTTPStatus.TOO_MANY_REQUESTS:
            extra["Retry-After"] = str(exc.fields.get("seconds", 1))
        if exc.status == HTTPStatus.REQUEST_ENTITY_TOO_LARGE:
            self.close_connection = True
        text = message(exc.key, lang, **exc.fields)
        self._json(
            exc.status, {"error": exc.key.removeprefix("web.error."), "message": text}, extra
        )

    # dispatch
    def _route(self, method: str) -> None:
        lang = "nl"
        try:
            if len(self.path) > self.session.limits.max_path:
                raise RequestError(
                    HTTPStatus.REQUEST_URI_TOO_LONG,
                    "web.error.too_large",
                    limit=self.session.limits.max_path,
                )
            parts = urlsplit(self.path)
            query = parse_qs(parts.query, max_num_fields=8)
            lang = "en" if query.get("lang") == ["en"] else "nl"
            wait = self.session._pages.take(self.client_address[0])
            if wait:
                raise RequestError(
                    HTTPStatus.TOO_MANY_REQUESTS, "web.error.rate", seconds=math.ceil(wait)
                )
            segments = [s for s in parts.path.split("/") if s]
            if method == "GET" and not segments:
                return self._html(_landing_page(self.session, lang))
            if method == "GET" and segments == ["join"]:
                return self._join(query, lang)
            if len(segments) >= 2 and segments[0] == "s" and self.session.token_ok(segments[1]):
                rest = segments[2:]
                if method == "GET" and not rest:
                    return self._html(_form_page(self.session, self.session.issue_form(), lang))
                if method == "POST" and rest == ["submit"]:
                    return self._submit(lang)
                raise RequestError(HTTPStatus.METHOD_NOT_ALLOWED, "web.error.method")
            raise RequestError(HTTPStatus.NOT_FOUND, "web.error.not_found")
        except RequestError as exc:
            self._error(exc, lang)
        except ValueError as exc:  # parse_qs with too many fields and similar
            self._error(_bad(str(exc)[:80]), lang)

    def do_GET(self) -> None:  # noqa: N802
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def _refuse(self) -> None:
        self.close_connection = True
        self._error(RequestError(HTTPStatus.METHOD_NOT_ALLOWED, "web.error.method"), "nl")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _refuse  # noqa: N815

    def _join(self, query: dict[str, list[str]], lang: str) -> None:
        wait = self.session._codes.take(self.client_address[0])
        if wait:
            raise RequestError(
                HTTPStatus.TOO_MANY_REQUESTS, "web.error.rate", seconds=math.ceil(wait)
            )
        code = (query.get("code") or [""])[0][:20]
        if not self.session.code_ok(code):
            raise RequestError(HTTPStatus.FORBIDDEN, "web.error.bad_code")
        location = f"/s/{self.session.token}/" + ("?lang=en" if lang == "en" else "")
        self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", {"Location": location})

    def _body(self) -> bytes:
        raw = self.headers.get("Content-Length")
        if raw is None or not raw.strip().isdigit():
            self.close_connection = True
            raise RequestError(HTTPStatus.LENGTH_REQUIRED, "web.error.length")
        length = int(raw)
        limit = self.session.limits.max_body
        if length > limit:
            raise RequestError(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "web.error.too_large", limit=limit
            )
        body = self.rfile.read(length)
        if len(body) != length:
            raise RequestError(HTTPStatus.BAD_REQUEST, "web.error.length")
        return body

    def _submit(self, lang: str) -> None:
        wait = self.session._submits.take(self.client_address[0])
        if wait:
            raise RequestError(
                HTTPStatus.TOO_MANY_REQUESTS, "web.error.rate", seconds=math.ceil(wait)
            )
        body = self._body()
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        as_form = ctype == "application/x-www-form-urlencoded"
        try:
            text = body.decode("utf-8")
            if as_form:
                doc = form_fields_to_doc(parse_qs(text, keep_blank_values=True, max_num_fields=500))
            elif ctype == "application/json":
                doc = json.loads(text, parse_constant=_reject_constant)
            else:
                raise _bad("Content-Type must be application/json or a form post")
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise _bad(f"not valid JSON ({type(exc).__name__})") from None
        lang = (
            doc.get("lang") if isinstance(doc, dict) and doc.get("lang") in ("nl", "en") else lang
        )
        answer = validate_answer(self.session.spec, doc, self.session.limits)
        updated = self.session.accept(answer)
        if as_form:
            return self._html(_thanks_page(lang))
        self._json(
            HTTPStatus.OK,
            {"status": "ok", "updated": updated, "message": message("web.thanks", lang)},
        )


def _reject_constant(name: str) -> None:
    raise _bad(f"{name} is not a finite number")


# --- pages -----------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:40rem;margin:auto;
background:#fafafa;color:#222;font-size:1.05rem}
h1{font-size:1.3rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
fieldset{border:1px solid #ccc;border-radius:.5rem;margin:.8rem 0;background:#fff}
label{display:block;margin:.6rem 0 .2rem}input[type=range]{width:100%}
input[type=text],input[type=number],select{width:100%;font-size:1rem;padding:.4rem;box-sizing:border-box}
button{font-size:1.1rem;padding:.7rem 1.4rem;margin-top:1rem;background:#0072b2;color:#fff;
border:0;border-radius:.4rem}.left{font-size:.9rem;color:#555}.msg{padding:.6rem;margin-top:1rem;
background:#e8f4ea;border-radius:.4rem}.err{background:#fde8e8}output{font-weight:bold}
"""

_JS = """
const f=document.getElementById('f'),msg=document.getElementById('msg');
function upd(){let ok=true;document.querySelectorAll('fieldset[data-group]').forEach(fs=>{
let t=0;fs.querySelectorAll('input[data-w]').forEach(i=>{t+=Number(i.value)||0;
const o=document.getElementById('o-'+i.name);if(o)o.textContent=i.value});
const l=fs.querySelector('.left');if(l){l.textContent=(100-t)+' '+l.dataset.label;
if(t!==100)ok=false}});f.querySelector('button[type=submit]').disabled=!ok;}
f.addEventListener('input',upd);upd();
f.addEventListener('submit',async e=>{e.preventDefault();const d={weights:{},scores:{}};
for(const [k,v] of new FormData(f)){if(k.startsWith('w.'))d.weights[k.slice(2)]=Number(v);
else if(k.startsWith('s.')){const [c,r]=k.slice(2).split('.');
if(v!==''){(d.scores[c]=d.scores[c]||{})[r]=Number(v)}}
else d[k]=v}
try{const r=await fetch(f.action,{method:'POST',headers:{'Content-Type':'application/json'},
body:JSON.stringify(d)});const j=await r.json();msg.textContent=j.message;
msg.className=r.ok?'msg':'msg err'}catch(x){msg.textContent=String(x);msg.className='msg err'}});
"""


def _page(title: str, body: str, lang: str, script: str = "") -> str:
    js = f"<script>{script}</script>" if script else ""
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>"
        f"<body>{body}{js}</body></html>"
    )


def _landing_page(session: WorkshopSession, lang: str) -> str:
    t = message
    body = (
        f"<h1>{html.escape(t('web.title', lang))}</h1>"
        '<form method="get" action="/join">'
        f'<label for="code">{html.escape(t("web.code", lang))}</label>'
        '<input type="text" id="code" name="code" autocomplete="off" maxlength="12" '
        'autocapitalize="characters" required>'
        f'<input type="hidden" name="lang" value="{lang}">'
        f'<button type="submit">{html.escape(t("web.join", lang))}</button></form>'
    )
    return _page(t("web.title", lang), body, lang)


def _form_page(session: WorkshopSession, sid: str, lang: str) -> str:
    spec, t, esc = session.spec, message, html.escape
    other = "nl" if lang == "en" else "en"
    parts = [
        f'<p><a href="?lang={other}">{esc(t("web.other_language", lang))}</a></p>',
        f"<h1>{esc(spec.title.get(lang))}</h1>",
        f"<p>{esc(t('web.intro.' + spec.mode, lang))}</p>",
        f'<form id="f" method="post" action="/s/{session.token}/submit">',
        f'<input type="hidden" name="submission_id" value="{sid}">',
        f'<input type="hidden" name="lang" value="{lang}">',
    ]
    if session.anonymous:
        parts.append(f"<p>{esc(t('web.anonymous', lang))}</p>")
    else:
        for key in ("name", "organisation"):
            parts.append(
                f'<label for="{key}">{esc(t("web." + key, lang))}</label>'
                f'<input type="text" id="{key}" name="{key}" maxlength="{session.limits.max_text}">'
            )
    for n, group in enumerate(spec.groups):
        heading = group.heading.get(lang) if group.heading else t("web.top", lang)
        parts.append(f'<fieldset data-group="{n}"><legend>{esc(heading)}</legend>')
        value = 100 // len(group.items) if spec.mode == "points" else 50
        for i, (node_id, name) in enumerate(group.items):
            v = value + (100 - value * len(group.items) if spec.mode == "points" and i == 0 else 0)
            field = f"w.{node_id}"
            parts.append(
                f'<label for="{esc(field)}">{esc(name.get(lang))} '
                f'<output id="o-{esc(field)}">{v}</output></label>'
                f'<input type="range" data-w min="0" max="100" step="1" value="{v}" '
                f'id="{esc(field)}" name="{esc(field)}">'
            )
        if spec.mode == "points":
            parts.append(f'<p class="left" data-label="{esc(t("web.left", lang))}"></p>')
        parts.append("</fieldset>")
    if spec.scored_criteria:
        parts.append(f"<h2>{esc(t('web.scores', lang))}</h2>")
        options = f'<option value="">{esc(t("web.no_score", lang))}</option>' + "".join(
            f'<option value="{v}">{label}</option>'
            for v, label in zip(range(-2, 3), ("--", "-", "0", "+", "++"), strict=True)
        )
        for cand, cname in spec.candidates:
            parts.append(f"<fieldset><legend>{esc(cname.get(lang))}</legend>")
            for crit, crit_name in spec.scored_criteria:
                field = f"s.{cand}.{crit}"
                parts.append(
                    f'<label for="{esc(field)}">{esc(crit_name.get(lang))}</label>'
                    f'<select id="{esc(field)}" name="{esc(field)}">{options}</select>'
                )
            parts.append("</fieldset>")
    parts.append(f'<button type="submit">{esc(t("web.submit", lang))}</button></form>')
    parts.append('<p id="msg" role="status"></p>')
    return _page(spec.title.get(lang), "".join(parts), lang, _JS)


def _thanks_page(lang: str) -> str:
    body = f'<p class="msg" id="msg">{html.escape(message("web.received", lang))}</p>'
    return _page(message("web.title", lang), body, lang)
