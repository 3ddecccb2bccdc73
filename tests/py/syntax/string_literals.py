print('single', "double", '''triple
quoted''', """also
triple""")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print('adjacent' ' strings' " concatenate")
print(r'raw \n stays', R"raw \t too")
print(len('\\'), len(r'\\'))
s = 'multi\
line'
print(s)
print(repr('a\tb\nc'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
