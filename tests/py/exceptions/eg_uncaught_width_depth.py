# max_group_width (15) and max_group_depth (10) truncation.
g = ValueError("leaf")
for i in range(12):
    g = ExceptionGroup(f"d{i}", [g, TypeError(i)])
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
raise ExceptionGroup("both", [wide, ExceptionGroup("w16", [KeyError(i) for i in range(16)]), g])
