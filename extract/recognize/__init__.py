"""Recognisers: one module per entity type."""
