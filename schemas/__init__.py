"""The YubHub XSD and the JSON Schemas jobconv owns (package data)."""
