print("before")
import sys
sys.exit(3)
print("never")
