// Word lists for generated people: first and last names, sectors, company stems and positions.
// Fictitious combinations only; any resemblance to a real person or company is chance.

/** Sector names used in order by the professional-network model. */
export const SECTORS = [
  'Software',
  'Finance',
  'Healthcare',
  'Education',
  'Retail',
  'Energy',
  'Manufacturing',
  'Media',
  'Consulting',
  'Public sector',
  'Legal',
  'Logistics',
  'Telecoms',
  'Biotech',
  'Real estate',
  'Hospitality',
] as const;

/** First names. */
export const FIRST_NAMES = [
  'Ada',
  'Amara',
  'Ana',
  'Ben',
  'Chen',
  'Chloé',
  'Dara',
  'David',
  'Elif',
  'Emma',
  'Farid',
  'Fatou',
  'Grace',
  'Hana',
  'Hugo',
  'Ines',
  'Ivan',
  'Jonas',
  'Kai',
  'Karim',
  'Lea',
  'Leo',
  'Lina',
  'Luca',
  'Maya',
  'Mehdi',
  'Mia',
  'Nadia',
  'Noah',
  'Nora',
  'Omar',
  'Paula',
  'Priya',
  'Quentin',
  'Rosa',
  'Sami',
  'Sofia',
  'Tariq',
  'Tom',
  'Yuki',
  'Zoe',
] as const;

/** Last names. */
export const LAST_NAMES = [
  'Adams',
  'Bakker',
  'Bernard',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jansen',
  'Kowalski',
  'Laurent',
  'Martin',
  'Mensah',
  'Novak',
  'Okafor',
  'Petit',
  'Quinn',
  'Rossi',
  'Sato',
  'Schmidt',
  'Silva',
  'Tanaka',
  'Torres',
  'Ueda',
  'Vargas',
  'Weber',
  'Wright',
  'Yilmaz',
  'Zhang',
] as const;

/** Company name stems, combined with a suffix. */
export const COMPANY_STEMS = [
  'Northwind',
  'Bluepeak',
  'Ironleaf',
  'Suncrest',
  'Brightwater',
  'Redstone',
  'Greenfield',
  'Silverline',
  'Oakridge',
  'Clearpath',
  'Stormbay',
  'Goldvale',
  'Highmoor',
  'Lakeshore',
  'Pinecone',
  'Westgate',
] as const;

/** Company name suffixes. */
export const COMPANY_SUFFIXES = ['Labs', 'Group', 'Partners', 'Systems', 'Works', 'Holdings', 'Studio', 'Co'] as const;

/** Positions (job titles). */
export const POSITIONS = [
  'Analyst',
  'Engineer',
  'Manager',
  'Director',
  'Consultant',
  'Designer',
  'Recruiter',
  'Sales lead',
  'Researcher',
  'Founder',
] as const;

/** The name of sector i (beyond the list: `Sector i+1`). */
export function sectorName(i: number): string {
  return SECTORS[i] ?? `Sector ${i + 1}`;
}

/** The name of company i: a stem and a suffix, numbered once the combinations run out. */
export function companyName(i: number): string {
  const stems = COMPANY_STEMS.length;
  const base = `${COMPANY_STEMS[i % stems]!} ${COMPANY_SUFFIXES[Math.floor(i / stems) % COMPANY_SUFFIXES.length]!}`;
  const round = Math.floor(i / (stems * COMPANY_SUFFIXES.length));
  return round === 0 ? base : `${base} ${round + 1}`;
}
