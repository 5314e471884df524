import { z } from 'zod';

/** DATA_DIR for the stats scripts: --data-dir wins, then the DATA_DIR variable (as for the bot), then ./data. */
export function statsDataDir(flag: string | undefined): string {
  if (flag) return flag;
  return z.object({ DATA_DIR: z.string().min(1).default('./data') }).parse({ DATA_DIR: process.env['DATA_DIR'] || undefined }).DATA_DIR;
}
