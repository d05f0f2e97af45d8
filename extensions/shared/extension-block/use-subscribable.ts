// Reads a Shopify signal and re-renders when it changes, without @preact/signals.
import { useEffect, useState } from "preact/hooks";
import type { Subscribable } from "./shopify-api";

export function useSubscribable<T>(signal: Subscribable<T>): T {
  const [value, setValue] = useState(signal.value);
  useEffect(() => {
    setValue(signal.value);
    return signal.subscribe(setValue);
  }, [signal]);
  return value;
}
