import type { Logger } from './log.js';

type ProcessEvents = Pick<NodeJS.Process, 'on' | 'off'>;

/**
 * The last line of defence of a long-running process (hub, shell): an exception that escaped every
 * handler, or a rejected promise nobody awaited, is logged with its stack and the process keeps serving.
 * A room whose hub died on one bad message goes dark; one that logs it keeps its walls lit.
 * Returns a function that removes the guard.
 */
export function installLastResortGuard(logger: Logger, target: ProcessEvents = process): () => void {
  const onException = (error: unknown) => logger.error('process.uncaught-exception', { error: describe(error), stack: stackOf(error) });
  const onRejection = (reason: unknown) => logger.error('process.unhandled-rejection', { error: describe(reason), stack: stackOf(reason) });
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('uncaughtException', onException);
    target.off('unhandledRejection', onRejection);
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function stackOf(error: unknown): string | undefined {
  return error instanceof Error ? error.stack?.split('\n').slice(0, 8).join('\n') : undefined;
}
