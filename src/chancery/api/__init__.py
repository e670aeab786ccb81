"""The JSON API: the twins of the reading room's pages, with one error shape."""
