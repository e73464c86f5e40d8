// A page with only the provider and KPI gauges: the per-element entries it imports, nothing else.
import '@plankit/elements/pk-provider';
import '@plankit/elements/pk-kpi-gauge';
