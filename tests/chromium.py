#!/usr/bin/env python3
"""Many pages through one headless Chromium: pictures, A4 prints and DOM dumps.

A Chromium started per page spent about a second of CPU starting and stopping, which
made the tests that render the report, the docket and the papers the slowest of the
suite (about 30 starts). One browser, driven over the DevTools protocol on a pipe (the
standard library is enough: no websocket, no port), does every page of a test in turn.

Usage: tests/chromium.py [--netlog FILE] < JOBS
  JOBS, one a line, the URL last:
    shot OUT.png WIDTH HEIGHT URL   a picture of the viewport, WIDTH x HEIGHT pixels
    pdf OUT.pdf URL                 printed as Chromium's --print-to-pdf does (the page's
                                    own @page size, no header or footer)
    dom OUT.html WIDTH HEIGHT URL   the DOM once loaded (as --dump-dom), its scripts run
  --netlog FILE  Chromium's net log of the whole run (every request any page made)
Every host name is made unresolvable. Exit 0 when every job wrote its file, 1 when one
failed (said on stderr), 77 when there is no chromium.
The browser is CHROMIUM if set, else the first of chromium, chromium-browser on PATH.
"""
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 120  # seconds for one reply: a hung browser fails the test, not the suite


class Browser:
    def __init__(self, exe, netlog):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix='chromium-')
        args = [exe, '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--disable-default-apps', '--no-first-run',
                '--no-default-browser-check', '--hide-scrollbars',
                '--host-resolver-rules=MAP * ~NOTFOUND',
                f'--user-data-dir={self.profile}', '--remote-debugging-pipe']
        if netlog:
            args.append(f'--log-net-log={netlog}')

        def pipes():  # the protocol's pipe is the child's fds 3 (in) and 4 (out)
            # (through copies above 4, should a pipe's own number be 3 or 4)
            high = [os.dup(to_chrome_r), os.dup(from_chrome_w)]
            for fd, want in zip(high, (3, 4)):
                os.dup2(fd, want)
                os.set_inheritable(want, True)

        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=self.log,
                                     stderr=self.log, preexec_fn=pipes, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.next_id, self.buffer, self.events = 0, b'', []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        msg = {'id': self.next_id, 'method': method, 'params': params or {}}
        if session:
            msg['sessionId'] = session
        os.write(self.to_chrome, json.dumps(msg).encode() + b'\0')
        while True:
            m = self.receive()
            if m.get('id') == self.next_id:
                if 'error' in m:
                    raise RuntimeError(f'{method}: {m["error"]}')
                return m.get('result', {})
            self.events.append(m)

    def receive(self):
        while b'\0' not in self.buffer:
            ready, _, _ = select.select([self.from_chrome], [], [], TIMEOUT)
            if not ready:
                raise RuntimeError(f'no word from Chromium in {TIMEOUT} s')
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError('Chromium ended')
            self.buffer += chunk
        msg, self.buffer = self.buffer.split(b'\0', 1)
        return json.loads(msg)

    def wait_for(self, method, session):
        while True:
            for i, m in enumerate(self.events):
                if m.get('method') == method and m.get('sessionId') == session:
                    del self.events[:i + 1]
                    return
            self.events.clear()
            self.events.append(self.receive())

    def close(self):
        try:
            self.send('Browser.close')
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def output(self):
        self.log.seek(0)
        return self.log.read().decode('utf-8', 'replace')


def run(browser, jobs):
    target = browser.send('Target.createTarget', {'url': 'about:blank'})['targetId']
    s = browser.send('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
    browser.send('Page.enable', session=s)
    for job in jobs:
        kind, out, url = job[0], job[1], job[-1]
        if kind in ('shot', 'dom'):
            browser.send('Emulation.setDeviceMetricsOverride', {
                'width': int(job[2]), 'height': int(job[3]), 'deviceScaleFactor': 1,
                'mobile': False}, session=s)
        else:
            browser.send('Emulation.clearDeviceMetricsOverride', session=s)
        browser.send('Page.navigate', {'url': url}, session=s)
        browser.wait_for('Page.loadEventFired', s)
        if kind == 'shot':
            # Encoded for speed (each row filtered "up"): the checks decode it in Python.
            data = base64.b64decode(browser.send('Page.captureScreenshot', {
                'format': 'png', 'optimizeForSpeed': True}, session=s)['data'])
        elif kind == 'pdf':
            data = base64.b64decode(browser.send('Page.printToPDF', {
                'preferCSSPageSize': True, 'displayHeaderFooter': False,
                'printBackground': True}, session=s)['data'])
        elif kind == 'dom':
            data = browser.send('Runtime.evaluate', {
                'expression': 'document.documentElement.outerHTML', 'returnByValue': True},
                session=s)['result']['value'].encode('utf-8')
        else:
            raise RuntimeError(f'unknown job {kind!r}')
        with open(out, 'wb') as f:
            f.write(data)


def main():
    argv = sys.argv[1:]
    netlog = None
    if argv[:1] == ['--netlog'] and len(argv) > 1:
        netlog, argv = argv[1], argv[2:]
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    exe = os.environ.get('CHROMIUM') or shutil.which('chromium') or shutil.which('chromium-browser')
    if not exe:
        print('skipped: no chromium (apt-get install chromium)', file=sys.stderr)
        return 77
    jobs = [line.split() for line in sys.stdin if line.strip()]
    browser = Browser(exe, netlog)
    try:
        run(browser, jobs)
    except (RuntimeError, OSError, KeyError, ValueError) as e:
        browser.close()
        print(f'chromium: {e}\n{browser.output()}', file=sys.stderr)
        return 1
    browser.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
