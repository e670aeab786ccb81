"""The archive: Django models, the store service that saves drafts, and the admin."""
