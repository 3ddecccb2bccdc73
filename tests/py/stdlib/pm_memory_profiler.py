# memory_profiler's @profile table and memory_usage(). python3 here may lack
# memory_profiler, so without it nothing is checked; with it, the table's
# layout (memory figures masked) must be memory_profiler 0.61's.
import io
import os

try:
    import memory_profiler
except ImportError:
    memory_profiler = None

EXPECTED = '''\
Filename: <this file>

Line #    Mem usage    Increment  Occurrences   Line Contents
=============================================================
    %d        X MiB        X MiB           1   @profile(stream=out, precision=2)
    %d                                         def work(n):
    %d                                             """Docstring."""
    %d        X MiB        X MiB           1       total = 0
    %d        X MiB        X MiB           6       for i in range(n):
    %d        X MiB        X MiB           5           total += i
    %d                                             # a comment
    %d        X MiB        X MiB           1       data = [0] * 100000
    %d                                         
    %d        X MiB        X MiB           1       del data
    %d        X MiB        X MiB           1       return total


'''

failures = []


def check(name, cond):
    if not cond:
        failures.append(name)


def mask(table):
    rows = []
    for line in table.split("\n"):
        if "MiB" in line:
            line = line[:6] + "{:>13}{:>13}".format("X MiB", "X MiB") + line[32:]
        rows.append(line)
    return "\n".join(rows)


if memory_profiler is not None:
    profile = memory_profiler.profile
else:
    def profile(**kw):
        return lambda f: f

out = io.StringIO()


@profile(stream=out, precision=2)
def work(n):
    """Docstring."""
    total = 0
    for i in range(n):
        total += i
    # a comment
    data = [0] * 100000

    del data
    return total


if memory_profiler is not None:
    check("result", work(5) == 10)
    check("wraps", work.__name__ == "work" and work.__doc__ == "Docstring.")
    table = out.getvalue()
    first = table.split("\n")[4][:6]
    start = int(first)
    expected = EXPECTED % tuple(range(start, start + 11))
    got = mask(table).replace("Filename: " + os.path.abspath(__file__), "Filename: <this file>")
    check("table", got == expected)
    if got != expected:
        print(got)
    # The row of the list line shows its growth (100000 references).
    rows = {int(l[:6]): l for l in table.split("\n")[4:] if l[:6].strip().isdigit()}
    inc = float(rows[start + 7][19:32].split()[0])
    check("increment", inc >= 0.2)

    usage = memory_profiler.memory_usage(-1, interval=0.01)
    check("memory_usage(-1)", len(usage) == 1 and isinstance(usage[0], float) and usage[0] > 1)
    usage, value = memory_profiler.memory_usage((sorted, ([3, 1, 2],), {"reverse": True}),
                                                interval=0.01, retval=True)
    check("memory_usage(f)", value == [3, 2, 1] and len(usage) >= 2 and all(u > 1 for u in usage))
    peak = memory_profiler.memory_usage((list, (range(200000),)), max_usage=True)
    check("max_usage", isinstance(peak, float) and peak > 1)
    check("timeout", len(memory_profiler.memory_usage(-1, interval=0.01, timeout=0.05)) == 5)

print("memory_profiler checks failed:", failures)
