import React from 'react'

interface Props<T extends string> {
    id: string
    label: string
    value: string
    values: readonly T[]
    labels: Readonly<Record<T, string>>
    onChange: (value: string) => void
    /** First option's text for "no value" ('' or absent = no such option). */
    emptyLabel?: string
}

/** A labelled drop-down of one of the model's value lists, each shown with its one label. */
export function ChoiceField<T extends string>({ id, label, value, values, labels, onChange, emptyLabel }: Props<T>) {
    return (
        <div className="field">
            <label htmlFor={id}>{label}</label>
            <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
                {emptyLabel && <option value="">{emptyLabel}</option>}
                {values.map((v) => (
                    <option key={v} value={v}>
                        {labels[v]}
                    </option>
                ))}
            </select>
        </div>
    )
}
