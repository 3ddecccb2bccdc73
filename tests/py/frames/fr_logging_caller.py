import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(
    "%(levelname)s|%(name)s|%(filename)s|%(module)s|%(lineno)d|%(funcName)s|%(message)s"))
log = logging.getLogger("demo")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

def work():
    log.info("in work")
    helper()

def helper():
    log.debug("in helper")
    log.warning("with stacklevel 2", stacklevel=2)
    log.warning("stacklevel too big", stacklevel=50)

class Service:
    def run(self):
        log.error("from method")
        try:
            {}["k"]
        except KeyError:
            log.exception("caught")

log.info("at module level")
work()
Service().run()
logging.LoggerAdapter(log, {}).info("via adapter")

def deep(n):
    if n == 0:
        log.info("deep %d", n)
    else:
        deep(n - 1)
deep(3)

# pathname and stack_info
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("%(pathname)s:%(lineno)d %(message)s"))
l2 = logging.getLogger("second")
l2.addHandler(h2)
l2.propagate = False
def with_stack():
    l2.warning("stack here", stack_info=True)
with_stack()

# a record's attributes
rec = []
class Keep(logging.Handler):
    def emit(self, record):
        rec.append((record.filename, record.module, record.lineno, record.funcName))
l3 = logging.getLogger("third")
l3.addHandler(Keep())
l3.propagate = False
def f3():
    l3.warning("x")
f3()
print(rec)
