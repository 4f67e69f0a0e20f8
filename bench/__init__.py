"""The benchmark suite of docs/performance.md: data generator, measurements and report. Not part of CI."""
