import { z } from 'zod';

/**
 * One diversity adviser, as the deploying organisation enters them. The repository ships no people:
 * the file is made by `npm run import:advisers -- advisers.csv` into DATA_DIR/advisers.json.
 */
export const adviserPhoneSchema = z
  .string()
  .trim()
  .regex(/^(\+\d{1,3} ?)?\d[\d ]{6,14}\d$/, 'must be a phone number (digits and spaces, optional +country code)');

export const adviserSchema = z
  .object({
    countyCode: z.string().regex(/^\d{2}$/),
    county: z.string().min(1),
    municipalityCode: z.string().regex(/^\d{4}$/),
    municipality: z.string().min(1),
    school: z.string().min(1),
    name: z.string().min(1),
    email: z.string().email().optional(),
    phone: adviserPhoneSchema.optional(),
  })
  .strict()
  .refine((a) => a.countyCode === a.municipalityCode.slice(0, 2), { message: 'the county code must be the first two digits of the municipality code' })
  .refine((a) => a.email !== undefined || a.phone !== undefined, { message: 'an adviser needs an e-mail address or a phone number' });
export type Adviser = z.infer<typeof adviserSchema>;

export const advisersFileSchema = z
  .object({
    version: z.literal(1),
    /** When the import ran (ISO). */
    importedAt: z.string().datetime(),
    /** The CSV file name it came from (no path), so an admin can trace the data. */
    importedFrom: z.string().min(1),
    advisers: z.array(adviserSchema),
  })
  .strict();
export type AdvisersFile = z.infer<typeof advisersFileSchema>;

export const ADVISERS_FILE_NAME = 'advisers.json';
