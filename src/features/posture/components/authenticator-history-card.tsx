import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TrendSeries } from '../../../components/trend-chart.tsx';
import { useHistory } from '../../../domain/history/use-history.ts';
import { aaguidNamesQuery } from '../../../domain/passkeys/aaguid-names.ts';
import { AAGUID_FIGURE, AUTHENTICATOR_SECTION } from '../../../domain/passkeys/authenticator-snapshot.ts';
import { classifyPasskey } from '../../../domain/passkeys/passkey-class.ts';
import { useAuth } from '../../../lib/auth/use-auth.ts';
import { LensHistoryCard } from './lens-history-card.tsx';

// Past six the chart's lines are dashed; past eight a legend stops being read.
const SHOWN = 8;

/** Users per authenticator over the days an inventory read every passkey user: the most used on the last day. */
export function AuthenticatorHistoryCard() {
  const { account } = useAuth();
  const history = useHistory(account?.tenantId);
  const names = useQuery(aaguidNamesQuery());
  const series = useMemo((): TrendSeries[] => {
    const days = (history.data ?? []).filter((s) => AUTHENTICATOR_SECTION in s.sections);
    const last = days.at(-1)?.sections[AUTHENTICATOR_SECTION] ?? {};
    return Object.entries(last)
      .filter(([key]) => key.startsWith(AAGUID_FIGURE))
      .sort((a, b) => b[1] - a[1])
      .slice(0, SHOWN)
      .map(([key]) => {
        const aaGuid = key.slice(AAGUID_FIGURE.length);
        const name = aaGuid === 'none' ? 'No AAGUID' : classifyPasskey({ aaGuid }, names.data).name;
        return { key, label: name ?? aaGuid };
      });
  }, [history.data, names.data]);
  return (
    <LensHistoryCard
      title="Passkeys by authenticator over time"
      section={AUTHENTICATOR_SECTION}
      series={series}
      what="the users with a passkey of each of the most used authenticators"
      joins="A day joins when “Read their passkeys” reads every passkey user that day."
    />
  );
}
