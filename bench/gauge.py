"""How fast this machine's Python is, for reading a run's figures beside another's.

Every figure of a run is CPU time of Python code sharing two cores, and the same code has taken up to
a quarter more CPU from one run to the next, on one machine, an hour apart. The gauge is a fixed
piece of pure-Python work of the sort a page render does (formatting, dicts, sorting, JSON), timed
at the start and at the end of a run: its milliseconds tell whether the machine was slower or
faster than in another run, and whether it changed during this one.

How the interpreter was built matters as much as the machine: on one machine of this kind the
work took 1.35 ms with Debian's Python 3.11, 1.7 ms with a pyenv build of 3.11 and 1.8 ms with the
pyenv build of 3.13 the benchmark ran on (pyenv compiles without profile-guided and link-time
optimisation unless asked).
"""

import json
import time

ROUNDS = 15


def _work():
    rows = {}
    for number in range(2000):
        text = f"<li class='comment c{number}'>{number * 3}</li>"
        rows[text] = text.replace("li", "div").upper()
    json.loads(json.dumps(list(rows.items())))
    return sorted(rows, key=len)


def workload_ms():
    """Least CPU time of one pass of the fixed work, in ms (the least is the least disturbed)."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.process_time()
        for _ in range(10):
            _work()
        best = min(best, (time.process_time() - started) / 10)
    return round(best * 1000, 3)
