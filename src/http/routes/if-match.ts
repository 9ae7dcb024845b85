import { z } from 'zod';

/** The documented If-Match request header of every update and delete. */
export const IfMatchHeader = z.object({
  'if-match': z.string().optional().meta({ description: 'ETag from a previous read; the write fails with 412 when it is stale.' }),
});
