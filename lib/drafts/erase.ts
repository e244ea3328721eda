import { deleteDB } from 'idb';
import { DB_NAME } from './db';

/**
 * Deletes every draft and every issued user_id. Open pages are asked to let go of the database;
 * `onBlocked` tells the admin when one holds on.
 */
export function eraseDraftDatabase(onBlocked: () => void, name = DB_NAME): Promise<void> {
  return deleteDB(name, { blocked: onBlocked });
}
