"""Bytes → text: size limits, encodings, line folding (`decode`), and HTML-or-dump sniffing (`sniff`)."""
