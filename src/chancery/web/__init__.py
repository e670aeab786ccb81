"""The reading room: server-rendered pages over the archive's services."""
