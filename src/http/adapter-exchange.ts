import type { Response as AdapterResponse } from 'botbuilder';

/**
 * What CloudAdapter.process would have written to the client. The adapter writes error messages
 * (token errors, SDK internals) into the body and maps some auth failures to 500, so the edge captures
 * its answer and decides itself what the client sees (see `httpOutcome`).
 */
export interface AdapterExchange {
  readonly response: AdapterResponse;
  readonly status: () => number | undefined;
  readonly body: () => unknown;
}

export function captureAdapterResponse(): AdapterExchange {
  let status: number | undefined;
  let body: unknown;
  const response: AdapterResponse = {
    socket: undefined,
    status(code: number) {
      status = code;
    },
    header() {},
    send(payload: unknown) {
      body = payload;
    },
    end() {},
  };
  return { response, status: () => status, body: () => body };
}

export type HttpOutcome =
  | { readonly kind: 'ok'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'unauthorized'; readonly adapterStatus: number }
  | { readonly kind: 'unsupported-invoke' }
  | { readonly kind: 'failed'; readonly adapterStatus: number };

/**
 * Maps the adapter's answer to ours.
 * - Before the bot runs, the adapter only authenticates: any failure there is a 401, whatever the SDK said
 *   (it answers 500 for a token signed with the wrong algorithm or key, and puts the reason in the body).
 * - An invoke nobody handles gets 501 from the SDK; for a client that is a request we do not serve (400).
 * - Anything else ≥500 after the bot ran is our fault: a generic 500, details only in the log.
 */
export function httpOutcome(exchange: { status: number | undefined; body: unknown; turnStarted: boolean }): HttpOutcome {
  const status = exchange.status ?? 200;
  if (!exchange.turnStarted && status >= 400) return { kind: 'unauthorized', adapterStatus: status };
  if (status === 501) return { kind: 'unsupported-invoke' };
  if (status >= 500) return { kind: 'failed', adapterStatus: status };
  return { kind: 'ok', status, body: exchange.body };
}
