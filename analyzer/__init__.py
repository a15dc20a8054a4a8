"""comment-thread-analyzer: saved pages to analysed reader comments."""

__version__ = "0.1.0"
