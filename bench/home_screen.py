#!/usr/bin/env python3
"""Time from starting onward until its home screen shows the menu, in a real terminal (tmux).

    bench/home_screen.py ONWARD_BIN JOURNAL [RUNS]

Prints the median and the spread in milliseconds. Each run starts onward in a fresh 100x30
tmux session whose shell writes the time just before it execs onward; the pane is then read
with `capture-pane` every ~2 ms until the first menu item is on screen. So the figure is
exec -> first frame, plus at most one poll (a `tmux capture-pane` call takes ~2-4 ms here).
The cache is warm and the index present: `onward list --limit 1` runs once first. HOME and
XDG_CONFIG_HOME point to an empty folder, so no person's configuration is read.
"""
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The first item of the home menu (Sources/TerminalUI/Screens/Home/HomeMenuItem.swift).
MENU_TEXT = "Reflect on a rejection"
TIMEOUT_S = 10.0


def environment(home):
    """What onward runs with: a neutral terminal and an empty home, nothing else of ours."""
    return {"LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"), "PATH": "/usr/bin:/bin"}


class Tmux:
    """A private tmux server (its own socket, no configuration file), removed by `close`."""

    def __init__(self):
        self.name = f"onward-home-{os.getpid()}"

    def run(self, *args, check=True):
        return subprocess.run(["tmux", "-L", self.name, "-f", "/dev/null", *args],
                              capture_output=True, text=True, check=check)

    def alive(self, session):
        return self.run("has-session", "-t", session, check=False).returncode == 0

    def close(self):
        self.run("kill-server", check=False)


def one_run(tmux, onward, journal, home, n):
    """Milliseconds from exec of onward to the menu in the pane."""
    stamp = os.path.join(home, f"start-{n}")
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in environment(home).items())
    # `date` finishes before `exec`, so the stamp is taken just before onward starts.
    command = (f"date +%s%N > {shlex.quote(stamp)}; "
               f"exec env -i {env} {shlex.quote(onward)} --journal {shlex.quote(journal)}")
    session = f"run{n}"
    tmux.run("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    deadline = time.monotonic() + TIMEOUT_S
    seen = None
    while time.monotonic() < deadline:
        pane = tmux.run("capture-pane", "-p", "-t", session, check=False).stdout
        if MENU_TEXT in pane:
            seen = time.time_ns()
            break
        time.sleep(0.002)
    # Quit onward normally so its journal lock is free before the next run starts.
    tmux.run("send-keys", "-t", session, "q", check=False)
    quit_by = time.monotonic() + 3
    while tmux.alive(session) and time.monotonic() < quit_by:
        time.sleep(0.01)
    tmux.run("kill-session", "-t", session, check=False)
    if seen is None:
        raise RuntimeError(f"the home screen did not show {MENU_TEXT!r} within {TIMEOUT_S} s")
    with open(stamp) as f:
        start = int(f.read().strip())
    return (seen - start) / 1e6


def measure(onward, journal, runs=15):
    """The times of `runs` starts, in milliseconds, after one untimed start to warm up."""
    if not shutil.which("tmux"):
        raise RuntimeError("tmux is missing (apt-get install -y tmux)")
    onward = os.path.abspath(onward)
    journal = os.path.abspath(journal)
    home = tempfile.mkdtemp(prefix="onward-home-bench-")
    tmux = Tmux()
    try:
        os.makedirs(os.path.join(home, "config"))
        subprocess.run([onward, "list", "--limit", "1", "--journal", journal], env=environment(home),
                       stdout=subprocess.DEVNULL, check=True)
        one_run(tmux, onward, journal, home, 0)
        return [one_run(tmux, onward, journal, home, n) for n in range(1, runs + 1)]
    finally:
        tmux.close()
        shutil.rmtree(home, ignore_errors=True)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    times = measure(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 15)
    print(f"home screen appears (tmux): median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f}, max {max(times):.1f} over {len(times)} runs")


if __name__ == "__main__":
    main()
