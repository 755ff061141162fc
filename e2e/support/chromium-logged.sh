#!/usr/bin/env bash
# Starts the real Chromium ($VARIORUM_CHROMIUM_REAL) with its stderr also appended to
# $VARIORUM_BROWSER_LOG. A renderer that dies prints why there ("Fatal JavaScript out of memory",
# "Check failed", a signal) and Playwright reports only "Target crashed"; AppPage prints the
# log's tail when its page crashes (e2e/support/browser-log.ts). Playwright still reads stderr.
set -u
real="${VARIORUM_CHROMIUM_REAL:?VARIORUM_CHROMIUM_REAL names the Chromium to start}"
log="${VARIORUM_BROWSER_LOG:-/dev/null}"
exec "$real" "$@" 2> >(tee -a "$log" >&2)
