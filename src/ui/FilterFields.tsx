// The filter fields the notes page and the library page share: a labelled
// select whose first option means "any", and a labelled date. Each calls
// `onChange` with the new value, or undefined for none.

interface SelectProps {
  label: string;
  value: string | undefined;
  options: ReadonlyArray<string | { value: string; label: string }>;
  onChange(value: string | undefined): void;
}

export function SelectFilter({ label, value, options, onChange }: SelectProps) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">Any</option>
        {options.map((option) => {
          const { value: optionValue, label: optionLabel } = typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          );
        })}
      </select>
    </label>
  );
}

interface InputProps {
  label: string;
  value: string | undefined;
  onChange(value: string | undefined): void;
  type?: 'date' | 'search';
  placeholder?: string;
}

export function InputFilter({ label, value, onChange, type = 'date', placeholder }: InputProps) {
  const onInput = (event: Event) => onChange((event.currentTarget as HTMLInputElement).value || undefined);
  return (
    <label>
      {label}
      {type === 'search' ? <input type="search" value={value ?? ''} placeholder={placeholder} onInput={onInput} /> : <input type="date" value={value ?? ''} onInput={onInput} />}
    </label>
  );
}
