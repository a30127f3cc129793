"""A real browser fills in the workshop form: headless Chromium from Debian's packages, driven
over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON messages ending in a NUL
byte on file descriptors 3 and 4), so no extra Python package is needed. Loopback only; every
wait is bounded and Chromium is killed at the end."""

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import time

import pytest

from projects.workshop_server import FormSpec, WorkshopSession
from tests.factories import make_study

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed (apt-get install chromium)"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-pipe",
]


class DevTools:
    """A minimal DevTools protocol client over Chromium's debugging pipe."""

    def __init__(self, profile) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # bash hands the pipe ends over as fd 3 (browser reads) and 4 (browser writes)
        redirect = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        self.proc = subprocess.Popen(
            ["bash", "-c", redirect, CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            pass_fds=(to_browser_r, from_browser_w),
            start_new_session=True,  # its own process group, so close() ends all of it
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next = 0

    def call(self, method: str, session: str | None = None, timeout: float = 20, **params):
        self._next += 1
        msg = {"id": self._next, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._to_browser, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._next:
                    assert "error" not in reply, reply
                    return reply["result"]
            ready, _, _ = select.select([self._from_browser], [], [], 0.5)
            if ready:
                chunk = os.read(self._from_browser, 65536)
                if not chunk:
                    break
                self._buffer += chunk
        raise TimeoutError(method)

    def evaluate(self, session: str, expression: str):
        result = self.call(
            "Runtime.evaluate",
            session,
            expression=expression,
            awaitPromise=True,
            returnByValue=True,
        )
        return result["result"].get("value")

    def wait_for(self, session: str, expression: str, timeout: float = 20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(session, expression)
            if value:
                return value
            time.sleep(0.2)
        raise TimeoutError(expression)

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError):
            self.call("Browser.close", timeout=5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        os.close(self._to_browser)
        os.close(self._from_browser)


def test_chromium_fills_and_submits_the_form(tmp_path):
    spec = FormSpec.from_study(make_study(), mode="points")
    with WorkshopSession(spec) as session:
        browser = DevTools(tmp_path / "profile")
        try:
            target = browser.call("Target.createTarget", url=session.url + "?lang=en")
            page = browser.call("Target.attachToTarget", targetId=target["targetId"], flatten=True)
            sid = page["sessionId"]
            browser.wait_for(sid, "document.readyState === 'complete' && !!document.forms.f")
            # the script ran: 100 points per group, so nothing is left to divide
            assert browser.evaluate(sid, "document.querySelector('.left').textContent") == (
                "0 left to divide"
            )
            browser.evaluate(
                sid,
                """window.set = (id, v) => { const el = document.getElementById(id);
                    el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }""",
            )
            browser.evaluate(sid, "set('w.groen', 80)")  # 130 points: cannot be sent
            assert browser.evaluate(sid, "document.querySelector('.left').textContent") == (
                "-30 left to divide"
            )
            assert browser.evaluate(sid, "document.querySelector('button').disabled") is True
            browser.evaluate(
                sid,
                """(() => {
                  set('name', 'Chromium');
                  set('w.groen', 70); set('w.stad', 30);
                  set('w.bomen', 100); set('w.water', 0);
                  document.querySelector('button[type=submit]').click();
                  return true; })()""",
            )
            text = browser.wait_for(
                sid, "(m => m.className === 'msg' && m.textContent)(document.getElementById('msg'))"
            )
        finally:
            browser.close()
        submission = session.submissions.get(timeout=5)
    assert text.startswith("Thank you")
    assert submission.name == "Chromium"
    assert submission.weights["groen"] == 70 and submission.weights["bomen"] == 100
    assert submission.weights["water"] == 0 and submission.weights["wonen"] == 50
