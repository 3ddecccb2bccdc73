print("%s and %r" % ("str", "repr"), "%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.000012, 0.00001234, 1e20))
print("%.2f %10.3f %-10.1f| %+d % d" % (3.14159, 2.71828, 1.5, 5, 5))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"), "%s" % (1,), "%s" % [1, 2])
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
try:
    "%z" % 1
except ValueError as e:
    print(e)
print("%s" % None, "%r" % "é", "%a" % "é", "%i" % 3.9, "%.3s" % "abcdef")
