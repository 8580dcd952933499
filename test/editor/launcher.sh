#!/bin/sh
# Executable for runTests({ vscodeExecutablePath }): see launcher.mjs.
exec node "$(dirname "$0")/launcher.mjs" "$@"
