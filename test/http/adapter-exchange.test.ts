import { captureAdapterResponse, httpOutcome } from '../../src/http/adapter-exchange';

describe('what the client sees for what the adapter said', () => {
  it.each([
    [
      'auth failed with 401 before the turn',
      { status: 401, body: 'Unauthorized. No valid identity.', turnStarted: false },
      { kind: 'unauthorized', adapterStatus: 401 },
    ],
    [
      'auth failed with 500 before the turn (HMAC, bad signature)',
      { status: 500, body: 'invalid algorithm', turnStarted: false },
      { kind: 'unauthorized', adapterStatus: 500 },
    ],
    ['a message turn', { status: 200, body: undefined, turnStarted: true }, { kind: 'ok', status: 200, body: undefined }],
    ['an invoke answered by the bot', { status: 200, body: { ok: true }, turnStarted: true }, { kind: 'ok', status: 200, body: { ok: true } }],
    [
      'an invoke refused by the SDK (bad card action)',
      { status: 400, body: { error: 'x' }, turnStarted: true },
      { kind: 'ok', status: 400, body: { error: 'x' } },
    ],
    ['an invoke nobody handles', { status: 501, body: undefined, turnStarted: true }, { kind: 'unsupported-invoke' }],
    ['a turn that failed', { status: 500, body: 'TypeError: x', turnStarted: true }, { kind: 'failed', adapterStatus: 500 }],
  ])('%s', (_label, exchange, expected) => {
    expect(httpOutcome(exchange)).toEqual(expected);
  });

  it('captures status and body as CloudAdapter writes them', () => {
    const exchange = captureAdapterResponse();
    exchange.response.status(401);
    exchange.response.send('Unauthorized Access');
    exchange.response.end();
    expect({ status: exchange.status(), body: exchange.body() }).toEqual({ status: 401, body: 'Unauthorized Access' });
  });
});
