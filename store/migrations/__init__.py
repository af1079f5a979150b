"""The store's Alembic migrations (see councilplans.store.migrate)."""
