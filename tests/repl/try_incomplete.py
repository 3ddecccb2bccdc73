try:
  1/0

print("next")
try:
  x = 1
except ZeroDivisionError:
  pass

print(x)
try:
  1/0
