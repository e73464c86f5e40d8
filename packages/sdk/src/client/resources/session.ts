// `client.session()`: the role of the token the client sends, so a page can hide writes a viewer may not make.
import * as contract from '../../contract/routes.js';
import type { Session } from '../../schemas/index.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';

const getSession = route(contract.getSession);

/** The bound `client.session()` call. */
export function createSessionCall(send: Send): (options?: RequestOptions) => Promise<Session> {
  return (options = {}) => send({ route: getSession, params: {}, signal: options.signal });
}
