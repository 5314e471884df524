import { parseDataDir } from '../src/config/env';

/** DATA_DIR for the stats scripts: --data-dir wins, then the DATA_DIR variable (as for the bot), then ./data. */
export function statsDataDir(flag: string | undefined): string {
  if (flag) return flag;
  return parseDataDir(process.env);
}
