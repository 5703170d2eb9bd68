import { type CSSProperties, useEffect, useState } from 'react';
import { Select } from 'antd';

export type RemoteOption = { value: number; label: string };

type Props = {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Options for what the user typed ('' when nothing yet). */
  search: (q: string) => Promise<RemoteOption[]>;
  /** The option for a value set from outside (editing a record), which the search may not return. */
  describe: (id: number) => Promise<RemoteOption>;
  /** Changes when `search` would answer differently (e.g. another kind or org). */
  searchKey?: string;
  placeholder?: string;
  style?: CSSProperties;
};

/** A select whose options come from the server as the user types; a form control holding a record id. */
export function RemoteSelect({ value, onChange, search, describe, searchKey = '', placeholder, style }: Props) {
  const [typed, setTyped] = useState('');
  const [options, setOptions] = useState<RemoteOption[]>([]);
  const [selected, setSelected] = useState<RemoteOption | null>(null);

  useEffect(() => {
    if (!value || selected?.value === value) return;
    describe(value)
      .then(setSelected)
      .catch(() => setSelected({ value, label: `#${value}` }));
    // describe is a fresh closure each render; the value is what matters.
  }, [value, selected]);

  useEffect(() => {
    let isCurrent = true;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      search(typed)
        .then((found) => isCurrent && setOptions(found))
        .catch(() => isCurrent && setOptions([]));
    }, 250);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [typed, searchKey]);

  const shown = selected && !options.some((o) => o.value === selected.value) ? [selected, ...options] : options;
  return (
    <Select<number>
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value ?? undefined}
      onChange={(next) => {
        setSelected(shown.find((o) => o.value === next) ?? null);
        onChange?.(next ?? null);
      }}
      options={shown}
      placeholder={placeholder}
      style={style}
    />
  );
}
