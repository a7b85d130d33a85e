export const HELP: Record<string, string> = {
  main: `opswall — video-wall software for operations centres

Usage: opswall <command> [options]

Commands:
  start [--config FILE]        Start the room: hub + one kiosk window per mapped monitor.
                               With no config, the built-in demo room on 127.0.0.1:7400.
  hub --config FILE            Start only the hub (for a room whose wall PCs connect to it).
  sim [--port N] [--seed N]    Run the reference national backend (simulated data, fault injection).
  validate FILE...             Check layout and room config files; every problem, with its place.
  credential hash              Read a secret on stdin, print its hash for the room config.
  credential new ID            Make a new random credential: the token to give out, the hash to store.
  audit verify|export          Check the audit log's hash chain; write it out as JSON lines.
  monitors                     List this machine's monitors with their ids, for the config's "displays".

Run "opswall <command> --help" for a command's options.`,
  start: `opswall start [--config FILE] [--port N] [--sim-port N] [--pc NAME] [--no-shell] [--with-province]

Starts the room hub and the Electron shell, which opens one frameless kiosk window on each
monitor mapped in the config. The demo room (no --config) is fed by the reference national
backend (the simulator), started alongside on 127.0.0.1:7401. Where Electron is not installed (or with --no-shell), starts the
hub alone and prints the address of every display page and of the console.

Options:
  --config FILE   Room config (JSON). Omitted: the built-in demo room.
  --port N        Listen on port N instead of the config's (0: any free port).
  --sim-port N    Demo room only: the simulator's port (default 7401; 0: any free port).
  --pc NAME       This PC's name for display mappings with "pc" (default: the host name).
  --no-shell      Do not open kiosk windows; serve the pages only.
  --with-province Demo room only: also start a provincial room (hub on 127.0.0.1:7410, pages in a
                  browser) linked to it, to hold presenter sessions with (docs/presenter.md).`,
  audit: `opswall audit verify --config ROOM.json      (or --file DATA/room.sqlite)
opswall audit export --config ROOM.json [--from ISO] [--to ISO]

"verify" walks the room's audit log and says where its hash chain breaks: a row changed after it
was written, a row deleted, or a row inserted. Exit status 0 when it is whole, 1 otherwise.
"export" writes every row (or those between --from and --to) as JSON lines on standard output.
Both read the log without changing it; the hub may keep running.`,
  monitors: `opswall monitors

Lists the monitors of this machine as the Electron shell sees them: in the order {"index": N} counts
them, with the id for {"id": ID} and the position for {"position": {"x": X, "y": Y}}. It needs the
Electron shell (the installed app, or the electron package's binary in a development checkout).`,
  hub: `opswall hub --config FILE [--port N]

Starts only the room hub: HTTP + socket.io on the config's hub address, serving the wall and
console pages. Stop with Ctrl+C.`,
  validate: `opswall validate FILE...

Checks each file: a layout ("schema": "opswall.layout") or a room config
("schema": "opswall.room-config", which also checks the layouts it names and the display mapping).
Prints every problem as FILE:LINE:COLUMN  JSON-PATH  REASON. Exit status 0 when all are valid, 1 otherwise.`,
  credential: `opswall credential hash          (reads the secret from standard input)
opswall credential new ID [--role ROLE]...

"hash" prints the scrypt hash to put in a credential's "secretHash".
"new" makes a random secret for credential ID and prints the token to give to its holder
("ID:secret") and the JSON entry for the room config. Roles: wall, viewer, operator, presenter, admin;
give several as --role viewer --role operator, --role viewer,operator or --role viewer operator.`,
};
