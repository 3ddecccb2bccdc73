pyrite-tracemalloc-snapshot 1
limit 4
T 0 59 4 1 4
F 27 /work/main/tests/py/tracemalloc/tm_frames.py
F 31 /work/main/tests/py/tracemalloc/tm_frames.py
F 35 /work/main/tests/py/tracemalloc/tm_frames.py
F 40 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 56 5 1 4
F 27 /work/main/tests/py/tracemalloc/tm_frames.py
F 27 /work/main/tests/py/tracemalloc/tm_frames.py
F 31 /work/main/tests/py/tracemalloc/tm_frames.py
F 35 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 59 5 300 4
F 27 /work/main/tests/py/tracemalloc/tm_frames.py
F 27 /work/main/tests/py/tracemalloc/tm_frames.py
F 31 /work/main/tests/py/tracemalloc/tm_frames.py
F 35 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 2464 5 1 4
F 27 /work/main/tests/py/tracemalloc/tm_frames.py
F 27 /work/main/tests/py/tracemalloc/tm_frames.py
F 31 /work/main/tests/py/tracemalloc/tm_frames.py
F 35 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 56 2 4 2
F 244 <pyrite-stdlib>/tracemalloc.py
F 41 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 93 2 1 2
F 244 <pyrite-stdlib>/tracemalloc.py
F 41 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 48 2 1 2
F 246 <pyrite-stdlib>/tracemalloc.py
F 41 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 72 3 1 3
F 173 <pyrite-stdlib>/tracemalloc.py
F 246 <pyrite-stdlib>/tracemalloc.py
F 41 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 16 2 109 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 24 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 32 2 5 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 33 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 34 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 48 2 7 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 50 2 31 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 51 2 10 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 52 2 6 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 53 2 8 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 54 2 10 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 55 2 9 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 56 2 14 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 57 2 7 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 58 2 7 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 59 2 5 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 60 2 4 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 61 2 10 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 62 2 17 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 63 2 14 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 64 2 35 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 65 2 14 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 66 2 13 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 67 2 16 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 68 2 7 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 69 2 7 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 70 2 5 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 71 2 16 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 72 2 6 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 73 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 74 2 5 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 76 2 3 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 77 2 3 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 78 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 79 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 80 2 10 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 81 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 82 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 84 2 5 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 85 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 86 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 87 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 88 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 89 2 5 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 90 2 6 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 91 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 92 2 3 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 94 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 96 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 99 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 100 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 103 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 104 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 105 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 106 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 108 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 110 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 112 2 3 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 113 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 114 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 115 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 117 2 2 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 118 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 120 2 8 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 124 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 128 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 129 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 133 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 139 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 140 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 144 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 146 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 147 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 152 2 110 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 156 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 157 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 161 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 170 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 264 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 400 2 4 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 768 2 3 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 864 2 1 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 904 2 10 2
F 230 <pyrite-stdlib>/tracemalloc.py
F 43 /work/main/tests/py/tracemalloc/tm_frames.py
T 0 109 2 1 2
F 232 <pyrite-stdlib>/tracemalloc.py
F 46 /work/main/tests/py/tracemalloc/tm_frames.py
