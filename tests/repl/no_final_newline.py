print("no newline at the end")
40 + 2