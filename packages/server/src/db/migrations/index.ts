// The migrations, in order. Each is a TS module exporting its SQL, so they ship inside dist/ with the code.
import * as init from './001-init.js';
import * as dueAssumed from './002-due-assumed.js';
import * as changes from './003-changes.js';

export interface Migration {
  /** Applied in ascending order; never renumber one that has shipped. */
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: init.name, sql: init.sql },
  { version: 2, name: dueAssumed.name, sql: dueAssumed.sql },
  { version: 3, name: changes.name, sql: changes.sql },
];
