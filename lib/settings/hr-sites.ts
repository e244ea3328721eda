import { grantList } from './grants';
import { OriginInputError, mosOriginPattern } from './mos-origins';

/** Match patterns of the HR sites the admin granted: there an "Export to mOS" button sits by the people table (grants.ts). */
export const grantedHrPatterns = grantList('hr');

/** "hr.example.com" or a pasted URL of the HR system, as a host match pattern. */
export function hrSitePattern(input: string): string {
  if (!input.trim()) throw new OriginInputError('Type the address of your HR system, for example https://acme.bamboohr.com', 'empty');
  return mosOriginPattern(input);
}
