# Exception groups inside cause/context chains, and chains inside groups.
class X(Exception):
    def __str__(self):
        return ""


try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("inner") from z
except ValueError as v:
    inner = v

try:
    try:
        raise ExceptionGroup("ctxgroup", [inner, X()])
    except ExceptionGroup:
        raise RuntimeError("after")
except RuntimeError as r:
    last = r

raise ExceptionGroup("eg", [X(), ValueError(), ExceptionGroup("", [last])]) from KeyError("cause")
