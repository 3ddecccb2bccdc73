"""asyncio for pyrite: an event loop without network I/O (timers, futures,
tasks, synchronization primitives, queues), written for pyrite."""

import sys

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *

__all__ = (coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ +
           runners.__all__ + taskgroups.__all__ + tasks.__all__ +
           timeouts.__all__)
