/**
 * A leveled, structured logger. One JSON object per line on stdout/stderr.
 *
 * Privacy rule: callers pass only identifiers and categorical fields (activity type, intent kind,
 * language, status). Never message text, card values or names. `sanitizeFields` enforces this for
 * field names that are known to carry user content, as a second line of defence.
 */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose lines carry `name` (e.g. `bot`, `http`, `stats`). */
  child(name: string): Logger;
}

export interface LogSink {
  write(line: string, level: LogLevel): void;
}

const RANK: Readonly<Record<LogLevel, number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, silent: 100 };

/** Field names that may hold what a person wrote; their values are never written. */
const FORBIDDEN_FIELDS = /^(text|message|value|name|body|card|payload|query|q|input|utterance|email|phone)$/i;

export function sanitizeFields(fields: LogFields | undefined): LogFields | undefined {
  if (!fields) return undefined;
  const out: Record<string, string | number | boolean | null | undefined> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = FORBIDDEN_FIELDS.test(key) ? '[redacted]' : value;
  }
  return out;
}

export const stdSink: LogSink = {
  write(line, level) {
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
  },
};

/** Collects lines in memory; tests use it to assert what was (not) logged. */
export function memorySink(): LogSink & { readonly lines: string[] } {
  const lines: string[] = [];
  return { lines, write: (line) => void lines.push(line) };
}

export function createLogger(options: { level: LogLevel; sink?: LogSink; name?: string; clock?: () => Date }): Logger {
  const sink = options.sink ?? stdSink;
  const clock = options.clock ?? (() => new Date());
  const threshold = RANK[options.level];

  const make = (name: string | undefined): Logger => {
    const log = (level: Exclude<LogLevel, 'silent'>) => (message: string, fields?: LogFields) => {
      if (RANK[level] < threshold) return;
      sink.write(
        JSON.stringify({ time: clock().toISOString(), level, ...(name ? { name } : {}), msg: message, ...sanitizeFields(fields) }),
        level,
      );
    };
    return {
      trace: log('trace'),
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      child: (childName) => make(name ? `${name}.${childName}` : childName),
    };
  };
  return make(options.name);
}

/**
 * Describes an error for a log line: its class, status/code and stack frames, never its message. Messages
 * can carry user content: an HTTP client error echoes the request (the reply, with the user's name as
 * recipient), a parse error quotes its input. The privacy canary test (test/security) found exactly that.
 */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    const frames = (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 6)
      .map((line) => line.trim());
    const statusCode = 'statusCode' in error ? error.statusCode : undefined;
    const code = 'code' in error ? error.code : undefined;
    return {
      errorName: error.name,
      ...(typeof statusCode === 'number' ? { statusCode } : {}),
      ...(typeof code === 'string' && /^[A-Za-z_][\w.-]{0,40}$/.test(code) ? { errorCode: code } : {}),
      stack: frames.join(' | '),
    };
  }
  return { errorName: typeof error };
}
