"""One revision per change of the store's schema since 0.1.0."""
