"""The portfolio site and the calendar: partnerships for the members who never open YAML.

``ptk site`` reads every partnership once — the file, its lint findings, its git
history, its health-check rounds — into a :class:`~ptk.site.model.Portfolio`, then writes
static pages (:mod:`ptk.site.pages`), an SVG map (:mod:`ptk.site.svg`) and the iCalendar
file (:mod:`ptk.site.calendar`) into a folder it owns (:mod:`ptk.site.output`).
"""
