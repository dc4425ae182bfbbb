import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Paths that must never reach a log line, whatever a developer passes to the logger.
// The public listener additionally never passes request details at all (see request-logging.ts).
const redactedPaths = [
  'req.headers',
  'req.remoteAddress',
  'req.remotePort',
  'req.ip',
  'headers',
  'body',
  'cookie',
  'cookies',
  'password',
  '*.password',
  'totp',
  '*.totp',
  'receipt',
  '*.receipt',
];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'linebreak' },
      redact: { paths: redactedPaths, remove: true },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
