class A:
  @d
