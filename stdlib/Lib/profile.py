"""profile: the profiler's pure-Python interface. MiniPy has one profiler (cProfile.py, built
on sys.setprofile), so profile.Profile, run and runctx are cProfile's and print the same
table."""

from cProfile import Profile, run, runctx, main

__all__ = ["run", "runctx", "Profile"]

if __name__ == '__main__':
    main()
