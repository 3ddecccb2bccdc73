# An uncaught KeyboardInterrupt ends the process with status 130, as SIGINT does.
print("before")
raise KeyboardInterrupt("bye")
