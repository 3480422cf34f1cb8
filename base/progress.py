"""A text progress bar for management commands (imports, index rebuilds)."""

import sys

from django.core.management.base import OutputWrapper


def progress(items, total, stream=None, label="", width=30):
    """Yield ``items`` while drawing ``[####....] n/total label`` on ``stream``.

    On a terminal the bar redraws in place; otherwise (CI logs, pipes) it
    prints a line every tenth of the way, so logs stay short.
    """
    stream = stream or sys.stderr
    tty = getattr(stream, "isatty", lambda: False)()
    step = max(1, total // 10)
    done = 0
    for item in items:
        yield item
        done += 1
        if tty or done == total or done % step == 0:
            filled = int(width * done / total) if total else width
            bar = "#" * filled + "." * (width - filled)
            end = "" if tty and done < total else "\n"
            text = f"\r[{bar}] {done}/{total} {label}{end}"
            if isinstance(stream, OutputWrapper):
                stream.write(text, ending="")  # it would add a newline after each redraw
            else:
                stream.write(text)
            stream.flush()
