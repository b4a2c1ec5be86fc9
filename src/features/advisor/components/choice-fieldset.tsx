import type { ReactNode } from "react";
import type { QuestionOption } from "../../../core/decision/questions";

/** An option as the fieldset shows it: with its help, if it has any. */
export type ChoiceOption = QuestionOption & {
  readonly hint?: string;
  /** A note under the option, read with it (the "From your export" mark). */
  readonly note?: ReactNode;
};

interface ChoiceFieldsetProps {
  name: string;
  kind: "single" | "multi";
  legend: ReactNode;
  hint: ReactNode;
  options: readonly ChoiceOption[];
  selected: readonly string[];
  error?: string;
  onChange: (selected: string[]) => void;
}

export const fieldId = (name: string, value: string) => `${name}-${value}`;

/**
 * One question as a fieldset: the legend is the page's h1; radios for a single answer,
 * checkboxes for several, an exclusive option ("None of these") clearing the others.
 */
export function ChoiceFieldset({ name, kind, legend, hint, options, selected, error, onChange }: ChoiceFieldsetProps) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const type = kind === "single" ? "radio" : "checkbox";

  function toggle(option: ChoiceOption, checked: boolean) {
    if (kind === "single") return onChange([option.value]);
    if (!checked) return onChange(selected.filter((value) => value !== option.value));
    const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
    if (option.exclusive) return onChange([option.value]);
    onChange([...selected.filter((value) => !exclusive.has(value)), option.value]);
  }

  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
        <legend className="question-legend">{legend}</legend>
        <div id={hintId} className="hint">
          {hint}
        </div>
        {error && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className={`choices choices--${type}`}>
          {options.map((option, index) => {
            const id = fieldId(name, option.value);
            const optionHintId = `${id}-hint`;
            const optionNoteId = `${id}-note`;
            const describedBy = [option.hint && optionHintId, option.note && optionNoteId].filter(Boolean).join(" ");
            const showDivider = option.exclusive && kind === "multi" && index > 0;
            return (
              <div key={option.value}>
                {showDivider && <p className="choices__divider">or</p>}
                <div className="choice">
                  <input
                    className="choice__input"
                    type={type}
                    id={id}
                    name={name}
                    value={option.value}
                    checked={selected.includes(option.value)}
                    onChange={(event) => toggle(option, event.currentTarget.checked)}
                    aria-describedby={describedBy || undefined}
                  />
                  <label className="choice__label" htmlFor={id}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={optionHintId} className="hint choice__hint">
                      {option.hint}
                    </div>
                  )}
                  {option.note && (
                    <div id={optionNoteId} className="choice__note">
                      {option.note}
                    </div>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
