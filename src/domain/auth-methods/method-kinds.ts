import type { GraphMethod } from './graph-method.ts';
import {
  kindOfTypeName,
  METHOD_CATALOGUE,
  METHOD_KINDS_IN_ORDER,
  type MethodKind,
} from './method-catalogue.ts';

/** "#microsoft.graph.fido2AuthenticationMethod" → "fido2AuthenticationMethod". */
export function typeNameOf(method: GraphMethod): string {
  return (method['@odata.type'] ?? '').replace(/^#?microsoft\.graph\./i, '');
}

export function methodKindOf(method: GraphMethod): MethodKind {
  return kindOfTypeName(typeNameOf(method));
}

export interface MethodGroup {
  kind: MethodKind;
  label: string;
  methods: GraphMethod[];
}

/** Methods grouped by kind in display order; unknown types are kept (in "Other methods"), never dropped. */
export function groupMethods(methods: readonly GraphMethod[]): MethodGroup[] {
  const byKind = new Map<MethodKind, GraphMethod[]>();
  for (const method of methods) {
    const kind = methodKindOf(method);
    byKind.set(kind, [...(byKind.get(kind) ?? []), method]);
  }
  return METHOD_KINDS_IN_ORDER.filter((kind) => byKind.has(kind)).map((kind) => ({
    kind,
    label: METHOD_CATALOGUE[kind].label,
    methods: byKind.get(kind) ?? [],
  }));
}
