// The fields the notes page and the library page share: a labelled select
// whose first option means "any", a labelled date or search box (each calls
// `onChange` with the new value, or undefined for none), and "Import…".

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

/** "Import…": a button-looking label over a file input; hands over the file chosen, then forgets it (the same file can be chosen again). */
export function ImportButton({ accept, onFile }: { accept: string; onFile(file: File): void }) {
  return (
    <label class="file-button">
      Import…
      <input
        type="file"
        accept={accept}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
