"""One module per command; each ``run(args, console)`` returns the exit code."""
