# csv: reader, writer, dialects, quoting, errors
import csv, io

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

data = 'name,age,city\r\nAnn,30,"New York, NY"\r\n"Bob ""B""",25,\r\n\r\n"multi\nline",1,x\r\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a,b', ' c, d', '"e",f"g"'])))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(["'x,y',z"], quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['1,"2",3.5,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a,b'], strict=False)))
print(list(csv.reader(['a\tb\t"c"'], dialect='excel-tab')))
print(list(csv.reader(['"a"b,c'])))
attempt('strict', lambda: list(csv.reader(['"a"b,c'], strict=True)))
attempt('eof in quote', lambda: list(csv.reader(['"abc'], strict=True)))
attempt('nonnumeric bad', lambda: list(csv.reader(['abc'], quoting=csv.QUOTE_NONNUMERIC)))
attempt('reader int', csv.reader, 5)
attempt('bad delim', csv.reader, [], delimiter='ab')
attempt('bad delim2', csv.reader, [], delimiter='')
attempt('bad quoting', csv.reader, [], quoting=9)
attempt('no quotechar', lambda: list(csv.reader(['a,"b"'], quotechar=None)))
attempt('unknown dialect', csv.reader, [], dialect='nope')
attempt('bad kw', csv.reader, [], foo=1)
attempt('bytes line', lambda: list(csv.reader([b'a,b'])))

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['a', 'b c', 'd,e', 'f"g', '', None, 1, 2.5, 'line\nbreak']))
w.writerows([[1, 2], [], ['only']])
print(repr(out.getvalue()))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    o = io.StringIO()
    try:
        csv.writer(o, quoting=q, escapechar='\\').writerow(['x', 1, 2.0, 'a,b', 'q"', None, ''])
    except csv.Error as e:
        print('Error', e)
    print(q, repr(o.getvalue()))
o = io.StringIO()
attempt('quote none no escape', csv.writer(o, quoting=csv.QUOTE_NONE).writerow, ['a,b'])
o = io.StringIO()
csv.writer(o, delimiter='|', lineterminator='\n', quotechar="'").writerow(["it's", 'a|b', 'c'])
print(repr(o.getvalue()))
o = io.StringIO()
csv.writer(o, doublequote=False, escapechar='\\').writerow(['say "hi"'])
print(repr(o.getvalue()))
attempt('writerow int', csv.writer(io.StringIO()).writerow, 5)
attempt('writer no write', csv.writer, 5)
o = io.StringIO(); csv.writer(o).writerow(['']); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o).writerow(' '); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, dialect='unix').writerow(['a', 1]); print(repr(o.getvalue()))

d = csv.get_dialect('excel')
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar, d.strict)
print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter)
o = io.StringIO(); csv.writer(o, 'pipes').writerow([1, 2]); print(repr(o.getvalue()))
csv.unregister_dialect('pipes')
attempt('get missing', csv.get_dialect, 'pipes')
attempt('unregister missing', csv.unregister_dialect, 'pipes')
class Semi(csv.excel):
    delimiter = ';'
print(list(csv.reader(['1;2'], Semi)))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
old = csv.field_size_limit(5)
attempt('field too big', lambda: list(csv.reader(['abcdefgh'])))
csv.field_size_limit(old)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
