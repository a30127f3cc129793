"""The workshop web form on loopback: concurrent clients, hostile requests, exact results.

Every client has its own loopback source address (127.0.x.y), so per-client rate limits apply
per simulated phone. All requests have timeouts and every loop is bounded.
"""

import http.client
import json
import queue
import re
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.text import Text
from projects.commands import UndoStack
from projects.workshop import submission_command
from projects.workshop_server import (
    FormSpec,
    Limits,
    RequestError,
    WorkshopServerError,
    WorkshopSession,
    local_addresses,
    validate_answer,
)
from tests.factories import make_study

NODES = ("groen", "stad", "bomen", "water", "wonen", "kosten")


def request(session, method, path, body=b"", headers=None, source="127.0.0.1"):
    conn = http.client.HTTPConnection(
        "127.0.0.1", session.port, timeout=5, source_address=(source, 0)
    )
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def load_form(session, source):
    status, _, page = request(session, "GET", f"/s/{session.token}/", source=source)
    assert status == 200
    return re.search(rb'name="submission_id" value="(\w+)"', page).group(1).decode()


def post_json(session, doc, source, token=None):
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    path = f"/s/{token or session.token}/submit"
    return request(session, "POST", path, body, {"Content-Type": "application/json"}, source)


def weights(value=50):
    return dict.fromkeys(NODES, value)


@pytest.fixture
def session():
    """A session whose buckets refill so slowly that no test depends on how fast it runs."""
    spec = FormSpec.from_study(make_study(), allow_scores=True)
    limits = Limits(socket_timeout=3, submit_rate=1e-3, code_rate=1e-3)
    s = WorkshopSession(spec, "127.0.0.1", 0, limits=limits).start()
    try:
        yield s
    finally:
        s.stop()


def drain(q: queue.Queue):
    out = []
    while True:
        try:
            out.append(q.get_nowait())
        except queue.Empty:
            return out


def test_concurrent_clients_and_hostile_requests(session):
    def honest(i):
        source = f"127.0.1.{i + 1}"
        sid = load_form(session, source)
        first = {"submission_id": sid, "name": f"Deelnemer {i}", "weights": weights(10 + i)}
        status, _, body = post_json(session, first, source)
        assert status == 200 and json.loads(body)["updated"] is False
        if i % 2:  # odd participants correct themselves: same form, new weights
            again = {**first, "weights": weights(60 + i), "scores": {"A": {"bomen": -2}}}
            status, _, body = post_json(session, again, source)
            assert status == 200 and json.loads(body)["updated"] is True
        return sid

    def changed(sid, **changes):
        return {"submission_id": sid, "weights": weights(), **changes}

    def with_weight(sid, **w):
        return changed(sid, weights={**weights(), **w})

    deep = b'{"submission_id": "x", "weights": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    json_bodies = {
        "malformed": lambda sid: b'{"weights": {',
        "not utf-8": lambda sid: b"\xff\xfe{}",
        "deep": lambda sid: deep,
        "array": lambda sid: b"[1, 2]",
        "unknown id": lambda sid: with_weight(sid, x=1),
        "missing id": lambda sid: changed(sid, weights={"groen": 1}),
        "too heavy": lambda sid: with_weight(sid, bomen=101),
        "negative": lambda sid: with_weight(sid, bomen=-1),
        "nan": lambda sid: json.dumps(changed(sid)).replace('"groen": 50', '"groen": NaN').encode(),
        "text weight": lambda sid: with_weight(sid, stad="veel"),
        "all zero": lambda sid: changed(sid, weights=weights(0)),
        "bad score": lambda sid: changed(sid, scores={"A": {"bomen": 3}}),
        "unknown candidate": lambda sid: changed(sid, scores={"Z": {"bomen": 1}}),
        "extra field": lambda sid: changed(sid, admin=True),
        "long name": lambda sid: changed(sid, name="x" * 500),
        "unissued id": lambda sid: changed("0" * 16),
    }
    submit = f"/s/{session.token}/submit"
    text_plain = {"Content-Type": "text/plain"}
    other = {
        "wrong token": lambda sid, src: post_json(session, changed(sid), src, token="x" * 32),
        "no length": lambda sid, src: raw_post(session, src, None),
        "oversized": lambda sid, src: raw_post(session, src, 10_000_000),
        "wrong type": lambda sid, src: request(
            session, "POST", submit, json.dumps(changed(sid)).encode(), text_plain, src
        ),
        "put": lambda sid, src: request(session, "PUT", submit, b"{}", {}, src),
        "long url": lambda sid, src: request(session, "GET", "/" + "a" * 5000, source=src),
    }
    for kind, make in json_bodies.items():
        other[kind] = lambda sid, src, make=make: post_json(session, make(sid), src)
    cases = list(other.items())

    def hostile(case):
        n, (kind, send) = case
        source = f"127.0.2.{n + 1}"
        return kind, send(load_form(session, source), source)

    expected = {
        "wrong token": 404, "unissued id": 409, "no length": 411, "oversized": 413,
        "put": 405, "long url": 414,
    }  # fmt: skip
    with ThreadPoolExecutor(max_workers=8) as pool:
        honest_ids = pool.map(honest, range(8))
        results = list(pool.map(hostile, enumerate(cases)))
        honest_ids = list(honest_ids)
    for kind, (status, headers, body) in results:
        assert status == expected.get(kind, 400), (kind, status, body)
        reply = json.loads(body)
        assert reply["message"] and reply["error"], kind
        assert headers["Content-Type"].startswith("application/json")

    stack = UndoStack(make_study())
    for submission in drain(session.submissions):
        stack.push(submission_command(submission))
    people = {p.id: p for p in stack.study.participants}
    assert set(people) == {f"web-{sid}" for sid in honest_ids}
    for i, sid in enumerate(honest_ids):
        p = people[f"web-{sid}"]
        assert p.name == f"Deelnemer {i}"
        assert p.weights == weights(60 + i if i % 2 else 10 + i)
        assert p.scores == ({("A", "bomen"): -2.0} if i % 2 else {})


