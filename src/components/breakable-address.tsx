import { Fragment } from 'react';

/**
 * An address (a UPN, an email) that may wrap only where a reader expects: after the "@" and before a dot, as
 * "omar.muller@" / "contoso" / ".onmicrosoft.com", never in the middle of a name. Give its container
 * `overflowWrap: 'break-word'` (not `anywhere`, which lets a table squeeze it to a few letters a line): a part
 * longer than the line still breaks rather than overflow.
 */
export function BreakableAddress({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  const parts = value.split(/(?<=@)|(?=\.)/);
  return (
    <bdi>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </bdi>
  );
}
