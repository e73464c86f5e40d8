// Plankit in a React 19 app: objects and functions go in as props (React 19 sets them as properties), pk-*
// events come out through `onpk-…` props, and the app re-renders from its own state. The tags are typed by
// `@plankit/elements/react`, generated from the custom-elements manifest.
import '@plankit/elements/all';
import type {} from '@plankit/elements/react';
import type { KpiSelectEvent } from '@plankit/elements';

import { plan2020 } from '@plankit/sdk/fixtures';
import { useState } from 'react';

type Locale = 'zh-CN' | 'en';
const ALL = plan2020.kpis;
const FIRST = ALL.slice(0, 3);

export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [showAll, setShowAll] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selections, setSelections] = useState(0);
  const kpis = showAll ? ALL : FIRST;
  const selected = ALL.find((kpi) => kpi.id === selectedId) ?? null;
  const onSelect = (event: KpiSelectEvent) => {
    setSelectedId(event.detail.kpiId);
    setSelections((count) => count + 1);
  };

  return (
    <main>
      <h1>Plankit · React {locale === 'en' ? '(English)' : '（中文）'}</h1>
      <p>
        <button type="button" id="toggle-locale" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {locale === 'en' ? '中文' : 'English'}
        </button>{' '}
        <button type="button" id="toggle-all" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'First three KPIs' : 'Every KPI'}
        </button>
      </p>
      <pk-provider locale={locale} getToken={() => 'react-example-token'}>
        <pk-kpi-panel kpis={kpis} as-of={plan2020.asOf} variant="compact" onpk-kpi-select={onSelect} />
        <output id="selected">{selected === null ? 'none' : `${selected.id} (${String(selections)})`}</output>
        {selected !== null && <pk-kpi-gauge id="detail" kpi={selected} as-of={plan2020.asOf} variant="linear" />}
      </pk-provider>
    </main>
  );
}