def raw_post(session, source, length):
    conn = http.client.HTTPConnection(
        "127.0.0.1", session.port, timeout=5, source_address=(source, 0)
    )
    try:
        conn.putrequest("POST", f"/s/{session.token}/submit")
        conn.putheader("Content-Type", "application/json")
        if length is not None:
            conn.putheader("Content-Length", str(length))
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def test_rate_limit_burst_from_one_client(session):
    source = "127.0.3.1"
    sid = load_form(session, source)
    statuses = [
        post_json(session, {"submission_id": sid, "weights": weights(7)}, source)[0]
        for _ in range(session.limits.submit_burst + 5)
    ]
    assert statuses[: session.limits.submit_burst] == [200] * session.limits.submit_burst
    assert 429 in statuses
    status, headers, _ = post_json(session, {"submission_id": sid, "weights": weights(7)}, source)
    assert status == 429 and int(headers["Retry-After"]) >= 1
    assert post_json(session, {"submission_id": sid, "weights": weights(7)}, "127.0.3.2")[0] == 200
    people = {s.submission_id for s in drain(session.submissions)}
    assert people == {f"web-{sid}"}  # many accepted posts of one form: one participant


def test_session_code_joins_and_guessing_is_limited(session):
    status, headers, _ = request(session, "GET", f"/join?code={session.code.lower()}")
    assert status == 303 and headers["Location"] == f"/s/{session.token}/"
    statuses = [
        request(session, "GET", "/join?code=AAAAAA", source="127.0.4.1")[0] for _ in range(8)
    ]
    assert statuses[:5] == [403] * 5 and statuses[5:] == [429] * 3
    assert request(session, "GET", "/")[0] == 200
    assert request(session, "GET", "/s/wrong/")[0] == 404


def test_form_page_is_escaped_bilingual_and_locked_down():
    study = make_study()
    evil = replace(study.candidates[0], name=Text("<script>alert(1)</script>", "x"))
    study = replace(study, candidates=(evil, *study.candidates[1:]))
    spec = FormSpec.from_study(study, mode="points", allow_scores=True)
    with WorkshopSession(spec, anonymous=True) as s:
        status, headers, page = request(s, "GET", f"/s/{s.token}/")
        _, _, english = request(s, "GET", f"/s/{s.token}/?lang=en")
    assert status == 200 and b"<script>alert" not in page and b"&lt;script&gt;" in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "Verdeel per groep precies 100 punten" in page.decode()
    assert "Divide exactly 100 points" in english.decode()
    assert b'name="name"' not in page  # anonymous: no name field


