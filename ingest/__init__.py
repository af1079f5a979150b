"""From files on disk to the store: discovery, fingerprinting, batch runs and the CLI."""
