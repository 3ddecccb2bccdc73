(1,

 2)
s = """first
second"""
s
total = 1 + \
  2
total
# a comment at the prompt

   # an indented comment
d = {
  'a': 1,  # comment inside brackets
  'b': [2,
        3],
}
d
if total == 3:
    print("three")
elif total == 4:
    print("four")
else:
    print("other")

try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("done")

