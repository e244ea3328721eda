import { useEffect, useState } from 'preact/hooks';
import { grantedMosPatterns } from '@/lib/settings/items';
import { describePattern } from '@/lib/settings/mos-origins';

/** The first mOS address the admin granted in the settings, where the file is imported next. */
export function useMosAddress(): string | undefined {
  const [patterns, setPatterns] = useState<string[]>([]);
  useEffect(() => {
    void grantedMosPatterns.getValue().then(setPatterns);
    return grantedMosPatterns.watch((value) => setPatterns(value ?? []));
  }, []);
  return patterns[0] && `${describePattern(patterns[0])}/`;
}