def test_form_post_without_javascript_and_anonymous_drops_name():
    spec = FormSpec.from_study(make_study())
    with WorkshopSession(spec, anonymous=True) as s:
        sid = load_form(s, "127.0.0.1")
        fields = {"submission_id": sid, "name": "Piet", **{f"w.{n}": "30" for n in NODES}}
        status, headers, page = request(
            s,
            "POST",
            f"/s/{s.token}/submit",
            urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        (submission,) = drain(s.submissions)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Dank u" in page.decode()
    assert submission.name == "" and submission.weights == dict.fromkeys(NODES, 30.0)


def test_points_mode_needs_100_per_group():
    spec = FormSpec.from_study(make_study(), mode="points")
    good = {"groen": 60, "stad": 40, "bomen": 50, "water": 50, "wonen": 100, "kosten": 0}
    answer = validate_answer(spec, {"submission_id": "a", "weights": good})
    assert answer["weights"]["groen"] == 60
    with pytest.raises(RequestError, match="weights.groen..: the group has 90 of 100 points"):
        validate_answer(spec, {"submission_id": "a", "weights": {**good, "stad": 30}})


def test_binding_rules_and_stop():
    assert local_addresses()[0] == "127.0.0.1"
    spec = FormSpec.from_study(make_study())
    for host in ("0.0.0.0", "", "example.org"):
        with pytest.raises(WorkshopServerError):
            WorkshopSession(spec, host)
    delivered = []
    s = WorkshopSession(spec, on_submission=delivered.append).start()
    sid = load_form(s, "127.0.0.1")
    assert post_json(s, {"submission_id": sid, "weights": weights()}, "127.0.0.1")[0] == 200
    assert [d.submission_id for d in delivered] == [f"web-{sid}"]
    port = s.port
    s.stop()
    assert not s.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_too_many_headers_get_a_json_431(session):
    with socket.create_connection(("127.0.0.1", session.port), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.0\r\n" + b"X-Junk: y\r\n" * 150 + b"\r\n")
        reply = b""
        for _ in range(100):  # bounded: until the server closes the connection
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 431")
    assert json.loads(body)["error"] == "request_header_fields_too_large"


def test_connection_cap_drops_extra_connections_and_recovers():
    spec = FormSpec.from_study(make_study())
    with WorkshopSession(spec, limits=Limits(max_connections=2, socket_timeout=3)) as s:
        idle = [socket.create_connection(("127.0.0.1", s.port), timeout=5) for _ in range(2)]
        try:
            with socket.create_connection(("127.0.0.1", s.port), timeout=5) as extra:
                extra.sendall(b"GET / HTTP/1.0\r\n\r\n")
                assert extra.recv(1024) == b""  # closed without an answer
        finally:
            for sock in idle:
                sock.close()
        statuses = []
        for _ in range(50):  # bounded wait until the idle connections' slots are released
            try:
                statuses.append(request(s, "GET", "/")[0])
            except (ConnectionError, http.client.RemoteDisconnected):
                statuses.append(None)
            if statuses[-1] == 200:
                break
            time.sleep(0.1)
        assert statuses[-1] == 200


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.sampled_from([*NODES, "A", "bomen", "x", ""]), children, max_size=6)
    ),
    max_leaves=30,
)
documents = st.fixed_dictionaries(
    {},
    optional={
        "submission_id": json_values,
        "name": json_values,
        "organisation": json_values,
        "weights": json_values,
        "scores": json_values,
        "lang": json_values,
    },
)


@settings(max_examples=100, deadline=None)
@given(st.one_of(documents, json_values))
def test_any_document_is_validated_or_refused_cleanly(doc):
    """Whatever a participant sends, validation either returns a clean answer or refuses it
    with a RequestError (a 4xx): never another exception."""
    spec = FormSpec.from_study(make_study(), allow_scores=True)
    try:
        answer = validate_answer(spec, doc)
    except RequestError as exc:
        assert 400 <= exc.status < 500 and str(exc)
        return
    assert set(answer["weights"]) == set(NODES)
    assert all(0 <= w <= 100 for w in answer["weights"].values())
