"""Outlet rule modules: one module per outlet, each defining `OUTLET` (a `newsclean.rules.Outlet`).

Adding an outlet means adding a module here and its fixtures under `fixtures/<id>/`; nothing in
`newsclean/` changes. See README.md, "Adding an outlet".
"""
