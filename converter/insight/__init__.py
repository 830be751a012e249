"""A feed's quality at a glance: the figures of one streaming pass
(:mod:`.figures`, fed by :mod:`.profile`) and the self-contained HTML page
drawn from them (:mod:`.page`, with :mod:`.charts`)."""
