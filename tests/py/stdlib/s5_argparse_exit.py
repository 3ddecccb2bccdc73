# argparse: an uncaught parse error prints usage + "prog: error: ..." to stderr
# and ends the program with status 2.
import os
os.environ['COLUMNS'] = '80'
import argparse

p = argparse.ArgumentParser(description='exits')
p.add_argument('--size', type=int, required=True)
p.add_argument('files', nargs='*')
print(p.parse_args(['--size', '3', 'a']))
p.parse_args(['--size', 'big'])
print('not reached')
