"""Every write to the database: ingest (articles from pages) and review (editors' work)."""
