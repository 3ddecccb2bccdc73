# argparse: -h prints the help to stdout and exits with status 0.
import os
os.environ['COLUMNS'] = '60'
import argparse

p = argparse.ArgumentParser(description='Shows its help.')
p.add_argument('x', help='an x')
p.add_argument('--y', help='a y with a help text long enough to wrap at sixty columns')
p.parse_args(['-h'])
print('not reached')
