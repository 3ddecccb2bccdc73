source = "(" * 250 + ")" * 250
try:
    compile(source, "<deep>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("(" * 50 + "1" + ")" * 50))
