"""The documents ptk writes: ``compose`` (templates → Markdown), ``convert`` (pandoc and
Typst → PDF, ODT, DOCX, HTML, Markdown) and ``skeleton`` (the file ``ptk new`` writes).
"""
