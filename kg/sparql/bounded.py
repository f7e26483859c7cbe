"""Work that must stop on time: run a function in a forked child process that a timeout or
Ctrl-C ends for certain (a query engine deep in a cross product does not listen to signals).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable
from typing import Any, TypeVar

from kg.errors import KgError

T = TypeVar("T")


class TimeLimitError(KgError):
    """The work did not finish within its time limit and was stopped."""


class InterruptedByUserError(KgError):
    """The user pressed Ctrl-C (SIGINT) and the work was stopped."""


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when the parent ends (``PR_SET_PDEATHSIG``, Linux),
    so a ``kg query`` stopped by SIGTERM or SIGKILL leaves no engine computing on; and end
    now if the parent is already gone."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def _child(
    conn: Any, parent: int, func: Callable[..., Any], args: tuple[Any, ...], kwargs: Any
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it kills this child
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked by the parent's fork
    _die_with_parent(parent)
    try:
        outcome: tuple[str, Any] = ("ok", func(*args, **kwargs))
    except KgError as exc:
        outcome = ("kg", str(exc))
    except BaseException as exc:  # reported by the parent as one line
        outcome = ("other", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(outcome)
    except Exception as exc:  # a result that cannot be pickled
        conn.send(("other", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_bounded(
    func: Callable[..., T],
    *args: Any,
    timeout: float | None,
    what: str = "the query",
    **kwargs: Any,
) -> T:
    """``func(*args, **kwargs)`` in a forked child; after ``timeout`` seconds (None or 0: no
    limit) or on Ctrl-C the child is killed and a one-line KgError raised.

    Errors raised in the child come back as KgError with the same message.
    """
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, os.getpid(), func, args, kwargs), daemon=True)
    # A Ctrl-C while the child is being started would leave it running unseen (it ignores
    # SIGINT and holds our stderr open): hold the signal back until the ``try`` can kill it.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        proc.start()
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    finally:
        child.close()
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a held Ctrl-C is raised here
        ready = parent.poll(timeout if timeout and timeout > 0 else None)
        if not ready:
            raise TimeLimitError(
                f"{what} ran longer than {timeout:g} s and was stopped. Narrow it "
                "(bind a variable, add a LIMIT) or raise --timeout."
            )
        try:
            kind, value = parent.recv()
        except EOFError:
            raise KgError(f"{what} stopped unexpectedly (exit status {proc.exitcode}).") from None
    except KeyboardInterrupt:
        raise InterruptedByUserError(f"{what} was interrupted (Ctrl-C) and stopped.") from None
    finally:
        if proc.is_alive() and proc.pid is not None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        parent.close()
    if kind == "ok":
        result: T = value
        return result
    if kind == "kg":
        raise KgError(value)
    raise KgError(f"{what} failed: {value}")
