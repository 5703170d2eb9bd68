import { useCallback, useEffect, useRef, useState } from 'react';

export type Level = number | 'roots';
type Node = { id: number; childCount: number };

/**
 * A tree read level by level as the user expands it (org tree, place tree). Keeps each loaded level, so after
 * a change every open level is read again without collapsing the tree. A new `resetKey` (e.g. another as-of
 * date) starts over; answers for an older key are dropped.
 */
export function useLazyTree<T extends Node>(readLevel: (level: Level) => Promise<T[]>, resetKey: string) {
  const [levels, setLevels] = useState<Map<Level, T[]>>(new Map());
  const [expandedKeys, setExpandedKeys] = useState<number[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const keyRef = useRef(resetKey);
  keyRef.current = resetKey;
  const readRef = useRef(readLevel);
  readRef.current = readLevel;
  const levelsRef = useRef(levels);
  levelsRef.current = levels;

  const loadLevel = useCallback(async (level: Level) => {
    const forKey = keyRef.current;
    const items = await readRef.current(level);
    if (forKey === keyRef.current) setLevels((prev) => new Map(prev).set(level, items));
    return items;
  }, []);

  useEffect(() => {
    setLevels(new Map());
    setExpandedKeys([]);
    setError(null);
    setIsLoading(true);
    loadLevel('roots')
      .then(async (roots) => {
        // Open the top of the tree when it has only a few roots (a park has one root working committee):
        // their children are what people look for. Many roots (e.g. communities) stay closed.
        const parents = roots.length <= 3 ? roots.filter((r) => r.childCount > 0) : [];
        await Promise.all(parents.map((r) => loadLevel(r.id)));
        setExpandedKeys(parents.map((r) => r.id));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => setIsLoading(false));
  }, [resetKey, generation, loadLevel]);

  /** Reads every loaded level again, plus any named (e.g. a new child's parent), after a change. */
  const refresh = useCallback(async (alsoLoad: Level[] = []) => {
    const forKey = keyRef.current;
    const wanted = [...new Set([...levelsRef.current.keys(), ...alsoLoad])];
    const answers = await Promise.allSettled(wanted.map((level) => readRef.current(level)));
    if (forKey !== keyRef.current) return;
    const next = new Map<Level, T[]>();
    answers.forEach((answer, i) => {
      if (answer.status === 'fulfilled') next.set(wanted[i], answer.value);
    });
    setLevels(next);
  }, []);

  /** Reads the tree from the top again (after a failed read). */
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const expand = useCallback((id: number) => setExpandedKeys((keys) => (keys.includes(id) ? keys : [...keys, id])), []);

  /** Opens the path down to a node (its ancestors, root first), reading levels not read yet. */
  const reveal = useCallback(
    async (ancestorIds: number[]) => {
      for (const id of ancestorIds) if (!levelsRef.current.has(id)) await loadLevel(id);
      setExpandedKeys((keys) => [...new Set([...keys, ...ancestorIds])]);
    },
    [loadLevel],
  );

  return { levels, expandedKeys, setExpandedKeys, expand, reveal, loadLevel, refresh, reload, error, isLoading };
}

export type LazyTree<T extends Node> = ReturnType<typeof useLazyTree<T>>;
