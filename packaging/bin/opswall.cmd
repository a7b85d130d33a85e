@echo off
rem `opswall` on an installed Windows machine: the administrator's commands run the app as Node
rem (ELECTRON_RUN_AS_NODE), so they print to this console and return their exit status.
rem Keep the list in step with main/cli/words.ts (ADMIN_COMMANDS, CLI_INFO_WORDS); a test checks it.
setlocal
set "ROOT=%~dp0..\.."
for %%W in (hub sim validate credential audit help --help -h --version) do if /I "%~1"=="%%W" goto cli
"%ROOT%\OpsWall.exe" %*
exit /b %ERRORLEVEL%
:cli
set ELECTRON_RUN_AS_NODE=1
"%ROOT%\OpsWall.exe" "%ROOT%\resources\app.asar\dist\main\cli.js" %*
exit /b %ERRORLEVEL%
