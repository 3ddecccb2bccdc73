"""pyrite's urllib package: only the `parse` submodule is provided."""
