/** Light or dark, following the operating system (prefers-color-scheme), live when it changes. */
import { useEffect, useState } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

/** True while the system asks for a dark theme. */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => globalThis.matchMedia?.(QUERY).matches ?? false);
  useEffect(() => {
    const media = globalThis.matchMedia?.(QUERY);
    if (!media) return undefined;
    const update = (): void => setDark(media.matches);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return dark;
}
