"""Real s75 screens in tmux, editing one return each while Benchmarks/region.sh's writers load the server.

Each screen opens agreement load-J on the server (again, if it was opened while the server was down and said so), opens the monthly grid and types EDITS figures into S04's actual to
date (which no writer touches), one after another, each a new figure in £000, pressing Enter and waiting for the line to
show it and the grid to move down, as it does once the save is made; a screen told the server cannot be reached presses Enter again (the cell keeps
what was typed). Prints how long each save took to show on screen, then whether every figure saved is in the trail once
and the last is the one stored.

    python3 Benchmarks/region-screens.py S75 URL SCREENS EDITS
"""
import subprocess, sys, threading, time

s75, url, screens, edits = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
results = {}


def tmux(*args):
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def screen(name):
    return tmux("capture-pane", "-p", "-t", name)


def wait(name, predicate, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = screen(name)
        if predicate(text):
            return text
        time.sleep(0.005)
    raise TimeoutError(f"{name}: {screen(name)}")


def row(text, line):
    return next((r for r in text.splitlines() if r[2:].startswith(line + " ")), "")


def drive(j):
    name = f"s75load{j}"
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40")
    tmux("set-option", "-t", name, "remain-on-exit", "on")  # a screen that ends keeps what it said
    took, retried = [], 0
    try:
        for _ in range(50):  # one opened while the server is down is told so and ends: opened again, as a user would
            tmux("respawn-pane", "-k", "-t", name, f"{s75} open '{url}&agreement=load-{j}'")
            if "Contributions by partner" in wait(name, lambda t: "Contributions by partner" in t or "Pane is dead" in t):
                break
            retried += 1
            time.sleep(0.3)
        tmux("send-keys", "-t", name, "e")
        wait(name, lambda t: "Monitoring return" in t)
        tmux("send-keys", "-t", name, "Down", "Down", "Down", "Down")
        wait(name, lambda t: row(t, "S04").startswith("▸"))
        for i in range(1, edits + 1):
            figure = 5000 + 10 * j + i
            tmux("send-keys", "-t", name, "-l", str(figure))
            started = time.monotonic()
            tmux("send-keys", "-t", name, "Enter")
            shown = f"{figure // 1000},{figure % 1000:03d}"
            # saved: the line shows the figure and Enter has moved down (the status line may already tell of another
            # session's change); not saved: the status line says so and the cell keeps what was typed
            saved = lambda t: shown in row(t, "S04") and row(t, "S05").startswith("▸")
            while True:
                text = wait(name, lambda t: saved(t) or "cannot be reached" in t, 60)
                if saved(text):
                    break
                retried += 1
                time.sleep(0.3)
                tmux("send-keys", "-t", name, "Enter")
            took.append((time.monotonic() - started) * 1000)
            tmux("send-keys", "-t", name, "Up")
            wait(name, lambda t: row(t, "S04").startswith("▸"))
        results[j] = (took, retried, figure)
    except TimeoutError as error:
        results[j] = ([], retried, None)
        print(f"screen {j} stopped: {[l for l in str(error).splitlines() if l.strip()][-3:]}", file=sys.stderr)
    finally:
        tmux("kill-session", "-t", name)


threads = [threading.Thread(target=drive, args=(j,)) for j in range(1, screens + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
host = url.split("host=")[1].split("&")[0]


def query(sql):
    for _ in range(100):  # the server may be starting again after the fault
        done = subprocess.run(["psql", "-h", host, "-d", "s75", "-XAtq", "-c", sql], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split()
        time.sleep(0.2)
    raise RuntimeError(done.stderr)


took = sorted(t for ts, _, _ in results.values() for t in ts)
p = lambda q: took[min(len(took) - 1, int(q * len(took)))] if took else float("nan")
wrong = 0
for j, (ts, _, last) in results.items():
    rows = query(f"SELECT count(*) FROM s75.audit WHERE agreement = 'load-{j}' AND entity = 'monitoring' AND entity_id = 'S04 2025-12'")
    stored = query(f"SELECT body->'entry'->>'actualToDatePence' FROM s75.record WHERE agreement = 'load-{j}' AND id = 'S04 2025-12'")
    if int(rows[0]) != len(ts) or (last is not None and int(stored[0]) != last * 100_000):
        wrong += 1
print(f"screens: {screens} in tmux, {len(took)} of {screens * edits} edits saved; Enter → the figure saved on screen "
      f"p50 {p(0.5):.0f} ms, p95 {p(0.95):.0f} ms (through tmux); opened again or Enter pressed again after the link broke: "
      f"{sum(r for _, r, _ in results.values())}; screens whose trail or last figure is wrong: {wrong}")
