"""Blocks → classified → `Article`, for dumps and HTML alike; knows no outlet by name.

`registry` finds the outlet modules and picks an input's outlet; `ruleset` compiles an outlet's rules;
`classify` decides every block (kept, moved to a field, removed with its kind); `assemble` builds the
`Article`; `boilerplate` holds the furniture every outlet shares; `language` tells Indonesian from English.
"""
