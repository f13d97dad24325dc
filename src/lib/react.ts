// What react-i18next needs of "react", from Preact itself: hooks, context and elements. This
// replaces preact/compat (about 4 KB compressed) on the first-load path. Children and forwardRef
// serve only Trans and withTranslation, which the app does not use; they are kept minimal.
import { Fragment, cloneElement, createContext, createElement, isValidElement, toChildArray, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export { Fragment, cloneElement, createContext, createElement, isValidElement };
export { useCallback, useContext, useEffect, useMemo, useRef, useState };

export const Children = {
  toArray: (children: ComponentChildren) => toChildArray(children),
  map: <T,>(children: ComponentChildren, fn: (child: unknown, i: number) => T) => toChildArray(children).map(fn),
  forEach: (children: ComponentChildren, fn: (child: unknown, i: number) => void) => toChildArray(children).forEach(fn),
  count: (children: ComponentChildren) => toChildArray(children).length,
};

export function forwardRef<P>(render: (props: P, ref: unknown) => ComponentChildren) {
  return (props: P & { ref?: unknown }) => render(props, props.ref);
}

/** React 18's useSyncExternalStore (react-i18next imports it through use-sync-external-store). */
export function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T): T {
  const value = getSnapshot();
  const [{ store }, update] = useState({ store: { value, getSnapshot } });
  const changed = () => {
    try {
      return !Object.is(store.value, store.getSnapshot());
    } catch {
      return true;
    }
  };
  useLayoutEffect(() => {
    store.value = value;
    store.getSnapshot = getSnapshot;
    if (changed()) update({ store });
  }, [subscribe, value, getSnapshot]);
  useEffect(() => {
    if (changed()) update({ store });
    return subscribe(() => changed() && update({ store }));
  }, [subscribe]);
  return value;
}

export default { Fragment, cloneElement, createContext, createElement, isValidElement, Children, forwardRef, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore };
