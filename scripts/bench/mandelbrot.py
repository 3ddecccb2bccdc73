"""Float arithmetic in tight loops: an ASCII Mandelbrot set."""
def mandel(width, height, max_iter):
    rows = []
    total_iter = 0
    for py in range(height):
        y0 = (py / height) * 2.4 - 1.2
        row = []
        for px in range(width):
            x0 = (px / width) * 3.5 - 2.5
            x = y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < max_iter:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            total_iter += i
            row.append("#" if i == max_iter else " .:-=+*%@"[i % 9])
        rows.append("".join(row))
    return rows, total_iter

rows, total_iter = mandel(200, 100, 250)
print(rows[25][40:160])
print("iterations", total_iter, "inside", sum(r.count("#") for r in rows))
