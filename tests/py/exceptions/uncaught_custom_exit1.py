import sys
class Boom(Exception):
    pass
print("stdout line")
sys.stdout.flush()
raise Boom("custom failure", 42)
