import { formatCount } from '../../../lib/format.ts';

/** How many users the findings stand for, and what an empty finding may claim from that. */
export interface FindingsCoverage {
  /** A finding with no row: "none found among …", never more than the users actually read. */
  empty: string;
  /** Set when users could not be read: the findings are incomplete, and by how much. */
  incomplete?: string;
}

export function findingsCoverage(
  read: number,
  failed: number,
  total: number,
  running: boolean,
): FindingsCoverage {
  const users = (n: number) => `${formatCount(n)} user${n === 1 ? '' : 's'}`;
  const among = running ? `the ${users(read)} read so far` : `the ${users(read)} read`;
  if (failed === 0)
    return { empty: running ? `None found among ${among}.` : `None found: all ${users(read)} read.` };
  return {
    empty: `None found among ${among}; ${users(failed)} could not be read, so there may be some.`,
    incomplete: `Incomplete: these findings cover ${users(read)} of ${users(total)}. ${users(failed)} could not be read (see above); a finding of none says nothing about them.`,
  };
}
