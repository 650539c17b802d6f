"use client";

import { memo } from "react";

/**
 * One labelled text input of the power contract: label with unit, the refusal (tied by
 * aria-describedby) and a help line shown while the field has focus.
 */
function PowerInput({
  id,
  name,
  label,
  unit,
  value,
  error,
  help,
  inputMode = "decimal",
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  unit: string;
  value: string;
  error: string | undefined;
  help: string;
  inputMode?: "decimal" | "numeric" | "text";
  onChange: (value: string) => void;
}) {
  const describedBy = [error ? `${id}-error` : null, `${id}-help`].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        <span className="label-text">{label}</span> {unit ? <span className="unit">{unit}</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}

export default memo(PowerInput);
