#!/usr/bin/env node
// The `opswall` command (package.json "bin"). In a packaged app the Electron entry routes the same words here.
import { runCli } from './cli/run.js';

const exitCode = await runCli(process.argv.slice(2));
process.exitCode = exitCode;
// A command that failed has closed what it opened; should anything still hold the event loop, a service
// manager must still see the failure at once rather than a process that serves nothing.
if (exitCode !== 0) setTimeout(() => process.exit(exitCode), 500).unref();
